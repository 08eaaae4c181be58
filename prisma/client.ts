import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export type { PrismaClient } from './generated/client';

export interface PrismaClientOptions {
  connectionString: string;
  /**
   * Connections in the pool. The embedded PostgreSQL (PGlite) is a single backend that
   * interleaves the statements of concurrent connections, so two open transactions there would
   * see each other's work: it gets exactly one connection.
   */
  maxConnections?: number;
}

export function createPrismaClient({ connectionString, maxConnections = 10 }: PrismaClientOptions): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: maxConnections }) });
}
