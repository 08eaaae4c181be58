// What an assignment's workflow was started to ask: the indicators (the unit's level decides
// which: the spec, not the plan's whole list) and, for a unit's one report, its sections. Read
// from the run's first history event, which a continued run carries on.
import { defaultPayloadConverter } from '@temporalio/client';
import { z } from 'zod';
import { ZCarriedResult, ZReportSection, ZRequiredIndicator } from '../../domain/assignment/spec';
import type { TAppContext } from '../app-context';
import { explainTemporalError } from './temporal-errors';

const ZStartedTerms = z.object({
  requiredIndicators: ZRequiredIndicator.array().default([]),
  sections: ZReportSection.array().optional(),
  carriedOver: ZCarriedResult.array().optional(),
});
export type TStartedTerms = z.infer<typeof ZStartedTerms>;

export async function readStartedTerms(context: TAppContext, assignmentId: string): Promise<TStartedTerms> {
  const client = await context.temporal();
  try {
    const history = await client.workflowService.getWorkflowExecutionHistory({ namespace: client.options.namespace, execution: { workflowId: assignmentId }, maximumPageSize: 1 });
    const payload = history.history?.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
    const input = payload ? (defaultPayloadConverter.fromPayload(payload) as { spec?: unknown }) : undefined;
    const parsed = ZStartedTerms.safeParse(input?.spec ?? {});
    return parsed.success ? parsed.data : { requiredIndicators: [] };
  } catch (error) {
    throw explainTemporalError(error, assignmentId);
  }
}
