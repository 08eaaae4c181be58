// Value shapes shared by every part of the plan file. Each carries an error text that says what
// a valid value looks like, because that text is what an official sees when the file is wrong.
import { z } from 'zod';
import { safeName, safePlanText } from '../text/safe-text';

/** A calendar date as written in the plan (Asia/Ho_Chi_Minh), never a time instant. */
export const ZIsoDate = z.iso.date({ error: 'a date written YYYY-MM-DD, e.g. 2024-06-14' });
export type TIsoDate = z.infer<typeof ZIsoDate>;

/** A day of every year, for cycles that repeat annually ("12-15" is 15 December). */
export const ZMonthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'a day of the year written MM-DD, e.g. 12-15' });
export type TMonthDay = z.infer<typeof ZMonthDay>;

/** Local wall-clock time (Asia/Ho_Chi_Minh), 24-hour. */
export const ZTimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a local time written HH:MM (24-hour), e.g. 08:00' });

/**
 * Agency and group codes are the stable identity that assignments, reports and successors refer
 * to; Vietnamese names change with every reorganisation, codes do not.
 */
export const AGENCY_CODE_EXPECTATION = 'a code in UPPER_SNAKE_CASE, e.g. SO_LDTBXH';
export const ZAgencyCode = z.string().regex(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, { error: AGENCY_CODE_EXPECTATION });
export type TAgencyCode = z.infer<typeof ZAgencyCode>;

/** Identifiers of cycles, indicators, documents and reviews: same spelling rule as agency codes. */
export const ZIdentifier = ZAgencyCode;

/**
 * `II.<group>.<n>` is the n-th bullet of group <group> in section II; `III.<k>.<n>` is the n-th
 * duty under point <k> of section III. Counting follows the document, starting at 1.
 */
export const ZTaskRef = z
  .string()
  .regex(/^III?\.[1-9]\d*\.[1-9]\d*$/, { error: 'a task reference II.<group>.<n> or III.<point>.<n>, e.g. II.2.3' });
export type TTaskRef = z.infer<typeof ZTaskRef>;

/** Free-form function tags ("children", "labour") that say which work moves to which successor. */
export const ZFunctionTag = z
  .string()
  .regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, { error: 'a function tag in lower_snake_case, e.g. children' });

/**
 * Texts of the plan (a task, a heading): at most TEXT_LIMITS.planText characters, no control or
 * bidirectional characters, NFC (see domain/text/safe-text.ts).
 */
export const ZNonEmptyText = safePlanText('the text').min(1, { error: 'a non-empty text' });
/** Optional free texts (notes, deliverables, source sentences): same rules, may be empty. */
export const ZPlanNote = safePlanText('the text');
/** Names and titles (agencies, indicators, facilities, documents): one line of at most TEXT_LIMITS.name characters. */
export const ZName = safeName('the name').min(1, { error: 'a non-empty name' });
/** One-line texts that may be empty (a document number, an issuer as written). */
export const ZLine = safeName('the text');
