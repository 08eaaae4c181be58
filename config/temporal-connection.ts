// How dondoc connects to Temporal: plain on the embedded dev server; TLS, mutual TLS or an API
// key for a hosted cluster (Temporal Cloud uses TLS with an API key or a client certificate).
import { readFileSync } from 'node:fs';
import type { DondocConfig } from './config';
import { ConfigError } from './config';

export interface TemporalConnectionOptions {
  address: string;
  tls?: boolean | { clientCertPair?: { crt: Uint8Array; key: Uint8Array }; serverRootCACertificate?: Uint8Array };
  apiKey?: string;
}

export function temporalConnectionOptions(config: Pick<DondocConfig, 'temporalTls'>, address: string): TemporalConnectionOptions {
  const { temporalTls } = config;
  if (!temporalTls) return { address };
  const read = (path: string, variable: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new ConfigError(`${variable}=${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): give the path of a PEM file.`);
    }
  };
  const clientCertPair =
    temporalTls.certPath && temporalTls.keyPath
      ? { crt: read(temporalTls.certPath, 'TEMPORAL_TLS_CERT'), key: read(temporalTls.keyPath, 'TEMPORAL_TLS_KEY') }
      : undefined;
  const serverRootCACertificate = temporalTls.caPath ? read(temporalTls.caPath, 'TEMPORAL_TLS_CA') : undefined;
  return {
    address,
    tls: clientCertPair || serverRootCACertificate ? { clientCertPair, serverRootCACertificate } : true,
    ...(temporalTls.apiKey ? { apiKey: temporalTls.apiKey } : {}),
  };
}
