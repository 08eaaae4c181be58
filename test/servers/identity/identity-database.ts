// A migrated database with two agencies of the registry, and the application context the API
// would use on it, for the identity tests.
import { expect } from 'vitest';
import { createAppContext, type TAppContext } from '../../../client/app-context';
import { AppError } from '../../../client/errors';
import type { TAppActor } from '../../../client/actor';
import { loadConfig } from '../../../config/config';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';

export interface TIdentityTestbed {
  database: TestDatabase;
  context: TAppContext;
  close(): Promise<void>;
}

export async function createIdentityTestbed(): Promise<TIdentityTestbed> {
  const database = await createTestDatabase();
  await database.prisma.agency.createMany({
    data: [
      { code: 'QNG_SO_YT', nameVi: 'Sở Y tế', kind: 'department' },
      { code: 'QNG_SO_GDDT', nameVi: 'Sở Giáo dục và Đào tạo', kind: 'department' },
    ],
  });
  const context = createAppContext({ ...loadConfig({}), databaseUrl: database.connectionString });
  return {
    database,
    context,
    async close() {
      await context.close();
      await database.drop();
    },
  };
}

/** The person at the dondoc machine's terminal. */
export const operator: TAppActor = { agency: null, user: 'operator', role: 'operator' };

/** The audit log's entries about one user, oldest first. */
export async function auditOf(database: TestDatabase, login: string) {
  return database.prisma.auditEvent.findMany({ where: { subjectType: 'user', subjectId: login }, orderBy: { sequence: 'asc' } });
}

/** An instant `minutes` after `start`. */
export function later(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * 60_000);
}

/** The AppError a use-case refused with (the test fails if it did not refuse). */
export async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
