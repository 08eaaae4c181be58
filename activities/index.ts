// Activities are built from their dependencies (database, mailer, clock), so that tests pass
// real or fake ones without module mocking. Workflows import this module as types only.
import type { PrismaClient } from '../prisma/client';

export interface ActivityDependencies {
  prisma: PrismaClient;
  now: () => Date;
}

export function createActivities(_deps: ActivityDependencies) {
  return {};
}

export type Activities = ReturnType<typeof createActivities>;
