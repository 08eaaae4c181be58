// Starts the HTTP API on the configured address and says where it is.
import type { DondocConfig } from '../config/config';
import type { TAppContext } from '../client/app-context';
import { buildApiServer } from './server';

export interface TRunningApi {
  url: string;
  close(): Promise<void>;
}

export async function startApi(context: TAppContext, config: Pick<DondocConfig, 'api' | 'baseUrl'>): Promise<TRunningApi> {
  const server = await buildApiServer({ context, secureCookies: config.baseUrl.startsWith('https://') });
  try {
    await server.listen({ host: config.api.host, port: config.api.port });
  } catch (error) {
    await server.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw Object.assign(new Error(`port ${config.api.port} on ${config.api.host} is taken: set DONDOC_API_PORT to a free port (0 turns the API off in dondoc up).`), { name: 'ApiPortError' });
    }
    throw error;
  }
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error(`the API listens on ${String(address)}, not on a TCP port`);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { url: `http://${host}:${address.port}`, close: () => server.close() };
}
