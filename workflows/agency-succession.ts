// Moves an agency's open work to its successor as one durable step (retried until done).
import { proxyActivities } from '@temporalio/workflow';
import type { AgencyActivities } from '../activities';
import type { TSucceedAgencyInput, TSucceedAgencyResult } from '../contracts/workflow-results';

const agencies = proxyActivities<AgencyActivities>({
  // Hundreds of updates, each a round trip: minutes at most.
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes' },
});

export async function agencySuccessionWorkflow(input: TSucceedAgencyInput): Promise<TSucceedAgencyResult> {
  return agencies.succeedAgency(input);
}
