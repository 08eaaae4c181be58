// The embedded PostgreSQL is one backend behind a socket (PGlite): a pool of connections there
// would interleave transactions, so it gets one. Its connection strings say what they are.

/** The application name the embedded database's connection strings carry. */
export const EMBEDDED_APPLICATION_NAME = 'dondoc-embedded';

export function isEmbeddedDatabaseUrl(connectionString: string): boolean {
  try {
    return new URL(connectionString).searchParams.get('application_name') === EMBEDDED_APPLICATION_NAME;
  } catch {
    return false;
  }
}

/** Connections for a pool: one on the embedded database, `pool` on a PostgreSQL server. */
export function poolSizeFor(connectionString: string, pool: number): number {
  return isEmbeddedDatabaseUrl(connectionString) ? 1 : pool;
}
