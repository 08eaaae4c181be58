// A TCP relay between the application and a server that a test can cut and restore: while cut,
// every open connection is reset and new ones are refused, exactly what a client sees when the
// server process stops; restored, it listens again on the same port. A fault injector, not a
// mock: every byte that passes goes to the real server and back.
import net from 'node:net';
import { findFreePort } from '../../embedded/ports';

export interface TcpFaultInjector {
  port: number;
  /** Resets every open connection and stops listening (connections are then refused). */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  /** Connections opened through the relay so far. */
  connections(): number;
  stop(): Promise<void>;
}

export async function startTcpFaultInjector(target: { host: string; port: number }): Promise<TcpFaultInjector> {
  const port = await findFreePort();
  const open = new Set<net.Socket>();
  let opened = 0;
  let server: net.Server | null = null;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = net.createServer((client) => {
        opened += 1;
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          open.add(socket);
          socket.on('close', () => open.delete(socket));
          socket.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        server = next;
        resolve();
      });
    });
  const close = async () => {
    const closing = server;
    server = null;
    for (const socket of open) socket.resetAndDestroy();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };
  await listen();
  return { port, cut: close, restore: listen, connections: () => opened, stop: close };
}
