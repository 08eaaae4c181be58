// A reorganisation: every open assignment of an agency moves to its successor from a day,
// keeping deadlines and history, as one durable workflow (retried until done).
import { z } from 'zod';
import { agencySuccessionWorkflow, agencySuccessionWorkflowId } from '../../contracts';
import type { TSucceedAgencyResult } from '../../contracts';
import { readAgencyNames } from '../../data/assignment-rows';
import { isIsoDay } from '../../domain/calendar/iso-day';
import { safeName, safeText } from '../../domain/text/safe-text';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError, parseInput } from '../errors';

const agencyCode = z.string().regex(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, { error: 'must be an agency code in UPPER_SNAKE_CASE (e.g. SO_LDTBXH)' });

export const ZSucceedAgencyInput = z
  .object({
    from: agencyCode,
    to: agencyCode,
    effectiveDay: z.string().refine(isIsoDay, { error: 'must be a day written YYYY-MM-DD (e.g. 2025-03-01)' }),
    /** The functions that move; ["all"] by default. */
    functions: z.array(safeName('a function tag', 100).min(1)).min(1).default(['all']),
    reason: safeText('the reason').min(1),
  })
  .refine((input) => input.from !== input.to, { error: 'the old and the new agency are the same agency', path: ['to'] });

export async function succeedAgency(context: TAppContext, actor: TAppActor, input: z.input<typeof ZSucceedAgencyInput>): Promise<TSucceedAgencyResult> {
  const { from, to, effectiveDay, functions, reason } = parseInput(ZSucceedAgencyInput, input, 'succession');
  // Checked before anything starts: the workflow would only fail on it.
  const known = await context.read((db) => readAgencyNames(db, [from, to]));
  const unknown = [from, to].filter((code) => !known.has(code));
  if (unknown.length) {
    throw new AppError(`${unknown.join(' and ')} ${unknown.length > 1 ? 'are' : 'is'} not in the registry: add ${unknown.length > 1 ? 'them' : 'it'} to the plan file and load the plan first. Nothing was moved.`, 'bad_input', unknown.map((code) => ({ path: code === from ? 'from' : 'to', message: 'not in the registry' })));
  }
  const client = await context.temporal();
  try {
    return await client.workflow.execute(agencySuccessionWorkflow, {
      taskQueue: context.config.taskQueue,
      workflowId: agencySuccessionWorkflowId({ from, to, effectiveDay, requestedAt: Date.now() }),
      args: [{ from, to, effectiveDay, functions, actor: { agency: to, user: actor.user }, reason }],
    });
  } catch (error) {
    const cause = (error as { cause?: { cause?: { message?: string }; message?: string } }).cause;
    const message = cause?.cause?.message ?? cause?.message;
    if (message?.includes('is not in the registry')) throw new AppError(message, 'bad_input');
    throw error;
  }
}
