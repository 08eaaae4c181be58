import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../config/config';

const provider = { DONDOC_OIDC_ISSUER: 'https://sso.quangngai.example/realms/staff', DONDOC_OIDC_CLIENT_ID: 'dondoc' };

describe('single sign-on settings', () => {
  it('are off unless the issuer is set', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('default the callback to the API address, the claims to dondoc_agency and dondoc_roles, and a public client', () => {
    expect(loadConfig({ ...provider, DONDOC_API_PORT: '3100' }).oidc).toEqual({
      issuer: provider.DONDOC_OIDC_ISSUER,
      clientId: 'dondoc',
      clientSecret: null,
      redirectUrl: 'http://127.0.0.1:3100/api/session/oidc/callback',
      scopes: 'openid email profile',
      agencyClaim: 'dondoc_agency',
      rolesClaim: 'dondoc_roles',
      allowHttpIssuer: false,
    });
  });

  it('derive the callback from DONDOC_BASE_URL behind a proxy, unless it is given', () => {
    expect(loadConfig({ ...provider, DONDOC_BASE_URL: 'https://dondoc.example.org/' }).oidc?.redirectUrl).toBe('https://dondoc.example.org/api/session/oidc/callback');
    const given = 'https://dondoc.example.org/p/api/session/oidc/callback';
    expect(loadConfig({ ...provider, DONDOC_OIDC_REDIRECT_URL: given }).oidc?.redirectUrl).toBe(given);
  });

  it('accept plain http only for a provider on this machine', () => {
    expect(loadConfig({ ...provider, DONDOC_OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.allowHttpIssuer).toBe(true);
    expect(() => loadConfig({ ...provider, DONDOC_OIDC_ISSUER: 'http://sso.example.org' })).toThrow(/must be reached over https/);
  });

  it.each([
    [{ DONDOC_OIDC_ISSUER: provider.DONDOC_OIDC_ISSUER }, 'set DONDOC_OIDC_CLIENT_ID too'],
    [{ DONDOC_OIDC_CLIENT_ID: 'dondoc' }, 'DONDOC_OIDC_CLIENT_ID is set but DONDOC_OIDC_ISSUER is not'],
    [{ ...provider, DONDOC_OIDC_ISSUER: 'sso.example.org' }, 'DONDOC_OIDC_ISSUER="sso.example.org": expected the issuer URL'],
    [{ ...provider, DONDOC_OIDC_REDIRECT_URL: 'https://dondoc.example.org/callback' }, 'the path must end with /api/session/oidc/callback'],
    [{ ...provider, DONDOC_OIDC_SCOPES: 'email profile' }, 'including openid'],
    [{ ...provider, DONDOC_OIDC_ROLES_CLAIM: 'roles claim' }, 'DONDOC_OIDC_ROLES_CLAIM="roles claim": expected the name of a claim'],
  ])('refuse an incomplete or wrong setting %#', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never repeat the client secret in an error', () => {
    expect(() => loadConfig({ ...provider, DONDOC_OIDC_CLIENT_SECRET: 'x'.repeat(2001) })).toThrow('DONDOC_OIDC_CLIENT_SECRET=(hidden)');
  });
});
