// Recording a refused input in the audit log of the dondoc the application talks to. A refusal
// that cannot be recorded (the database is down) is still reported to the user, with a warning
// that the audit log does not have it.
import { recordRefusedRequest, recordRefusedUpdate, type TRefusedRequest, type TRefusedUpdate } from '../../data/refused-updates';
import { boundedForAudit } from '../../domain/text/payload-text';
import type { TAppContext } from '../app-context';

/** Records a refused update of an assignment; returns a warning to show the user when it could not be recorded, else null. */
export async function recordRefusal(context: TAppContext, refusal: TRefusedUpdate): Promise<string | null> {
  try {
    const recorded = await context.write((tx) => recordRefusedUpdate(tx, { ...refusal, input: boundedForAudit(refusal.input) }));
    return recorded ? null : `the refusal is not in the audit log: the database has no assignment ${JSON.stringify(refusal.assignmentId)}.`;
  } catch (error) {
    return `the refusal is not in the audit log (the database did not take it: ${(error as Error).message}).`;
  }
}

/** Keys whose values never go into the audit log, at any depth. */
const SECRET_KEY = /password|secret|token|cookie|authorization/i;

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, SECRET_KEY.test(key) ? '***' : withoutSecrets(each)]));
  return value ?? null;
}

/** Records an API request refused for who sent it (a 403), secrets removed from what was sent; a warning when it could not be recorded, else null. */
export async function recordRequestRefusal(context: TAppContext, refusal: TRefusedRequest): Promise<string | null> {
  try {
    const input = { params: withoutSecrets(refusal.input.params), query: withoutSecrets(refusal.input.query), body: boundedForAudit(withoutSecrets(refusal.input.body)) };
    await context.write((tx) => recordRefusedRequest(tx, { ...refusal, input }));
    return null;
  } catch (error) {
    return `the refusal is not in the audit log (the database did not take it: ${(error as Error).message}).`;
  }
}
