import { describe, expect, it } from 'vitest';
import { formatBenchTable, printBenchResult, readBenchResult } from '../../../bench/bench-result';

describe('the result line every bench ends with', () => {
  it('is read from the last non-empty stdout line, after the bench’s own table', () => {
    const stdout = 'starts/s  plan 812  empty 904\n{"bench":"plan-load","goal":"ratio ≥ 0.8","met":true,"figures":{"ratio":0.898,"plan_starts_per_s":812}}\n\n';
    expect(readBenchResult(stdout)).toEqual({ ok: true, result: { bench: 'plan-load', goal: 'ratio ≥ 0.8', met: true, figures: { ratio: 0.898, plan_starts_per_s: 812 } } });
  });

  it('says what is wrong when the last line is not a result', () => {
    expect(readBenchResult('')).toEqual({ ok: false, error: 'printed nothing' });
    expect(readBenchResult('{"bench":"x"}\nDone.')).toMatchObject({ ok: false, error: expect.stringContaining('not a JSON result: Done.') });
    expect(readBenchResult('{"bench":"x","goal":"g","figures":{}}')).toMatchObject({ ok: false, error: expect.stringContaining('met') });
  });
});

describe('printing a result', () => {
  it('refuses a figure that is not a finite number, naming it, and prints nothing', () => {
    const printed: string[] = [];
    const log = console.log;
    console.log = (line: string) => printed.push(line);
    try {
      expect(() => printBenchResult({ bench: 'status-queries', goal: 'p95 ≤ 50 ms', met: false, figures: { p95_ms: Number.NaN } })).toThrow(/p95_ms/);
      printBenchResult({ bench: 'status-queries', goal: 'p95 ≤ 50 ms', met: true, figures: { p95_ms: 12.35 } });
    } finally {
      console.log = log;
    }
    expect(printed).toEqual(['{"bench":"status-queries","goal":"p95 ≤ 50 ms","met":true,"figures":{"p95_ms":12.35}}']);
  });
});

describe('the results table', () => {
  it('gives one Markdown row per bench: goal, met or not, figures rounded to 3 digits, wall time; a failed bench says why', () => {
    const table = formatBenchTable([
      { file: 'bench/plan-load.ts', seconds: 61.4, outcome: { ok: true, result: { bench: 'plan-load', goal: 'ratio ≥ 0.8', met: false, figures: { ratio: 0.71234, n: 10000 } } } },
      { file: 'bench/worker-memory.ts', seconds: 3, outcome: { ok: false, error: 'exited with code 1' } },
    ]);
    expect(table.split('\n')).toEqual([
      '| bench | goal | met | figures | wall time |',
      '| --- | --- | --- | --- | --- |',
      '| plan-load | ratio ≥ 0.8 | no | ratio 0.712, n 10000 | 61 s |',
      '| bench/worker-memory.ts | | FAILED | exited with code 1 | 3 s |',
    ]);
  });
});
