// Small formatting rules shared by every renderer: Vietnamese dates, links, escaping.
import { localDayOf } from '../calendar';

/** "31/12/2026": the day an instant falls on in Asia/Ho_Chi_Minh, as Vietnamese documents write it. */
export function formatVietnameseDate(instant: string | Date): string {
  const day = localDayOf(typeof instant === 'string' ? new Date(instant) : instant);
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** The local day as YYYY-MM-DD. */
export function localDayOfInstant(instant: string): string {
  return localDayOf(new Date(instant));
}

/** The response link: the configured base URL (with or without a trailing slash) plus the path. */
export function responseLink(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** One line, at most `limit` characters (code points), with "…" when shortened. */
export function shorten(text: string, limit: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(oneLine);
  if (characters.length <= limit) return oneLine;
  return `${characters.slice(0, limit - 1).join('').trimEnd()}…`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

export function nfc(text: string): string {
  return text.normalize('NFC');
}
