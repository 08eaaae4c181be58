// Plain-text tables for the terminal: columns padded to their widest cell, numbers aligned
// right, colour codes not counted as width.
import { visibleLength } from './colour';

export interface TColumn {
  header: string;
  align?: 'left' | 'right';
}

export interface TTableOptions {
  /** Rows (by index) above which a rule is drawn, e.g. before a totals row. */
  ruleBefore?: number[];
}

const gap = '  ';

export function renderTable(columns: TColumn[], rows: string[][], options: TTableOptions = {}): string {
  const widths = columns.map((column, index) => Math.max(visibleLength(column.header), ...rows.map((row) => visibleLength(row[index] ?? ''))));
  const line = (cells: string[]) =>
    columns
      .map((column, index) => pad(cells[index] ?? '', widths[index]!, column.align ?? 'left'))
      .join(gap)
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join(gap);
  const lines = [line(columns.map((column) => column.header)), rule];
  rows.forEach((row, index) => {
    if (options.ruleBefore?.includes(index)) lines.push(rule);
    lines.push(line(row));
  });
  return lines.join('\n');
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const room = ' '.repeat(Math.max(0, width - visibleLength(text)));
  return align === 'right' ? room + text : text + room;
}

/** Shortens text to `width` visible characters, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  const characters = [...text.normalize('NFC')];
  return characters.length <= width ? text : `${characters.slice(0, Math.max(0, width - 1)).join('')}…`;
}
