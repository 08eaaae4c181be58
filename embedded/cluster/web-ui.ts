// The Temporal Web UI for a local cluster: the ui-server binary (its own Go module) pointed at
// the frontend, on a loopback port. The cluster runs without it when it cannot be provided: the
// UI is for looking, nothing in dondoc depends on it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ManagedProcess, waitForPort } from './managed-process';

export function webUiConfig(options: { frontendAddress: string; port: number; namespace: string }): Record<string, unknown> {
  return {
    temporalGrpcAddress: options.frontendAddress,
    host: '127.0.0.1',
    port: options.port,
    enableUi: true,
    defaultNamespace: options.namespace,
    // Loopback only, no sign-in: what the dev server's UI offers too.
    auth: { enabled: false },
    cors: { cookieInsecure: true, allowOrigins: [`http://127.0.0.1:${options.port}`] },
    notifyOnNewVersion: false,
  };
}

export async function startWebUi(options: { executable: string; directory: string; log: string; frontendAddress: string; port: number; namespace: string }): Promise<ManagedProcess> {
  const configDirectory = join(options.directory, 'ui-config');
  await mkdir(configDirectory, { recursive: true });
  await writeFile(join(configDirectory, 'ui.yaml'), stringify(webUiConfig(options)));
  const process = new ManagedProcess({ name: 'temporal-ui', command: options.executable, args: ['--root', options.directory, '--config', 'ui-config', '--env', 'ui', 'start'], log: options.log });
  process.start();
  await waitForPort(options.port, { process, timeoutMs: 60_000, what: 'the Temporal Web UI' });
  return process;
}
