// The three slow starts of a simulation besides the Temporal server, and the SDK's log level.
import { bundleWorkflowCode, DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import { upsertPlanRecords } from '../data/plan-records';
import type { TPlan } from '../domain/plan/plan';
import { createPrismaClient, type PrismaClient } from '../prisma/client';
import { applyMigrations } from '../prisma/migrate';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres';
import { workflowsPath } from '../workers/worker';

/** An in-memory PostgreSQL with the plan's registry: notices are addressed from it like real ones. */
export async function startDatabase(plan: TPlan, planId: string): Promise<{ prisma: PrismaClient; stop(): Promise<void> }> {
  const server = await startEmbeddedPostgres();
  await applyMigrations({ connectionString: server.connectionString });
  // PGlite is one backend: one connection, so that transactions do not see each other's work.
  const prisma = createPrismaClient({ connectionString: server.connectionString, maxConnections: 1 });
  await upsertPlanRecords(prisma, planId, plan);
  return {
    prisma,
    async stop() {
      await prisma.$disconnect();
      await server.stop();
    },
  };
}

export async function bundleWorkflows() {
  const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
  return bundleWorkflowCode({ workflowsPath, logger: silent });
}

/**
 * The SDK logs every worker state change and its bundler report at INFO, and warns at WARN that
 * the test server lacks a capability of newer servers; a simulation prints a progress bar and a
 * table. ERROR unless DONDOC_LOG_LEVEL says otherwise; the runtime can be set once per process,
 * so an embedding process (tests) keeps its own.
 */
export function quietTemporalLogs(): void {
  try {
    const level = (process.env.DONDOC_LOG_LEVEL?.toUpperCase() ?? 'ERROR') as LogLevel;
    Runtime.install({ logger: new DefaultLogger(level), telemetryOptions: { logging: { filter: { core: level, other: level }, forward: {} } } });
  } catch {
    // Already installed.
  }
}
