// A reorganisation: every open assignment of an agency moves to its successor, keeping its
// deadline and its history (Resolution 190/2025/QH15: the work must not be interrupted).
import { ApplicationFailure, heartbeat } from '@temporalio/activity';
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { PrismaClient } from '../../prisma/client';

export interface TSucceedAgencyInput {
  from: string;
  to: string;
  effectiveDay: string;
  functions: string[];
  actor: { agency: string; user: string };
  reason: string;
}

export interface TSucceedAgencyResult {
  moved: string[];
  alreadyMoved: number;
  closed: number;
}

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
  const result: TSucceedAgencyResult = { moved: [], alreadyMoved: 0, closed: 0 };
  for (const { id } of open) {
    heartbeat(id);
    try {
      await temporal.workflow.getHandle(id).executeUpdate('reassign', {
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
  return result;
}
