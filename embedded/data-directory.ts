// The data directory is checked before `dondoc up` starts anything in it: a read-only or full
// disk found half-way (the dev server's SQLite file created, PostgreSQL's half initialised, a
// lock left behind) is worse than a refusal at the door that says what to fix.
import { mkdir, rm, rmdir, stat, statfs, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export class DataDirectoryError extends Error {
  override name = 'DataDirectoryError';
}

const MEGABYTE = 1024 * 1024;
/**
 * A first start writes about 45 MB (embedded PostgreSQL's files 41 MB, Temporal's SQLite file and
 * its write-ahead log a few MB) and both grow with the workflows of a plan. 256 MB leaves room
 * for a provincial plan's first months; below it the disk would fill during a plan load.
 */
export const MINIMUM_FREE_BYTES = 256 * MEGABYTE;
/** Large enough that a full disk or a file-size limit refuses it, small enough to cost nothing. */
const PROBE_BYTES = 64 * 1024;
const PROBE_NAME = '.dondoc-write-check';

const advice = 'or choose another data directory with DONDOC_DATA_DIR. Nothing was written; run `dondoc up` again once it is fixed.';

/**
 * Creates the data directory if needed and proves that dondoc can write there and has room.
 * On refusal it removes what it created, so the directory is left as it was found.
 */
export async function checkDataDirectory(directory: string, options: { minimumFreeBytes?: number } = {}): Promise<void> {
  const created: string[] = [];
  try {
    await createDirectory(directory, created);
    const probe = join(directory, PROBE_NAME);
    try {
      await writeFile(probe, Buffer.alloc(PROBE_BYTES));
    } catch (error) {
      throw refusal(directory, probe, error);
    } finally {
      await rm(probe, { force: true }).catch(() => undefined);
    }
    const minimum = options.minimumFreeBytes ?? MINIMUM_FREE_BYTES;
    const space = await statfs(directory);
    const free = space.bavail * space.bsize;
    if (free < minimum) {
      throw new DataDirectoryError(
        `The disk of the data directory ${directory} has only ${megabytes(free)} free; dondoc needs at least ${megabytes(minimum)} for its database and workflows. ` +
          `Free some space there ${advice}`,
      );
    }
  } catch (error) {
    for (const path of created.reverse()) await rmdir(path).catch(() => undefined);
    throw error;
  }
}

/** mkdir level by level: a recursive mkdir reports a read-only disk as ENOENT. */
async function createDirectory(directory: string, created: string[]): Promise<void> {
  const missing: string[] = [];
  for (let path = directory; ; path = dirname(path)) {
    const found = await stat(path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(refusal(directory, path, error))));
    if (found && !found.isDirectory()) throw new DataDirectoryError(`The data directory ${directory} cannot be created: ${path} is a file, not a directory. Move that file away ${advice}`);
    if (found) break;
    missing.unshift(path);
    if (dirname(path) === path) break;
  }
  for (const path of missing) {
    try {
      await mkdir(path);
      created.push(path);
    } catch (error) {
      throw refusal(directory, path, error);
    }
  }
}

function refusal(directory: string, path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `The data directory ${directory} cannot be written (${code} on ${path})`;
  switch (code) {
    case 'EROFS':
      return new DataDirectoryError(`${where}: its disk is mounted read-only. Mount it read-write ${advice}`);
    case 'EACCES':
    case 'EPERM':
      return new DataDirectoryError(`${where}: permission denied. Give the user running dondoc (uid ${process.getuid?.() ?? '?'}) write access to it ${advice}`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new DataDirectoryError(`${where}: the disk is full (or your quota is used up). Free some space there ${advice}`);
    case 'EFBIG':
      return new DataDirectoryError(`${where}: a file-size limit stops writes (see \`ulimit -f\`). Lift the limit ${advice}`);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

const megabytes = (bytes: number) => `${(bytes / MEGABYTE).toFixed(1)} MB`;
