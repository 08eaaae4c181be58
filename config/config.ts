// dondoc's configuration, read from the environment and validated once at start-up. With
// nothing set, everything runs embedded on this machine; each variable swaps one embedded
// service for an external one.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from './config-error';
import { oidcSettings, ZOidcEnvironment, type TOidcSettings } from './oidc';
import { projectPath } from './project-root';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);

export const ZConfig = z.object({
  /** host:port of a Temporal frontend; unset = start the Temporal CLI dev server. */
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'expected host:port, e.g. temporal.example.org:7233')
    .optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  /** A hosted cluster: TLS on (implied by an API key or a client certificate). */
  TEMPORAL_TLS: z.enum(['true', 'false'], 'expected true or false').optional(),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS_CERT: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS_CA: z.string().min(1).optional(),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('dondoc'),
  /** postgresql://… of a PostgreSQL server; unset = embedded PostgreSQL in the data directory. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgresql:// URL, e.g. postgresql://dondoc:secret@db.example.org:5432/dondoc')
    .optional(),
  /** Connections each process keeps to a PostgreSQL server (the embedded database always gets one). */
  DONDOC_DATABASE_POOL: z.coerce.number().int().min(1, 'at least 1 connection').max(200, 'at most 200 connections: PostgreSQL serves 100 by default').default(10),
  /** Workflows the worker keeps in memory between their tasks; see DEFAULT_WORKER_CACHED_WORKFLOWS. */
  DONDOC_WORKER_CACHED_WORKFLOWS: z.coerce
    .number('expected a whole number of workflows, e.g. 5000')
    .int('expected a whole number of workflows, e.g. 5000')
    .min(2, 'at least 2: the Temporal SDK keeps two workflows in memory at the least')
    .max(1_000_000, 'at most 1000000: more needs more memory than one worker process should hold')
    .default(() => DEFAULT_WORKER_CACHED_WORKFLOWS),
  /** host:port where the worker serves the Temporal SDK's Prometheus metrics (/metrics); unset = no metrics endpoint. */
  DONDOC_WORKER_METRICS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'expected host:port to serve the worker metrics on, e.g. 127.0.0.1:9464')
    .optional(),
  /** smtp:// or smtps:// (user:password@host:port) of a mail server; unset = local capture into the outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'expected an smtp:// or smtps:// URL, e.g. smtps://dondoc:secret@mail.example.org:465')
    .optional(),
  DONDOC_MAIL_FROM: z.email('expected the sender address, e.g. dondoc@soyt.example').default('dondoc@dondoc.invalid'),
  DONDOC_BASE_URL: z.url('expected the web address of dondoc, e.g. https://dondoc.example.org').default('http://127.0.0.1:3000'),
  /** `daily`: routine notices go out in one digest per agency and working day (#12); `off`: each notice is mailed at once. */
  DONDOC_NOTICE_DIGEST: z.enum(['daily', 'off'], { error: 'expected daily (one digest per agency and working day) or off (every notice mailed at once)' }).default('daily'),
  /** The plan `dondoc up` loads; `none` loads nothing. */
  DONDOC_PLAN: z.string().min(1).optional(),
  DONDOC_DATA_DIR: z.string().min(1).optional(),
  DONDOC_TEMPORAL_PORT: port.default(7233),
  DONDOC_TEMPORAL_UI_PORT: port.default(8233),
  /** The Temporal Web UI that the auditors' room links to for a workflow's raw history; unset = the embedded dev server's UI on this machine. */
  DONDOC_TEMPORAL_UI_URL: z.url('expected the web address of the Temporal Web UI, e.g. https://temporal.example.org').optional(),
  DONDOC_PG_PORT: port.optional(),
  /** Where the HTTP API listens: loopback by default, so nothing is exposed until a proxy (with TLS) is put in front. */
  DONDOC_API_HOST: z.string().min(1).default('127.0.0.1'),
  /** 0 turns the API off in `dondoc up`. */
  DONDOC_API_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** Requests a minute the API answers one client address before 429 (per server instance). */
  DONDOC_API_RATE_LIMIT: z.coerce.number().int().min(10, 'at least 10 requests a minute: a page of the web app makes several').max(1_000_000).default(1_200),
  ...ZOidcEnvironment.shape,
});

/**
 * Workflows the worker keeps in memory, so that a reminder or an update runs at once instead of
 * replaying the workflow's history first. bench/worker-memory.ts measured 2.2–2.5 MB of RSS per
 * cached assignment workflow (1.6 MB of it the workflows thread's V8 heap: the SDK evaluates the
 * bundle's modules again for each workflow). Budget: about 2.5 GB for the cache, so 1,000
 * workflows × 2.5 MB ≈ 2.5 GB on top of the idle worker's ~450 MB, and 1.6 GB of heap, well
 * inside V8's 4 GB limit (the SDK's own default, ~2,300 here, assumes 1.7 MB of heap each and
 * would fill it). A workflow evicted from the cache is not lost: its next task replays its history.
 */
export const DEFAULT_WORKER_CACHED_WORKFLOWS = 1_000;

export interface DondocConfig {
  temporalAddress?: string;
  namespace: string;
  taskQueue: string;
  /** Null: plain connection (the embedded dev server). */
  temporalTls: { apiKey?: string; certPath?: string; keyPath?: string; caPath?: string } | null;
  databaseUrl?: string;
  /** Pool size for a PostgreSQL server. */
  databasePool?: number;
  /** Workflows the worker keeps in memory between their tasks (the Temporal SDK's maxCachedWorkflows). */
  workerCachedWorkflows: number;
  /** host:port of the worker's Prometheus endpoint (the SDK's metrics); unset = none. */
  workerMetricsAddress?: string;
  smtpUrl?: string;
  mailFrom: string;
  baseUrl: string;
  /** Routine notices gathered in one digest per agency and working day (default) or mailed at once. */
  noticeDigest: 'daily' | 'off';
  dataDirectory: string;
  /** Null: load no plan at start-up. */
  planFile: string | null;
  temporalPort: number;
  temporalUiPort: number;
  /** The Temporal Web UI, without a trailing slash: `${temporalUiUrl}/namespaces/<namespace>/workflows/<workflowId>` is a workflow's raw history. */
  temporalUiUrl: string;
  embeddedPostgresPort?: number;
  /** rateLimitPerMinute: requests a minute from one client address, per server instance. */
  api: { host: string; port: number; rateLimitPerMinute?: number };
  /** Null: single sign-on is off (DONDOC_OIDC_ISSUER unset). */
  oidc: TOidcSettings | null;
}

/** The seed plan shipped with dondoc: what `dondoc up` runs when nothing else is said. */
export const seedPlanFile = projectPath('plans', 'ke-hoach-135-tre-em.yaml');

export { ConfigError } from './config-error';

/** The default data directory follows the XDG convention: ~/.local/share/dondoc. */
export function defaultDataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'dondoc');
}

/** Variables whose value a message about them must not repeat. */
const secretVariables = ['TEMPORAL_API_KEY', 'DONDOC_OIDC_CLIENT_SECRET'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): DondocConfig {
  // An empty variable means "not set", as in most shells' `VAR= command` idiom.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = ZConfig.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const shown = secretVariables.includes(name) ? '(hidden)' : JSON.stringify(env[name] ?? '');
      return `  ${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join('\n')}\nCorrect or unset these variables (see README.md, Configuration).`);
  }
  const value = parsed.data;
  if (Boolean(value.TEMPORAL_TLS_CERT) !== Boolean(value.TEMPORAL_TLS_KEY)) {
    throw new ConfigError('Set TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY together (the client certificate and its private key), or neither.');
  }
  const wantsTls = value.TEMPORAL_TLS === 'true' || Boolean(value.TEMPORAL_API_KEY || value.TEMPORAL_TLS_CERT || value.TEMPORAL_TLS_CA);
  if (wantsTls && value.TEMPORAL_TLS === 'false') {
    throw new ConfigError('TEMPORAL_TLS=false contradicts TEMPORAL_API_KEY / TEMPORAL_TLS_CERT / TEMPORAL_TLS_CA: remove one of them.');
  }
  if (wantsTls && !value.TEMPORAL_ADDRESS) {
    throw new ConfigError('TLS and API-key settings are for a Temporal cluster: set TEMPORAL_ADDRESS too (the embedded dev server is plain).');
  }
  return {
    temporalTls: wantsTls
      ? { apiKey: value.TEMPORAL_API_KEY, certPath: value.TEMPORAL_TLS_CERT, keyPath: value.TEMPORAL_TLS_KEY, caPath: value.TEMPORAL_TLS_CA }
      : null,
    temporalAddress: value.TEMPORAL_ADDRESS,
    namespace: value.TEMPORAL_NAMESPACE,
    taskQueue: value.TEMPORAL_TASK_QUEUE,
    databaseUrl: value.DATABASE_URL,
    databasePool: value.DONDOC_DATABASE_POOL,
    workerCachedWorkflows: value.DONDOC_WORKER_CACHED_WORKFLOWS,
    workerMetricsAddress: value.DONDOC_WORKER_METRICS,
    smtpUrl: value.SMTP_URL,
    mailFrom: value.DONDOC_MAIL_FROM,
    baseUrl: value.DONDOC_BASE_URL,
    noticeDigest: value.DONDOC_NOTICE_DIGEST,
    dataDirectory: resolve(value.DONDOC_DATA_DIR ?? defaultDataDirectory(env)),
    planFile: value.DONDOC_PLAN === 'none' ? null : resolve(value.DONDOC_PLAN ?? seedPlanFile),
    temporalPort: value.DONDOC_TEMPORAL_PORT,
    temporalUiPort: value.DONDOC_TEMPORAL_UI_PORT,
    temporalUiUrl: (value.DONDOC_TEMPORAL_UI_URL ?? `http://127.0.0.1:${value.DONDOC_TEMPORAL_UI_PORT}`).replace(/\/+$/, ''),
    embeddedPostgresPort: value.DONDOC_PG_PORT,
    api: { host: value.DONDOC_API_HOST, port: value.DONDOC_API_PORT, rateLimitPerMinute: value.DONDOC_API_RATE_LIMIT },
    oidc: oidcSettings(value, { baseUrlSet: present.DONDOC_BASE_URL !== undefined }),
  };
}
