// The HTTP API against a real Temporal dev server and a real PostgreSQL: every caller is who
// they signed in as. Anonymous callers get 401, the wrong role or agency 403 (and the refusal
// is in the audit log with the input sent), malformed input 400 with the error shape, and the
// allowed actions reach the workflow. Sessions: sign-in, the CSRF header, sign-out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAssignmentSpec } from '../../../domain/assignment';
import { idPath, startApiTestbed, type ApiTestbed } from './api-testbed';

let api: ApiTestbed;
let education: TAssignmentSpec;
let culture: TAssignmentSpec;
let base: string;
let passwords: Record<string, string>;
let call: ApiTestbed['call'];

beforeAll(async () => {
  api = await startApiTestbed('api-tests');
  ({ education, culture, base, passwords, call } = api);
});
afterAll(async () => {
  await api?.stop();
});

const goodReport = () => ({
  narrative: 'Đã triển khai kế hoạch tại các trường.',
  indicators: education.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 3, ...(indicator.needsTotal ? { total: 10 } : {}) })),
});

describe('the HTTP API: every caller acts only as who they are', () => {
  it('answers 401 with the error shape to a caller who is not signed in, and to an unknown token', async () => {
    for (const [method, path] of [['GET', '/api/assignments'], ['GET', idPath(education)], ['POST', `${idPath(education)}/result`], ['GET', '/api/status']] as const) {
      const answer = await call(method, path, method === 'POST' ? { body: goodReport() } : {});
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(answer.json.error).toMatchObject({ code: 'unauthenticated', messageVi: expect.stringContaining('đăng nhập') });
    }
    const forged = await fetch(`${base}/api/assignments`, { headers: { authorization: 'Bearer ddk_not-a-real-token' } });
    expect(forged.status).toBe(401);
  });

  it('shows an officer only its own agency’s assignments, and refuses another agency’s', async () => {
    const list = await call('GET', '/api/assignments?agency=SO_VHTTDL', { as: 'gddt.officer' });
    expect(list.status).toBe(200);
    const ids = list.json.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(education.assignmentId);
    expect(ids).not.toContain(culture.assignmentId);
    expect((await call('GET', idPath(education), { as: 'gddt.officer' })).json).toMatchObject({ assignmentId: education.assignmentId, phase: 'open' });
    const other = await call('GET', idPath(culture), { as: 'gddt.officer' });
    expect(other.status).toBe(403);
    expect(other.json.error.message).toContain('answered for by SO_VHTTDL');
    const everything = await call('GET', '/api/assignments', { as: 'monitor' });
    expect(everything.json.items.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([education.assignmentId, culture.assignmentId]));
  });

  it('refuses a malformed result with 400 and the fields, and changes nothing', async () => {
    const bad = await call('POST', `${idPath(education)}/result`, { as: 'gddt.officer', body: { narrative: '', indicators: [{ code: 'X', count: -1 }] } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('bad_input');
    expect(bad.json.error.fieldErrors.length).toBeGreaterThan(0);
    const notJson = await call('POST', `${idPath(education)}/result`, { as: 'gddt.officer', body: '{"narrative":' });
    expect(notJson.status).toBe(400);
    expect((await call('GET', idPath(education), { as: 'gddt.officer' })).json.phase).toBe('open');
  });

  it('lets no one act for another agency or beyond their role, and writes each refusal to the audit log with its input', async () => {
    const attempts = [
      ['vhttdl.officer', 'result', goodReport()],
      ['monitor', 'result', goodReport()],
      ['auditor', 'result', goodReport()],
      ['auditor', 'extension-request', { newDueDay: '2027-01-29', reason: 'cần thêm thời gian' }],
      ['gddt.officer', 'review', { decision: 'accept' }],
      ['admin.only', 'explanation-request', { note: 'giải trình' }],
    ] as const;
    for (const [who, path, body] of attempts) {
      const answer = await call('POST', `${idPath(education)}/${path}`, { as: who, body });
      expect(answer.status, `${who} ${path}`).toBe(403);
      expect(answer.json.error.code).toBe('forbidden');
    }
    const refusals = await api.bed.database.prisma.auditEvent.findMany({ where: { subjectId: education.assignmentId, action: 'update-refused' }, orderBy: { sequence: 'asc' } });
    expect(refusals.map((event) => [event.actorUser, (event.payload as { refusedBy: string }).refusedBy])).toEqual(attempts.map(([who]) => [who, 'server']));
    expect((refusals[0]!.payload as { input: { narrative: string } }).input.narrative).toBe(goodReport().narrative);
    expect((await call('GET', idPath(education), { as: 'monitor' })).json.phase).toBe('open');
  });

  it('carries the allowed actions to the workflow: the agency submits, the monitoring department accepts', async () => {
    const submitted = await call('POST', `${idPath(education)}/result`, { as: 'gddt.officer', body: goodReport() });
    expect(submitted.status).toBe(200);
    expect(submitted.json.phase).toBe('submitted');
    const accepted = await call('POST', `${idPath(education)}/review`, { as: 'monitor', body: { decision: 'accept', note: 'Đạt' } });
    expect(accepted.status).toBe(200);
    expect(accepted.json.phase).toBe('completed');
    // The workflow's own rules still apply: a finished assignment refuses a second result (422).
    const again = await call('POST', `${idPath(education)}/result`, { as: 'gddt.officer', body: goodReport() });
    expect(again.status).toBe(422);
    expect(again.json.error.code).toBe('refused');
  });

  it('lets an auditor read the timeline (with the refusals) as JSON and CSV, and verify the chain', async () => {
    const timeline = await call('GET', `${idPath(education)}/audit`, { as: 'auditor' });
    expect(timeline.status).toBe(200);
    // The six refusals of the server's own check, and the workflow's refusal of a second result.
    const refused = (timeline.json.timeline as { kind: string; details: { refusedBy?: string } }[]).filter((entry) => entry.kind === 'refused');
    expect(refused.map((entry) => entry.details.refusedBy)).toEqual([...Array(6).fill('server'), 'workflow']);
    const csv = await call('GET', `${idPath(education)}/audit?format=csv`, { as: 'auditor' });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(String(csv.json)).toContain('update-refused');
    const verified = await call('GET', '/api/audit/verify', { as: 'auditor' });
    expect(verified.json).toMatchObject({ ok: true, firstBroken: null });
    expect(verified.json.checked).toBeGreaterThan(6);
    expect((await call('GET', `${idPath(culture)}/audit`, { as: 'gddt.officer' })).status).toBe(403);
  });

  it('signs in with a password into a session cookie that needs the CSRF header to change anything, until sign-out', async () => {
    const wrong = await call('POST', '/api/session', { body: { login: 'vhttdl.officer', password: 'not the password' } });
    expect(wrong.status).toBe(401);
    const unknown = await call('POST', '/api/session', { body: { login: 'nobody.here', password: 'not the password' } });
    expect(unknown.json.error.message).toBe(wrong.json.error.message);
    const signIn = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'vhttdl.officer', password: passwords['vhttdl.officer'] }) });
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/dondoc_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0]!;
    expect((await call('GET', '/api/me', { headers: { cookie } })).json).toMatchObject({ login: 'vhttdl.officer', agency: 'SO_VHTTDL', method: 'password' });
    const body = { newDueDay: '2027-01-29', reason: 'cần thêm thời gian' };
    const noHeader = await call('POST', `${idPath(culture)}/extension-request`, { headers: { cookie }, body });
    expect(noHeader.status).toBe(403);
    const withHeader = await call('POST', `${idPath(culture)}/extension-request`, { headers: { cookie, 'x-dondoc-request': '1' }, body });
    expect(withHeader.status).toBe(200);
    expect(withHeader.json.pendingExtension).toMatchObject({ reason: 'cần thêm thời gian' });
    expect((await call('DELETE', '/api/session', { headers: { cookie, 'x-dondoc-request': '1' } })).status).toBe(204);
    expect((await call('GET', '/api/me', { headers: { cookie } })).status).toBe(401);
    // The ended session's cookie, still in the browser, does not stand in the way of signing in again.
    const again = await call('POST', '/api/session', { headers: { cookie }, body: { login: 'vhttdl.officer', password: passwords['vhttdl.officer'] } });
    expect(again.status).toBe(200);
  });

  it('lets only an administrator manage users and tokens; a revoked token stops working at once', async () => {
    expect((await call('GET', '/api/users', { as: 'gddt.officer' })).status).toBe(403);
    expect((await call('GET', '/api/users', { as: 'auditor' })).status).toBe(403);
    const users = await call('GET', '/api/users', { as: 'admin.only' });
    expect(users.status).toBe(200);
    expect(users.json.map((user: { login: string }) => user.login)).toEqual(expect.arrayContaining(['gddt.officer', 'monitor', 'auditor']));
    const added = await call('POST', '/api/users', { as: 'admin.only', body: { login: 'gddt.second', displayName: 'Cán bộ thứ hai', agency: 'SO_GDDT', roles: ['officer'] } });
    expect(added.status).toBe(200);
    expect(added.json.oneTimePassword).toMatch(/.{12,}/);
    const created = await call('POST', '/api/tokens', { as: 'admin.only', body: { login: 'gddt.second', name: 'nightly export' } });
    expect(created.status).toBe(200);
    const bearer = { authorization: `Bearer ${created.json.token}` };
    expect((await call('GET', '/api/me', { headers: bearer })).json).toMatchObject({ login: 'gddt.second', agency: 'SO_GDDT', method: 'token' });
    const listed = await call('GET', '/api/tokens?login=gddt.second', { as: 'admin.only' });
    expect(listed.json).toEqual([expect.objectContaining({ prefix: created.json.prefix, name: 'nightly export', state: 'active' })]);
    expect(JSON.stringify(listed.json)).not.toContain(created.json.token);
    expect((await call('DELETE', `/api/tokens/${created.json.prefix}`, { as: 'admin.only' })).json.state).toBe('revoked');
    expect((await call('GET', '/api/me', { headers: bearer })).status).toBe(401);
  });

  it('lists the plans and their tasks with lead and coordinating agencies to any signed-in reader', async () => {
    expect((await call('GET', '/api/plans')).status).toBe(401);
    const plans = await call('GET', '/api/plans', { as: 'gddt.officer' });
    expect(plans.json).toEqual([expect.objectContaining({ id: 'kh135', tasks: expect.any(Number) })]);
    const tasks = await call('GET', '/api/plans/kh135/tasks', { as: 'auditor' });
    expect(tasks.json).toHaveLength(plans.json[0].tasks);
    expect(tasks.json.filter((task: { lead: string | null; coordinators: string[] }) => task.lead && task.coordinators.length).length).toBeGreaterThan(3);
    expect((await call('GET', '/api/plans/no-such-plan/tasks', { as: 'auditor' })).json.error.code).toBe('not_found');
  });

  it('serves the OpenAPI document generated from the same schemas', async () => {
    const document = await call('GET', '/api/openapi.json');
    expect(document.status).toBe(200);
    expect(Object.keys(document.json.paths)).toEqual(expect.arrayContaining(['/api/assignments', '/api/assignments/{id}', '/api/assignments/{id}/result', '/api/assignments/{id}/review', '/api/session', '/api/audit/verify']));
    expect(document.json.paths['/api/assignments/{id}/result'].post.requestBody).toBeTruthy();
  });
});
