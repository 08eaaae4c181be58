// Single sign-on through a real OpenID provider (oidc-provider) started here, driven the way a
// browser does it: redirects followed one by one, each site's cookies kept. The claims of the
// provider's accounts give the agency and roles; the API creates the user, updates them at the
// next sign-on, refuses what it cannot map, and writes every sign-on to the audit log.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiServer } from '../../../api/server';
import { createAppContext } from '../../../client/app-context';
import { disableUser } from '../../../client/identity/users';
import { verifyAuditChain } from '../../../data/audit-log';
import { startApiTestbed, type ApiTestbed } from '../api/api-testbed';
import { auditOf, operator } from './identity-database';
import { startTestProvider, type TTestProvider } from './oidc-test-provider';
import { TestBrowser } from './test-browser';

let api: ApiTestbed;
let provider: TTestProvider;
/** Every Location the API answered with, to check that none carries a token or a secret. */
const apiRedirects: string[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  provider = await startTestProvider({ redirectUri: `http://127.0.0.1:${port}/api/session/oidc/callback` });
  api = await startApiTestbed('oidc-tests', {
    env: {
      DONDOC_API_PORT: String(port),
      DONDOC_OIDC_ISSUER: provider.issuer,
      DONDOC_OIDC_CLIENT_ID: provider.clientId,
      DONDOC_OIDC_CLIENT_SECRET: provider.clientSecret,
      DONDOC_OIDC_SCOPES: 'openid email profile dondoc',
    },
  });
  Object.assign(provider.accounts, {
    'sub-lan': { email: 'Tran.Thi.Lan@sogddt.example', name: 'Trần Thị Lan', dondoc_agency: 'SO_GDDT', dondoc_roles: ['officer'] },
    'sub-minh': { email: 'minh@sovhttdl.example', name: 'Lê Minh', dondoc_agency: 'SO_VHTTDL', dondoc_roles: ['officer'] },
    'sub-ghost': { email: 'ghost@nowhere.example', dondoc_agency: 'SO_KHONG_CO', dondoc_roles: ['officer'] },
    'sub-super': { email: 'super@sogddt.example', dondoc_agency: 'SO_GDDT', dondoc_roles: ['officer', 'superuser'] },
    'sub-hoa': { email: 'hoa@sogddt.example', dondoc_agency: 'SO_GDDT', dondoc_roles: ['officer'] },
  });
});
afterAll(async () => {
  await api?.stop();
  await provider?.close();
});

/** From the API's sign-on link through the provider's login, up to the provider's answer addressed to the API's callback. */
async function throughProvider(account: string, returnTo = '/', apiBase = api.base): Promise<{ browser: TestBrowser; callbackUrl: string; authorizationUrl: string }> {
  const browser = new TestBrowser();
  const start = await browser.visit(`${apiBase}/api/session/oidc?returnTo=${encodeURIComponent(returnTo)}`);
  expect(start.response.status).toBe(302);
  const authorizationUrl = start.location!;
  apiRedirects.push(authorizationUrl);
  let next = authorizationUrl;
  while (next.startsWith(provider.issuer)) {
    const url = new URL(next);
    if (url.pathname.startsWith('/interaction/')) url.searchParams.set('account', account);
    const visit = await browser.visit(url.href);
    expect(visit.location, `the provider answered ${visit.response.status} at ${url.pathname}: ${await visit.response.clone().text()}`).not.toBeNull();
    next = visit.location!;
  }
  expect(next.startsWith(`${api.base}/api/session/oidc/callback?`)).toBe(true);
  return { browser, callbackUrl: next, authorizationUrl };
}

/** Back at the API's callback: the answer, and the session cookie when it opened one. */
async function finish(browser: TestBrowser, callbackUrl: string) {
  const visit = await browser.visit(callbackUrl);
  if (visit.location) apiRedirects.push(visit.location);
  const body: ReturnType<typeof JSON.parse> = visit.location ? null : await visit.response.json();
  return { ...visit, body, session: browser.cookie(api.base, 'dondoc_session') };
}

async function me(session: string) {
  const response = await fetch(`${api.base}/api/me`, { headers: { cookie: `dondoc_session=${session}` } });
  return { status: response.status, json: await response.json() };
}

async function signIn(account: string, returnTo = '/') {
  const { browser, callbackUrl } = await throughProvider(account, returnTo);
  return finish(browser, callbackUrl);
}

const lastAudit = async (login: string) => (await auditOf(api.bed.database, login)).at(-1);

describe('single sign-on through OpenID Connect', () => {
  it('signs an officer in with the agency and roles of the claims, and the session shows only that agency’s assignments', async () => {
    const { browser, callbackUrl, authorizationUrl } = await throughProvider('sub-lan', '/assignments?overdue=true');
    const asked = new URL(authorizationUrl).searchParams;
    expect(Object.fromEntries(['response_type', 'client_id', 'code_challenge_method', 'scope'].map((name) => [name, asked.get(name)]))).toEqual({
      response_type: 'code',
      client_id: 'dondoc',
      code_challenge_method: 'S256',
      scope: 'openid email profile dondoc',
    });
    for (const name of ['state', 'nonce', 'code_challenge']) expect(asked.get(name)).toMatch(/^[\w-]{32,}$/);
    expect(asked.get('redirect_uri')).toBe(`${api.base}/api/session/oidc/callback`);

    const done = await finish(browser, callbackUrl);
    expect(done.response.status).toBe(302);
    expect(done.location).toBe(`${api.base}/assignments?overdue=true`);
    expect(done.setCookies.find((line) => line.startsWith('dondoc_session='))).toMatch(/HttpOnly/i);
    expect(done.setCookies.find((line) => line.startsWith('dondoc_session='))).toMatch(/SameSite=Strict/i);
    expect(browser.cookie(api.base, 'dondoc_oidc')).toBeUndefined();

    const who = await me(done.session!);
    expect(who).toEqual({ status: 200, json: { login: 'tran.thi.lan@sogddt.example', displayName: 'Trần Thị Lan', agency: 'SO_GDDT', roles: ['officer'], method: 'oidc' } });
    const user = await api.bed.database.prisma.user.findUniqueOrThrow({ where: { login: 'tran.thi.lan@sogddt.example' } });
    expect(user).toMatchObject({ passwordHash: null, oidcSubject: `${provider.issuer} sub-lan` });

    const list = await fetch(`${api.base}/api/assignments`, { headers: { cookie: `dondoc_session=${done.session}` } });
    const ids = ((await list.json()) as { items: { id: string }[] }).items.map((item) => item.id);
    expect(ids).toContain(api.education.assignmentId);
    expect(ids).not.toContain(api.culture.assignmentId);
  });

  it('updates the agency and roles from the claims at the next sign-on, and records the change', async () => {
    await signIn('sub-minh');
    provider.accounts['sub-minh']!.dondoc_roles = ['officer', 'auditor'];
    const again = await signIn('sub-minh');
    expect((await me(again.session!)).json).toMatchObject({ login: 'minh@sovhttdl.example', agency: 'SO_VHTTDL', roles: ['officer', 'auditor'] });
    expect(await api.bed.database.prisma.user.count({ where: { oidcSubject: `${provider.issuer} sub-minh` } })).toBe(1);
    const audit = await auditOf(api.bed.database, 'minh@sovhttdl.example');
    expect(audit.map((entry) => entry.action)).toEqual(['user-added', 'login-succeeded', 'roles-set', 'login-succeeded']);
    expect(audit[2]!.payload).toMatchObject({ method: 'oidc', from: { roles: ['officer'] }, to: { roles: ['officer', 'auditor'] } });
  });

  it('refuses an agency the registry does not know: no session, no user, the failure in the audit log', async () => {
    const refused = await signIn('sub-ghost');
    expect(refused.response.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('SO_KHONG_CO'), messageVi: expect.stringContaining('không có quyền') });
    expect(refused.session).toBeUndefined();
    expect(await api.bed.database.prisma.user.count({ where: { login: 'ghost@nowhere.example' } })).toBe(0);
    expect(await lastAudit('ghost@nowhere.example')).toMatchObject({ action: 'login-failed', payload: { method: 'oidc', reason: 'unknown-agency', agency: 'SO_KHONG_CO' } });
  });

  it('refuses a role dondoc does not know', async () => {
    const refused = await signIn('sub-super');
    expect(refused.response.status).toBe(403);
    expect(refused.body.error.message).toContain('"superuser"');
    expect(refused.session).toBeUndefined();
    expect(await lastAudit('super@sogddt.example')).toMatchObject({ action: 'login-failed', payload: { method: 'oidc', reason: 'unknown-role' } });
  });

  it('refuses an answer whose state was changed, and the genuine answer afterwards: the sign-on is used once', async () => {
    const { browser, callbackUrl } = await throughProvider('sub-lan');
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('state', 'a-state-the-browser-never-had');
    const refused = await finish(browser, tampered.href);
    expect(refused.response.status).toBe(401);
    expect(refused.body.error).toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('state differs') });
    expect(refused.session).toBeUndefined();
    expect(await lastAudit('(unknown)')).toMatchObject({ action: 'login-failed', payload: { method: 'oidc', reason: 'state-mismatch' } });

    const replayed = await finish(browser, callbackUrl);
    expect(replayed.response.status).toBe(401);
    expect(replayed.session).toBeUndefined();
    expect(await lastAudit('(unknown)')).toMatchObject({ payload: { reason: 'unknown-sign-on' } });
  });

  it('refuses a disabled user', async () => {
    expect((await signIn('sub-hoa')).session).toBeDefined();
    await disableUser(api.context, operator, { login: 'hoa@sogddt.example' });
    const refused = await signIn('sub-hoa');
    expect(refused.response.status).toBe(403);
    expect(refused.body.error.message).toContain('disabled');
    expect(refused.session).toBeUndefined();
    expect(await lastAudit('hoa@sogddt.example')).toMatchObject({ action: 'login-failed', payload: { method: 'oidc', reason: 'user-disabled' } });
  });

  it('passes on the provider’s refusal', async () => {
    const refused = await signIn('refuse');
    expect(refused.response.status).toBe(401);
    expect(refused.body.error.message).toContain('access_denied');
    expect(await lastAudit('(unknown)')).toMatchObject({ payload: { method: 'oidc', reason: 'provider-error', error: 'access_denied' } });
  });

  it('lets another API instance finish a sign-on this one began: nothing is kept in memory', async () => {
    const other = await buildApiServer({ context: createAppContext(api.context.config) });
    await other.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { browser, callbackUrl } = await throughProvider('sub-lan');
      const otherBase = `http://127.0.0.1:${(other.server.address() as { port: number }).port}`;
      const cookie = `dondoc_oidc=${browser.cookie(api.base, 'dondoc_oidc')}`;
      const answer = await fetch(callbackUrl.replace(api.base, otherBase), { redirect: 'manual', headers: { cookie } });
      expect(answer.status).toBe(302);
      const session = answer.headers.getSetCookie().find((line) => line.startsWith('dondoc_session='))!.split(';')[0]!.split('=')[1]!;
      expect((await me(session)).json).toMatchObject({ login: 'tran.thi.lan@sogddt.example', method: 'oidc' });
    } finally {
      await other.close();
    }
  });

  it('refuses a returnTo that leaves the site', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
      const answer = await fetch(`${api.base}/api/session/oidc?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
      expect(answer.status, returnTo).toBe(400);
    }
  });

  it('keeps every sign-on in the audit log with the method, and no token or secret in it or in a URL', async () => {
    const entries = await api.bed.database.prisma.auditEvent.findMany({ where: { subjectType: 'user' }, select: { action: true, payload: true } });
    const oidc = entries.filter((entry) => (entry.payload as { method?: string }).method === 'oidc');
    expect(oidc.filter((entry) => entry.action === 'login-succeeded').length).toBeGreaterThanOrEqual(5);
    expect(oidc.filter((entry) => entry.action === 'login-failed').length).toBeGreaterThanOrEqual(6);
    const written = JSON.stringify(entries);
    for (const secret of [provider.clientSecret, 'eyJ']) expect(written).not.toContain(secret);
    for (const location of apiRedirects) expect(location).not.toMatch(/access_token|id_token|refresh_token|client_secret|code=|eyJ/);
    expect((await verifyAuditChain(api.bed.database.prisma)).firstBroken).toBeNull();
  });

  it('documents the routes, and answers 404 naming the settings while single sign-on is off', async () => {
    const document = (await (await fetch(`${api.base}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/session/oidc', '/api/session/oidc/callback']));
    const off = await buildApiServer({ context: createAppContext({ ...api.context.config, oidc: null }) });
    try {
      const answer = await off.inject({ method: 'GET', url: '/api/session/oidc' });
      expect(answer.statusCode).toBe(404);
      expect(answer.json().error.message).toContain('DONDOC_OIDC_ISSUER and DONDOC_OIDC_CLIENT_ID');
    } finally {
      await off.close();
    }
  });
});
