import { describe, expect, it } from 'vitest';
import type { LogLevel, LogMetadata } from '@temporalio/common';
import { RetryNoiseSummary } from '../../../workers/services/retry-noise';

// What core forwards while the dev server is down (seen on `dondoc up` with the server killed).
const coreRetry = [
  'gRPC call poll_workflow_task_queue retried 6 times',
  { error: 'Status { code: Unavailable, message: "tcp connect error", source: Some(ConnectError("tcp connect error", 127.0.0.1:7233, Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })) }', sdkComponent: 'core' },
] as const;

function summary() {
  const passed: [LogLevel, string, LogMetadata | undefined][] = [];
  const lines: string[] = [];
  let up = false;
  const logger = new RetryNoiseSummary({
    downstream: { log: (level: LogLevel, message: string, meta?: LogMetadata) => passed.push([level, message, meta]) } as never,
    report: (line) => lines.push(line),
    probe: async () => up,
    probeIntervalMs: 5,
  });
  return { logger, passed, lines, serverUp: () => (up = true) };
}

describe('RetryNoiseSummary', () => {
  it('prints one line when the outage begins and one when Temporal answers again, however many retries between', async () => {
    const { logger, passed, lines, serverUp } = summary();
    for (let call = 0; call < 90; call += 1) logger.warn(coreRetry[0], { ...coreRetry[1] });
    expect(lines).toEqual([
      'the worker lost its connection to Temporal (connection refused); it retries on its own, and its retry errors are not shown until the connection is back.',
    ]);
    expect(logger.inOutage).toBe(true);
    serverUp();
    for (let waited = 0; lines.length < 2 && waited < 1_000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(lines[1]).toMatch(/^the worker's connection to Temporal is back after [\d.]+ s \(89 retry message\(s\) not shown\)\.$/);
    expect(passed).toEqual([]);
    expect(logger.inOutage).toBe(false);
  });

  it('passes everything else through, with its level', () => {
    const { logger, passed, lines } = summary();
    logger.warn('Workflow bundle is large', { size: 3 });
    logger.error('Activity failed', { error: 'TypeError: x is undefined' });
    logger.info('Worker state changed', { state: 'RUNNING' });
    // A connection error at DEBUG is a developer asking for detail: not summarised.
    logger.debug('tcp connect error');
    expect(passed.map(([level, message]) => `${level} ${message}`)).toEqual([
      'WARN Workflow bundle is large',
      'ERROR Activity failed',
      'INFO Worker state changed',
      'DEBUG tcp connect error',
    ]);
    expect(lines).toEqual([]);
  });
});
