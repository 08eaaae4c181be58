import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMigrationList } from '../../prisma/migrate';
import { openDatabase, DatabaseUnavailableError } from '../../embedded/database';
import { startEmbeddedPostgres } from '../../embedded/embedded-postgres';
import { findFreePort } from '../../embedded/ports';

describe('embedded PostgreSQL', () => {
  it('persists data in the data directory across restarts, migrating only once', async () => {
    const dataDirectory = await mkdtemp(join(tmpdir(), 'dondoc-data-'));
    const first = await openDatabase({ dataDirectory });
    expect(first.embedded).toBe(true);
    const committed = (await readMigrationList()).migrationDirectories.map((folder) => folder.path);
    expect(first.appliedMigrations).toEqual(committed);
    await first.prisma.agency.create({ data: { code: 'UBND_TINH', nameVi: 'Ủy ban nhân dân tỉnh', kind: 'leadership' } });
    await first.close();

    const second = await openDatabase({ dataDirectory });
    expect(second.appliedMigrations).toEqual([]);
    expect((await second.prisma.agency.findUniqueOrThrow({ where: { code: 'UBND_TINH' } })).nameVi).toBe('Ủy ban nhân dân tỉnh');
    await second.close();
  });

  it('refuses to open a data directory that another running dondoc holds', async () => {
    const dataDirectory = await mkdtemp(join(tmpdir(), 'dondoc-data-'));
    const holder = await startEmbeddedPostgres({ dataDirectory });
    try {
      // Pretend the holder is another process: our parent's pid is alive and not us.
      await writeFile(join(dataDirectory, 'dondoc-postgres.pid'), String(process.ppid));
      await expect(startEmbeddedPostgres({ dataDirectory })).rejects.toThrow(/already in use by process .*DONDOC_DATA_DIR/s);
    } finally {
      await holder.stop();
    }
  });

  it('says which port is taken and what to set when its port is in use', async () => {
    const port = await findFreePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      await expect(startEmbeddedPostgres({ port })).rejects.toThrow(new RegExp(`Port ${port} is already in use.*DONDOC_PG_PORT.*DATABASE_URL`, 's'));
    } finally {
      blocker.close();
    }
  });

  it('reports an unreachable DATABASE_URL with what to do', async () => {
    const port = await findFreePort();
    const failure = await openDatabase({ databaseUrl: `postgresql://dondoc:secret@127.0.0.1:${port}/dondoc`, dataDirectory: tmpdir() }).catch(
      (error) => error,
    );
    expect(failure).toBeInstanceOf(DatabaseUnavailableError);
    expect(failure.message).toMatch(/Cannot reach the PostgreSQL server in DATABASE_URL/);
    expect(failure.message).toContain('ECONNREFUSED');
    expect(failure.message).not.toContain('secret');
  });
});
