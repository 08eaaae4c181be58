// An update's payload read before any decision: defaults filled in, every problem named by field.
import { describe, expect, it } from 'vitest';
import { parseUpdatePayload, UpdateRejected, ZRequestExtension, ZSubmitResult } from '../../../../domain/assignment';

describe('parseUpdatePayload', () => {
  it('fills in what the caller may leave out: an officer, no indicators', () => {
    const payload = parseUpdatePayload(ZSubmitResult, { actor: { agency: 'SO_GDDT', user: 'chuyen-vien@sogddt.kontum.example' }, narrative: 'Đã triển khai' });
    expect(payload).toEqual({ actor: { agency: 'SO_GDDT', user: 'chuyen-vien@sogddt.kontum.example', role: 'officer' }, narrative: 'Đã triển khai', indicators: [] });
  });

  it('refuses a bad payload naming every field to fix and what it expects', () => {
    const parse = () => parseUpdatePayload(ZRequestExtension, { actor: { agency: 'So Giao duc', user: '' }, reason: '  ', newDueDay: '31/12/2027' });
    expect(parse).toThrow(UpdateRejected);
    expect(parse).toThrow(
      'Invalid input: actor.agency: expected the acting agency code, e.g. SO_LDTBXH; ' +
        'actor.user: name the acting user (their login or work e-mail); ' +
        'reason: the reason for the extension must not be empty; ' +
        'newDueDay: expected a calendar day written YYYY-MM-DD, e.g. 2026-01-15.',
    );
  });

  it('names the payload itself when it is not an object at all', () => {
    expect(() => parseUpdatePayload(ZSubmitResult, 'done')).toThrow(/^Invalid input: \(payload\): /);
  });
});
