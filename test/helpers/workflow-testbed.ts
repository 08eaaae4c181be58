// Everything a workflow test runs against, in one call: a real Temporal server (time-skipping or
// dev), a migrated database with the seed registry, a real SMTP capture, and a worker running
// the production workflows and activities, with each first-time notice remembered in `sent`.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities } from '../../activities';
import { startSmtpCapture, type SmtpCapture } from '../../embedded/smtp-capture';
import { workflowsPath } from '../../workers/worker';
import { loadSeedRecords, recordingMailSender, type SentNotice } from './assignment-fixtures';
import { createTestDatabase, type TestDatabase } from './database';
import { startDevServer, startTimeSkippingServer } from './temporal';

export interface Testbed {
  env: TestWorkflowEnvironment;
  database: TestDatabase;
  capture: SmtpCapture;
  sent: SentNotice[];
  taskQueue: string;
  stop(): Promise<void>;
}

export async function startTestbed(options: { server: 'time-skipping' | 'dev'; taskQueue: string; seedRecords?: boolean }): Promise<Testbed> {
  const [env, database, capture] = await Promise.all([
    options.server === 'dev' ? startDevServer() : startTimeSkippingServer(),
    createTestDatabase(),
    mkdtemp(join(tmpdir(), 'dondoc-outbox-')).then((directory) => startSmtpCapture({ directory })),
  ]);
  if (options.seedRecords !== false) await loadSeedRecords(database.prisma);
  const sent: SentNotice[] = [];
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: options.taskQueue,
    workflowsPath,
    activities: createActivities({ prisma: database.prisma, sendNotice: recordingMailSender(database.prisma, env, capture.url, sent), temporal: env.client }),
  });
  const running = worker.run();
  return {
    env,
    database,
    capture,
    sent,
    taskQueue: options.taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
      await capture.stop();
      await database.drop();
    },
  };
}
