// A reorganisation: every open assignment of an agency moves to its successor, keeping its
// deadline and its history (Resolution 190/2025/QH15: the work must not be interrupted); and
// where the agency monitored work or was the leadership escalations reach, its successor takes
// that role in every open assignment.
import { reassignUpdate, transferOversightUpdate } from '../../contracts';
import { ApplicationFailure, heartbeat } from '@temporalio/activity';
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { PrismaClient } from '../../prisma/client';
import type { TSucceedAgencyInput, TSucceedAgencyResult } from '../../contracts/workflow-results';

export type { TSucceedAgencyInput, TSucceedAgencyResult };

/** Assignment states whose work is still open: they move; finished ones keep their agency. */
const openStates = ['assigned', 'in_progress', 'submitted', 'returned'] as const;

export async function succeedAgency(prisma: PrismaClient, temporal: Client, input: TSucceedAgencyInput): Promise<TSucceedAgencyResult> {
  const agencies = await prisma.agency.findMany({ where: { code: { in: [input.from, input.to] } }, select: { code: true } });
  for (const code of [input.from, input.to]) {
    if (!agencies.some((agency) => agency.code === code)) {
      // Retrying cannot help: the registry must change first.
      throw ApplicationFailure.nonRetryable(`Agency ${code} is not in the registry: add it to the plan file and load the plan first.`, 'UnknownAgency');
    }
  }
  const effectiveFrom = new Date(`${input.effectiveDay}T00:00:00Z`);
  await prisma.agencySuccession.upsert({
    where: { predecessorCode_successorCode_effectiveFrom: { predecessorCode: input.from, successorCode: input.to, effectiveFrom } },
    create: { predecessorCode: input.from, successorCode: input.to, effectiveFrom, functions: input.functions },
    update: { functions: input.functions },
  });
  const open = await prisma.assignment.findMany({
    where: { responsibleAgencyCode: input.from, state: { in: [...openStates] } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  const result: TSucceedAgencyResult = { moved: [], alreadyMoved: 0, closed: 0, oversightMoved: [] };
  for (const { id } of open) {
    heartbeat(id);
    try {
      await temporal.workflow.getHandle(id).executeUpdate(reassignUpdate, {
        args: [{ actor: { ...input.actor, role: 'system' }, toAgency: input.to, effectiveDay: input.effectiveDay, reason: input.reason }],
      });
      result.moved.push(id);
    } catch (error) {
      // A retried activity finds some already moved; a workflow closed since the read is left alone.
      const message = error instanceof WorkflowUpdateFailedError ? (error.cause?.message ?? '') : '';
      if (message.includes('already answers')) result.alreadyMoved += 1;
      else if (message.includes('nothing can be changed') || (error as Error).name === 'WorkflowNotFoundError') result.closed += 1;
      else throw error;
    }
  }

  // The read model does not say who oversees an assignment: every open one is asked, and the
  // workflow refuses (changing nothing) where the agency neither monitors nor leads it.
  const overseen = await prisma.assignment.findMany({ where: { state: { in: [...openStates] } }, select: { id: true }, orderBy: { id: 'asc' } });
  for (const { id } of overseen) {
    heartbeat(id);
    try {
      await temporal.workflow.getHandle(id).executeUpdate(transferOversightUpdate, {
        args: [{ actor: { ...input.actor, role: 'system' }, fromAgency: input.from, toAgency: input.to, effectiveDay: input.effectiveDay, reason: input.reason }],
      });
      result.oversightMoved.push(id);
    } catch (error) {
      const message = error instanceof WorkflowUpdateFailedError ? (error.cause?.message ?? '') : '';
      const notOverseen = message.includes('neither monitors nor leads') || message.includes('nothing can be changed');
      if (!notOverseen && (error as Error).name !== 'WorkflowNotFoundError') throw error;
    }
  }
  return result;
}
