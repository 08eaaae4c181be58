// Drill: `dondoc up` on a data directory it cannot use — read-only, on a full disk, on a disk with
// too little room — refuses at the door: one line that says what, where and what to do, exit
// code 3, no stack trace, and the directory left as it was (no database, no lock, no SQLite file).
//
// What is simulated, honestly: as root (CI and this machine), chmod does not stop writes, so the
// read-only disk is a real read-only tmpfs mount (EROFS), the full disk a 1 MB tmpfs filled up
// to its last few kilobytes (ENOSPC), and the small disk the same 1 MB tmpfs left empty (the
// free-space check). As another user (no mount rights) the read-only case is a chmod 0500
// directory (EACCES) and the full disk a file-size limit, `ulimit -f` (EFBIG).
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { dondocBin, runDondoc } from '../../helpers/cli-process';

const isRoot = process.getuid?.() === 0;
const mounts: string[] = [];
const directories: string[] = [];

afterAll(async () => {
  for (const mount of mounts) execFileSync('umount', [mount]);
  for (const directory of directories) await rm(directory, { recursive: true, force: true });
});

/** An empty directory; as root, a tmpfs mounted there with `options` (e.g. ro or size=1m). */
async function directoryOn(mountOptions: string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'dondoc-drill-disk-'));
  directories.push(directory);
  if (isRoot) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', mountOptions, 'tmpfs', directory]);
    mounts.push(directory);
  }
  return directory;
}

const environment = (dataDirectory: string) => ({ DONDOC_DATA_DIR: dataDirectory, TEMPORAL_ADDRESS: '', DATABASE_URL: '', DONDOC_API_PORT: '0', DONDOC_PLAN: 'none' });

/** `dondoc up` as a user runs it; with a file-size limit through the shell when one is given. */
async function up(dataDirectory: string, fileSizeLimitBlocks?: number) {
  if (fileSizeLimitBlocks === undefined) return runDondoc(['up'], environment(dataDirectory), 60_000);
  return runShell(`ulimit -f ${fileSizeLimitBlocks}; exec "${process.execPath}" "${dondocBin}" up`, environment(dataDirectory));
}

function runShell(script: string, env: NodeJS.ProcessEnv) {
  try {
    const stdout = execFileSync('sh', ['-c', script], { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function expectClearRefusal(result: { code: number; stdout: string; stderr: string }, dataDirectory: string, what: RegExp) {
  expect(result.code).toBe(3);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(what);
  expect(lines[0]).toContain(dataDirectory);
  expect(lines[0]).toMatch(/DONDOC_DATA_DIR/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stdout).not.toContain('dondoc is ready');
}

const verdicts: string[] = [];

it('refuses a read-only data directory at the door, with nothing written', async () => {
  const started = Date.now();
  const disk = await directoryOn('ro,size=1m');
  if (!isRoot) await chmod(disk, 0o500);
  const what = isRoot ? /EROFS.*mounted read-only\. Mount it read-write/ : /EACCES.*permission denied/;
  for (const dataDirectory of [disk, join(disk, 'dondoc', 'data')]) {
    expectClearRefusal(await up(dataDirectory), dataDirectory, what);
  }
  expect(await readdir(disk)).toEqual([]);
  verdicts.push(`read-only (${isRoot ? 'ro tmpfs, EROFS' : 'chmod 0500, EACCES'}): exit 3, one line, nothing written (${((Date.now() - started) / 1000).toFixed(1)} s)`);
});

it('refuses a full disk at the door, with nothing written', async () => {
  const started = Date.now();
  const disk = await directoryOn('size=1m');
  const dataDirectory = join(disk, 'dondoc');
  let result;
  if (isRoot) {
    // Fill the 1 MB disk to its last 16 kB: the write check (64 kB) gets ENOSPC.
    const filler = join(disk, 'filler');
    await writeFile(filler, Buffer.alloc(1024 * 1024 - 16 * 1024)).catch(() => undefined);
    result = await up(dataDirectory);
    expectClearRefusal(result, dataDirectory, /ENOSPC.*the disk is full/);
    expect(await readdir(disk)).toEqual(['filler']);
  } else {
    result = await up(dataDirectory, 16);
    expectClearRefusal(result, dataDirectory, /EFBIG.*file-size limit/);
    expect(await readdir(disk)).toEqual([]);
  }
  verdicts.push(`disk full (${isRoot ? '1 MB tmpfs filled, ENOSPC' : 'ulimit -f 16, EFBIG'}): exit 3, one line, nothing written (${((Date.now() - started) / 1000).toFixed(1)} s)`);
});

it('refuses a disk with less room than a first start needs, before writing anything lasting', async () => {
  const started = Date.now();
  const disk = await directoryOn('size=1m');
  // As another user the disk is the machine's /tmp: too large to refuse, so the check is asked for more than it holds.
  const dataDirectory = join(disk, 'dondoc');
  const result = isRoot ? await up(dataDirectory) : null;
  if (result) {
    expectClearRefusal(result, dataDirectory, /has only 1\.0 MB free; dondoc needs at least 256\.0 MB/);
    expect(await readdir(disk)).toEqual([]);
    verdicts.push(`too little room (1 MB tmpfs): exit 3, one line, nothing written (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } else {
    const { checkDataDirectory } = await import('../../../embedded/data-directory');
    await expect(checkDataDirectory(dataDirectory, { minimumFreeBytes: Number.MAX_SAFE_INTEGER })).rejects.toThrow(/has only .* free; dondoc needs at least/);
    expect(await readdir(disk)).toEqual([]);
    verdicts.push(`too little room (free-space check asked for more than /tmp holds): refused, nothing written (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  console.log(`DRILL data-directory: PASS — ${verdicts.join('; ')}`);
});
