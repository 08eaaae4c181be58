import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const SEED = 'plans/ke-hoach-135-tre-em.yaml';
// Each run starts Node and the tsx loader (about a second); leave room on a busy machine.
const CLI_TIMEOUT_MS = 30_000;

interface TRun {
  code: number;
  stdout: string;
  stderr: string;
}

function dondoc(...args: string[]): Promise<TRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/dondoc.js', ...args], { cwd: repositoryRoot, timeout: CLI_TIMEOUT_MS }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('dondoc plan', { timeout: CLI_TIMEOUT_MS }, () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'dondoc-plan-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('validate: exits 0 with a one-line summary for the seed plan', async () => {
    const run = await dondoc('plan', 'validate', SEED);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toContain(`OK ${SEED}: 16 tasks in section II, 8 duties in section III`);
  });

  it('validate: exits 2 and lists each error with path, line, expected and found', async () => {
    const seed = await readFile(join(repositoryRoot, SEED), 'utf8');
    const broken = seed.replace('    lead: SO_VHTTDL\n', '    lead: SO_VHTDL\n').replace('    deadline: 2024-06-14\n', '    deadline: 2031-02-01\n');
    const file = join(directory, 'broken.yaml');
    await writeFile(file, broken);
    const brokenLines = broken.split('\n');
    const leadLine = brokenLines.indexOf('    lead: SO_VHTDL') + 1;
    const deadlineLine = brokenLines.indexOf('    deadline: 2031-02-01') + 1;

    const run = await dondoc('plan', 'validate', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('is not a valid plan file: 2 error(s).');
    expect(run.stderr).toContain(`line ${deadlineLine}, tasks[0].deadline`);
    expect(run.stderr).toContain('found:    2031-02-01');
    expect(run.stderr).toContain(`line ${leadLine}, tasks[5].lead`);
    expect(run.stderr).toContain('expected: an agency code defined under `agencies`');
    expect(run.stderr).toContain('found:    "SO_VHTDL"');
    expect(run.stderr).toContain('Did you mean SO_VHTTDL?');
  });

  it('validate: reports a YAML syntax error with exit code 2', async () => {
    const file = join(directory, 'syntax.yaml');
    await writeFile(file, 'formatVersion: 1\nmetadata:\n  titleVi: "unterminated\n');
    const run = await dondoc('plan', 'validate', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/line \d+, \(YAML syntax\)/);
  });

  it('validate: a missing file gives a clear message and exit code 2', async () => {
    const run = await dondoc('plan', 'validate', join(directory, 'no-such-plan.yaml'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read plan file');
    expect(run.stderr).toContain('no such file');
  });

  it('show: lists tasks grouped by agency with Vietnamese names', async () => {
    const run = await dondoc('plan', 'show', SEED);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('SO_VHTTDL — Sở Văn hoá, Thể thao và Du lịch');
    expect(run.stdout).toMatch(/II\.2\.4 +chủ trì +Ưu tiên đầu tư/);
    expect(run.stdout).toContain('ALL_DISTRICTS — Ủy ban nhân dân các huyện, thành phố');
  });

  it('show --json: gives every task with its lead, coordinators and assignees named', async () => {
    const run = await dondoc('plan', 'show', SEED, '--json');
    expect(run.code).toBe(0);
    const tasks = JSON.parse(run.stdout) as Array<{ ref: string; text: string; lead: { code: string; nameVi: string } | null; coordinators: unknown[]; assignees: unknown[] }>;
    expect(tasks).toHaveLength(24);
    const task = tasks.find((entry) => entry.ref === 'II.3.6');
    expect(task?.lead).toEqual({ code: 'SO_KHDT', nameVi: 'Sở Kế hoạch và Đầu tư' });
    expect(task?.coordinators).toEqual([
      { code: 'SO_LDTBXH', nameVi: 'Sở Lao động - Thương binh và Xã hội' },
      { code: 'ALL_DISTRICTS', nameVi: 'Ủy ban nhân dân các huyện, thành phố' },
    ]);
    expect(tasks.find((entry) => entry.ref === 'II.1.1')?.lead).toBeNull();
  });

  it('schema: prints the JSON Schema', async () => {
    const run = await dondoc('plan', 'schema');
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.properties).toHaveProperty('tasks');
  });
});
