// Idempotency keys come from business keys only: the same notice always gets the same key.
import { describe, expect, it } from 'vitest';
import { buildNoticeIdempotencyKey } from '../../../../domain/notices';

describe('buildNoticeIdempotencyKey', () => {
  const parts = { assignmentId: 'II.2.4:SO_GDDT:2026', kind: 'reminder' as const, step: '7d', deadline: '2026-12-31T16:59:59.999Z' };

  it('is the same for the same business keys, whether the deadline is a Date or a string', () => {
    expect(buildNoticeIdempotencyKey(parts)).toBe(buildNoticeIdempotencyKey({ ...parts, deadline: new Date(parts.deadline) }));
    expect(buildNoticeIdempotencyKey(parts)).toBe('notice:v1:II.2.4%3ASO_GDDT%3A2026:reminder:7d:2026-12-31T16%3A59%3A59.999Z');
  });

  it('reads the deadline as an instant: the same moment written with +07:00 gives the same key', () => {
    expect(buildNoticeIdempotencyKey({ ...parts, deadline: '2026-12-31T23:59:59.999+07:00' })).toBe(buildNoticeIdempotencyKey(parts));
  });

  it('changes with each business key: a moved deadline, another step, another kind', () => {
    const keys = new Set([
      buildNoticeIdempotencyKey(parts),
      buildNoticeIdempotencyKey({ ...parts, deadline: '2027-01-15T16:59:59.999Z' }),
      buildNoticeIdempotencyKey({ ...parts, step: '3d' }),
      buildNoticeIdempotencyKey({ ...parts, kind: 'due-today' }),
      buildNoticeIdempotencyKey({ ...parts, deadline: null }),
    ]);
    expect(keys.size).toBe(5);
  });

  it('adds the answering agency when given, so a successor agency gets its own reminders', () => {
    const successor = buildNoticeIdempotencyKey({ ...parts, agencyCode: 'SO_YT' });
    expect(successor).toBe(`${buildNoticeIdempotencyKey(parts)}:SO_YT`);
  });

  it('cannot be confused by a ":" inside an id', () => {
    const a = buildNoticeIdempotencyKey({ assignmentId: 'a:reminder', kind: 'reminder', step: 'x', deadline: null });
    const b = buildNoticeIdempotencyKey({ assignmentId: 'a', kind: 'reminder', step: 'reminder:x', deadline: null });
    expect(a).not.toBe(b);
  });

  it('composes Vietnamese ids to NFC, so a decomposed spelling gives the same key', () => {
    const composed = buildNoticeIdempotencyKey({ ...parts, assignmentId: 'Sở Y tế' });
    const decomposed = buildNoticeIdempotencyKey({ ...parts, assignmentId: 'Sở Y tế'.normalize('NFD') });
    expect(decomposed).toBe(composed);
  });

  it('refuses an empty assignment id or step, and an invalid deadline, naming the field', () => {
    expect(() => buildNoticeIdempotencyKey({ ...parts, assignmentId: '' })).toThrow(/assignmentId/);
    expect(() => buildNoticeIdempotencyKey({ ...parts, step: '' })).toThrow(/step/);
    expect(() => buildNoticeIdempotencyKey({ ...parts, deadline: 'soon' })).toThrow(/deadline must be a valid instant; received soon/);
  });
});
