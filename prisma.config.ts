// Used by the Prisma CLI (`prisma generate`, and `prisma migrate deploy` where the native schema
// engine exists). dondoc itself applies migrations with prisma/migrate.ts at start-up.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/dondoc' },
});
