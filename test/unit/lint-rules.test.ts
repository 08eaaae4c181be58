import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// The sandbox rules live in eslint.config.js; these cases prove they bite where they must.
// Type-aware rules need files the TypeScript project knows, so each probe is written for a
// moment into a real source directory (a folder named after this process) and removed after.
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const probeFolders = new Set<string>();
afterAll(async () => {
  for (const folder of probeFolders) await rm(folder, { recursive: true, force: true });
});

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const folder = join(root, dirname(filePath), `lint-probe-${process.pid}`);
  probeFolders.add(folder);
  await mkdir(folder, { recursive: true });
  const file = join(folder, 'probe.ts');
  await writeFile(file, code.replaceAll("'../activities'", "'../../activities'"));
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

// The first lint builds the TypeScript program for type-aware rules: seconds, more on a busy machine.
describe('ESLint rules for the Temporal sandbox', { timeout: 60_000 }, () => {
  it.each([
    ['workflows/lint-probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'Node built-ins are not allowed'],
    ['domain/lint-probe.ts', "import { PrismaClient } from '@prisma/client';\nexport const x = PrismaClient;\n", 'No database access'],
    ['workflows/lint-probe.ts', "import nodemailer from 'nodemailer';\nexport const x = nodemailer;\n", 'No mail sending'],
    ['workflows/lint-probe.ts', "import { createActivities } from '../activities';\nexport const x = createActivities;\n", 'Import activities as types only'],
  ])('refuses in %s: %s', async (filePath, code, expected) => {
    expect((await ruleIdsFor(filePath, code)).join('\n')).toContain(expected);
  });

  it('allows activities imported as types in workflow code', async () => {
    const messages = await ruleIdsFor('workflows/lint-probe.ts', "import type { Activities } from '../activities';\nexport type X = Activities;\n");
    expect(messages).toEqual([]);
  });

  it('makes a floating promise an error', async () => {
    const messages = await ruleIdsFor('activities/lint-probe.ts', 'async function send(): Promise<void> {}\nexport function go(): void {\n  send();\n}\n');
    expect(messages.join('\n')).toContain('@typescript-eslint/no-floating-promises');
  });
});

// The layers (eslint.config.js): each folder imports only what lies under it. Probes sit two
// folders deep (<layer>/lint-probe-<pid>/probe.ts), hence '../../'.
describe('ESLint rules for the layers', { timeout: 60_000 }, () => {
  it.each([
    ['cli/lint-probe.ts', "import { createActivities } from '../../activities';\nexport const x = createActivities;\n", 'Only the worker runs activity implementations'],
    ['cli/lint-probe.ts', "import { createWorker } from '../../workers/worker';\nexport const x = createWorker;\n", 'workers/ holds process internals'],
    ['cli/lint-probe.ts', "export const load = () => import('../../workers/worker');\n", 'workers/ holds process internals'],
    ['cli/lint-probe.ts', "import { readAssignmentRows } from '../../data/assignment-rows';\nexport const x = readAssignmentRows;\n", 'Commands read data through a use-case'],
    ['client/lint-probe.ts', "import { startSystem } from '../../workers/start-system';\nexport const x = startSystem;\n", 'The application layer does not run workers'],
    ['client/lint-probe.ts', "export const load = () => import('../../activities/plans/reconcile-plan');\n", 'Only the worker runs activity implementations'],
    ['client/lint-probe.ts', "import { buildProgram } from '../../cli/program';\nexport const x = buildProgram;\n", 'Interfaces sit on top'],
    ['data/lint-probe.ts', "import { AppError } from '../../client/errors';\nexport const x = AppError;\n", 'The application layer sits above this folder'],
    ['activities/lint-probe.ts', "import { buildProgram } from '../../cli/program';\nexport const x = buildProgram;\n", 'Interfaces sit on top'],
    ['client/lint-probe.ts', "import type { TReconcilePlanResult } from '../../activities/plans/reconcile-plan';\nexport type Y = TReconcilePlanResult;\n", 'the shapes of workflow inputs and results are in contracts/'],
    ['cli/lint-probe.ts', "import type { Activities } from '../../activities';\nexport type Y = Activities;\n", 'the shapes of workflow inputs and results are in contracts/'],
    ['bench/lint-probe.ts', "import { waitUntil } from '../../test/helpers/assignment-fixtures';\nexport const x = waitUntil;\n", 'Scripts and benches do not import test code'],
  ])('refuses in %s: %s', async (filePath, code, expected) => {
    expect((await ruleIdsFor(filePath, code)).join('\n')).toContain(expected);
  });

  it('lets the CLI start the services and read types, and the application use repositories and contracts', async () => {
    expect(await ruleIdsFor('cli/lint-probe.ts', "import { startSystem } from '../../workers/start-system';\nimport type { TOutboxEntry } from '../../data/outbox';\nexport const x = startSystem;\nexport type Y = TOutboxEntry;\n")).toEqual([]);
    expect(await ruleIdsFor('client/lint-probe.ts', "import { readAssignmentRows } from '../../data/assignment-rows';\nimport { statusQuery, type TReconcilePlanResult } from '../../contracts';\nexport const x = [readAssignmentRows, statusQuery];\nexport type Y = TReconcilePlanResult;\n")).toEqual([]);
  });
});
