// The application layer's one error type. Its message says what went wrong and what to do next;
// its code says what kind of failure it is, so that each interface maps it to its own output
// (the CLI to an exit code, the HTTP API to a status) without reading the message. No runtime
// import: every command loads this module, and `dondoc --help` must start fast.
import type { z } from 'zod';

export const ERROR_CODES = [
  /** The input is malformed or out of range: nothing was sent or changed. */
  'bad_input',
  /** No such assignment, plan, cycle or message. */
  'not_found',
  /** Nobody is signed in, or the session or token is unknown, expired or revoked. */
  'unauthenticated',
  /** The actor may not do this (another agency's work, an auditor writing). */
  'forbidden',
  /** The workflow refused the update by its rules (wrong phase, past deadline): nothing changed. */
  'refused',
  /** The update conflicts with the assignment's current state, or the id is taken. */
  'conflict',
  /** Too many attempts (sign-in failures): wait, then try again. */
  'rate_limited',
  /** A service dondoc needs (Temporal, the database, a worker) did not answer. */
  'unavailable',
  /** Anything else; the message says what happened. */
  'failure',
] as const;
export type TErrorCode = (typeof ERROR_CODES)[number];

export interface TFieldError {
  /** Dotted path of the field in the input, e.g. "indicators.0.count". */
  path: string;
  message: string;
}

export class AppError extends Error {
  override name = 'AppError';
  /** Side notes the interface shows beside the error, e.g. that a refusal could not be recorded. */
  warnings: string[] = [];
  /** A refusal already written to the audit log (an interface must not record it twice). */
  recorded = false;
  constructor(
    message: string,
    readonly code: TErrorCode = 'failure',
    readonly fieldErrors: TFieldError[] = [],
  ) {
    super(message);
  }
}

/** Parses a use-case's input with its schema; a bad input is an AppError naming each field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const problems = fieldErrors.map((field) => `${field.path || what}: ${field.message}`);
  throw new AppError(`invalid ${what}: ${problems.join('; ')}. Nothing was sent.`, 'bad_input', fieldErrors);
}
