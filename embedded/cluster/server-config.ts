// The Temporal server's configuration for a local cluster (#15), as the files the server reads:
// `base.yaml` shared by every service, and one `<service>.yaml` each. The server loads
// `base.yaml` then `<env>.yaml` from its config directory (`--env <service>`), so the one thing
// that must differ between four processes on one machine, the metrics port, sits in the
// service's own file. Modelled on the module's config/development-postgres12.yaml.
import { stringify } from 'yaml';

export const temporalServices = ['frontend', 'history', 'matching', 'worker'] as const;
export type TTemporalService = (typeof temporalServices)[number];

export interface TServicePorts {
  grpc: number;
  membership: number;
  /** Prometheus metrics at http://127.0.0.1:<metrics>/metrics. */
  metrics: number;
}

export interface TPostgresEndpoint {
  host: string;
  port: number;
  user: string;
  password: string;
}

export interface TServerConfigOptions {
  postgres: TPostgresEndpoint;
  /**
   * Fixed for the life of the cluster: the number of history shards cannot be changed once the
   * databases hold data. 4 suits one machine; a production cluster picks 512 or more up front.
   */
  historyShards: number;
  ports: Record<TTemporalService, TServicePorts>;
  databases: { temporal: string; visibility: string };
  /**
   * Where closed workflows' histories and visibility records are archived (file:// URIs): a copy
   * that outlives the namespace's retention. Null: archival off.
   */
  archival: TArchivalUris | null;
}

export interface TArchivalUris {
  history: string;
  visibility: string;
}

/** The archive of a cluster whose data directory is `directory`: files under <directory>/archival. */
export function archivalUrisIn(directory: string): TArchivalUris {
  return { history: `file://${directory}/archival/history`, visibility: `file://${directory}/archival/visibility` };
}

/** Connections per Temporal service process: 4 processes × 20 stay inside PostgreSQL's default 100 with dondoc's pools. */
const maxConnsPerService = 20;

export function baseServerConfig(options: TServerConfigOptions): Record<string, unknown> {
  const datastore = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${options.postgres.host}:${options.postgres.port}`,
      connectProtocol: 'tcp',
      user: options.postgres.user,
      password: options.postgres.password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const service = (name: TTemporalService) => ({
    rpc: { grpcPort: options.ports[name].grpc, membershipPort: options.ports[name].membership, bindOnLocalHost: true },
  });
  return {
    log: { stdout: true, level: 'warn' },
    persistence: {
      defaultStore: 'postgres-default',
      visibilityStore: 'postgres-visibility',
      numHistoryShards: options.historyShards,
      datastores: {
        'postgres-default': datastore(options.databases.temporal, maxConnsPerService),
        // Visibility answers list and count queries: few at a time (the module's sample gives it 2).
        'postgres-visibility': datastore(options.databases.visibility, 5),
      },
    },
    global: {
      // A service that cannot join the ring within this time exits instead of serving half a cluster.
      membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' },
    },
    services: Object.fromEntries(temporalServices.map((name) => [name, service(name)])),
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: {
        active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: `127.0.0.1:${options.ports.frontend.grpc}` },
      },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    ...(options.archival ? archivalConfig(options.archival) : {}),
  };
}

/**
 * Temporal's archival to the file store: each closed workflow's history (and its visibility
 * record) is written under the URI a few minutes after it closes (the history service's
 * archival queue waits history.archivalProcessorArchiveDelay, 5 minutes), and read back
 * (enableRead) once retention has deleted it from PostgreSQL. New namespaces get it by
 * default; an existing one keeps its own archival state.
 */
function archivalConfig(uris: TArchivalUris): Record<string, unknown> {
  const fileStore = { filestore: { fileMode: '0640', dirMode: '0750' } };
  return {
    archival: {
      history: { state: 'enabled', enableRead: true, provider: fileStore },
      visibility: { state: 'enabled', enableRead: true, provider: fileStore },
    },
    namespaceDefaults: {
      archival: {
        history: { state: 'enabled', URI: uris.history },
        visibility: { state: 'enabled', URI: uris.visibility },
      },
    },
  };
}

/** What one service's process adds to base.yaml: its own metrics listener. */
export function serviceServerConfig(ports: TServicePorts): Record<string, unknown> {
  return {
    global: {
      membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' },
      metrics: { prometheus: { framework: 'tally', timerType: 'histogram', listenAddress: `127.0.0.1:${ports.metrics}` } },
    },
  };
}

/** The files of the config directory, by name. */
export function serverConfigFiles(options: TServerConfigOptions): Record<string, string> {
  const header = '# Generated by `dondoc cluster up` (#15); written again at every start.\n';
  return {
    'base.yaml': header + stringify(baseServerConfig(options)),
    ...Object.fromEntries(temporalServices.map((name) => [`${name}.yaml`, header + stringify(serviceServerConfig(options.ports[name]))])),
  };
}

/** The command line that starts one service from the generated config directory. */
export function serviceArguments(configDirectory: string, service: TTemporalService): string[] {
  return ['--root', configDirectory, '--config', '.', '--env', service, '--allow-no-auth', 'start', '--service', service];
}
