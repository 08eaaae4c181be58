import { mkdir, rm, stat } from 'node:fs/promises';

// Builds take minutes; a lock older than this belongs to a process that died mid-build.
const staleAfterMs = 30 * 60_000;
const pollMs = 1_000;

/**
 * Runs `work` while holding a lock directory, so that parallel test processes (or a test run
 * beside `dondoc up`) do not build the same binary into the same place at once.
 */
export async function withDirectoryLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(lockPath, { recursive: false });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        await mkdir(lockPath.slice(0, lockPath.lastIndexOf('/')), { recursive: true });
        continue;
      }
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (await stat(lockPath).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > staleAfterMs) await rm(lockPath, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { recursive: true, force: true });
  }
}
