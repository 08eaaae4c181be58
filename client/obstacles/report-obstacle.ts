// Reporting an obstacle (vướng mắc) in writing: an officer of an agency, about an assignment its
// agency answers for or about the plan as a whole. The plan's policy says where it goes and the
// deadlines in working days; the obstacle's workflow then carries it to its settlement.
import { z } from 'zod';
import { obstacleStatusQuery, obstacleWorkflow, obstacleWorkflowId } from '../../contracts';
import { readAssignmentRows } from '../../data/assignment-rows';
import { obstacleSettingsOf, ZObstacleSpec, type TObstacleStatus } from '../../domain/obstacles';
import { ZPlan } from '../../domain/plan/plan';
import { localDayOf } from '../../domain/calendar/local-time';
import { safeName, safeText } from '../../domain/text/safe-text';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError, parseInput } from '../errors';
import { refuseObstacleAction } from './refuse-obstacle-action';
import { waitForObstacleRecord } from './wait-for-record';

export const ZReportObstacleInput = z
  .strictObject({
    assignmentId: z.string().min(3).max(300).optional().describe('the assignment the obstacle is about; leave out for the plan as a whole'),
    planId: z.string().min(1).max(200).optional().describe('the plan, when the obstacle is about the plan as a whole'),
    text: safeText('the obstacle').min(1, { error: 'describe the obstacle (--text)' }),
    proposal: safeText('the proposal').min(1, { error: 'say what you propose (--proposal)' }),
    document: safeName('the document', 500).min(1).optional().describe("the written report's number or file name (văn bản)"),
  })
  .refine((input) => (input.assignmentId === undefined) !== (input.planId === undefined), { error: 'name either the assignment (--assignment) or the plan (--plan) the obstacle is about, one of them' });
export type TReportObstacleInput = z.input<typeof ZReportObstacleInput>;

export async function reportObstacle(context: TAppContext, actor: TAppActor, raw: TReportObstacleInput): Promise<TObstacleStatus> {
  const subjectId = String(raw.assignmentId ?? raw.planId ?? 'unknown');
  const refuse = (reason: string, code: 'forbidden' | 'bad_input') => refuseObstacleAction(context, actor, { subjectId, action: 'report', reason, input: raw, code });
  let input: z.infer<typeof ZReportObstacleInput>;
  try {
    input = parseInput(ZReportObstacleInput, raw, 'obstacle');
  } catch (error) {
    if (error instanceof AppError) throw await refuse(error.message, 'bad_input');
    throw error;
  }
  if (actor.role !== 'officer' || !actor.agency) throw await refuse(`an obstacle is reported by an officer for an agency (--as <agency>); an ${actor.role}${actor.agency ? '' : ' acting for no agency'} may not`, actor.agency ? 'forbidden' : 'bad_input');
  const agency = actor.agency;

  const { plan, planId, assignment } = await context.read(async (db) => {
    const [row] = input.assignmentId ? await readAssignmentRows(db, { ids: [input.assignmentId] }) : [];
    if (input.assignmentId && !row) return { plan: null, planId: null, assignment: null };
    const id = row?.planId ?? input.planId!;
    const stored = await db.plan.findUnique({ where: { id }, select: { document: true, title: true } });
    return { plan: stored, planId: id, assignment: row ?? null };
  });
  if (input.assignmentId && !assignment) throw new AppError(`no assignment ${JSON.stringify(input.assignmentId)}: check the id (dondoc assignment list).`, 'not_found');
  if (!plan) throw new AppError(`no plan ${JSON.stringify(planId)}: check the id (dondoc plan list).`, 'not_found');
  if (assignment && agency !== assignment.responsibleAgency && agency !== assignment.assigneeAsWritten) {
    throw await refuse(`only ${assignment.responsibleAgency}, which answers for ${assignment.id}, may report an obstacle on it; you act for ${agency}`, 'forbidden');
  }

  const reportedAt = new Date();
  const settings = obstacleSettingsOf(ZPlan.parse(plan.document), localDayOf(reportedAt));
  const obstacleId = obstacleWorkflowId({ planId: planId!, reportingAgency: agency, reportedAt: reportedAt.getTime() });
  const spec = ZObstacleSpec.parse({
    obstacleId,
    planId,
    planTitle: plan.title,
    assignmentId: assignment?.id ?? null,
    taskRef: assignment?.taskRef ?? null,
    reportingAgency: agency,
    text: input.text,
    proposal: input.proposal,
    document: input.document ?? null,
    reportedBy: { agency, user: actor.user, role: 'officer' },
    reportedAt: reportedAt.toISOString(),
    ...settings,
  });
  const client = await context.temporal();
  const handle = await client.workflow.start(obstacleWorkflow, { taskQueue: context.config.taskQueue, workflowId: obstacleId, args: [{ spec }] });
  const status = await handle.query(obstacleStatusQuery);
  await waitForObstacleRecord(context, obstacleId, status.eventCount);
  return status;
}

