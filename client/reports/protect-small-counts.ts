// Small counts that could point at a child are not published (Law on Children 2016, Art. 6 and
// 21): a commune's "3 children with a disability certificate" names them to their neighbours.
// Pure: the report page and its CSV, Excel and Word downloads all show the same protected cells.
import { SMALL_COUNT_THRESHOLD } from '../../domain/reporting/consolidate';

/** How a cell is published: its figure, "<5", or withheld so that a small part cannot be worked out. */
export type TCellState = 'shown' | 'small' | 'withheld';

export interface TProtectedCell {
  /** The figure; null when the cell is not shown (small or withheld) or there is none. */
  value: number | null;
  state: TCellState;
}

export interface TProtectedFigure {
  count: TProtectedCell;
  total: TProtectedCell;
  /** Only when both the count and its whole are shown. */
  percent: number | null;
}

/**
 * Head nouns of indicators that count places or bodies (communes, schools, agencies), whose
 * counts cannot point at a child. Every other indicator is taken to count people: its small
 * counts are protected. Unknown wording falls on the protected side.
 */
const PLACE_HEADS = ['xã', 'phường', 'đặc khu', 'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh', 'thôn', 'cơ quan', 'đơn vị', 'trường', 'cơ sở', 'tổ chức', 'điểm'];

/** True unless the indicator's Vietnamese name starts with a place or a body ("Xã, phường…", "Trường…"). */
export function indicatorCountsPeople(nameVi: string): boolean {
  const name = nameVi.normalize('NFC').trim().toLowerCase();
  return !PLACE_HEADS.some((head) => name === head || name.startsWith(`${head} `) || name.startsWith(`${head},`));
}

const isSmall = (value: number | null) => value !== null && value > 0 && value < SMALL_COUNT_THRESHOLD;

/**
 * The cells of one summed indicator as they may be published. For an indicator that counts
 * people: a count, whole or rest (whole minus count) from 1 to 4 is small; a small count is shown
 * as "<5"; when either part (the count or the rest) is small, the whole is withheld as well, so
 * that nobody works the small part out by subtraction; no percentage sits beside a cell that is
 * not shown. Indicators that count places are published as they are.
 */
export function protectFigure(figure: { count: number; total: number | null; percent: number | null }, countsPeople: boolean): TProtectedFigure {
  const shown = (value: number | null): TProtectedCell => ({ value, state: 'shown' });
  if (!countsPeople) return { count: shown(figure.count), total: shown(figure.total), percent: figure.percent };
  const rest = figure.total === null ? null : figure.total - figure.count;
  const count: TProtectedCell = isSmall(figure.count) ? { value: null, state: 'small' } : shown(figure.count);
  let total: TProtectedCell = shown(figure.total);
  if (isSmall(figure.total)) total = { value: null, state: 'small' };
  else if (figure.total !== null && (isSmall(figure.count) || isSmall(rest))) total = { value: null, state: 'withheld' };
  const percent = count.state === 'shown' && total.state === 'shown' ? figure.percent : null;
  return { count, total, percent };
}
