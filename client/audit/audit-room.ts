// The auditors' room's reads: assignments found across agencies and periods, the latest refused
// actions and sign-ins (paged), and the verification of the audit chain with the record of when
// it last ran (kept in the audit log: a run is itself an event in the chain it checked).
import { z } from 'zod';
import { chainVerifiedAction, readLatestAuditEvents, readLatestChainVerification, recordChainVerification, searchAssignmentRecords, type TAuditEventRow, type TFoundAssignment } from '../../data/audit-room';
import { IDENTITY_ACTIONS } from '../../data/identity-audit';
import { requestRefusedAction, updateRefusedAction } from '../../data/refused-updates';
import { obstacleRefusedAction } from '../../data/obstacles';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { parseInput } from '../errors';
import { verifyAuditChain } from './verify-audit-chain';

export const ZAssignmentSearch = z.object({
  text: z.string().trim().max(200, 'at most 200 characters').optional(),
  agency: z.string().trim().toUpperCase().regex(/^([A-Z][A-Z0-9_]*)?$/, 'an agency code, e.g. SO_GDDT').max(60).optional(),
  period: z.string().trim().max(40, 'at most 40 characters').optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
});

export interface TPaged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export async function searchAssignments(context: TAppContext, _actor: TAppActor, input: z.input<typeof ZAssignmentSearch>): Promise<TPaged<TFoundAssignment>> {
  const search = parseInput(ZAssignmentSearch, input, 'search');
  const { rows, total } = await context.read((db) =>
    searchAssignmentRecords(db, { text: search.text || undefined, agency: search.agency || undefined, period: search.period || undefined, skip: (search.page - 1) * search.pageSize, take: search.pageSize }),
  );
  return { items: rows, total, page: search.page, pageSize: search.pageSize };
}

/** One assignment's record (its task's text among it), or null when the database does not know it. */
export async function findAssignment(context: TAppContext, _actor: TAppActor, input: { assignmentId: string }): Promise<TFoundAssignment | null> {
  const { rows } = await context.read((db) => searchAssignmentRecords(db, { id: input.assignmentId, skip: 0, take: 1 }));
  return rows[0] ?? null;
}

/** Actions refused for who asked (by the server, a workflow or the API) and sign-ins that failed or were held back. */
export const REFUSAL_AND_LOGIN_ACTIONS = [updateRefusedAction, requestRefusedAction, obstacleRefusedAction, IDENTITY_ACTIONS.loginFailed, IDENTITY_ACTIONS.loginThrottled, IDENTITY_ACTIONS.tokenRefused];

export const ZEventPage = z.object({ page: z.number().int().min(1).max(100_000).default(1), pageSize: z.number().int().min(1).max(200).default(25) });

export async function latestRefusalsAndFailedLogins(context: TAppContext, _actor: TAppActor, input: z.input<typeof ZEventPage>): Promise<TPaged<TAuditEventRow>> {
  const page = parseInput(ZEventPage, input, 'page');
  const { rows, total } = await context.read((db) => readLatestAuditEvents(db, REFUSAL_AND_LOGIN_ACTIONS, { skip: (page.page - 1) * page.pageSize, take: page.pageSize }));
  return { items: rows, total, page: page.page, pageSize: page.pageSize };
}

export interface TChainRun {
  at: Date;
  by: string | null;
  ok: boolean;
  checked: number;
  firstBroken: { sequence: string; reason: string } | null;
}

function runOf(row: TAuditEventRow): TChainRun {
  const payload = (row.payload ?? {}) as { ok?: unknown; checked?: unknown; firstBroken?: TChainRun['firstBroken'] };
  return { at: row.occurredAt, by: row.actorUser, ok: payload.ok === true, checked: Number(payload.checked ?? 0), firstBroken: payload.firstBroken ?? null };
}

/** Recomputes the whole chain and records the run (who, when, the outcome) in the audit log. */
export async function runChainVerification(context: TAppContext, actor: TAppActor, at = new Date()): Promise<TChainRun> {
  const verification = await verifyAuditChain(context, actor);
  const run = { ok: verification.ok, checked: verification.checked, firstBroken: verification.firstBroken ? { sequence: String(verification.firstBroken.sequence), reason: verification.firstBroken.reason } : null };
  await context.write((db) => recordChainVerification(db, { actor: { agency: actor.agency, user: actor.user }, ...run, occurredAt: at }));
  return { at, by: actor.user, ...run };
}

/** The last recorded verification run, or null when none has run yet. */
export async function lastChainVerification(context: TAppContext, _actor: TAppActor): Promise<TChainRun | null> {
  const row = await context.read((db) => readLatestChainVerification(db));
  return row ? runOf(row) : null;
}

export { chainVerifiedAction };
export type { TAuditEventRow, TFoundAssignment };
