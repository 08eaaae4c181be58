import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../../client/identity/passwords';

describe('passwords', () => {
  it('hashes with argon2id at OWASP parameters and verifies only the same password', async () => {
    const stored = await hashPassword('xuân hạ thu đông');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword('xuân hạ thu đông')).not.toBe(stored);
    expect(await verifyPassword(stored, 'xuân hạ thu đông')).toBe(true);
    expect(await verifyPassword(stored, 'xuan ha thu dong')).toBe(false);
  });

  it('answers false, after the same work, without a hash or with a broken one', async () => {
    expect(await verifyPassword(null, 'anything')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });
});
