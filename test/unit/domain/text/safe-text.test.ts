// The shared text rules: sizes with the limit in the message, refused characters named by their
// code point, Vietnamese accepted however it was typed, and what the audit log keeps of a refusal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedForAudit, payloadTextIssues } from '../../../../domain/text/payload-text';
import { escapeUnsafe, formatBytes, safeName, safeText, utf8Length } from '../../../../domain/text/safe-text';

const problemOf = (schema: ReturnType<typeof safeText>, value: string) => schema.safeParse(value).error?.issues[0]?.message;

describe('safe texts', () => {
  it('accepts Vietnamese typed with combining marks or precomposed letters, and gives both in NFC', () => {
    const decomposed = 'Tie\u0302\u0301ng Vie\u0323\u0302t, tre\u0309 em'.normalize('NFD');
    const text = safeText('the narrative');
    expect(text.parse(decomposed)).toBe('Tiếng Việt, trẻ em');
    expect(text.parse('Tiếng Việt, trẻ em')).toBe('Tiếng Việt, trẻ em');
    expect(safeName('the name').parse('  Sở Lao động - Thương binh và Xã hội ')).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(text.parse('dòng một\n\tdòng hai 😀')).toBe('dòng một\n\tdòng hai 😀');
  });

  it('refuses a text over its limit with the size and the limit, before scanning it', () => {
    const message = problemOf(safeText('the narrative'), 'ư'.repeat(1_500_000));
    expect(message).toBe('the narrative is 3.0 MB (1,500,000 characters); at most 20,000 characters are accepted; shorten it');
    expect(problemOf(safeText('the narrative'), 'a'.repeat(20_000))).toBeUndefined();
  });

  it('refuses control and bidirectional characters with their code point and position', () => {
    expect(problemOf(safeText('the task'), 'Việc \u202Eabc')).toBe(
      'the task contains U+202E (RIGHT-TO-LEFT OVERRIDE) at character 6 (bidirectional controls are not accepted: they make a text display differently from what it holds); remove it',
    );
    expect(problemOf(safeText('the task'), 'a\u2066b')).toContain('U+2066 (LEFT-TO-RIGHT ISOLATE)');
    expect(problemOf(safeText('the task'), 'a\u0000b')).toContain('U+0000 (NULL) at character 2');
    expect(problemOf(safeText('the task'), 'a\u0085b')).toContain('U+0085 (a control character)');
    expect(problemOf(safeText('the task'), 'a\uD800b')).toContain('unpaired surrogate');
    // A direction mark is harmless in a paragraph, a disguise in a name; so is a line break.
    expect(problemOf(safeText('the task'), 'a\u200Fb')).toBeUndefined();
    expect(problemOf(safeName('the name'), 'Sở\u200F A')).toContain('U+200F (RIGHT-TO-LEFT MARK)');
    expect(problemOf(safeName('the name'), 'Sở\nA')).toContain('U+000A');
  });

  it('checks every text of a payload by its path, then the payload’s size in all', () => {
    expect(payloadTextIssues({ narrative: 'ok', sections: [{ taskRef: 'II.1.1', narrative: 'x\u202Ey' }] }, 'result')).toEqual([
      { path: ['sections', 0, 'narrative'], message: expect.stringContaining('U+202E') },
    ]);
    const large = { sections: Array.from({ length: 6 }, () => ({ narrative: 'ề'.repeat(20_000) })) };
    expect(payloadTextIssues(large, 'result')).toEqual([{ path: [], message: 'the result is 360 kB in all; at most 100 kB is accepted in one update; shorten its texts' }]);
  });

  it('keeps in the audit log a refused text cut to 20,000 characters, without NUL or half characters', () => {
    const kept = boundedForAudit({ narrative: 'x'.repeat(3_000_000), note: 'a\u0000b\uD800', count: 3 }) as Record<string, string>;
    expect(kept.narrative).toHaveLength(20_000 + '… [cut here: 3,000,000 characters in all]'.length);
    expect(kept.note).toBe('a\\u{0}b\uFFFD');
    expect(kept.count).toBe(3);
  });

  it('shows a refused character back escaped, so the message cannot be disguised by it', () => {
    expect(escapeUnsafe('Sở\u202Eabc')).toBe('Sở\\u{202E}abc');
  });

  it('counts UTF-8 bytes as Node does, and writes sizes as people read them', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (text) => utf8Length(text) === Buffer.byteLength(text, 'utf8')), { numRuns: 1_000 });
    expect([formatBytes(512), formatBytes(84_482), formatBytes(3_145_728)]).toEqual(['512 bytes', '84 kB', '3.1 MB']);
  });
});
