// Every benchmark of issue #14, one after the other, from one command; then one table of their
// results (Markdown, as README's results table) with the machine they ran on and the date.
// Each bench compares against a baseline measured in its own run; see its header for what.
//
//   npm run bench                       # the sizes the issue names (an hour or more here)
//   npm run bench -- --quick            # small sizes: a smoke run of 10–15 minutes
//   npm run bench -- --only plan-load,worker-memory --json results.json
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatBenchTable, readBenchResult, type TBenchRun } from './bench-result';

/** In the order they run: the quick ones and the ones that need an empty machine first. */
export const BENCHES = ['plan-load', 'reminder-burst', 'status-queries', 'worker-memory', 'simulation', 'scale-on-paper'] as const;

const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, json: { type: 'string' } },
});
const chosen = args.only ? args.only.split(',').map((name) => name.trim()) : [...BENCHES];
const unknown = chosen.filter((name) => !(BENCHES as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown bench: ${unknown.join(', ')}. Choose among: ${BENCHES.join(', ')}.`);
  process.exit(2);
}

function runBench(name: string): Promise<TBenchRun> {
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const began = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...(args.quick ? ['--quick'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      process.stdout.write(chunk);
    });
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - began) / 1_000;
      const outcome = code === 0 ? readBenchResult(stdout) : { ok: false as const, error: `exited with ${signal ?? `code ${code}`}` };
      resolve({ file: `bench/${name}.ts`, seconds, outcome });
    });
  });
}

const startedAt = new Date();
const loadBefore = loadavg()[0]!;
const runs: TBenchRun[] = [];
for (const [index, name] of chosen.entries()) {
  console.error(`\n[bench ${index + 1}/${chosen.length}] ${name}${args.quick ? ' (quick)' : ''}`);
  runs.push(await runBench(name));
}
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`\nResults, ${startedAt.toISOString().slice(0, 10)}${args.quick ? ' (quick sizes)' : ''}: ${machine}; load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end\n`);
console.log(formatBenchTable(runs));
if (args.json) writeFileSync(args.json, `${JSON.stringify({ date: startedAt.toISOString(), machine, quick: args.quick, runs }, null, 2)}\n`);
const failed = runs.filter((run) => !run.outcome.ok);
if (failed.length > 0) {
  console.error(`\n${failed.length} bench(es) failed: ${failed.map((run) => run.file).join(', ')}; their output is above.`);
  process.exit(1);
}
