// `<data dir>/runtime.json`: where a running `dondoc up` serves Temporal and the database, for
// the other commands on the same machine (`dondoc status` reads the database through it).
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const ZRuntimeFile = z.object({
  temporalAddress: z.string(),
  databaseUrl: z.string(),
  pid: z.number().int(),
});
export type TRuntimeFile = z.infer<typeof ZRuntimeFile>;

const fileName = 'runtime.json';

export async function writeRuntimeFile(dataDirectory: string, runtime: TRuntimeFile): Promise<void> {
  // The file names a local database URL with its (local, fixed) password: owner-only.
  await writeFile(join(dataDirectory, fileName), JSON.stringify(runtime, null, 2), { mode: 0o600 });
}

export async function removeRuntimeFile(dataDirectory: string): Promise<void> {
  await rm(join(dataDirectory, fileName), { force: true });
}

/** The running dondoc's services, or null when none runs (no file, or its process is gone). */
export async function readRuntimeFile(dataDirectory: string): Promise<TRuntimeFile | null> {
  const path = join(dataDirectory, fileName);
  if (!existsSync(path)) return null;
  const parsed = ZRuntimeFile.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) return null;
  try {
    process.kill(parsed.data.pid, 0);
    return parsed.data;
  } catch {
    return null;
  }
}
