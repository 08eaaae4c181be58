import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../config/config';
import { temporalConnectionOptions } from '../../../config/temporal-connection';

const cluster = { TEMPORAL_ADDRESS: 'dondoc.a1b2c.tmprl.cloud:7233', TEMPORAL_NAMESPACE: 'dondoc.a1b2c' };

describe('connecting to a hosted Temporal cluster', () => {
  it('connects plainly to the embedded dev server when nothing is set', () => {
    const config = loadConfig({});
    expect(config.temporalTls).toBeNull();
    expect(temporalConnectionOptions(config, '127.0.0.1:7233')).toEqual({ address: '127.0.0.1:7233' });
  });

  it('uses TLS with an API key', () => {
    const config = loadConfig({ ...cluster, TEMPORAL_API_KEY: 'secret-key' });
    expect(temporalConnectionOptions(config, cluster.TEMPORAL_ADDRESS)).toEqual({ address: cluster.TEMPORAL_ADDRESS, tls: true, apiKey: 'secret-key' });
  });

  it('uses mutual TLS with a client certificate and key read from files', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'dondoc-tls-'));
    await writeFile(join(directory, 'client.pem'), 'CERT');
    await writeFile(join(directory, 'client.key'), 'KEY');
    const config = loadConfig({ ...cluster, TEMPORAL_TLS_CERT: join(directory, 'client.pem'), TEMPORAL_TLS_KEY: join(directory, 'client.key') });
    const options = temporalConnectionOptions(config, cluster.TEMPORAL_ADDRESS);
    expect(options.tls).toMatchObject({ clientCertPair: { crt: Buffer.from('CERT'), key: Buffer.from('KEY') } });
  });

  it.each([
    [{ ...cluster, TEMPORAL_TLS_CERT: '/x/client.pem' }, 'Set TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY together'],
    [{ TEMPORAL_API_KEY: 'k' }, 'set TEMPORAL_ADDRESS too'],
    [{ ...cluster, TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'k' }, 'TEMPORAL_TLS=false contradicts'],
    [{ ...cluster, TEMPORAL_TLS: 'yes' }, 'TEMPORAL_TLS="yes": expected true or false'],
  ])('refuses contradictory settings %#', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('says which certificate file cannot be read', () => {
    const config = loadConfig({ ...cluster, TEMPORAL_TLS_CERT: '/nowhere/client.pem', TEMPORAL_TLS_KEY: '/nowhere/client.key' });
    expect(() => temporalConnectionOptions(config, cluster.TEMPORAL_ADDRESS)).toThrow('TEMPORAL_TLS_CERT=/nowhere/client.pem cannot be read (ENOENT)');
  });
});
