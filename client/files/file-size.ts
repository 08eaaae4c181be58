// A file read before anything is sent (a plan, a report, a plan document) is refused by its size
// first, so that a wrong file (a video, a database dump) is never read into memory, and the
// message says the limit instead of Temporal refusing an oversized payload halfway.
import { stat } from 'node:fs/promises';
import { formatBytes } from '../../domain/text/safe-text';
import { AppError } from '../errors';

/** Throws a bad_input AppError when the file is larger than `maxBytes`; a file that cannot be stat'ed is left to the read that follows, which says why. */
export async function refuseOversizedFile(path: string, maxBytes: number, what: string, hint = ''): Promise<void> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return;
  }
  if (size <= maxBytes) return;
  throw new AppError(`${what} ${path} is ${formatBytes(size)}; at most ${formatBytes(maxBytes)} is accepted.${hint ? ` ${hint}` : ''} Nothing was sent.`, 'bad_input');
}
