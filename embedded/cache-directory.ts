import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where dondoc keeps what it builds once per machine (the Temporal binaries). It lies outside
 * the repository so that a fresh clone, and every CI run on the same machine, reuses it.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DONDOC_CACHE_DIR) return env.DONDOC_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dondoc');
}
