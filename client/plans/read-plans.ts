// The plans dondoc runs and their tasks (with lead and coordinating agencies), for every signed-in
// reader: the plan's text is public administrative information.
import { readPlans, readPlanTasks } from '../../data/plans';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError } from '../errors';

const day = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;

export async function listPlans(context: TAppContext, _actor: TAppActor) {
  const plans = await context.read(readPlans);
  return plans.map(({ _count, issuedOn, startsOn, endsOn, loadedAt, ...plan }) => ({
    ...plan,
    issuedOn: day(issuedOn),
    startsOn: day(startsOn),
    endsOn: day(endsOn),
    loadedAt: loadedAt.toISOString(),
    tasks: _count.tasks,
  }));
}

export async function listPlanTasks(context: TAppContext, _actor: TAppActor, input: { planId: string }) {
  const tasks = await context.read(async (db) => {
    if (!(await db.plan.findUnique({ where: { id: input.planId }, select: { id: true } }))) {
      throw new AppError(`no plan ${JSON.stringify(input.planId)} is loaded: GET /api/plans lists them.`, 'not_found');
    }
    return readPlanTasks(db, input.planId);
  });
  return tasks.map(({ dueOn, cancelledAt, leadAgencyCode, coordinatorCodes, indicatorCodes, ...task }) => ({
    ...task,
    lead: leadAgencyCode,
    coordinators: coordinatorCodes,
    indicators: indicatorCodes,
    dueOn: day(dueOn),
    cancelledAt: cancelledAt?.toISOString() ?? null,
  }));
}
