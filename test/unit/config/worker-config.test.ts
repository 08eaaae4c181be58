import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_WORKER_CACHED_WORKFLOWS, loadConfig } from '../../../config/config';

describe('DONDOC_WORKER_CACHED_WORKFLOWS', () => {
  it('keeps the measured default unless set', () => {
    expect(loadConfig({}).workerCachedWorkflows).toBe(DEFAULT_WORKER_CACHED_WORKFLOWS);
    expect(loadConfig({ DONDOC_WORKER_CACHED_WORKFLOWS: '' }).workerCachedWorkflows).toBe(DEFAULT_WORKER_CACHED_WORKFLOWS);
    expect(loadConfig({ DONDOC_WORKER_CACHED_WORKFLOWS: '20000' }).workerCachedWorkflows).toBe(20_000);
    expect(loadConfig({ DONDOC_WORKER_CACHED_WORKFLOWS: '2' }).workerCachedWorkflows).toBe(2);
  });

  it('refuses what the worker cannot use, saying what it expected', () => {
    for (const [value, expected] of [
      ['many', /DONDOC_WORKER_CACHED_WORKFLOWS="many": expected a whole number of workflows/],
      ['2.5', /DONDOC_WORKER_CACHED_WORKFLOWS="2.5": expected a whole number of workflows/],
      ['1', /DONDOC_WORKER_CACHED_WORKFLOWS="1": at least 2/],
      ['0', /at least 2/],
      ['-5', /at least 2/],
      ['2000000', /at most 1000000/],
    ] as const) {
      expect(() => loadConfig({ DONDOC_WORKER_CACHED_WORKFLOWS: value })).toThrow(ConfigError);
      expect(() => loadConfig({ DONDOC_WORKER_CACHED_WORKFLOWS: value })).toThrow(expected);
    }
  });
});

describe('DONDOC_WORKER_METRICS', () => {
  it('serves no metrics unless set, and takes a host:port', () => {
    expect(loadConfig({}).workerMetricsAddress).toBeUndefined();
    expect(loadConfig({ DONDOC_WORKER_METRICS: '' }).workerMetricsAddress).toBeUndefined();
    expect(loadConfig({ DONDOC_WORKER_METRICS: '127.0.0.1:9464' }).workerMetricsAddress).toBe('127.0.0.1:9464');
  });

  it('refuses an address without a port, saying what it expected', () => {
    for (const value of ['9464', 'http://127.0.0.1:9464', '127.0.0.1']) {
      expect(() => loadConfig({ DONDOC_WORKER_METRICS: value })).toThrow(/DONDOC_WORKER_METRICS=.*expected host:port to serve the worker metrics on/);
    }
  });
});
