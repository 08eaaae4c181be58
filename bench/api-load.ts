// The HTTP API with 10,000 assignments in the read model: the assignment list (one page,
// filtered by agency) and the status summary, against a trivial authenticated endpoint of the
// same server (GET /api/me: the token lookup alone) measured in the same run. Latency p50/p95
// and throughput at a fixed concurrency, on the embedded PostgreSQL (or BENCH_DATABASE_URL).
// Goals: list p95 ≤ 100 ms and its throughput ≥ half the trivial one; status p95 ≤ 150 ms.
//
//   npx tsx bench/api-load.ts [--assignments 10000] [--requests 400] [--concurrency 8]
import { parseArgs } from 'node:util';
import { buildApiServer } from '../api/server';
import { createAppContext } from '../client/app-context';
import { createToken } from '../client/identity/tokens';
import { addUser } from '../client/identity/users';
import { loadConfig } from '../config/config';
import { prepareBenchDatabase } from './bench-database';

const { values: args } = parseArgs({ options: { assignments: { type: 'string', default: '10000' }, requests: { type: 'string', default: '400' }, concurrency: { type: 'string', default: '8' } } });
const assignmentCount = Number(args.assignments);
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);

const database = await prepareBenchDatabase('bench/api-load.ts', assignmentCount);
const { connectionString, agencies } = database;

// The load comes from one address: the per-address rate limit would answer most of it with 429.
const context = createAppContext({ ...loadConfig({ DONDOC_API_RATE_LIMIT: '1000000' }), databaseUrl: connectionString });
const operator = { agency: null, user: 'bench', role: 'operator' as const };
await addUser(context, operator, { login: 'bench.monitor', displayName: 'bench', agency: 'SO_LDTBXH', roles: ['monitor'] });
const { token } = await createToken(context, operator, { login: 'bench.monitor', name: 'bench' });
const server = await buildApiServer({ context });
await server.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
const headers = { authorization: `Bearer ${token}` };

async function measure(path: string): Promise<{ p50: number; p95: number; perSecond: number }> {
  for (let warm = 0; warm < 3; warm += 1) await (await fetch(`${base}${path}`, { headers })).arrayBuffer();
  const latencies: number[] = [];
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        const sent = performance.now();
        const response = await fetch(`${base}${path}`, { headers });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - began) / 1_000;
  latencies.sort((left, right) => left - right);
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))]!;
  return { p50: at(0.5), p95: at(0.95), perSecond: latencies.length / seconds };
}

const agency = agencies[3]!;
const trivial = await measure('/api/me');
const list = await measure(`/api/assignments?agency=${agency}&pageSize=50`);
const status = await measure('/api/status');
const row = (name: string, figures: { p50: number; p95: number; perSecond: number }, goal: string) =>
  `${name.padEnd(42)} ${figures.p50.toFixed(1).padStart(7)} ${figures.p95.toFixed(1).padStart(7)} ${figures.perSecond.toFixed(0).padStart(8)}  ${goal}`;
console.log(`\n${requests} requests each, concurrency ${concurrency}, ${assignmentCount} assignments`);
console.log(`${'endpoint'.padEnd(42)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'req/s'.padStart(8)}`);
console.log(row('GET /api/me (trivial)', trivial, ''));
console.log(row(`GET /api/assignments?agency=${agency}`, list, `p95 ≤ 100 ms: ${list.p95 <= 100 ? 'met' : 'MISSED'}; ${(list.perSecond / trivial.perSecond).toFixed(2)}× trivial (≥ 0.5: ${list.perSecond >= trivial.perSecond / 2 ? 'met' : 'MISSED'})`));
console.log(row('GET /api/status (all agencies)', status, `p95 ≤ 150 ms: ${status.p95 <= 150 ? 'met' : 'MISSED'}`));

await server.close();
await context.close();
await database.stop();
