// Recording a refused input in the audit log of the dondoc the application talks to. A refusal
// that cannot be recorded (the database is down) is still reported to the user, with a warning
// that the audit log does not have it.
import type { DondocConfig } from '../../config/config';
import { recordRefusedUpdate, type TRefusedUpdate } from '../../data/refused-updates';
import { openWriter } from '../connections';

/** Records the refusal; returns a warning to show the user when it could not be recorded, else null. */
export async function recordRefusal(config: DondocConfig, refusal: TRefusedUpdate): Promise<string | null> {
  let prisma: Awaited<ReturnType<typeof openWriter>>;
  try {
    prisma = await openWriter(config);
  } catch (error) {
    return `the refusal is not in the audit log: ${(error as Error).message}`;
  }
  try {
    const recorded = await recordRefusedUpdate(prisma, refusal);
    return recorded ? null : `the refusal is not in the audit log: the database has no assignment ${JSON.stringify(refusal.assignmentId)}.`;
  } catch (error) {
    return `the refusal is not in the audit log (the database did not take it: ${(error as Error).message}).`;
  } finally {
    await prisma.$disconnect().catch(() => undefined);
  }
}
