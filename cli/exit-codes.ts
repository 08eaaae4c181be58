// Exit codes shared by every command, so scripts can tell bad input from a broken service.
import type { TErrorCode } from '../client/errors';

export const ExitCode = {
  ok: 0,
  failure: 1,
  badInput: 2,
  serviceUnavailable: 3,
} as const;

/** A refused, forbidden or unknown thing is the caller's input to correct: 2; a service down or busy: 3. */
export const exitCodeOf: Record<TErrorCode, number> = {
  bad_input: ExitCode.badInput,
  not_found: ExitCode.badInput,
  unauthenticated: ExitCode.badInput,
  forbidden: ExitCode.badInput,
  refused: ExitCode.badInput,
  conflict: ExitCode.badInput,
  rate_limited: ExitCode.serviceUnavailable,
  unavailable: ExitCode.serviceUnavailable,
  failure: ExitCode.failure,
};
