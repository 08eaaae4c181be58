// The embedded mail server used when SMTP_URL is not set: a real SMTP server on the loopback
// interface that stores every message it receives as an .eml file in the outbox directory,
// instead of delivering it. `dondoc outbox` reads that directory back.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { listMessageIds, messageIdPart, outboxDirectoryOf, safeName } from '../data/outbox';

export { outboxDirectoryOf };
export { createMailTransport } from '../activities/notices';

export interface SmtpCaptureOptions {
  /** The outbox: `<data dir>/outbox` under `dondoc up`. Created if missing. */
  directory: string;
  /** Omitted or 0: any free port. */
  port?: number;
  /** Called for every message received, stored or dropped as a duplicate (tests count them). */
  onMessage?: (event: TCaptureEvent) => void;
}

export interface TCaptureEvent {
  messageId: string;
  /** The outbox id it is stored under (for a duplicate, the copy stored before). */
  id: string;
  duplicate: boolean;
}

export interface SmtpCapture {
  url: string;
  port: number;
  directory: string;
  stop(): Promise<void>;
}


export class SmtpCaptureError extends Error {
  override name = 'SmtpCaptureError';
}

/** Notices are about 30 kB; 25 MB is the usual limit of mail servers and more than enough. */
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
/** Ctrl-C should not wait for an idle client: open sessions get this long to finish. */
const CLOSE_TIMEOUT_MS = 2_000;

export async function startSmtpCapture({ directory, port = 0, onMessage }: SmtpCaptureOptions): Promise<SmtpCapture> {
  await mkdir(directory, { recursive: true });
  // The Message-ID is derived from the notice's idempotency key: a second copy of a notice (a
  // crash after the server took it, before the ledger recorded it) is dropped here, as a
  // careful receiver would, and the outbox shows each notice once.
  const stored = new Map<string, string>();
  for (const id of await listMessageIds(directory)) stored.set(messageIdPart(id), id);

  const store = async (raw: Buffer): Promise<TCaptureEvent> => {
    const messageId = readMessageId(raw) ?? `<${randomBytes(16).toString('hex')}@dondoc-outbox>`;
    const key = safeName(messageId);
    const known = stored.get(key);
    if (known) return { messageId, id: known, duplicate: true };
    const id = `${new Date().toISOString().replace(/:/g, '-')}-${key}`;
    stored.set(key, id);
    const temporary = join(directory, `.${id}.${process.pid}.tmp`);
    try {
      // Written aside, then renamed: a reader never sees half a message.
      await writeFile(temporary, raw);
      await rename(temporary, join(directory, `${id}.eml`));
    } catch (error) {
      // Not stored: the sender gets a 451 and retries, and the retry must not count as a copy.
      stored.delete(key);
      throw error;
    }
    return { messageId, id, duplicate: false };
  };

  const server = new SMTPServer({
    name: 'dondoc-outbox',
    banner: 'dondoc outbox: messages are stored, not delivered',
    logger: false,
    disableReverseLookup: true,
    // Loopback only and nothing is delivered: no TLS to set up, any credentials are accepted,
    // so an SMTP_URL with a user and password works against the capture too.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    size: MAX_MESSAGE_BYTES,
    closeTimeout: CLOSE_TIMEOUT_MS,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'dondoc' });
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error('Message too large for the outbox'), { responseCode: 552 }));
        store(Buffer.concat(chunks)).then(
          (event) => {
            onMessage?.(event);
            callback(null, event.duplicate ? `Duplicate of ${event.id}, not stored again` : `Stored as ${event.id}`);
          },
          (error: Error) => callback(Object.assign(error, { responseCode: 451 })),
        );
      });
    },
  });

  const boundPort = await new Promise<number>((resolve, reject) => {
    let listening = false;
    // Before listening, an error is the port: fail the start. After, it is one client's
    // connection (a sender killed mid-message resets it): that message was not accepted, its
    // sender retries, and the capture carries on.
    server.on('error', (error: NodeJS.ErrnoException) => {
      if (listening) return;
      reject(new SmtpCaptureError(`The embedded SMTP server could not listen on 127.0.0.1:${port} (${error.code ?? error.message}). Free the port, choose another, or set SMTP_URL to use a real mail server.`));
    });
    server.listen(port, '127.0.0.1', () => {
      listening = true;
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });

  return {
    url: `smtp://127.0.0.1:${boundPort}`,
    port: boundPort,
    directory,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Message-ID header of a raw message, read from its header block only. */
function readMessageId(raw: Buffer): string | null {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const headers = (end === -1 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const match = /^message-id:[ \t]*(.+)$/im.exec(headers);
  return match ? match[1]!.trim() : null;
}
