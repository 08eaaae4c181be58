// The application layer's errors: bad input names each field, and every code maps to the exit
// code scripts rely on (2 for what the caller must correct, 3 for a service down).
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, parseInput } from '../../../client/errors';
import { exitCodeOf } from '../../../cli/exit-codes';

describe('AppError and parseInput', () => {
  it('refuses bad input with every field and what was expected, saying nothing was sent', () => {
    const schema = z.object({ agency: z.string().regex(/^[A-Z_]+$/, 'expected an agency code'), days: z.number().int().min(0) });
    let error: unknown;
    try {
      parseInput(schema, { agency: 'so gddt', days: -1 }, 'filter');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    const refused = error as AppError;
    expect(refused.code).toBe('bad_input');
    expect(refused.fieldErrors.map((field) => field.path)).toEqual(['agency', 'days']);
    expect(refused.message).toMatch(/^invalid filter: agency: expected an agency code; days: .*Nothing was sent\.$/);
  });

  it('returns the parsed input with its defaults', () => {
    expect(parseInput(z.object({ overdue: z.boolean().default(false) }), {}, 'filter')).toEqual({ overdue: false });
  });

  it('maps every code to an exit code: 2 for the caller to correct, 3 for a service down or busy, 1 otherwise', () => {
    expect(Object.keys(exitCodeOf).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ['bad_input', 'not_found', 'unauthenticated', 'forbidden', 'refused', 'conflict'] as const) expect(exitCodeOf[code]).toBe(2);
    expect(exitCodeOf.unavailable).toBe(3);
    expect(exitCodeOf.rate_limited).toBe(3);
    expect(exitCodeOf.failure).toBe(1);
  });
});
