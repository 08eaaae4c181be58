// Loads a plan (or an amended version) into running workflows. The work is one idempotent
// activity, so a crash half-way is finished by its retry, and loading twice changes nothing.
import { proxyActivities } from '@temporalio/workflow';
import type { PlanActivities } from '../activities';
import type { TReconcilePlanInput, TReconcilePlanResult } from '../contracts/workflow-results';

const plans = proxyActivities<PlanActivities>({
  // A plan of a few hundred assignments starts in seconds; ten minutes covers a slow cluster.
  startToCloseTimeout: '10 minutes',
  // The activity heartbeats per assignment: a worker that died mid-way is noticed in a minute.
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes' },
});

export async function loadPlanWorkflow(input: TReconcilePlanInput): Promise<TReconcilePlanResult> {
  return plans.reconcilePlan(input);
}
