// The embedded mail server used when SMTP_URL is not set: a real SMTP server on the loopback
// interface that stores every message it receives as an .eml file in the outbox directory,
// instead of delivering it. `dondoc outbox` reads that directory back.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DONDOC_HEADERS } from '../../activities/notifications';

export { createMailTransport } from '../../activities/notifications';

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

/** Where `dondoc up` keeps the captured mail and `dondoc outbox` reads it: `<data dir>/outbox`. */
export function outboxDirectoryOf(dataDirectory: string): string {
  return join(dataDirectory, 'outbox');
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

/** A file-name-safe form of a Message-ID: "<abc@dondoc>" becomes "abc@dondoc". */
function safeName(messageId: string): string {
  return messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@+-]/g, '_').slice(0, 160);
}

/** Outbox ids are "<capture time>-<message id>"; the time is 24 characters (ISO with - for :). */
const STAMP_LENGTH = '2026-11-29T13-55-01.123Z'.length;

function messageIdPart(id: string): string {
  return id.slice(STAMP_LENGTH + 1);
}

function storedAtOf(id: string): Date | null {
  const stamp = id.slice(0, STAMP_LENGTH);
  const instant = new Date(`${stamp.slice(0, 10)}T${stamp.slice(11, 19).replace(/-/g, ':')}${stamp.slice(19)}`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

async function listMessageIds(directory: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith('.eml') && !name.startsWith('.'))
    .map((name) => name.slice(0, -'.eml'.length))
    .sort();
}

export interface TOutboxEntry {
  id: string;
  /** When the capture stored it. */
  storedAt: string | null;
  /** The Date header. */
  date: string | null;
  messageId: string | null;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  /** From the X-Dondoc-Agency header: every agency the notice reaches. */
  agencies: string[];
  kind: string | null;
  noticeKey: string | null;
  attachments: { filename: string | null; contentType: string; size: number }[];
}

export interface TOutboxMessage extends TOutboxEntry {
  text: string;
  html: string | null;
  /** Text attachments (the .ics invites) decoded, keyed by file name. */
  calendars: { filename: string | null; content: string }[];
}

export interface ListOutboxOptions {
  directory: string;
  /** Only messages whose X-Dondoc-Agency names this agency code (case-insensitive). */
  agency?: string;
  /** Only messages stored at or after this instant. */
  since?: Date;
}

/** The outbox, oldest first. */
export async function listOutbox({ directory, agency, since }: ListOutboxOptions): Promise<TOutboxEntry[]> {
  const ids = (await listMessageIds(directory)).filter((id) => !since || (storedAtOf(id)?.getTime() ?? 0) >= since.getTime());
  const entries: TOutboxEntry[] = [];
  for (const id of ids) {
    const entry = describe(id, await simpleParser(await readFile(join(directory, `${id}.eml`))));
    if (!agency || entry.agencies.some((code) => code.toLowerCase() === agency.toLowerCase())) entries.push(entry);
  }
  return entries;
}

/**
 * One message by its outbox id, a unique beginning of it, or its Message-ID. Null when nothing
 * matches; an error naming the candidates when several do.
 */
export async function readOutboxMessage(directory: string, id: string): Promise<TOutboxMessage | null> {
  const ids = await listMessageIds(directory);
  const wanted = id.trim();
  const byMessageId = safeName(wanted);
  const exact = ids.filter((candidate) => candidate === wanted || messageIdPart(candidate) === byMessageId);
  const matches = exact.length ? exact : ids.filter((candidate) => candidate.startsWith(wanted) || messageIdPart(candidate).startsWith(byMessageId));
  if (matches.length === 0) return null;
  if (matches.length > 1) {
    throw new RangeError(`"${wanted}" matches ${matches.length} messages: ${matches.slice(0, 5).join(', ')}${matches.length > 5 ? ', …' : ''}. Give more of the id.`);
  }
  const found = matches[0]!;
  const parsed = await simpleParser(await readFile(join(directory, `${found}.eml`)));
  return {
    ...describe(found, parsed),
    text: parsed.text ?? '',
    html: parsed.html || null,
    calendars: parsed.attachments
      .filter((attachment) => /calendar|ics/i.test(attachment.contentType) && attachment.contentDisposition === 'attachment')
      .map((attachment) => ({ filename: attachment.filename ?? null, content: attachment.content.toString('utf8') })),
  };
}

function describe(id: string, parsed: ParsedMail): TOutboxEntry {
  const header = (name: string) => {
    const value = parsed.headers.get(name.toLowerCase());
    return typeof value === 'string' ? value : null;
  };
  return {
    id,
    storedAt: storedAtOf(id)?.toISOString() ?? null,
    date: parsed.date?.toISOString() ?? null,
    messageId: parsed.messageId ?? null,
    from: parsed.from?.text ?? '',
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    subject: parsed.subject ?? '',
    agencies: (header(DONDOC_HEADERS.agency) ?? '').split(',').map((code) => code.trim()).filter(Boolean),
    kind: header(DONDOC_HEADERS.kind),
    noticeKey: header(DONDOC_HEADERS.noticeKey),
    // The text/calendar alternative of an invite is a body part, not an attachment: listed once, as its .ics file.
    attachments: parsed.attachments
      .filter((attachment) => attachment.contentDisposition === 'attachment' || attachment.filename)
      .map((attachment) => ({ filename: attachment.filename ?? null, contentType: attachment.contentType, size: attachment.size })),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.map((address) => (address.name ? `${address.name} <${address.address}>` : (address.address ?? ''))));
}
