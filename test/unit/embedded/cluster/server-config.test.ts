import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { archivalUrisIn, serverConfigFiles, serviceArguments, temporalServices, type TServerConfigOptions } from '../../../../embedded/cluster/server-config';
import { webUiConfig } from '../../../../embedded/cluster/web-ui';

const options: TServerConfigOptions = {
  postgres: { host: '127.0.0.1', port: 5433, user: 'postgres', password: '' },
  historyShards: 8,
  databases: { temporal: 'temporal', visibility: 'temporal_visibility' },
  archival: archivalUrisIn('/data/cluster'),
  ports: {
    frontend: { grpc: 21001, membership: 21002, metrics: 21003 },
    history: { grpc: 21011, membership: 21012, metrics: 21013 },
    matching: { grpc: 21021, membership: 21022, metrics: 21023 },
    worker: { grpc: 21031, membership: 21032, metrics: 21033 },
  },
};

describe('the generated Temporal server config', () => {
  const files = serverConfigFiles(options);
  const base = parse(files['base.yaml']!);

  it('writes base.yaml and one file per service, nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(['base.yaml', 'frontend.yaml', 'history.yaml', 'matching.yaml', 'worker.yaml']);
  });

  it('puts both stores on the given PostgreSQL server with the postgres12 plugin and the chosen shard count', () => {
    expect(base.persistence.numHistoryShards).toBe(8);
    expect(base.persistence.datastores['postgres-default'].sql).toMatchObject({ pluginName: 'postgres12', databaseName: 'temporal', connectAddr: '127.0.0.1:5433', user: 'postgres' });
    expect(base.persistence.datastores['postgres-visibility'].sql.databaseName).toBe('temporal_visibility');
  });

  it('binds every service on loopback with its own ports, and points the cluster at the frontend', () => {
    for (const service of temporalServices) {
      expect(base.services[service].rpc).toEqual({ grpcPort: options.ports[service].grpc, membershipPort: options.ports[service].membership, bindOnLocalHost: true });
    }
    expect(base.clusterMetadata.clusterInformation.active.rpcAddress).toBe('127.0.0.1:21001');
  });

  it('gives each service process its own metrics port, so four processes can run on one machine', () => {
    const listeners = temporalServices.map((service) => parse(files[`${service}.yaml`]!).global.metrics.prometheus.listenAddress);
    expect(listeners).toEqual(['127.0.0.1:21003', '127.0.0.1:21013', '127.0.0.1:21023', '127.0.0.1:21033']);
  });

  it('archives closed workflows to files in the data directory, readable back, for every new namespace', () => {
    for (const kind of ['history', 'visibility'] as const) {
      expect(base.archival[kind]).toMatchObject({ state: 'enabled', enableRead: true, provider: { filestore: { fileMode: '0640', dirMode: '0750' } } });
    }
    expect(base.namespaceDefaults.archival).toEqual({
      history: { state: 'enabled', URI: 'file:///data/cluster/archival/history' },
      visibility: { state: 'enabled', URI: 'file:///data/cluster/archival/visibility' },
    });
    const withoutArchival = parse(serverConfigFiles({ ...options, archival: null })['base.yaml']!);
    expect(withoutArchival.archival).toBeUndefined();
    expect(withoutArchival.namespaceDefaults).toBeUndefined();
  });

  it('starts one service per process from the generated directory', () => {
    expect(serviceArguments('/data/cluster/config', 'history')).toEqual(['--root', '/data/cluster/config', '--config', '.', '--env', 'history', '--allow-no-auth', 'start', '--service', 'history']);
  });

  it('points the Web UI at the frontend, on loopback, without sign-in', () => {
    expect(webUiConfig({ frontendAddress: '127.0.0.1:21001', port: 21040, namespace: 'default' })).toMatchObject({
      temporalGrpcAddress: '127.0.0.1:21001',
      host: '127.0.0.1',
      port: 21040,
      enableUi: true,
      auth: { enabled: false },
    });
  });
});
