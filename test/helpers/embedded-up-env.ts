// The environment for a `dondoc up` started by an e2e test: its own data directory, ports that
// stay free until up binds them, and nothing external (no TEMPORAL_ADDRESS, no DATABASE_URL).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPortForLater } from '../../embedded/ports';

export async function embeddedUpEnvironment(prefix: string, extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv & Record<'DONDOC_DATA_DIR' | 'DONDOC_TEMPORAL_PORT' | 'DONDOC_TEMPORAL_UI_PORT' | 'DONDOC_API_PORT', string>> {
  return {
    DONDOC_DATA_DIR: await mkdtemp(join(tmpdir(), prefix)),
    DONDOC_TEMPORAL_PORT: String(await findPortForLater()),
    DONDOC_TEMPORAL_UI_PORT: String(await findPortForLater()),
    DONDOC_API_PORT: String(await findPortForLater()),
    TEMPORAL_ADDRESS: '',
    DATABASE_URL: '',
    // These tests read each notice's own mail right after the load (the assignment notices, an
    // acceptance): with the daily digest they would wait for the next working day's 08:30. The
    // digest has its own test on the time-skipping server (test/servers/notifications/daily-digest.test.ts).
    DONDOC_NOTICE_DIGEST: 'off',
    ...extra,
  };
}
