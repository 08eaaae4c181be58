// The CLI's side of recording a refused input: write it to the audit log of the dondoc it talks
// to. A refusal that cannot be recorded (the database is down) is still reported to the user,
// with a warning that the audit log does not have it.
import { recordRefusedUpdate, type TRefusedUpdate } from '../../activities/records/refused-updates';
import { createPrismaClient } from '../../prisma/client';
import type { DondocConfig } from '../../workers/config';
import { resolveDatabaseUrl } from '../read-model/connect';

/** Records the refusal; returns a warning for stderr when it could not be recorded, else null. */
export async function recordRefusal(config: DondocConfig, refusal: TRefusedUpdate): Promise<string | null> {
  let connectionString: string;
  try {
    connectionString = await resolveDatabaseUrl(config);
  } catch (error) {
    return `the refusal is not in the audit log: ${(error as Error).message}`;
  }
  // One connection: the embedded database serves a connection's transaction alone.
  const prisma = createPrismaClient({ connectionString, maxConnections: 1 });
  try {
    const recorded = await recordRefusedUpdate(prisma, refusal);
    return recorded ? null : `the refusal is not in the audit log: the database has no assignment ${JSON.stringify(refusal.assignmentId)}.`;
  } catch (error) {
    return `the refusal is not in the audit log (the database did not take it: ${(error as Error).message}).`;
  } finally {
    await prisma.$disconnect().catch(() => undefined);
  }
}
