// Dates and numbers as Vietnamese officials write them: dd/mm/yyyy in Vietnam time, 1.234,5.
import type { TLang } from './i18n';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Formatters are made once and reused: making an Intl formatter costs about 0.1 ms, and a page
// with a table and charts formats hundreds of numbers and days.
const dayTimeFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const numberFormatters = new Map<string, Intl.NumberFormat>();

function parts(date: Date): Record<string, string> {
  return Object.fromEntries(dayTimeFormatter.formatToParts(date).map((part) => [part.type, part.value]));
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** 15/12/2026 (Vietnam time). An ISO day (YYYY-MM-DD) is shown as that day. */
export function formatDay(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-');
    return `${day}/${month}/${year}`;
  }
  const p = parts(toDate(value));
  return `${p.day}/${p.month}/${p.year}`;
}

/** 08:00 15/12/2026 (Vietnam time), as in an official document. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const p = parts(toDate(value));
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** The ISO day (YYYY-MM-DD) in Vietnam time: for date inputs and links. */
export function isoDayInVietnam(value: Date | string): string {
  const p = parts(toDate(value));
  return `${p.year}-${p.month}-${p.day}`;
}

export function formatNumber(value: number, lang: TLang = 'vi', fractionDigits = 0): string {
  const key = `${lang}|${fractionDigits}`;
  if (!numberFormatters.has(key)) numberFormatters.set(key, new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }));
  return numberFormatters.get(key)!.format(value);
}

/** 12,5 % (Vietnamese) or 12.5% (English). */
export function formatShare(share: number, lang: TLang = 'vi'): string {
  const number = formatNumber(share * 100, lang, 1);
  return lang === 'vi' ? `${number} %` : `${number}%`;
}
