// Generated report files (fast-check, 1,000 cases a property) through the reader of `dondoc report
// submit`, then the workflow's own result schema and its indicator check: negative, fractional and
// huge numbers, parts above their wholes, missing and unknown indicators, values of the wrong type,
// Unicode oddities, broken YAML. Always a bad_input AppError with a message, or a report that the
// workflow's schema accepts and whose figures add up; never another error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../cli/commands/report-file';
import { AppError } from '../../../client/errors';
import { checkIndicators, parseUpdatePayload, UpdateRejected, ZSubmitResult, type TAssignmentSpec } from '../../../domain/assignment';
import { payloadTextIssues } from '../../../domain/text/payload-text';
import { TEXT_LIMITS } from '../../../domain/text/safe-text';

const runs = { numRuns: 1_000 };
const timeout = 60_000;
const actor = { agency: 'SO_GDDT', user: 'chuyen-vien@sogddt.kontum.example' };
const required: TAssignmentSpec['requiredIndicators'] = [
  { code: 'CHILD_FRIENDLY_COMMUNES', needsTotal: true, optional: false },
  { code: 'CHILDREN_SUPPORTED', needsTotal: false, optional: false },
  { code: 'HOTLINE_CALLS', needsTotal: false, optional: true },
] as TAssignmentSpec['requiredIndicators'];
const codes = required.map((indicator) => indicator.code);

/** The reader's answer: the report, or the AppError it refused it with (anything else fails the test). */
function read(text: string): { report: ReturnType<typeof parseReport> } | { refused: AppError } {
  try {
    return { report: parseReport(text, 'report.yaml') };
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const refused = error as AppError;
    expect(refused.code).toBe('bad_input');
    expect(refused.message).toMatch(/^report\.yaml is not (a valid report \(nothing was sent\)|valid YAML)/);
    return { refused };
  }
}

const number = fc.oneof(
  fc.integer({ min: 0, max: 1_000 }),
  fc.integer({ min: -1_000, max: -1 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.constantFrom(1e20, 2 ** 53, Number.MAX_SAFE_INTEGER, 0.5, -0),
  fc.constantFrom('12', 'mười hai', '', null, true, [3], { count: 1 }),
);
const code = fc.oneof(fc.constantFrom(...codes), fc.constantFrom('UNKNOWN_CODE', 'child_friendly_communes', '', 'SO_GDDT'), fc.string({ maxLength: 12 }));
const indicator = fc.record({ code, count: number, total: number }, { requiredKeys: ['code', 'count'] });
const oddities = fc.constantFrom('\u202E', '\u2066', '\u200F', '\u0000', '\u0007', '\u001B', '\u0085', '\uFEFF', '\u0301', 'e\u0302\u0301', '😀', '\uD800', '\t', '\r\n', '  ');
const narrative = fc.oneof(
  fc.constantFrom('Đã triển khai tại 12 xã', 'Tie\u0302\u0301ng Vie\u0323\u0302t', '   ', ''),
  fc.tuple(fc.string({ maxLength: 30, unit: 'grapheme' }), oddities, fc.string({ maxLength: 30, unit: 'grapheme' })).map(([before, odd, after]) => before + odd + after),
  fc.integer({ min: TEXT_LIMITS.text - 2, max: TEXT_LIMITS.text + 2 }).map((length) => 'ư'.repeat(length)),
  fc.constantFrom(42, null, ['a'], { text: 'x' }),
);
/** Near misses: each indicator asked for, given or left out, its part sometimes above its whole. */
const plausibleIndicators = fc
  .tuple(...required.map((each) => fc.option(fc.tuple(fc.nat({ max: 100 }), fc.integer({ min: -5, max: 50 }), fc.boolean()).map(([count, more, withTotal]) => ({ code: each.code, count, ...(withTotal ? { total: Math.max(0, count + more) } : {}) })), { nil: undefined, freq: 5 })))
  .map((values) => values.filter((value) => value !== undefined));
const report = fc.record({ narrative, indicators: fc.oneof(fc.array(indicator, { maxLength: 5 }), plausibleIndicators, plausibleIndicators, fc.constantFrom('none', 3, null)), extra: fc.constantFrom(undefined, 'x') }, { requiredKeys: [] });

describe('report files, generated', () => {
  it('a report is refused with a message, or accepted by the workflow’s schema and its figures add up', () => {
    const seen = { read: 0, added: 0 };
    fc.assert(
      fc.property(report, (each) => {
        const value = { ...each } as Record<string, unknown>;
        if (value.extra === undefined) delete value.extra;
        const outcome = read(JSON.stringify(value, null, 1));
        if ('refused' in outcome) return;
        seen.read += 1;
        const accepted = outcome.report;
        // What the reader lets through, the workflow's own schema accepts unchanged in meaning.
        const payload = parseUpdatePayload(ZSubmitResult, { ...accepted, actor });
        expect(payload.narrative).toBe(accepted.narrative);
        expect(accepted.narrative.trim().length).toBeGreaterThan(0);
        expect(payloadTextIssues(accepted, 'report')).toEqual([]);
        for (const value of accepted.indicators) {
          expect(Number.isSafeInteger(value.count) && value.count >= 0).toBe(true);
          if (value.total !== undefined) expect(Number.isSafeInteger(value.total) && value.total >= 0).toBe(true);
        }
        // The workflow's indicator check: a refusal with its reasons, or figures that add up.
        try {
          checkIndicators(accepted.indicators, required);
        } catch (error) {
          expect(error).toBeInstanceOf(UpdateRejected);
          expect((error as Error).message).toMatch(/^The result was not accepted: /);
          return;
        }
        seen.added += 1;
        const given = new Map(accepted.indicators.map((value) => [value.code, value]));
        expect(given.size).toBe(accepted.indicators.length);
        for (const indicator of required) {
          const value = given.get(indicator.code);
          if (!indicator.optional) expect(value).toBeDefined();
          if (indicator.needsTotal && value) expect(value.total).toBeDefined();
        }
        for (const value of accepted.indicators) {
          expect(codes).toContain(value.code);
          if (value.total !== undefined) expect(value.count).toBeLessThanOrEqual(value.total);
        }
      }),
      runs,
    );
    // The generators reach every outcome: reports read, and some whose figures the workflow accepts.
    expect(seen.read).toBeGreaterThan(50);
    expect(seen.added).toBeGreaterThan(0);
  }, timeout);

  it('a negative, fractional or unsafe count is always refused by the reader', () => {
    const bad = fc.oneof(fc.integer({ min: -1_000_000, max: -1 }), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Number.isSafeInteger(value) || value < 0), fc.constantFrom(1e20, 2 ** 60));
    fc.assert(
      fc.property(bad, fc.constantFrom('count', 'total'), (value, field) => {
        const file = { narrative: 'Đã làm', indicators: [{ code: codes[0], count: 1, total: 5, [field]: value }] };
        expect('refused' in read(JSON.stringify(file))).toBe(true);
      }),
      runs,
    );
  }, timeout);

  it('a report file with characters inserted, removed or cut off is refused with a message, or read', () => {
    const base = ['narrative: Đã triển khai tại 12 xã', 'indicators:', `  - code: ${codes[0]}`, '    count: 12', '    total: 20', `  - code: ${codes[1]}`, '    count: 40'].join('\n');
    const edit = fc.oneof(
      fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(':', '-', ' ', '\n', '"', '[', '{', '&', '*', '!', '|', '>', '\t', '\u202E', '\u0000', '9', '.') })).map(([at, text]) => (file: string) => file.slice(0, at % file.length) + text + file.slice(at % file.length)),
      fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })).map(([at, length]) => (file: string) => file.slice(0, at % file.length) + file.slice((at % file.length) + length)),
      fc.nat().map((at) => (file: string) => file.slice(0, at % file.length)),
    );
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => void read(edits.reduce((file, apply) => apply(file), base))), runs);
  }, timeout);
});
