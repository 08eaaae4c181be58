// An obstacle's step is answered once the workflow has recorded it, so that the next command or
// page (a list, the department's answer, the page a form redirects to) finds it.
import type { TAppContext } from '../app-context';

const waitMs = 10_000;
const pollMs = 100;

/**
 * Waits until the read model holds the obstacle's event number `eventCount` (its audit entry is
 * written in the same transaction as the row). A worker records it in well under a second; past
 * ten, the step stands anyway (the workflow holds it) and the record follows when the database is back.
 */
export async function waitForObstacleRecord(context: TAppContext, obstacleId: string, eventCount: number): Promise<void> {
  const key = `${obstacleId}#${eventCount}`;
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    const found = await context.read((db) => db.auditEvent.findUnique({ where: { idempotencyKey: key }, select: { sequence: true } }));
    if (found) return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
