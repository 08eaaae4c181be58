// A running API for tests: the testbed (real Temporal dev server, real PostgreSQL, real SMTP
// capture, a worker), two agencies' annual reports started as plan loading would, a user of
// each role with a bearer token and a password, and the API listening on a free loopback port.
import { buildApiServer } from '../../../api/server';
import type { TAppActor } from '../../../client/actor';
import { createAppContext, type TAppContext } from '../../../client/app-context';
import { createToken } from '../../../client/identity/tokens';
import { addUser } from '../../../client/identity/users';
import { loadConfig } from '../../../config/config';
import { assignmentWorkflow } from '../../../contracts';
import type { TAssignmentSpec } from '../../../domain/assignment';
import { seedAssignmentSpec, waitUntil } from '../../helpers/assignment-fixtures';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';

export interface TAnswer {
  status: number;
  /** JSON as a test reads it: loosely, each expectation says what it must be. */
  json: ReturnType<typeof JSON.parse>;
  headers: Headers;
}

export interface ApiTestbed {
  bed: Testbed;
  context: TAppContext;
  base: string;
  education: TAssignmentSpec;
  culture: TAssignmentSpec;
  tokens: Record<string, string>;
  passwords: Record<string, string>;
  call(method: string, path: string, options?: { as?: string; body?: unknown; headers?: Record<string, string> }): Promise<TAnswer>;
  stop(): Promise<void>;
}

const operator: TAppActor = { agency: null, user: 'test-operator', role: 'operator' };

export const idPath = (spec: TAssignmentSpec) => `/api/assignments/${encodeURIComponent(spec.assignmentId)}`;

/** `env`: settings for the API (e.g. single sign-on); with DONDOC_API_PORT it listens on that port, else on a free one. */
export async function startApiTestbed(taskQueue: string, options: { env?: NodeJS.ProcessEnv } = {}): Promise<ApiTestbed> {
  // The fuzzing and the refusal matrix send thousands of requests a minute from one address.
  const config = loadConfig({ DONDOC_API_RATE_LIMIT: '1000000', ...options.env });
  const bed = await startTestbed({ server: 'dev', taskQueue });
  const context = createAppContext({ ...config, databaseUrl: bed.database.connectionString, temporalAddress: bed.env.address, taskQueue });
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const education = seedAssignmentSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', due);
  const culture = seedAssignmentSpec('ANNUAL_CHILDREN_REPORT', 'SO_VHTTDL', due);
  for (const spec of [education, culture]) await bed.env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
  await waitUntil('both assignments in the read model', async () => (await bed.database.prisma.assignment.count({ where: { id: { in: [education.assignmentId, culture.assignmentId] } } })) === 2);

  const people = [
    { login: 'gddt.officer', agency: 'SO_GDDT', roles: ['officer'] },
    { login: 'vhttdl.officer', agency: 'SO_VHTTDL', roles: ['officer'] },
    { login: 'monitor', agency: education.monitoringAgency, roles: ['monitor'] },
    { login: 'auditor', agency: null, roles: ['auditor'] },
    { login: 'admin.only', agency: null, roles: ['admin'] },
  ] as const;
  const tokens: Record<string, string> = {};
  const passwords: Record<string, string> = {};
  for (const person of people) {
    const added = await addUser(context, operator, { login: person.login, displayName: person.login, agency: person.agency, roles: [...person.roles] });
    passwords[person.login] = added.oneTimePassword ?? '';
    tokens[person.login] = (await createToken(context, operator, { login: person.login, name: 'api test' })).token;
  }
  const server = await buildApiServer({ context });
  await server.listen({ host: '127.0.0.1', port: options.env?.DONDOC_API_PORT ? config.api.port : 0 });
  const base = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;

  async function call(method: string, path: string, options: { as?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<TAnswer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) headers.authorization = `Bearer ${tokens[options.as]}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    const response = await fetch(`${base}${path}`, { method, headers, body });
    const text = await response.text();
    let json: ReturnType<typeof JSON.parse> = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: response.status, json, headers: response.headers };
  }

  return {
    bed,
    context,
    base,
    education,
    culture,
    tokens,
    passwords,
    call,
    async stop() {
      await server.close();
      await context.close();
      await bed.stop();
    },
  };
}

/**
 * Starts a seed task's assignment for the agency already `daysPastDue` days past its due day, the
 * way plan loading starts it, once it is in the read model; with its task group's heading.
 */
export async function startOverdueAssignment(api: ApiTestbed, taskQueue: string, taskRef: string, agency: string, daysPastDue: number): Promise<{ spec: TAssignmentSpec; groupTitle: string }> {
  const spec = seedAssignmentSpec(taskRef, agency, new Date(Date.now() - daysPastDue * 86_400_000).toISOString());
  await api.bed.env.client.workflow.start(assignmentWorkflow, { taskQueue, workflowId: spec.assignmentId, args: [{ spec }] });
  await waitUntil('the overdue assignment in the read model', async () => (await api.bed.database.prisma.assignment.count({ where: { id: spec.assignmentId } })) === 1);
  const groupTitle = (await api.bed.database.prisma.task.findFirstOrThrow({ where: { planId: 'kh135', ref: taskRef } })).groupTitle!;
  return { spec, groupTitle };
}
