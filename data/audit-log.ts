// The tamper-evident audit log: each event carries the SHA-256 of the previous event's hash and
// its own content, so editing or deleting any row breaks every link after it. The database
// refuses UPDATE and DELETE on the table; this chain catches what bypasses the database.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../prisma/client';

export const genesisHash = '0'.repeat(64);
// Appends take this transaction-scoped lock so that two writers cannot both chain onto the same
// previous event. The number is arbitrary but fixed: it names "the audit chain".
const chainLockId = 73_656_211;

export interface TAuditEntry {
  idempotencyKey: string;
  occurredAt: Date;
  actorAgency: string | null;
  actorUser: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
}

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export function hashAuditEntry(previousHash: string, entry: Omit<TAuditEntry, 'idempotencyKey'>): string {
  const content = canonicalJson({
    occurredAt: entry.occurredAt.toISOString(),
    actorAgency: entry.actorAgency,
    actorUser: entry.actorUser,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    payload: entry.payload,
  });
  return createHash('sha256').update(previousHash).update('\n').update(content).digest('hex');
}

/** Appends entries in order inside `tx`; an entry whose key is already recorded is skipped. */
export async function appendAuditEntries(tx: Transaction, entries: TAuditEntry[]): Promise<number> {
  if (!entries.length) return 0;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${chainLockId})`;
  const known = new Set(
    (await tx.auditEvent.findMany({ where: { idempotencyKey: { in: entries.map((entry) => entry.idempotencyKey) } }, select: { idempotencyKey: true } })).map(
      (row) => row.idempotencyKey,
    ),
  );
  const last = await tx.auditEvent.findFirst({ orderBy: { sequence: 'desc' }, select: { hash: true } });
  let previousHash = last?.hash ?? genesisHash;
  let appended = 0;
  for (const entry of entries) {
    if (known.has(entry.idempotencyKey)) continue;
    const hash = hashAuditEntry(previousHash, entry);
    await tx.auditEvent.create({ data: { ...entry, payload: entry.payload as object, previousHash, hash } });
    previousHash = hash;
    appended += 1;
  }
  return appended;
}

export interface TChainVerification {
  checked: number;
  firstBroken: { sequence: bigint; reason: string } | null;
}

/** Recomputes the chain from the first event; reports the first event that does not match. */
export async function verifyAuditChain(prisma: PrismaClient, batchSize = 1_000): Promise<TChainVerification> {
  let previousHash = genesisHash;
  let checked = 0;
  let after: bigint | undefined;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({
      where: after === undefined ? {} : { sequence: { gt: after } },
      orderBy: { sequence: 'asc' },
      take: batchSize,
    });
    for (const row of rows) {
      if (row.previousHash !== previousHash) {
        return { checked, firstBroken: { sequence: row.sequence, reason: 'its previous-hash does not match the event before it (an event was removed or inserted)' } };
      }
      const expected = hashAuditEntry(previousHash, {
        occurredAt: row.occurredAt,
        actorAgency: row.actorAgency,
        actorUser: row.actorUser,
        action: row.action,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        payload: row.payload as Record<string, unknown>,
      });
      if (row.hash !== expected) return { checked, firstBroken: { sequence: row.sequence, reason: 'its content does not match its hash (the event was altered)' } };
      previousHash = row.hash;
      checked += 1;
    }
    if (rows.length < batchSize) return { checked, firstBroken: null };
    after = rows.at(-1)!.sequence;
  }
}

/** JSON with object keys sorted, so that the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, each]) => each !== undefined)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return `{${entries.map(([key, each]) => `${JSON.stringify(key)}:${canonicalJson(each)}`).join(',')}}`;
}
