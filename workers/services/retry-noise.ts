// While Temporal is unreachable the SDK's core logs every failed poll and call — about three
// lines a second per worker, for as long as the outage lasts. This logger sits between the SDK
// and the terminal: the first connection error of an outage prints one line, the rest are
// counted, and one line says when the server answers again. Everything else passes through.
import type { Logger, LogLevel, LogMetadata } from '@temporalio/common';

/** What a connection failure looks like in core's and the SDK's messages (tonic, gRPC, the OS). */
const connectionFailure =
  /\bUnavailable\b|tcp connect error|Connection refused|connection reset|broken pipe|transport error|DeadlineExceeded|Deadline Exceeded|ECONNREFUSED|ECONNRESET|failed to connect|error trying to connect|retried \d+ times|h2 protocol error|connection closed|Timeout expired/i;

export interface RetryNoiseOptions {
  /** Receives everything that is not retry noise. */
  downstream: Logger;
  /** Prints one line for the operator (the outage began, it ended). */
  report: (message: string) => void;
  /** Resolves true when Temporal answers; asked every `probeIntervalMs` during an outage. */
  probe?: () => Promise<boolean>;
  /** Once a second: a restarted dev server answers within a second or two, and a probe is one cheap call. */
  probeIntervalMs?: number;
  now?: () => number;
}

export class RetryNoiseSummary implements Logger {
  private outage: { since: number; hidden: number; probing: ReturnType<typeof setInterval> | null } | null = null;
  private probe: (() => Promise<boolean>) | undefined;
  private asking: Promise<unknown> | null = null;

  constructor(private readonly options: RetryNoiseOptions) {
    this.probe = options.probe;
  }

  /** The worker's Temporal: how to tell that an outage is over. */
  watch(probe: () => Promise<boolean>): void {
    this.probe = probe;
  }

  /** True while connection errors are being counted instead of printed. */
  get inOutage(): boolean {
    return this.outage !== null;
  }

  log(level: LogLevel, message: string, meta?: LogMetadata): void {
    if ((level === 'WARN' || level === 'ERROR') && isConnectionFailure(message, meta)) {
      this.countFailure(message, meta);
      return;
    }
    this.options.downstream.log(level, message, meta);
  }

  trace(message: string, meta?: LogMetadata): void {
    this.log('TRACE', message, meta);
  }
  debug(message: string, meta?: LogMetadata): void {
    this.log('DEBUG', message, meta);
  }
  info(message: string, meta?: LogMetadata): void {
    this.log('INFO', message, meta);
  }
  warn(message: string, meta?: LogMetadata): void {
    this.log('WARN', message, meta);
  }
  error(message: string, meta?: LogMetadata): void {
    this.log('ERROR', message, meta);
  }

  /**
   * Stops probing (the worker is shutting down) and waits for a probe in flight: the connection
   * it uses is closed next, and a call still retrying on a closed connection throws from a timer.
   */
  async stopProbing(): Promise<void> {
    this.probe = undefined;
    if (this.outage?.probing) clearInterval(this.outage.probing);
    this.outage = null;
    await this.asking;
  }

  private countFailure(message: string, meta?: LogMetadata): void {
    if (this.outage) {
      this.outage.hidden += 1;
      return;
    }
    const now = this.options.now ?? Date.now;
    this.outage = { since: now(), hidden: 0, probing: null };
    this.options.report(
      `the worker lost its connection to Temporal (${shortReason(message, meta)}); it retries on its own, and its retry errors are not shown until the connection is back.`,
    );
    const probe = this.probe;
    if (!probe) return;
    const outage = this.outage;
    outage.probing = setInterval(() => {
      if (this.asking) return;
      this.asking = probe()
        .catch(() => false)
        .then((answered) => {
          this.asking = null;
          if (!answered || this.outage !== outage) return;
          clearInterval(outage.probing!);
          this.outage = null;
          const seconds = Number(((now() - outage.since) / 1_000).toFixed(1));
          this.options.report(`the worker's connection to Temporal is back after ${seconds} s (${outage.hidden} retry message(s) not shown).`);
        });
    }, this.options.probeIntervalMs ?? 1_000);
    // The summary must not keep the process alive on its own.
    outage.probing.unref();
  }
}

function isConnectionFailure(message: string, meta?: LogMetadata): boolean {
  if (connectionFailure.test(message)) return true;
  const error: unknown = meta?.error ?? meta?.err ?? meta?.failure;
  return error !== undefined && connectionFailure.test(typeof error === 'string' ? error : error instanceof Error ? error.message : JSON.stringify(error));
}

/** The kernel of the first error, not core's whole Status { … } dump. */
function shortReason(message: string, meta?: LogMetadata): string {
  const text = `${message} ${typeof meta?.error === 'string' ? meta.error : meta?.error instanceof Error ? meta.error.message : ''}`;
  for (const known of ['Connection refused', 'tcp connect error', 'connection reset', 'broken pipe', 'Deadline Exceeded', 'DeadlineExceeded', 'Unavailable']) {
    if (text.toLowerCase().includes(known.toLowerCase())) return known.toLowerCase();
  }
  return message.length > 80 ? `${message.slice(0, 77)}…` : message;
}
