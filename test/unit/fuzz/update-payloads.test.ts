// Every update payload schema of the assignment and obstacle workflows, fed generated payloads
// (fast-check, 1,000 cases each): a valid payload with one field replaced, removed or added,
// texts too long or carrying control and bidirectional characters. The workflow's parse is an
// UpdateRejected with the fields to fix, or a payload; the client's boundary check (what
// update-assignment.ts runs before sending) is an AppError, or a payload the workflow's schema also
// accepts and that fits well inside Temporal's 2 MB.
import fc from 'fast-check';
import type { ZodType } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError, parseInput } from '../../../client/errors';
import {
  parseUpdatePayload,
  UpdateRejected,
  ZCancel,
  ZChangeDeadline,
  ZDecideExtension,
  ZReassign,
  ZRecordFinding,
  ZRequestExplanation,
  ZRequestExtension,
  ZReviewResult,
  ZSubmitExplanation,
  ZSubmitResult,
  ZTransferOversight,
} from '../../../domain/assignment';
import { ZAnswerObstacle, ZDecideObstacle, ZForwardObstacle, ZRecordAmendment } from '../../../domain/obstacles';
import { safePayload } from '../../../domain/text/payload-text';
import { TEXT_LIMITS, UPDATE_PAYLOAD_MAX_BYTES, utf8Length } from '../../../domain/text/safe-text';

const runs = { numRuns: 1_000 };
const timeout = 60_000;
const actor = { agency: 'SO_GDDT', user: 'chuyen-vien@sogddt.kontum.example' };

/** Each update's schema with a payload (without its actor) that it accepts. */
const updates: [string, ZodType<unknown>, Record<string, unknown>][] = [
  ['submitResult', ZSubmitResult, { narrative: 'Đã triển khai tại 12 xã', indicators: [{ code: 'CHILD_FRIENDLY_COMMUNES', count: 12, total: 20 }], sections: [{ taskRef: 'II.1.1', narrative: 'Xong' }, { taskRef: 'II.1.2', nothingToReport: true }] }],
  ['requestExtension', ZRequestExtension, { reason: 'Chờ số liệu của các xã', newDueDay: '2026-03-16' }],
  ['decideExtension', ZDecideExtension, { approve: true, note: 'Đồng ý' }],
  ['requestExplanation', ZRequestExplanation, { note: 'Đề nghị giải trình' }],
  ['submitExplanation', ZSubmitExplanation, { text: 'Thiếu cán bộ' }],
  ['reviewResult', ZReviewResult, { decision: 'return', note: 'Bổ sung số liệu', newDueDay: '2026-04-01' }],
  ['reassign', ZReassign, { toAgency: 'SO_VHTTDL', effectiveDay: '2025-03-01', reason: 'Sáp nhập' }],
  ['transferOversight', ZTransferOversight, { fromAgency: 'SO_LDTBXH', toAgency: 'SO_YTE', effectiveDay: '2025-03-01', reason: 'Sáp nhập' }],
  ['cancel', ZCancel, { reason: 'Kế hoạch sửa đổi' }],
  ['changeDeadline', ZChangeDeadline, { newDueDay: '2026-12-31', reason: 'Kế hoạch sửa đổi' }],
  ['recordFinding', ZRecordFinding, { unit: 'UBND_XA_A', finding: 'Chưa niêm yết', remediationDueDay: '2026-06-30' }],
  ['answerObstacle', ZAnswerObstacle, { text: 'Sở trả lời' }],
  ['forwardObstacle', ZForwardObstacle, { opinion: 'Đề nghị UBND tỉnh xem xét' }],
  ['decideObstacle', ZDecideObstacle, { outcome: 'amend-plan', text: 'Điều chỉnh kế hoạch' }],
  ['recordAmendment', ZRecordAmendment, { planId: 'ke-hoach-135-tre-em', planVersion: '0123456789abcdef' }],
];

const oddText = fc.oneof(
  { arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }), weight: 4 },
  { arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u202E', '\u2067', '\u0000', '\u0008', '\u001B', '\u009B', '\uFFFF', '\uDC00', 'e\u0302\u0301', '\r\n', '\t'), fc.string({ maxLength: 10 })).map(([before, odd, after]) => before + odd + after), weight: 4 },
  // Around the limit of a text: rarer, because each costs a scan of 20,000 characters.
  { arbitrary: fc.integer({ min: TEXT_LIMITS.text - 2, max: TEXT_LIMITS.text + 2 }).map((length) => 'ệ'.repeat(length)), weight: 1 },
);
const wrongValue = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), oddText, fc.array(oddText, { maxLength: 6 }), fc.dictionary(fc.string({ maxLength: 6 }), oddText, { maxKeys: 3 }), fc.constant(undefined));

/** A valid payload changed in one to three places: a field replaced, removed or added. */
function mutated(base: Record<string, unknown>) {
  const keys = Object.keys(base);
  const change = fc.oneof(
    fc.tuple(fc.constantFrom(...keys), wrongValue).map(([key, value]) => (payload: Record<string, unknown>) => ({ ...payload, [key]: value })),
    fc.constantFrom(...keys).map((key) => (payload: Record<string, unknown>) => Object.fromEntries(Object.entries(payload).filter(([each]) => each !== key))),
    fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), wrongValue).map(([key, value]) => (payload: Record<string, unknown>) => ({ ...payload, [key]: value })),
    fc.constant((payload: Record<string, unknown>) => payload),
  );
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => changes.reduce((payload, apply) => apply(payload), base));
}

function workflowParse(schema: ZodType<unknown>, raw: unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parseUpdatePayload(schema, raw) };
  } catch (error) {
    expect(error).toBeInstanceOf(UpdateRejected);
    expect((error as Error).message).toMatch(/^Invalid input: .+\.$/);
    return { ok: false };
  }
}

/** What the client runs before sending (update-assignment.ts): the boundary check, then the workflow's schema. */
function clientParse(schema: ZodType<unknown>, input: Record<string, unknown>, what: string): { ok: true; value: unknown } | { ok: false } {
  try {
    const checked = parseInput(safePayload(what), input, what) as Record<string, unknown>;
    return { ok: true, value: parseInput(schema, { ...checked, actor }, what) };
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('bad_input');
    expect((error as Error).message).toMatch(new RegExp(`^invalid ${what}: .+ Nothing was sent\\.$`, 's'));
    return { ok: false };
  }
}

describe('update payloads, generated', () => {
  for (const [name, schema, base] of updates) {
    it(`${name}: the workflow refuses with the fields to fix or accepts; what the client lets through the workflow accepts, under ${UPDATE_PAYLOAD_MAX_BYTES / 1_000} kB`, () => {
      expect(workflowParse(schema, { ...base, actor }).ok).toBe(true);
      fc.assert(
        fc.property(mutated(base), (input) => {
          // The workflow's parse, on exactly what would reach it.
          workflowParse(schema, { ...input, actor });
          const client = clientParse(schema, input, name);
          if (!client.ok) return;
          expect(workflowParse(schema, client.value).ok).toBe(true);
          expect(utf8Length(JSON.stringify(client.value))).toBeLessThanOrEqual(UPDATE_PAYLOAD_MAX_BYTES + 200);
        }),
        runs,
      );
    }, timeout);
  }

  it('a payload of any shape at all is refused or parsed, never thrown otherwise', () => {
    fc.assert(
      fc.property(fc.constantFrom(...updates), fc.anything({ maxDepth: 3 }), ([name, schema], raw) => {
        workflowParse(schema, raw);
        if (raw && typeof raw === 'object' && !Array.isArray(raw)) clientParse(schema, raw as Record<string, unknown>, name);
      }),
      runs,
    );
  }, timeout);

  it('a result too large in all is refused at the client with the limit, though each text is within its own', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 12 }), (sections) => {
        const input = { narrative: 'Báo cáo năm', sections: Array.from({ length: sections }, (_, index) => ({ taskRef: `II.1.${index + 1}`, narrative: 'ề'.repeat(TEXT_LIMITS.text) })) };
        const client = clientParse(ZSubmitResult, input, 'result');
        expect(client.ok).toBe(false);
        expect(() => parseInput(safePayload('result'), input, 'result')).toThrow(/at most 100 kB is accepted in one update/);
      }),
      { numRuns: 50 },
    );
  }, timeout);
});
