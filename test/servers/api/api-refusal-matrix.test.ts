// Every endpoint × every role × the caller's own agency, another agency, and the agency that
// succeeded to the work: anonymous callers get 401, the wrong role or agency 403, everyone else
// gets through authorisation (whatever the workflow then says), and the audit log holds one
// refusal for every 403, with who sent it. Against a real dev server and real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAppActor } from '../../../client/actor';
import { createToken } from '../../../client/identity/tokens';
import { addUser } from '../../../client/identity/users';
import type { TAssignmentSpec } from '../../../domain/assignment';
import { localDayOf } from '../../../domain/calendar/local-time';
import { waitUntil } from '../../helpers/assignment-fixtures';
import { seedObstacleSpec } from '../../helpers/obstacle-fixtures';
import { obstacleWorkflow } from '../../../workflows/obstacle';
import { idPath, startApiTestbed, type ApiTestbed } from './api-testbed';

let api: ApiTestbed;
const operator: TAppActor = { agency: null, user: 'test-operator', role: 'operator' };
const SUCCESSOR = 'QNG_SO_VHTTDL';
/** An obstacle education reported on its assignment, for the department that monitors it and the leader's People's Committee. */
let obstacleId = '';

beforeAll(async () => {
  api = await startApiTestbed('api-matrix');
  for (const [login, agency, roles] of [
    ['leader', 'UBND_TINH', ['leadership']],
    ['successor.officer', SUCCESSOR, ['officer']],
  ] as const) {
    await addUser(api.context, operator, { login, displayName: login, agency, roles: [...roles] });
    api.tokens[login] = (await createToken(api.context, operator, { login, name: 'matrix' })).token;
  }
  // The reorganisation through the API: culture's open work passes to its successor today.
  const succession = await api.call('POST', '/api/agencies/successions', { as: 'admin.only', body: { from: 'SO_VHTTDL', to: SUCCESSOR, effectiveDay: localDayOf(new Date()), reason: 'Nghị quyết sắp xếp tổ chức bộ máy' } });
  expect(succession.status, JSON.stringify(succession.json)).toBe(200);
  expect(succession.json.moved).toContain(api.culture.assignmentId);
  const obstacle = seedObstacleSpec(new Date().toISOString(), {
    reportingAgency: 'SO_GDDT',
    reportedBy: { agency: 'SO_GDDT', user: 'gddt.officer', role: 'officer' },
    assignmentId: api.education.assignmentId,
    taskRef: api.education.taskRef,
    monitorAgency: api.education.monitoringAgency,
    committeeAgency: 'UBND_TINH',
  });
  obstacleId = obstacle.obstacleId;
  await api.bed.env.client.workflow.start(obstacleWorkflow, { taskQueue: api.bed.taskQueue, workflowId: obstacleId, args: [{ spec: obstacle }] });
  await waitUntil('the obstacle in the read model', async () => (await api.bed.database.prisma.obstacle.count({ where: { id: obstacleId } })) === 1);
  await waitUntil('the successor answers for culture in the read model', async () => (await api.bed.database.prisma.assignment.findUniqueOrThrow({ where: { id: api.culture.assignmentId } })).responsibleAgencyCode === SUCCESSOR);
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

type TWho = 'gddt.officer' | 'vhttdl.officer' | 'successor.officer' | 'monitor' | 'leader' | 'auditor' | 'admin.only';
const everyone: TWho[] = ['gddt.officer', 'vhttdl.officer', 'successor.officer', 'monitor', 'leader', 'auditor', 'admin.only'];
const officers: TWho[] = ['gddt.officer', 'vhttdl.officer', 'successor.officer'];
const readers: TWho[] = [...officers, 'monitor', 'leader', 'auditor'];

interface TEndpoint {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: () => string;
  body?: () => unknown;
  /** Who gets past authorisation. */
  allowed: TWho[];
}

const report = (spec: TAssignmentSpec) => ({
  narrative: 'Đã triển khai kế hoạch.',
  indicators: spec.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 1, ...(indicator.needsTotal ? { total: 2 } : {}) })),
});

/** The endpoints on one assignment, for the agencies that answer for it (and, as written, may read it). */
function onAssignment(spec: () => TAssignmentSpec, answering: TWho, asWritten: TWho): Record<string, TEndpoint> {
  const own = answering === asWritten ? [answering] : [answering, asWritten];
  const at = (suffix = '') => () => `${idPath(spec())}${suffix}`;
  return {
    status: { method: 'GET', path: at(), allowed: [...own, 'monitor', 'leader', 'auditor'] },
    'report draft': { method: 'GET', path: at('/report-draft'), allowed: [...own, 'monitor', 'leader', 'auditor'] },
    audit: { method: 'GET', path: at('/audit'), allowed: [...own, 'monitor', 'leader', 'auditor'] },
    'audit csv': { method: 'GET', path: at('/audit?format=csv'), allowed: [...own, 'monitor', 'leader', 'auditor'] },
    result: { method: 'POST', path: at('/result'), body: () => report(spec()), allowed: [answering] },
    'extension request': { method: 'POST', path: at('/extension-request'), body: () => ({ newDueDay: '2099-12-31', reason: 'cần thêm thời gian' }), allowed: [answering] },
    explanation: { method: 'POST', path: at('/explanation'), body: () => ({ text: 'Giải trình.' }), allowed: [answering] },
    review: { method: 'POST', path: at('/review'), body: () => ({ decision: 'accept' }), allowed: ['monitor'] },
    'extension decision': { method: 'POST', path: at('/extension-decision'), body: () => ({ approve: false }), allowed: ['monitor'] },
    'explanation request': { method: 'POST', path: at('/explanation-request'), body: () => ({ note: 'Đề nghị giải trình.' }), allowed: ['monitor'] },
  };
}

const endpoints: Record<string, TEndpoint> = {
  ...Object.fromEntries(Object.entries(onAssignment(() => api.education, 'gddt.officer', 'gddt.officer')).map(([name, endpoint]) => [`education ${name}`, endpoint])),
  // Culture's work was inherited: the successor answers for it, the old agency may still read it.
  ...Object.fromEntries(Object.entries(onAssignment(() => api.culture, 'successor.officer', 'vhttdl.officer')).map(([name, endpoint]) => [`inherited ${name}`, endpoint])),
  'assignment list': { method: 'GET', path: () => '/api/assignments', allowed: readers },
  'status per agency': { method: 'GET', path: () => '/api/status', allowed: readers },
  'consolidated report': { method: 'GET', path: () => '/api/reports/ANNUAL_CHILDREN_REPORT', allowed: ['monitor', 'leader', 'auditor'] },
  'audit verify': { method: 'GET', path: () => '/api/audit/verify', allowed: ['monitor', 'leader', 'auditor', 'admin.only'] },
  plans: { method: 'GET', path: () => '/api/plans', allowed: everyone },
  'obstacle list': { method: 'GET', path: () => '/api/obstacles', allowed: readers },
  'obstacle show': { method: 'GET', path: () => `/api/obstacles/${encodeURIComponent(obstacleId)}`, allowed: ['gddt.officer', 'monitor', 'leader', 'auditor'] },
  'obstacle report': { method: 'POST', path: () => '/api/obstacles', body: () => ({ assignmentId: api.education.assignmentId, text: 'Thiếu kinh phí.', proposal: 'Đề nghị bổ sung.' }), allowed: ['gddt.officer'] },
  // The first answer closes the obstacle; the steps after it get through authorisation and are refused by the workflow (not a 403).
  'obstacle answer': { method: 'POST', path: () => `/api/obstacles/${encodeURIComponent(obstacleId)}/answer`, body: () => ({ text: 'Trả lời.' }), allowed: ['monitor'] },
  'obstacle forward': { method: 'POST', path: () => `/api/obstacles/${encodeURIComponent(obstacleId)}/forward`, body: () => ({ opinion: 'Ý kiến.' }), allowed: ['monitor'] },
  'obstacle decision': { method: 'POST', path: () => `/api/obstacles/${encodeURIComponent(obstacleId)}/decision`, body: () => ({ outcome: 'rejected', text: 'Không chấp nhận.' }), allowed: ['leader'] },
  users: { method: 'GET', path: () => '/api/users', allowed: ['admin.only'] },
  'add user': { method: 'POST', path: () => '/api/users', body: () => ({ login: 'matrix.added', displayName: 'Người mới', agency: null, roles: ['auditor'] }), allowed: ['admin.only'] },
  'disable user': { method: 'POST', path: () => '/api/users/nobody.here/disable', allowed: ['admin.only'] },
  'reset password': { method: 'POST', path: () => '/api/users/nobody.here/password', body: () => ({}), allowed: ['admin.only'] },
  'set roles': { method: 'PUT', path: () => '/api/users/nobody.here/roles', body: () => ({ roles: ['auditor'] }), allowed: ['admin.only'] },
  tokens: { method: 'GET', path: () => '/api/tokens', allowed: ['admin.only'] },
  'create token': { method: 'POST', path: () => '/api/tokens', body: () => ({ login: 'nobody.here', name: 'matrix' }), allowed: ['admin.only'] },
  'revoke token': { method: 'DELETE', path: () => '/api/tokens/ddk_nothere', allowed: ['admin.only'] },
  succession: { method: 'POST', path: () => '/api/agencies/successions', body: () => ({ from: 'SO_NOT_IN_REGISTRY', to: SUCCESSOR, effectiveDay: '2025-07-01', reason: 'thử' }), allowed: ['admin.only'] },
  outbox: { method: 'GET', path: () => '/api/outbox', allowed: ['admin.only'] },
  'outbox message': { method: 'GET', path: () => '/api/outbox/nothere', allowed: ['admin.only'] },
};

/** Refusals by the server on record for each caller: assignment updates and every other request. */
async function refusalsOnRecord(): Promise<Map<string, number>> {
  const events = await api.bed.database.prisma.auditEvent.findMany({ where: { action: { in: ['update-refused', 'request-refused'] } }, select: { actorUser: true, payload: true } });
  const counts = new Map<string, number>();
  for (const event of events) if ((event.payload as { refusedBy?: string }).refusedBy === 'server') counts.set(event.actorUser ?? '', (counts.get(event.actorUser ?? '') ?? 0) + 1);
  return counts;
}

describe('the refusal matrix: every endpoint × every role × own, other and successor agency', () => {
  it('answers 401 to anyone not signed in, on every endpoint', async () => {
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const answer = await api.call(endpoint.method, endpoint.path(), { body: endpoint.body?.() });
      expect(answer.status, name).toBe(401);
      expect(answer.json.error.code, name).toBe('unauthenticated');
    }
  });

  it('lets through exactly who may, refuses everyone else with 403, and records each refusal with who sent it', async () => {
    const before = await refusalsOnRecord();
    const refused = new Map<string, number>();
    const outcomes: string[] = [];
    for (const [name, endpoint] of Object.entries(endpoints)) {
      for (const who of everyone) {
        const answer = await api.call(endpoint.method, endpoint.path(), { as: who, body: endpoint.body?.() });
        const expected = endpoint.allowed.includes(who) ? 'through' : 'refused';
        const actual = answer.status === 403 ? 'refused' : answer.status === 401 ? 'unauthenticated' : answer.status >= 500 ? `failed ${answer.status}` : 'through';
        // Collected, so that one run shows every cell that is wrong.
        if (actual !== expected) outcomes.push(`${name} as ${who}: expected ${expected}, got ${answer.status} ${JSON.stringify(answer.json).slice(0, 200)}`);
        if (answer.status === 403) {
          expect(answer.json.error.code).toBe('forbidden');
          refused.set(who, (refused.get(who) ?? 0) + 1);
        }
      }
    }
    expect(outcomes).toEqual([]);
    const after = await refusalsOnRecord();
    for (const who of everyone) expect((after.get(who) ?? 0) - (before.get(who) ?? 0), `refusals of ${who} on record`).toBe(refused.get(who) ?? 0);
    // Every caller was refused somewhere: the matrix tests refusal for each of them.
    expect([...refused.keys()].sort()).toEqual([...everyone].sort());
  });

  it('records a refused read with the endpoint and the reason, and no secret that was sent', async () => {
    const answer = await api.call('POST', '/api/users', { as: 'monitor', body: { login: 'sneaky', displayName: 'x', agency: null, roles: ['admin'], password: 'Mật-khẩu-bí-mật-123' } });
    expect(answer.status).toBe(403);
    const [last] = await api.bed.database.prisma.auditEvent.findMany({ where: { action: 'request-refused', actorUser: 'monitor' }, orderBy: { sequence: 'desc' }, take: 1 });
    expect(last!.subjectId).toBe('POST /api/users');
    const payload = last!.payload as { reason: string; input: { body: { login: string; password: string } } };
    expect(payload.reason).toContain('admin');
    expect(payload.input.body.login).toBe('sneaky');
    expect(payload.input.body.password).toBe('***');
    expect(JSON.stringify(last, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value))).not.toContain('Mật-khẩu-bí-mật-123');
    // The chain still verifies with the refusals in it.
    expect((await api.call('GET', '/api/audit/verify', { as: 'auditor' })).json).toMatchObject({ ok: true });
  });
});
