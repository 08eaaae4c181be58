// Temporal's workflow sandbox replays code deterministically: workflow and domain code must not
// reach Node built-ins, the database, the mailer or activity implementations. These rules make
// such an import a lint error instead of a failure found at bundle or replay time.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`]);

const sandboxRestrictions = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not allowed in workflow or domain code (Temporal sandbox): move the side effect into an activity.' })),
  ],
  patterns: [
    { group: ['@prisma/*', '**/prisma/generated/**', 'pg', '@electric-sql/*'], message: 'No database access in workflow or domain code: use an activity.' },
    { group: ['nodemailer', 'nodemailer/*'], message: 'No mail sending in workflow or domain code: use an activity.' },
    { group: ['@temporalio/worker', '@temporalio/client', '@temporalio/activity', '@temporalio/testing'], message: 'Workflow code may import only @temporalio/workflow and @temporalio/common.' },
    { group: ['**/activities', '**/activities/*', '../activities/**'], allowTypeImports: true, message: 'Import activities as types only (proxyActivities<typeof …>).' },
  ],
};

// The layers (README, Architecture): interfaces (cli/, api/, web/) are thin over the application layer
// (client/), which reads through the repositories (data/) and talks to the workflows through
// contracts/; activities do the side effects. Each folder may import only what lies under it.
/** A relative import of a top-level folder of ours, e.g. '../../client/errors' (not 'prisma/client' or '@temporalio/client'). */
const folder = (name, rest = '(/|$)') => `^(\\.\\./)+${name}${rest}`;
const activitiesAsTypes = { regex: folder('activities'), allowTypeImports: true, message: 'Only the worker runs activity implementations: call a use-case in client/ (or a repository in data/) instead.' };
/** Above the worker not even a type comes from an activity: the shapes workflows take and return live in contracts/. */
const noActivities = { regex: folder('activities'), message: 'Only the worker runs activity implementations: call a use-case in client/ (or a repository in data/) instead; the shapes of workflow inputs and results are in contracts/.' };
const noWorkerInternals = { regex: folder('workers', '/(?!start-system$)'), message: 'workers/ holds process internals: use client/ (or workers/start-system to run the services).' };
const noWorkers = { regex: folder('workers'), message: 'The application layer does not run workers: it reaches Temporal and the database through client/connections.' };
const noInterfaces = { regex: folder('cli'), message: 'Interfaces sit on top: nothing below them imports cli/.' };
const noApplication = { regex: folder('client'), message: 'The application layer sits above this folder: move the shared code down (data/, domain/, contracts/).' };
const noTests = { regex: folder('test'), message: 'Scripts and benches do not import test code: move what they share into the source tree.' };
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });
/** Dynamic import() is not seen by no-restricted-imports: the same boundaries for it. */
const noDynamic = (pattern, message) => ({ selector: `ImportExpression[source.value=/${pattern}/]`, message });

export default tseslint.config(
  { ignores: ['node_modules/**', 'prisma/generated/**', 'scratch/**', '.dondoc/**', 'dist/**', 'dist.next-*/**', 'dist.old-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['workflows/**/*.ts', 'domain/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', sandboxRestrictions] },
  },
  {
    files: ['cli/**/*.ts', 'api/**/*.ts', 'web/**/*.ts'],
    rules: {
      ...restrict(noActivities, noWorkerInternals, { regex: folder('data'), allowTypeImports: true, message: 'Commands read data through a use-case in client/, not the repositories.' }),
      'no-restricted-syntax': ['error', noDynamic('\\/workers\\/(?!start-system)', noWorkerInternals.message), noDynamic('\\/activities\\/', activitiesAsTypes.message), noDynamic('\\/data\\/', 'Commands read data through a use-case in client/.')],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      ...restrict(noActivities, noWorkers, noInterfaces),
      'no-restricted-syntax': ['error', noDynamic('\\/workers\\/', noWorkers.message), noDynamic('\\/activities\\/', activitiesAsTypes.message), noDynamic('\\/cli\\/', noInterfaces.message)],
    },
  },
  { files: ['data/**/*.ts'], rules: restrict(activitiesAsTypes, noWorkers, noInterfaces, noApplication) },
  { files: ['activities/**/*.ts', 'contracts/**/*.ts', 'config/**/*.ts', 'embedded/**/*.ts'], rules: restrict(noInterfaces, noApplication) },
  { files: ['scripts/**/*.ts', 'scripts/**/*.js', 'bench/**/*.ts'], rules: restrict(noTests) },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
