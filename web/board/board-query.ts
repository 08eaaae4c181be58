// The board's query string: the filters of its GET form, the sort and the page, validated with
// zod. An empty field of the form means "any"; a bad value gets its message beside its field.
import { z } from 'zod';
import { ZIsoDay } from '../../domain/calendar/iso-day';
import { ZStatusColour } from '../../domain/policy/assignment-status';
import type { TLang } from '../i18n';

const blankIsAny = (schema: z.ZodType) => z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value), schema.optional());

export const SORT_KEYS = ['due', 'agency', 'status', 'task'] as const;
export type TSortKey = (typeof SORT_KEYS)[number];

export const ZBoardQuery = z
  .object({
    plan: blankIsAny(z.string().max(200)),
    group: blankIsAny(z.string().max(1_000)),
    agency: blankIsAny(z.string().regex(/^[A-Z][A-Z0-9_]*$/)),
    colour: blankIsAny(ZStatusColour),
    dueFrom: blankIsAny(ZIsoDay),
    dueTo: blankIsAny(ZIsoDay),
    sort: z.enum(SORT_KEYS).catch('due'),
    dir: z.enum(['asc', 'desc']).catch('asc'),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
  .refine((query) => !(query.dueFrom && query.dueTo && query.dueFrom > query.dueTo), { path: ['dueTo'], message: 'window' });

export type TBoardQuery = {
  plan?: string;
  group?: string;
  agency?: string;
  colour?: z.infer<typeof ZStatusColour>;
  dueFrom?: string;
  dueTo?: string;
  sort: TSortKey;
  dir: 'asc' | 'desc';
  page: number;
};

export const FILTER_FIELDS = ['plan', 'group', 'agency', 'colour', 'dueFrom', 'dueTo'] as const;
export type TFilterField = (typeof FILTER_FIELDS)[number];

const messages: Record<TLang, Record<TFilterField | 'window', string>> = {
  vi: { plan: 'Kế hoạch không hợp lệ.', group: 'Nhóm nhiệm vụ không hợp lệ.', agency: 'Mã cơ quan viết hoa, ví dụ SO_GDDT.', colour: 'Chọn một trạng thái trong danh sách.', dueFrom: 'Ngày không hợp lệ: chọn ngày theo dd/mm/yyyy.', dueTo: 'Ngày không hợp lệ: chọn ngày theo dd/mm/yyyy.', window: '“Hạn đến ngày” phải từ “Hạn từ ngày” trở đi.' },
  en: { plan: 'Not a plan.', group: 'Not a task group.', agency: 'An agency code in capitals, e.g. SO_GDDT.', colour: 'Choose a status from the list.', dueFrom: 'Not a date: choose a day.', dueTo: 'Not a date: choose a day.', window: '“Due to” must be on or after “Due from”.' },
};

export type TBoardQueryResult = { ok: true; query: TBoardQuery } | { ok: false; typed: Record<TFilterField, string>; errors: Partial<Record<TFilterField, string>> };

/** The query, or what the user typed with a message per bad field (the form is shown again with them). */
export function parseBoardQuery(raw: unknown, lang: TLang): TBoardQueryResult {
  const parsed = ZBoardQuery.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, query: parsed.data as TBoardQuery };
  const source = (raw ?? {}) as Record<string, unknown>;
  const typed = Object.fromEntries(FILTER_FIELDS.map((field) => [field, typeof source[field] === 'string' ? (source[field] as string) : ''])) as Record<TFilterField, string>;
  const errors: Partial<Record<TFilterField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as TFilterField;
    if (FILTER_FIELDS.includes(field) && !errors[field]) errors[field] = issue.message === 'window' ? messages[lang].window : messages[lang][field];
  }
  return { ok: false, typed, errors };
}

/** The board's address with these filters, sort and page (defaults left out, so links stay short). */
export function boardHref(query: TBoardQuery, change: Partial<TBoardQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = next[field];
    if (value) params.set(field, value);
  }
  if (next.sort !== 'due') params.set('sort', next.sort);
  if (next.dir !== 'asc') params.set('dir', next.dir);
  if (next.page !== 1) params.set('page', String(next.page));
  const text = params.toString();
  return text ? `/board?${text}` : '/board';
}

/** The link of a column heading: sorts by it ascending, or flips the direction if it already sorts by it; back to page 1. */
export function sortHref(query: TBoardQuery, key: TSortKey): string {
  const dir = query.sort === key && query.dir === 'asc' ? 'desc' : 'asc';
  return boardHref(query, { sort: key, dir, page: 1 });
}
