// The API's general rate limit: past the configured requests a minute, one client address gets
// 429 in the error shape with Retry-After, and changes nothing; another address is still served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApiServer } from '../../../api/server';
import { createAppContext, type TAppContext } from '../../../client/app-context';
import { createToken } from '../../../client/identity/tokens';
import { addUser } from '../../../client/identity/users';
import { loadConfig } from '../../../config/config';
import { createIdentityTestbed, operator, type TIdentityTestbed } from '../identity/identity-database';

let testbed: TIdentityTestbed;
let context: TAppContext;
let server: FastifyInstance;
let token: string;

beforeAll(async () => {
  testbed = await createIdentityTestbed();
  context = createAppContext({ ...loadConfig({ DONDOC_API_RATE_LIMIT: '12' }), databaseUrl: testbed.database.connectionString });
  await addUser(context, operator, { login: 'limited.admin', displayName: 'Quản trị', roles: ['admin'] });
  token = (await createToken(context, operator, { login: 'limited.admin' })).token;
  server = await buildApiServer({ context });
});

afterAll(async () => {
  await server?.close();
  await context?.close();
  await testbed?.close();
});

describe('the rate limit per client address', () => {
  it('answers the 13th request of a minute with 429, Retry-After and the error shape, adds no user, and still serves another address', async () => {
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const statuses: number[] = [];
    for (let n = 0; n < 12; n += 1) statuses.push((await server.inject({ method: 'GET', url: '/api/me', headers, remoteAddress: '10.0.0.7' })).statusCode);
    expect(statuses).toEqual(Array(12).fill(200));
    const limited = await server.inject({ method: 'POST', url: '/api/users', headers, remoteAddress: '10.0.0.7', payload: { login: 'too.many', displayName: 'x', roles: ['auditor'] } });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('requests a minute'), messageVi: expect.any(String), fieldErrors: [] });
    expect(await testbed.database.prisma.user.count({ where: { login: 'too.many' } })).toBe(0);
    expect((await server.inject({ method: 'GET', url: '/api/me', headers, remoteAddress: '10.0.0.8' })).statusCode).toBe(200);
  });
});
