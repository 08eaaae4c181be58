import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../../client/errors';
import { ZAddUserInput, ZCreateTokenInput, ZSignInInput } from '../../../../client/identity/identity';

describe('identity inputs', () => {
  it('reads logins in lower case without spaces, and roles without repeats in a fixed order', () => {
    const user = parseInput(ZAddUserInput, { login: ' Nguyen.Van.A@SoYT.example ', displayName: ' Nguyễn Văn A ', agency: 'QNG_SO_YT', roles: ['monitor', 'officer', 'monitor'] }, 'user');
    expect(user).toMatchObject({ login: 'nguyen.van.a@soyt.example', displayName: 'Nguyễn Văn A', roles: ['officer', 'monitor'] });
    expect(parseInput(ZSignInInput, { login: 'ADMIN ', password: ' x ' }, 'sign-in')).toEqual({ login: 'admin', password: ' x ', clientAddress: null });
  });

  it('names the field and what is expected', () => {
    expect(() => parseInput(ZAddUserInput, { login: 'a b', displayName: 'A', roles: [] }, 'user')).toThrow(/login: expected a login name .*roles: give at least one role/s);
    expect(() => parseInput(ZAddUserInput, { login: 'ab', displayName: 'A', roles: ['officer'], agency: 'so yt' }, 'user')).toThrow(/agency: expected an agency code/);
  });

  it('gives tokens 90 days by default and a year at most', () => {
    expect(parseInput(ZCreateTokenInput, { login: 'a.b' }, 'token')).toEqual({ login: 'a.b', name: 'api', expiresInDays: 90 });
    expect(() => parseInput(ZCreateTokenInput, { login: 'a.b', expiresInDays: 366 }, 'token')).toThrow(/at most 365 days/);
  });

  it('never repeats a password in an error', () => {
    const refusal = (() => {
      try {
        parseInput(ZSignInInput, { login: 'a', password: 'secret-'.repeat(200) }, 'sign-in');
        return null;
      } catch (error) {
        return error as Error;
      }
    })();
    expect(refusal?.message).toMatch(/^invalid sign-in: password:/);
    expect(refusal?.message).not.toContain('secret-');
  });
});
