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

export default tseslint.config(
  { ignores: ['node_modules/**', 'prisma/generated/**', 'scratch/**', '.dondoc/**'] },
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
    files: ['**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
