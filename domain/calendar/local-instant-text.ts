// Instants as Vietnamese officials read them: Asia/Ho_Chi_Minh, day first.
import { formatLocalInstant } from './local-time';

/** "15/12/2026". */
export function localDate(instant: Date): string {
  const local = formatLocalInstant(instant);
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

/** "15/12/2026 23:59". */
export function localDateTime(instant: Date): string {
  return `${localDate(instant)} ${formatLocalInstant(instant).slice(11, 16)}`;
}

/** "2026-12-15T23:59:59.999+07:00": exact, with its offset, for audit output. */
export function localInstant(instant: Date): string {
  return formatLocalInstant(instant);
}
