// The page shown when a page cannot be served: a visitor goes to the sign-in page, a refusal says
// that it is on record, and every other failure says what happened and that nothing was changed.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TErrorCode } from '../client/errors';
import { html } from './html';
import { langOf, words } from './i18n';
import { sendPage } from './page-context';
import { SESSION_COOKIE } from '../api/authentication';
import { csrfTokenFor } from './csrf';

const errorWords = {
  vi: {
    forbidden: 'Không có quyền truy cập',
    forbiddenText: 'Tài khoản của bạn không được phép xem hoặc thực hiện nội dung này. Việc từ chối đã được ghi vào nhật ký kiểm tra.',
    not_found: 'Không tìm thấy trang',
    notFoundText: 'Địa chỉ này không dẫn tới nội dung nào. Kiểm tra lại đường dẫn.',
    other: 'Không thực hiện được',
    otherText: 'Yêu cầu không thực hiện được; không có thay đổi nào được ghi nhận.',
    detail: 'Chi tiết',
    home: 'Về trang chính',
  },
  en: {
    forbidden: 'Access refused',
    forbiddenText: 'Your account may not see or do this. The refusal is recorded in the audit log.',
    not_found: 'Page not found',
    notFoundText: 'This address leads to nothing. Check the link.',
    other: 'Could not be done',
    otherText: 'The request could not be carried out; nothing was changed.',
    detail: 'Detail',
    home: 'Back to the main page',
  },
};

const statusOf: Partial<Record<TErrorCode, number>> = { bad_input: 400, forbidden: 403, not_found: 404, conflict: 409, refused: 422, rate_limited: 429, unavailable: 503, failure: 500 };

export function sendErrorPage(request: FastifyRequest, reply: FastifyReply, code: TErrorCode, message: string): FastifyReply {
  // A visitor who is not signed in learns nothing about the pages, not even which exist.
  if (code === 'unauthenticated' || (code === 'not_found' && !request.identity)) {
    const next = request.method === 'GET' ? request.url : '/';
    return reply.redirect(`/sign-in?next=${encodeURIComponent(next)}`, 303);
  }
  const lang = langOf(request, reply);
  const w = words(lang, errorWords);
  const title = code === 'forbidden' ? w.forbidden : code === 'not_found' ? w.not_found : w.other;
  const text = code === 'forbidden' ? w.forbiddenText : code === 'not_found' ? w.notFoundText : w.otherText;
  const secret = request.cookies?.[SESSION_COOKIE];
  const body = html`<div class="notice error" role="alert" data-error-code="${code}"><p>${text}</p><p class="small">${w.detail}: ${message}</p></div><p><a href="/">${w.home}</a></p>`;
  return sendPage(reply, { identity: request.identity ?? null, lang, path: request.url, csrfToken: secret ? csrfTokenFor(secret) : '' }, title, body, statusOf[code] ?? 500);
}
