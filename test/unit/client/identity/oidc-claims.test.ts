import { describe, expect, it } from 'vitest';
import { mapOidcClaims } from '../../../../client/identity/oidc-claims';

const names = { agencyClaim: 'dondoc_agency', rolesClaim: 'dondoc_roles' };
const lan = { sub: 'a1', email: 'Lan@SoGDDT.example', name: ' Trần Thị Lan ', dondoc_agency: 'SO_GDDT', dondoc_roles: ['monitor', 'officer'] };

describe('mapping the identity provider’s claims to a dondoc user', () => {
  it('takes the e-mail in lower case as the login, the agency, and the roles in their usual order', () => {
    expect(mapOidcClaims(lan, names)).toEqual({ subject: 'a1', login: 'lan@sogddt.example', displayName: 'Trần Thị Lan', agency: 'SO_GDDT', roles: ['officer', 'monitor'] });
  });

  it('accepts roles sent as one string, and no agency for roles that act for none', () => {
    expect(mapOidcClaims({ sub: 'b', email: 'b@x.example', dondoc_roles: 'auditor leadership' }, names)).toMatchObject({ displayName: 'b@x.example', agency: null, roles: ['leadership', 'auditor'] });
  });

  it('reads the claims the settings name', () => {
    expect(mapOidcClaims({ sub: 'c', email: 'c@x.example', unit: 'SO_YT', groups: ['admin'] }, { agencyClaim: 'unit', rolesClaim: 'groups' })).toMatchObject({ agency: 'SO_YT', roles: ['admin'] });
  });

  it.each([
    [{ ...lan, email: undefined }, 'missing-email'],
    [{ ...lan, email: 'not an address' }, 'missing-email'],
    [{ ...lan, dondoc_agency: 'sở gd' }, 'unknown-agency'],
    [{ ...lan, dondoc_agency: 42 }, 'unknown-agency'],
    [{ ...lan, dondoc_roles: [] }, 'no-roles'],
    [{ ...lan, dondoc_roles: undefined }, 'no-roles'],
    [{ ...lan, dondoc_roles: ['officer', 'root'] }, 'unknown-role'],
  ])('refuses claims it cannot map %#', (claims, reason) => {
    expect(mapOidcClaims(claims, names)).toMatchObject({ reason, message: expect.any(String) });
  });
});
