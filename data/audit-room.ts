// What the auditors' room reads and writes: assignments found by free text, agency and period;
// the latest audit events of some actions (refusals, failed sign-ins), paged; and the record of
// each verification of the audit chain, kept in the audit log itself (no table of its own).
import { randomUUID } from 'node:crypto';
import { appendAuditEntries } from './audit-log';
import type { TReadClient } from './read-model';

export interface TFoundAssignment {
  id: string;
  taskRef: string;
  taskText: string;
  period: string;
  responsibleAgency: string;
  assigneeAsWritten: string;
  state: string;
  dueAt: Date | null;
}

export interface TAssignmentSearch {
  /** Free text found in the id, the task's reference or text, or an agency's code. */
  text?: string;
  /** The agency answering today or as the plan wrote it. */
  agency?: string;
  period?: string;
  /** Exactly this assignment. */
  id?: string;
  skip: number;
  take: number;
}

export async function searchAssignmentRecords(db: TReadClient, search: TAssignmentSearch): Promise<{ rows: TFoundAssignment[]; total: number }> {
  const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });
  const where = {
    AND: [
      search.text
        ? { OR: [{ id: contains(search.text) }, { task: { ref: contains(search.text) } }, { task: { text: contains(search.text) } }, { responsibleAgencyCode: contains(search.text) }, { assigneeAsWrittenCode: contains(search.text) }] }
        : {},
      search.agency ? { OR: [{ responsibleAgencyCode: search.agency }, { assigneeAsWrittenCode: search.agency }] } : {},
      search.period ? { period: search.period } : {},
      search.id ? { id: search.id } : {},
    ],
  };
  const [rows, total] = [
    await db.assignment.findMany({
      where,
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      skip: search.skip,
      take: search.take,
      select: { id: true, period: true, responsibleAgencyCode: true, assigneeAsWrittenCode: true, state: true, dueAt: true, task: { select: { ref: true, text: true } } },
    }),
    await db.assignment.count({ where }),
  ];
  return {
    total,
    rows: rows.map((row) => ({ id: row.id, taskRef: row.task.ref, taskText: row.task.text, period: row.period, responsibleAgency: row.responsibleAgencyCode, assigneeAsWritten: row.assigneeAsWrittenCode, state: row.state, dueAt: row.dueAt })),
  };
}

export interface TAuditEventRow {
  sequence: bigint;
  occurredAt: Date;
  actorAgency: string | null;
  actorUser: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  payload: unknown;
}

/** The latest events of these actions, newest first, one page of them, and how many there are. */
export async function readLatestAuditEvents(db: TReadClient, actions: string[], page: { skip: number; take: number }): Promise<{ rows: TAuditEventRow[]; total: number }> {
  const where = { action: { in: actions } };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: { sequence: 'desc' },
    skip: page.skip,
    take: page.take,
    select: { sequence: true, occurredAt: true, actorAgency: true, actorUser: true, action: true, subjectType: true, subjectId: true, payload: true },
  });
  return { rows, total: await db.auditEvent.count({ where }) };
}

export const chainVerifiedAction = 'audit-chain-verified';
const chainSubject = { subjectType: 'audit-chain', subjectId: 'audit-log' };

/** Appends the outcome of one verification run of the chain, inside the caller's transaction. */
export async function recordChainVerification(db: TReadClient, run: { actor: { agency: string | null; user: string | null }; ok: boolean; checked: number; firstBroken: { sequence: string; reason: string } | null; occurredAt: Date }): Promise<void> {
  await appendAuditEntries(db, [
    {
      idempotencyKey: `${chainVerifiedAction}:${randomUUID()}`,
      occurredAt: run.occurredAt,
      actorAgency: run.actor.agency,
      actorUser: run.actor.user,
      action: chainVerifiedAction,
      ...chainSubject,
      payload: { ok: run.ok, checked: run.checked, firstBroken: run.firstBroken },
    },
  ]);
}

export async function readLatestChainVerification(db: TReadClient): Promise<TAuditEventRow | null> {
  return db.auditEvent.findFirst({
    where: { action: chainVerifiedAction, ...chainSubject },
    orderBy: { sequence: 'desc' },
    select: { sequence: true, occurredAt: true, actorAgency: true, actorUser: true, action: true, subjectType: true, subjectId: true, payload: true },
  });
}
