// Obstacles (vướng mắc) through the API, with the people who use them: the agency reports on its
// own assignment, another agency neither reports on it nor reads it, the agency cannot answer
// its own obstacle, only the monitoring department the plan names (as of today: DOLISA's
// successor) answers or forwards, the People's Committee decides, auditors only read; every
// refusal is in the audit log; the status counts open obstacles per agency; the consolidated report lists them; `plan load --amends`
// closes an obstacle decided as an amendment. Real dev server, real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAppActor } from '../../../client/actor';
import { createToken } from '../../../client/identity/tokens';
import { addUser } from '../../../client/identity/users';
import { loadPlanFromFile } from '../../../client/plans/load-plan';
import { seedPlanPath, waitUntil } from '../../helpers/assignment-fixtures';
import { startApiTestbed, type ApiTestbed } from './api-testbed';

let api: ApiTestbed;
const operator: TAppActor = { agency: null, user: 'test-operator', role: 'operator' };

beforeAll(async () => {
  api = await startApiTestbed('api-obstacles');
  for (const [login, agency, roles] of [
    ['yt.monitor', 'QNG_SO_YT', ['monitor']],
    ['ubnd.leader', 'QNG_UBND_TINH', ['leadership']],
  ] as const) {
    await addUser(api.context, operator, { login, displayName: login, agency, roles: [...roles] });
    api.tokens[login] = (await createToken(api.context, operator, { login, name: 'obstacles' })).token;
  }
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

const path = (id: string, step = '') => `/api/obstacles/${encodeURIComponent(id)}${step ? `/${step}` : ''}`;

describe('obstacles through the API', () => {
  it('goes from the agency to the department to the People’s Committee, refusing everyone else on the way', async () => {
    const body = { assignmentId: api.education.assignmentId, text: 'Thiếu kinh phí tập huấn giáo viên.', proposal: 'Đề nghị lùi thời hạn sang quý III.', document: 'Công văn 123/SGDĐT' };
    expect((await api.call('POST', '/api/obstacles', { as: 'vhttdl.officer', body })).status).toBe(403);
    expect((await api.call('POST', '/api/obstacles', { as: 'auditor', body })).status).toBe(403);
    const reported = await api.call('POST', '/api/obstacles', { as: 'gddt.officer', body });
    expect(reported.status, JSON.stringify(reported.json)).toBe(200);
    expect(reported.json).toMatchObject({ phase: 'reported', reportingAgency: 'SO_GDDT', monitorAgency: 'QNG_SO_YT', committeeAgency: 'QNG_UBND_TINH', pendingAgency: 'QNG_SO_YT', closed: false });
    const id = reported.json.obstacleId as string;

    // Reading: the agency and the readers of everything; not another agency.
    expect((await api.call('GET', path(id), { as: 'gddt.officer' })).json.obstacle).toMatchObject({ id, phase: 'reported', document: 'Công văn 123/SGDĐT' });
    expect((await api.call('GET', path(id), { as: 'vhttdl.officer' })).status).toBe(403);
    expect((await api.call('GET', path(id), { as: 'auditor' })).status).toBe(200);
    expect((await api.call('GET', '/api/obstacles', { as: 'vhttdl.officer' })).json.items).toEqual([]);
    expect((await api.call('GET', '/api/obstacles?open=true', { as: 'gddt.officer' })).json.items.map((row: { id: string }) => row.id)).toEqual([id]);

    // Open obstacles per agency in the status; an officer sees its own agency's.
    const status = await api.call('GET', '/api/status', { as: 'gddt.officer' });
    expect(status.json.obstacles).toEqual([{ agency: 'SO_GDDT', open: 1, overdue: 0 }]);

    // Only the department the plan names answers: not the agency, not the assignments' monitor of another agency, not an auditor.
    expect((await api.call('POST', path(id, 'answer'), { as: 'gddt.officer', body: { text: 'tự trả lời' } })).status).toBe(403);
    expect((await api.call('POST', path(id, 'answer'), { as: 'monitor', body: { text: 'trả lời' } })).status).toBe(403);
    expect((await api.call('POST', path(id, 'forward'), { as: 'auditor', body: { opinion: 'x' } })).status).toBe(403);
    expect((await api.call('POST', path(id, 'decision'), { as: 'ubnd.leader', body: { outcome: 'rejected', text: 'sớm quá' } })).status).toBe(422);
    const forwarded = await api.call('POST', path(id, 'forward'), { as: 'yt.monitor', body: { opinion: 'Đề nghị UBND tỉnh cho điều chỉnh thời hạn nhiệm vụ.' } });
    expect(forwarded.status, JSON.stringify(forwarded.json)).toBe(200);
    expect(forwarded.json).toMatchObject({ phase: 'forwarded', pendingAgency: 'QNG_UBND_TINH' });
    expect((await api.call('POST', path(id, 'decision'), { as: 'yt.monitor', body: { outcome: 'answered', text: 'x' } })).status).toBe(403);
    const decided = await api.call('POST', path(id, 'decision'), { as: 'ubnd.leader', body: { outcome: 'amend-plan', text: 'Giao Sở Y tế trình kế hoạch điều chỉnh.' } });
    expect(decided.status, JSON.stringify(decided.json)).toBe(200);
    expect(decided.json).toMatchObject({ phase: 'decided', closed: false, decision: { outcome: 'amend-plan', by: { agency: 'QNG_UBND_TINH' } } });

    // The consolidated report of the period in progress lists it, with the decision.
    await waitUntil('the decision is recorded', async () => (await api.bed.database.prisma.obstacle.findUniqueOrThrow({ where: { id } })).phase === 'decided');
    const report = await api.call('GET', '/api/reports/ANNUAL_CHILDREN_REPORT', { as: 'auditor' });
    expect(report.status, JSON.stringify(report.json).slice(0, 300)).toBe(200);
    expect(report.json.obstacles).toEqual([
      expect.objectContaining({ id, reportingAgency: 'SO_GDDT', phase: 'decided', outcome: 'amend-plan', forwardOpinion: 'Đề nghị UBND tỉnh cho điều chỉnh thời hạn nhiệm vụ.', decision: 'Giao Sở Y tế trình kế hoạch điều chỉnh.' }),
    ]);

    // Every 403 above is in the audit log with who was refused.
    const refusals = await api.bed.database.prisma.auditEvent.findMany({ where: { action: 'request-refused', subjectId: { startsWith: 'POST /api/obstacles' } }, select: { actorUser: true } });
    expect(refusals.map((each) => each.actorUser).sort()).toEqual(['auditor', 'auditor', 'gddt.officer', 'monitor', 'vhttdl.officer', 'yt.monitor']);
    expect((await api.call('GET', '/api/audit/verify', { as: 'auditor' })).json).toMatchObject({ ok: true });

    // The amended plan's load closes it, linked in the audit log.
    const loaded = await loadPlanFromFile(api.context, operator, { file: seedPlanPath, planId: 'kh135', amends: id });
    expect(loaded.amended).toMatchObject({ phase: 'amended', closed: true });
    await waitUntil('the amendment is recorded', async () => (await api.bed.database.prisma.obstacle.findUniqueOrThrow({ where: { id } })).phase === 'amended');
    const history = (await api.call('GET', path(id), { as: 'auditor' })).json.history as { action: string; actorAgency: string | null }[];
    expect(history.map((entry) => `${entry.action} ${entry.actorAgency}`)).toEqual([
      'obstacle-reported SO_GDDT',
      // The Committee's decision before the forward: refused by the workflow, recorded by the use-case.
      'obstacle-refused QNG_UBND_TINH',
      'obstacle-forwarded QNG_SO_YT',
      'obstacle-decided QNG_UBND_TINH',
      'obstacle-amendment-loaded QNG_SO_YT',
    ]);
    expect((await api.call('GET', '/api/status', { as: 'auditor' })).json.obstacles).toEqual([]);
    // The assignment's audit timeline tells the obstacle's steps too.
    const timeline = await api.call('GET', `/api/assignments/${encodeURIComponent(api.education.assignmentId)}/audit`, { as: 'auditor' });
    expect(JSON.stringify(timeline.json)).toContain('obstacle-amendment-loaded');
  });
});
