// Pure arithmetic the #14 benches share: percentiles, rates, peaks, rounding and a plain text
// table. The JSON result line each bench ends with is printed by `bench/bench-result.ts`.

/** The value at `share` (0.5 = median, 0.95 = p95) of the sample, nearest rank; NaN when empty. */
export function percentile(sample: readonly number[], share: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((left, right) => left - right);
  const rank = Math.ceil(share * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Rounded for the table and the JSON line: figures are read, not computed with. */
export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

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

/** A plain text table: the first row is the header. */
export function formatTable(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(cells[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
