// One error shape for every answer that is not a success: a stable code, a message a person
// can act on (Vietnamese first, with the English detail), and the fields that were wrong. The
// status follows the code, so a client can rely on either.
import { z } from 'zod';
import { ERROR_CODES, type TErrorCode, type TFieldError } from '../client/errors';

export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      /** What happened and what to do, in English, with the details (which field, which assignment). */
      message: z.string(),
      /** The same in Vietnamese, in general terms. */
      messageVi: z.string(),
      fieldErrors: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: 'Error' });
export type TErrorBody = z.infer<typeof ZErrorBody>;

export const statusOf: Record<TErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  refused: 422,
  rate_limited: 429,
  unavailable: 503,
  failure: 500,
};

const vietnamese: Record<TErrorCode, string> = {
  bad_input: 'Dữ liệu gửi lên không hợp lệ; không có thay đổi nào được thực hiện. Sửa các trường được nêu rồi gửi lại.',
  unauthenticated: 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  forbidden: 'Tài khoản không có quyền thực hiện thao tác này; việc từ chối đã được ghi vào nhật ký kiểm tra.',
  not_found: 'Không tìm thấy nội dung yêu cầu. Kiểm tra lại mã.',
  conflict: 'Thao tác xung đột với trạng thái hiện tại của nhiệm vụ. Tải lại rồi thử lại.',
  refused: 'Quy trình từ chối thao tác này theo quy định; không có thay đổi nào được thực hiện.',
  rate_limited: 'Quá nhiều lần thử. Vui lòng chờ rồi thử lại.',
  unavailable: 'Hệ thống tạm thời không phục vụ được. Vui lòng thử lại sau.',
  failure: 'Đã xảy ra lỗi. Vui lòng thử lại hoặc báo cho quản trị viên.',
};

export function errorBody(code: TErrorCode, message: string, fieldErrors: TFieldError[] = []): TErrorBody {
  return { error: { code, message, messageVi: vietnamese[code], fieldErrors } };
}

/** The error responses every route may give, for the OpenAPI document. */
export const errorResponses = Object.fromEntries([400, 401, 403, 404, 409, 422, 429, 500, 503].map((status) => [status, ZErrorBody])) as Record<400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 503, typeof ZErrorBody>;
