// The administration forms as the browser sends them (text fields, repeated checkboxes), turned
// into the use-cases' inputs and checked with the use-cases' own schemas, so that the page says
// the same as the API beside each field.
import { z } from 'zod';
import { ZAgencyCode } from '../../client/actor';
import type { AppError } from '../../client/errors';
import type { TLang } from '../i18n';
import { ZAddUserInput, ZCreateTokenInput, ZLogin, ZRoles } from '../../client/identity/identity';

/** What the user typed, to put back in the form after a refusal (never a password). */
export type TFormValues = Record<string, string | string[]>;
/** Messages by field name. */
export type TFieldMessages = Record<string, string>;

export interface TFormState {
  values: TFormValues;
  errors: TFieldMessages;
}

const text = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '');
const list = (value: unknown) => (Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string') : typeof value === 'string' ? [value] : []);

/** A blank agency field means "no agency". */
const ZAgencyField = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value), ZAgencyCode.nullable());

export const ZAddUserForm = ZAddUserInput.omit({ password: true, agency: true }).extend({ agency: ZAgencyField });
export const ZSetRolesForm = z.object({ roles: ZRoles, agency: ZAgencyField });
export const ZCreateTokenForm = ZCreateTokenInput.extend({
  expiresInDays: z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined), ZCreateTokenInput.shape.expiresInDays),
});
export const ZLoginParam = z.object({ login: ZLogin });

/** The fields of a posted form, as text (checkbox groups as lists). */
export function formValues(body: unknown, fields: { text?: string[]; lists?: string[] }): TFormValues {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const values: TFormValues = {};
  for (const field of fields.text ?? []) values[field] = text(source[field]);
  for (const field of fields.lists ?? []) values[field] = list(source[field]);
  return values;
}

/** The schema's verdict: the input, or the message of each field. */
export function checkForm<T>(schema: z.ZodType<T>, values: TFormValues): { data: T } | { errors: TFieldMessages } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { data: parsed.data };
  const errors: TFieldMessages = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { errors };
}

/** The schemas speak English (they serve the API and the terminal too): the page says each field's rule in Vietnamese. */
const VIETNAMESE_RULES: TFieldMessages = {
  login: 'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và các dấu . _ @ + - (ví dụ nguyen.van.a@soyt.example).',
  displayName: 'Nhập họ và tên người dùng (tối đa 200 ký tự).',
  agency: 'Mã cơ quan viết hoa, không dấu, ví dụ SO_GDDT.',
  roles: 'Chọn ít nhất một vai trò.',
  name: 'Đặt tên khóa theo chương trình sử dụng nó (tối đa 100 ký tự), ví dụ "xuất số liệu hằng đêm".',
  expiresInDays: 'Số ngày hiệu lực là số nguyên từ 1 đến 365.',
};

/** The messages of a form check in the page's language: Vietnamese by field, with the schema's own words after it. */
export function inLanguage(errors: TFieldMessages, lang: TLang): TFieldMessages {
  if (lang !== 'vi') return errors;
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, VIETNAMESE_RULES[field] ? `${VIETNAMESE_RULES[field]} (${message})` : message]));
}

/** A use-case's refusal as messages beside the fields it names (a taken login beside the login). */
export function fieldMessagesOf(error: AppError, fallbackField: string): TFieldMessages {
  const errors: TFieldMessages = {};
  for (const field of error.fieldErrors) errors[field.path.split('.')[0] || fallbackField] ??= field.message;
  if (!Object.keys(errors).length) errors[fallbackField] = error.message;
  return errors;
}
