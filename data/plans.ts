// The plans loaded into dondoc and their tasks, as the read model keeps them.
import type { TReadClient } from './read-model';

export async function readPlans(db: TReadClient) {
  return db.plan.findMany({
    select: { id: true, number: true, title: true, issuer: true, issuedOn: true, startsOn: true, endsOn: true, version: true, loadedAt: true, _count: { select: { tasks: true } } },
    orderBy: { id: 'asc' },
  });
}

export async function readPlanTasks(db: TReadClient, planId: string) {
  return db.task.findMany({
    where: { planId },
    select: { ref: true, groupTitle: true, text: true, kind: true, leadAgencyCode: true, coordinatorCodes: true, dueOn: true, recurrence: true, indicatorCodes: true, cancelledAt: true },
    orderBy: { ref: 'asc' },
  });
}
