// The figures each corpus document reached, recorded so that a later rule change that makes the
// importer worse on any of them fails CI, while the goal itself is still out of reach.
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { TDocumentScore } from './score-document';

const ZFigures = z.strictObject({
  found: z.number().int().nonnegative(),
  leadsRight: z.number().int().nonnegative(),
  coordinatorsRight: z.number().int().nonnegative(),
  deadlinesRead: z.number().int().nonnegative(),
});
const ZFloor = z.record(z.string().regex(/\.txt$/, { error: 'a corpus file name, ending in .txt' }), ZFigures);
export type TFloor = z.infer<typeof ZFloor>;

const KEYS = ['found', 'leadsRight', 'coordinatorsRight', 'deadlinesRead'] as const;

export async function readFloor(file: string): Promise<TFloor> {
  const parsed = ZFloor.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

export async function writeFloor(file: string, scores: readonly TDocumentScore[]): Promise<void> {
  const floor = Object.fromEntries(scores.map((score) => [score.document, Object.fromEntries(KEYS.map((key) => [key, score[key]]))]));
  await writeFile(file, `${JSON.stringify(floor, null, 2)}\n`);
}

/** Each figure of a scored document that fell below the floor, as a line; a document with no floor is not compared. */
export function belowFloor(scores: readonly TDocumentScore[], floor: TFloor): string[] {
  return scores.flatMap((score) => {
    const recorded = floor[score.document];
    if (recorded === undefined) return [];
    return KEYS.filter((key) => score[key] < recorded[key]).map((key) => `${score.document}: ${key} ${score[key]}, recorded ${recorded[key]}`);
  });
}
