// An agency submits the result of an assignment (narrative and aggregate indicator counts);
// the monitoring agency accepts it, or returns it with a note and a new due day.
import { z } from 'zod';
import { submitResultUpdate, reviewResultUpdate } from '../../contracts';
import { ZReviewResult, ZSubmitResult } from '../../domain/assignment/messages';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { updateAssignment } from './update-assignment';

/** A result as an agency writes it: without its actor, who is the one submitting. */
export const ZReportFile = ZSubmitResult.omit({ actor: true });
export type TReportFile = z.infer<typeof ZReportFile>;

export interface TSubmitResultInput {
  assignmentId: string;
  /** The result, or how to read it (a file the interface parses); a bad file is a refusal recorded with `source`. */
  report: TReportFile | (() => Promise<TReportFile>);
  source?: Record<string, unknown>;
}

export function submitResult(context: TAppContext, actor: TAppActor, input: TSubmitResultInput) {
  const report = input.report;
  return updateAssignment(context, actor, {
    assignmentId: input.assignmentId,
    update: submitResultUpdate,
    schema: ZSubmitResult,
    what: 'result',
    input: typeof report === 'function' ? report : { ...report },
    source: input.source,
  });
}

export const ZReviewInput = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept'), note: z.string().optional() }),
  z.object({ decision: z.literal('return'), note: z.string(), newDueDay: z.string() }),
]);
export type TReviewInput = z.infer<typeof ZReviewInput> & { assignmentId: string };

export function reviewResult(context: TAppContext, actor: TAppActor, { assignmentId, ...review }: TReviewInput) {
  return updateAssignment(context, actor, { assignmentId, update: reviewResultUpdate, schema: ZReviewResult, what: 'review', input: review });
}
