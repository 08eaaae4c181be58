// The database the API benches read: empty at the start (the embedded PostgreSQL, or
// BENCH_DATABASE_URL), the seed plan's records, and N assignments spread over the plan's current
// agencies and tasks, due over three years, in every state. The same data for every bench, so
// their figures compare.
import { loadPlan } from '../client/plans/read-plan-file';
import { seedPlanFile } from '../config/config';
import { upsertPlanRecords } from '../data/plan-records';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres';
import { createPrismaClient } from '../prisma/client';
import { applyMigrations } from '../prisma/migrate';

export interface TBenchDatabase {
  connectionString: string;
  /** The plan's agencies that answer for work today, in the plan's order. */
  agencies: string[];
  stop(): Promise<void>;
}

/** `bench`: the script's name, for the message when BENCH_DATABASE_URL names a database that is not empty. */
export async function prepareBenchDatabase(bench: string, assignmentCount: number): Promise<TBenchDatabase> {
  const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres();
  const connectionString = process.env.BENCH_DATABASE_URL ?? embedded!.connectionString;
  await applyMigrations({ connectionString });
  const prisma = createPrismaClient({ connectionString, maxConnections: 1 });
  if ((await prisma.assignment.count()) > 0 || (await prisma.user.count()) > 0) {
    console.error(`${bench} writes its own assignments and users: BENCH_DATABASE_URL must name an empty database (a fresh one: scripts/start-postgres-server.sh <directory>).`);
    process.exit(2);
  }
  const plan = await loadPlan(seedPlanFile);
  await upsertPlanRecords(prisma, 'bench', plan);

  const agencies = plan.agencies.filter((agency) => !agency.validTo).map((agency) => agency.code);
  const tasks = await prisma.task.findMany({ where: { planId: 'bench' }, select: { id: true } });
  const states = ['assigned', 'in_progress', 'submitted', 'completed_on_time', 'completed_late', 'cancelled', 'lapsed'] as const;
  const started = performance.now();
  for (let offset = 0; offset < assignmentCount; offset += 1_000) {
    await prisma.assignment.createMany({
      data: Array.from({ length: Math.min(1_000, assignmentCount - offset) }, (_, index) => {
        const n = offset + index;
        const agency = agencies[n % agencies.length]!;
        const dueAt = new Date(Date.UTC(2025, 0, 1) + (n % 1_095) * 86_400_000 + 16 * 3_600_000);
        const state = states[n % states.length]!;
        return { id: `bench/${n}/${agency}`, taskId: tasks[n % tasks.length]!.id, period: String(dueAt.getUTCFullYear()), assigneeAsWrittenCode: agency, responsibleAgencyCode: agency, state, dueAt, completedAt: state.startsWith('completed') ? dueAt : null };
      }),
    });
  }
  console.log(`${assignmentCount} assignments over ${agencies.length} agencies written in ${Math.round(performance.now() - started)} ms`);
  // The embedded database serves one backend: the writer's connection is closed before the server's opens.
  await prisma.$disconnect();
  return { connectionString, agencies, stop: async () => void (await embedded?.stop()) };
}
