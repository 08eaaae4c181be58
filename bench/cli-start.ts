// How long a `dondoc` command takes from process start to exit, compiled (dist/, what
// bin/dondoc.js runs after a build) and from source (tsx, DONDOC_FROM_SOURCE=1), against a bare
// `node -e ''` on the same machine in the same run. Whole processes, as a user runs them.
// Goals: `--help` within 6× bare node, `status` within 15×.
//
//   npx tsx bench/cli-start.ts [--runs 10] [--with-up] [--no-build]
//
// `status` needs a running `dondoc up` (the one of DONDOC_DATA_DIR, or the default data
// directory); without one it is skipped, unless --with-up starts one for the run itself, in a
// temporary data directory on free ports with no plan loaded, and stops it afterwards.
// The build runs first (--no-build skips it), so the compiled figures are of the current code.
// Runs are interleaved (one of each case per round) so a busy machine slows all cases alike.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectPath, projectRoot } from '../config/project-root';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    'with-up': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer, got ${args.runs}`);

const bin = projectPath('bin', 'dondoc.js');
const SERVICE_UNAVAILABLE = 3;

interface TCase {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Ratio goal against bare node, if any. */
  goal?: number;
  times: number[];
}

function runOnce(command: TCase): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, command.args, { env: { ...process.env, ...command.env }, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${command.name} exited ${result.status ?? result.signal}:\n${result.stdout}${result.stderr}`);
  }
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// The check bin/dondoc.js makes (is dist/ current?), run in a plain Node process as the bin
// does, so it also tells how long one check takes there.
const CHECK_BUILD = `
import { readFileSync, statSync } from 'node:fs';
const root = process.argv[1];
const started = performance.now();
let current = true, files = 0;
try {
  const inputs = JSON.parse(readFileSync(root + 'dist/build-info.json', 'utf8')).inputs;
  for (const file in inputs) {
    files += 1;
    if (statSync(root + file, { throwIfNoEntry: false })?.mtimeMs !== inputs[file]) current = false;
  }
} catch { current = false; }
console.log(JSON.stringify({ current, files, ms: performance.now() - started }));
`;

function checkBuild(): { current: boolean; files: number; ms: number } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', CHECK_BUILD, `${projectRoot}/`], { encoding: 'utf8' });
  return JSON.parse(result.stdout) as { current: boolean; files: number; ms: number };
}

async function startUp(): Promise<{ env: NodeJS.ProcessEnv; stop: () => Promise<void> }> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'dondoc-bench-'));
  const env = {
    DONDOC_DATA_DIR: dataDirectory,
    DONDOC_PLAN: 'none',
    DONDOC_TEMPORAL_PORT: String(await freePort()),
    DONDOC_TEMPORAL_UI_PORT: String(await freePort()),
    DONDOC_API_PORT: String(await freePort()),
    DONDOC_PG_PORT: String(await freePort()),
  };
  console.log(`starting dondoc up in ${dataDirectory}…`);
  const child = spawn(process.execPath, [bin, 'up'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDirectory, { recursive: true, force: true });
  };
  const deadline = Date.now() + 300_000;
  while (!output.includes('dondoc is ready.')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`dondoc up did not get ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { env, stop };
}

if (!args['no-build']) {
  const build = spawnSync(process.execPath, [projectPath('scripts', 'build-cli.js')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const before = checkBuild();
if (!before.current) console.log('warning: dist/ is missing or stale: the "compiled" figures below are tsx figures (run npm run build).');

const compiled = {};
const fromSource = { DONDOC_FROM_SOURCE: '1' };
const cases: TCase[] = [
  { name: "node -e ''", args: ['-e', ''], env: {}, times: [] },
  { name: 'dondoc --help (compiled)', args: [bin, '--help'], env: compiled, goal: 6, times: [] },
  { name: 'dondoc --help (tsx)', args: [bin, '--help'], env: fromSource, times: [] },
];

let staleRounds = 0;
let up: Awaited<ReturnType<typeof startUp>> | undefined;
try {
  if (args['with-up']) up = await startUp();
  const statusEnv = up?.env ?? {};
  const probe = spawnSync(process.execPath, [bin, 'status'], { env: { ...process.env, ...statusEnv }, encoding: 'utf8' });
  if (probe.status === 0) {
    cases.push(
      { name: 'dondoc status (compiled)', args: [bin, 'status'], env: { ...statusEnv, ...compiled }, goal: 15, times: [] },
      { name: 'dondoc status (tsx)', args: [bin, 'status'], env: { ...statusEnv, ...fromSource }, times: [] },
    );
  } else if (probe.status === SERVICE_UNAVAILABLE) {
    console.log('dondoc status: no running `dondoc up` (status exited 3); skipping status. Start one, or pass --with-up.');
  } else {
    throw new Error(`dondoc status exited ${probe.status}:\n${probe.stdout}${probe.stderr}`);
  }

  // One unmeasured run of each warms the file cache (and V8's compile cache, where Node has one).
  for (const command of cases) runOnce(command);
  for (let round = 0; round < runs; round += 1) {
    for (const command of cases) command.times.push(runOnce(command));
    if (before.current && !checkBuild().current) staleRounds += 1;
  }
} finally {
  await up?.stop();
}

const after = checkBuild();
const bare = median(cases[0]!.times);
const bareMin = Math.min(...cases[0]!.times);
console.log(`\n${runs} runs each, node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}`);
console.log(`${'command'.padEnd(28)} ${'median'.padStart(9)} ${'min'.padStart(9)}  ${'× node (median)'.padStart(15)}  ${'× node (min)'.padStart(12)}  goal`);
for (const command of cases) {
  const med = median(command.times);
  const min = Math.min(...command.times);
  const ratio = med / bare;
  const goal = command.goal === undefined ? '' : `${ratio <= command.goal ? 'met' : 'MISSED'} (≤ ${command.goal}×)`;
  console.log(
    `${command.name.padEnd(28)} ${`${med.toFixed(0)} ms`.padStart(9)} ${`${min.toFixed(0)} ms`.padStart(9)}  ${`${ratio.toFixed(1)}×`.padStart(15)}  ${`${(min / bareMin).toFixed(1)}×`.padStart(12)}  ${goal}`,
  );
}
console.log(`\nbin/dondoc.js build check: ${after.files} source mtimes compared in ${after.ms.toFixed(1)} ms (one check, in a fresh node process).`);
if (staleRounds > 0) {
  console.log(`warning: the sources changed during the run: dist/ was stale after ${staleRounds} of ${runs} rounds, whose "compiled" runs may have been tsx runs.`);
}
