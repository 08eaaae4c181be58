// The words and numbers of the report's downloads, in Vietnamese as an official writes them:
// 1.234 and 12,5; dd/mm/yyyy in Vietnam time; "<5" for a protected count.
import type { TTimeliness } from '../../domain/reporting/consolidate';
import { SMALL_COUNT_THRESHOLD } from '../../domain/reporting/consolidate';
import type { TProtectedCell } from './protect-small-counts';
import type { TReportModel } from './report-model';

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export const SMALL_CELL_TEXT = `<${SMALL_COUNT_THRESHOLD}`;
/** A whole withheld so that a small part cannot be worked out from it. */
export const WITHHELD_CELL_TEXT = '(ẩn)';

export function viNumber(value: number): string {
  return numberFormat.format(value);
}

/** The cell as printed: the figure, "<5", "(ẩn)", or "—" when there is none. */
export function cellText(cell: TProtectedCell): string {
  if (cell.state === 'small') return SMALL_CELL_TEXT;
  if (cell.state === 'withheld') return WITHHELD_CELL_TEXT;
  return cell.value === null ? '—' : viNumber(cell.value);
}

export function percentText(percent: number | null): string {
  return percent === null ? '—' : viNumber(percent);
}

function parts(instant: string): Record<string, string> {
  return Object.fromEntries(dayFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
}

/** 15/12/2026 (Vietnam time). */
export function viDay(instant: string | null): string {
  if (!instant) return '—';
  const p = parts(instant);
  return `${p.day}/${p.month}/${p.year}`;
}

/** 09:30 15/12/2026 (Vietnam time). */
export function viDateTime(instant: string | null): string {
  if (!instant) return '—';
  const p = parts(instant);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

export const TIMELINESS_VI: Record<TTimeliness, string> = { on_time: 'Đúng hạn', late: 'Trễ hạn', missing: 'Chưa gửi' };

/** "năm 2026", "kỳ 2026-H1", or nothing for a review. */
export function periodPhrase(model: Pick<TReportModel, 'kind' | 'period'>): string {
  if (model.kind === 'review') return '';
  return /^\d{4}$/.test(model.period) ? `năm ${model.period}` : `kỳ ${model.period}`;
}

/** The report's title line: "Kết quả tổng hợp báo cáo … năm 2026". */
export function reportTitle(model: Pick<TReportModel, 'kind' | 'period' | 'cycleNameVi'>): string {
  const name = model.cycleNameVi.charAt(0).toLocaleLowerCase('vi') + model.cycleNameVi.slice(1);
  const period = periodPhrase(model);
  return `Kết quả tổng hợp ${name}${period ? `, ${period}` : ''}`;
}

/** A short name for the downloaded files: bao-cao-ANNUAL_CHILDREN_REPORT-2026. */
export function reportFileStem(model: Pick<TReportModel, 'cycle' | 'period'>): string {
  return `bao-cao-${model.cycle}-${model.period}`.replace(/[^A-Za-z0-9_-]/g, '_');
}
