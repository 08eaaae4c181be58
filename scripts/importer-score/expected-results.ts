// The hand-made expected result of importing one corpus document (test/fixtures/importer-corpus,
// format in its README): the tasks as the document writes them, each with its lead, coordinators
// and deadline phrase, and the criteria that must not become tasks.
import { z } from 'zod';

const ZOpeningWords = z.string().trim().min(1, { error: 'the opening words of the task, as the document writes them' });
const ZAgencyName = z.string().trim().min(1, { error: 'an agency name as the document writes it' });

export const ZExpectedTask = z.strictObject({
  text: ZOpeningWords,
  /** Other opening words that also name the task (its content line under a heading). */
  altText: z.array(ZOpeningWords).default([]),
  lead: ZAgencyName.nullable(),
  coordinators: z.array(ZAgencyName).default([]),
  deadline: z.string().trim().min(1).nullable(),
  /** Several agencies named equally, no lead: for the reader; the lead is then null. */
  assignees: z.array(ZAgencyName).default([]),
  note: z.string().optional(),
});
export type TExpectedTask = z.infer<typeof ZExpectedTask>;

export const ZExpectedResults = z.strictObject({
  document: z.string().regex(/\.txt$/, { error: 'the corpus file name, ending in .txt' }),
  heldOut: z.boolean(),
  tasks: z.array(ZExpectedTask).min(1),
  notATask: z.array(ZOpeningWords).default([]),
});
export type TExpectedResults = z.infer<typeof ZExpectedResults>;
