// Pure arithmetic and the output line of the plan-load and reminder-burst benches (#14).

/** Items per second over `milliseconds`; 0 for an empty interval. */
export function perSecond(count: number, milliseconds: number): number {
  return milliseconds > 0 ? (count * 1000) / milliseconds : 0;
}

/** The most arrivals in any `bucketMs` bucket counted from `from` (the instant the burst was due). */
export function peakPerBucket(arrivals: readonly number[], from: number, bucketMs: number): number {
  const counts = new Map<number, number>();
  for (const at of arrivals) {
    const bucket = Math.floor((at - from) / bucketMs);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

/** Rounded for the table and the JSON line: figures are read, not computed with. */
export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The bench's last stdout line (the convention of every #14 bench). */
export function benchResultLine(bench: string, goal: string, met: boolean, figures: Record<string, number>): string {
  return JSON.stringify({ bench, goal, met, figures });
}

/** A plain text table: the first row is the header. */
export function formatTable(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(cells[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
