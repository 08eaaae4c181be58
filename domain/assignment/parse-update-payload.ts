// An update's payload checked against its schema before any decision runs, so that a bad field
// is refused the same way as a forbidden action: with a message that names what to fix.
import type { ZodType } from 'zod';
import { UpdateRejected } from './rejection';

/** Throws UpdateRejected listing every problem at once, by field path, so one retry can fix them all. */
export function parseUpdatePayload<T>(schema: ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
  throw new UpdateRejected(`Invalid input: ${problems.join('; ')}.`);
}
