// `dondoc simulate` stopped with Ctrl-C: one line saying so and exit code 130, not the stack of
// the call the SDK cancelled (before, a second shutdown of the stopped worker threw over it).
// Run as an official runs it: the compiled CLI in a child process of its own process group,
// which gets the SIGINT as a terminal's Ctrl-C sends it, with the test server it started.
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { dondocBin } from '../../helpers/cli-process';
import { seedPlanPath } from '../../helpers/assignment-fixtures';

it('says a simulation was interrupted and exits 130 on Ctrl-C', { timeout: 150_000 }, async () => {
  const child = spawn(process.execPath, [dondocBin, 'simulate', '--plan', seedPlanPath], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    // The first simulated year on the progress bar: the simulated clock runs.
    for (const deadline = Date.now() + 90_000; !output.includes('2025-'); ) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the simulation did not reach 2025:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    process.kill(-child.pid!, 'SIGINT');
    expect(await exited).toBe(130);
    expect(output).toContain('dondoc: simulation interrupted (SIGINT); nothing was kept');
    expect(output).not.toMatch(/IllegalStateError|Call cancelled|\n\s+at /);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
});
