// Recomputing the hash chain of the whole audit log, for auditors.
import { verifyAuditChain as verifyChain, type TChainVerification } from '../../data/audit-log';
import type { PrismaClient } from '../../prisma/client';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';

export interface TAuditVerification extends TChainVerification {
  ok: boolean;
}

export async function verifyAuditChain(context: TAppContext, _actor: TAppActor): Promise<TAuditVerification> {
  // One short transaction per batch, so the worker is never kept waiting for the whole chain;
  // the log is append-only, so batches read apart still form one chain.
  const batches = { auditEvent: { findMany: (query: object) => context.read((db) => db.auditEvent.findMany(query)) } };
  const verification = await verifyChain(batches as unknown as PrismaClient);
  return { ok: verification.firstBroken === null, ...verification };
}
