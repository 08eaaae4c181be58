import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { looksLikeApiToken, looksLikeSessionSecret, newApiToken, newOneTimePassword, newSessionSecret, sha256Hex } from '../../../../client/identity/secrets';

describe('secrets', () => {
  it('makes 256-bit session secrets and ddk_ tokens with a 12-character prefix, each different', () => {
    const secret = newSessionSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionSecret()).not.toBe(secret);
    const { token, prefix } = newApiToken();
    expect(token).toMatch(/^ddk_[A-Za-z0-9_-]{43}$/);
    expect(prefix).toBe(token.slice(0, 12));
    expect(looksLikeSessionSecret(secret)).toBe(true);
    expect(looksLikeApiToken(token)).toBe(true);
    expect(looksLikeApiToken(secret)).toBe(false);
    expect(looksLikeSessionSecret(`${secret}=`)).toBe(false);
    expect(newOneTimePassword()).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('stores the SHA-256 in hex', () => {
    expect(sha256Hex('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
    expect(sha256Hex('abc')).toMatch(/^[0-9a-f]{64}$/);
  });
});
