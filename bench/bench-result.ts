// The one line every benchmark of issue #14 ends with, and the table `bench/run-all.ts` makes of
// them. A bench prints its own table for people, then this JSON object as its last stdout line:
// {"bench":"plan-load","goal":"ratio ≥ 0.8","met":true,"figures":{"ratio":0.93,...}}
import { z } from 'zod';

export const ZBenchResult = z.object({
  bench: z.string().min(1),
  /** The goal in words, e.g. "p95 ≤ 50 ms". */
  goal: z.string(),
  met: z.boolean(),
  /** Flat figures named with their unit ("ratio", "p95_ms", "mb_per_workflow"). */
  figures: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
});
export type TBenchResult = z.infer<typeof ZBenchResult>;

/** Prints the result as the bench's last stdout line (checked against the schema first). */
export function printBenchResult(result: TBenchResult): void {
  console.log(JSON.stringify(ZBenchResult.parse(result)));
}

/** The result a bench printed as its last non-empty stdout line, or why there is none. */
export function readBenchResult(stdout: string): { ok: true; result: TBenchResult } | { ok: false; error: string } {
  const last = stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '').at(-1);
  if (last === undefined) return { ok: false, error: 'printed nothing' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(last);
  } catch {
    return { ok: false, error: `its last line is not a JSON result: ${last.slice(0, 120)}` };
  }
  const checked = ZBenchResult.safeParse(parsed);
  if (!checked.success) return { ok: false, error: `its last line is not a bench result: ${checked.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}` };
  return { ok: true, result: checked.data };
}

export interface TBenchRun {
  file: string;
  seconds: number;
  outcome: { ok: true; result: TBenchResult } | { ok: false; error: string };
}

const figureText = (value: TBenchResult['figures'][string]) =>
  typeof value === 'number' ? String(Number.isInteger(value) ? value : Number(value.toPrecision(3))) : String(value);

/** A Markdown table of the runs (README's results table is this, pasted). */
export function formatBenchTable(runs: TBenchRun[]): string {
  const lines = ['| bench | goal | met | figures | wall time |', '| --- | --- | --- | --- | --- |'];
  for (const run of runs) {
    const wall = `${run.seconds.toFixed(0)} s`;
    if (!run.outcome.ok) {
      lines.push(`| ${run.file} | | FAILED | ${run.outcome.error.replaceAll('|', '\\|')} | ${wall} |`);
      continue;
    }
    const { result } = run.outcome;
    const figures = Object.entries(result.figures).map(([name, value]) => `${name} ${figureText(value)}`).join(', ');
    lines.push(`| ${result.bench} | ${result.goal.replaceAll('|', '\\|')} | ${result.met ? 'yes' : 'no'} | ${figures.replaceAll('|', '\\|')} | ${wall} |`);
  }
  return lines.join('\n');
}
