/**
 * An error meant for the person at the terminal: its message says what went wrong and what to
 * do next, and the CLI prints it without a stack trace and exits with `exitCode`.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Exit codes shared by every command, so scripts can tell bad input from a broken service. */
export const ExitCode = {
  ok: 0,
  failure: 1,
  badInput: 2,
  serviceUnavailable: 3,
} as const;
