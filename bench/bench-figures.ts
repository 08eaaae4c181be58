// Pure helpers the read and memory benches share: percentiles of a sample, and the one JSON line
// every bench of issue #14 ends its output with (the suite runner collects it).

/** The value at `share` (0.5 = median, 0.95 = p95) of the sample, nearest rank; NaN when empty. */
export function percentile(sample: readonly number[], share: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((left, right) => left - right);
  const rank = Math.ceil(share * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Rounded for a person and a JSON line: three significant decimals are more than the noise allows. */
export function rounded(value: number, decimals = 2): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

export interface TBenchResult {
  bench: string;
  goal: string;
  met: boolean;
  /** Flat numbers, each named with its unit (p95_ms, ratio, mb_per_workflow). */
  figures: Record<string, number>;
}

/** The last stdout line of a bench: exactly one JSON object. */
export function resultLine(result: TBenchResult): string {
  for (const [name, value] of Object.entries(result.figures)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`bench figure ${name} is not a finite number: ${String(value)}`);
  }
  return JSON.stringify(result);
}
