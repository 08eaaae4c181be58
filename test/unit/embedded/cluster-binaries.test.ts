import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cachedClusterBinaryPath,
  ClusterBinaryNotFoundError,
  locateClusterBinary,
  lookUpClusterBinary,
  postgresSchemaDirectory,
} from '../../../embedded/cluster-binaries';

const env = { PATH: '/opt/a:/opt/b', DONDOC_CACHE_DIR: '/var/cache/dondoc' };
/** A file system of the given executables, nothing else. */
const executables =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('Temporal server binaries: lookup order', () => {
  it('names the cached binaries after what they are, not after their Go package', () => {
    expect(cachedClusterBinaryPath('server', env)).toBe('/var/cache/dondoc/bin/temporal-server');
    expect(cachedClusterBinaryPath('sql-tool', env)).toBe('/var/cache/dondoc/bin/temporal-sql-tool');
    expect(cachedClusterBinaryPath('ui-server', env)).toBe('/var/cache/dondoc/bin/temporal-ui-server');
  });

  it('takes the explicit variable first, even when PATH and the cache have one', () => {
    const exists = executables('/srv/server', '/opt/a/temporal-server', '/var/cache/dondoc/bin/temporal-server');
    expect(lookUpClusterBinary('server', { ...env, TEMPORAL_SERVER_PATH: '/srv/server' }, exists)).toEqual({ found: '/srv/server', via: 'variable' });
  });

  it('refuses a wrong explicit path instead of silently using another binary', () => {
    const exists = executables('/opt/a/temporal-sql-tool');
    expect(() => lookUpClusterBinary('sql-tool', { ...env, TEMPORAL_SQL_TOOL_PATH: '/nowhere/sql' }, exists)).toThrow(
      'TEMPORAL_SQL_TOOL_PATH=/nowhere/sql: not an executable file',
    );
  });

  it('takes PATH (in its order) before the cache', () => {
    const exists = executables('/opt/b/temporal-server', '/var/cache/dondoc/bin/temporal-server');
    expect(lookUpClusterBinary('server', env, exists)).toEqual({ found: '/opt/b/temporal-server', via: 'path' });
    const both = executables('/opt/a/temporal-server', '/opt/b/temporal-server');
    expect(lookUpClusterBinary('server', env, both)).toEqual({ found: '/opt/a/temporal-server', via: 'path' });
  });

  it('takes the cache when nothing else has one', () => {
    const exists = executables('/var/cache/dondoc/bin/temporal-sql-tool');
    expect(lookUpClusterBinary('sql-tool', env, exists)).toEqual({ found: '/var/cache/dondoc/bin/temporal-sql-tool', via: 'cache' });
  });

  it('lists every place it looked when the binary is nowhere', () => {
    expect(lookUpClusterBinary('server', env, executables())).toEqual({
      found: null,
      attempts: ['TEMPORAL_SERVER_PATH: not set', 'PATH: no `temporal-server` executable', 'cache: /var/cache/dondoc/bin/temporal-server does not exist'],
    });
  });

  it('does not build when told only to look', async () => {
    const empty = { PATH: '/nonexistent-dondoc-path', DONDOC_CACHE_DIR: '/nonexistent-dondoc-cache' };
    const failure = await locateClusterBinary('server', { env: empty, provide: false }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ClusterBinaryNotFoundError);
    expect((failure as Error).message).toContain('TEMPORAL_SERVER_PATH to an executable');
  });

  it('finds the versioned PostgreSQL schemas in the module source', () => {
    expect(postgresSchemaDirectory('/go/mod/server@v1.29.1', 'visibility')).toBe(join('/go/mod/server@v1.29.1', 'schema', 'postgresql', 'v12', 'visibility', 'versioned'));
  });
});
