// The outbox: the mail the embedded SMTP server stored as .eml files instead of delivering it
// (when SMTP_URL is not set), read back for `dondoc outbox` and the tests.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { DONDOC_HEADERS } from '../domain/notices/mail-headers';

/** Where `dondoc up` keeps the captured mail and `dondoc outbox` reads it: `<data dir>/outbox`. */
export function outboxDirectoryOf(dataDirectory: string): string {
  return join(dataDirectory, 'outbox');
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

/** A file-name-safe form of a Message-ID: "<abc@dondoc>" becomes "abc@dondoc". */
export function safeName(messageId: string): string {
  return messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@+-]/g, '_').slice(0, 160);
}

/** Outbox ids are "<capture time>-<message id>"; the time is 24 characters (ISO with - for :). */
const STAMP_LENGTH = '2026-11-29T13-55-01.123Z'.length;

export function messageIdPart(id: string): string {
  return id.slice(STAMP_LENGTH + 1);
}

export function storedAtOf(id: string): Date | null {
  const stamp = id.slice(0, STAMP_LENGTH);
  const instant = new Date(`${stamp.slice(0, 10)}T${stamp.slice(11, 19).replace(/-/g, ':')}${stamp.slice(19)}`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export async function listMessageIds(directory: string): Promise<string[]> {
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
