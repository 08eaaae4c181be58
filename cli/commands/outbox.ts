// `dondoc outbox [--agency] [--since] [--json]` and `dondoc outbox show <id>`: the mail the
// embedded SMTP server stored instead of delivering (no SMTP_URL), read back from the outbox.
import { type Command } from 'commander';
import type { TOutboxEntry, TOutboxMessage } from '../../data/outbox';
import { formatLocalInstant } from '../../domain/calendar/local-time';
import { operatorActor } from '../actor-options';
import { runLocalOrRemote } from '../remote/command-mode';
import { AppError } from '../../client/errors';

interface TListOptions {
  agency?: string;
  since?: string;
  json?: boolean;
}

export function registerOutboxCommands(program: Command): void {
  const outbox = program
    .command('outbox')
    .description('List the mail the embedded SMTP server stored instead of delivering (when SMTP_URL is not set), oldest first')
    .option('--agency <code>', 'only mail sent or copied to this agency, e.g. SO_GDDT')
    .option('--since <date>', 'only mail stored from this day (YYYY-MM-DD, from 00:00 Vietnam time) or instant (ISO 8601)')
    .option('--json', 'print the list as JSON')
    .action(async (options: TListOptions, command: Command) => {
      const agency = options.agency === undefined ? undefined : parseAgency(options.agency);
      const since = options.since === undefined ? undefined : await parseSince(options.since);
      const { listOutbox } = await import('../../client/outbox/read-outbox');
      const { directory, entries } = await runLocalOrRemote(command, { local: (context) => listOutbox(context, operatorActor(), { agency, since }), remote: (api) => api.listOutbox({ agency, since }) });
      if (options.json) console.log(JSON.stringify(entries, null, 2));
      else console.log(formatList(entries, directory));
    });

  outbox
    .command('show')
    .description('Print one stored message: its headers, its text and its attachments')
    .argument('<id>', 'the id `dondoc outbox` lists, a unique beginning of it, or the Message-ID')
    .option('--json', 'print the message as JSON')
    .action(async (id: string, _options: unknown, command: Command) => {
      const { showOutboxMessage } = await import('../../client/outbox/read-outbox');
      const message = await runLocalOrRemote(command, { local: (context) => showOutboxMessage(context, operatorActor(), { id }), remote: (api) => api.showOutboxMessage(id) });
      const json = Boolean((command.optsWithGlobals() as { json?: boolean }).json);
      console.log(json ? JSON.stringify(message, null, 2) : formatMessage(message));
    });
}

function parseAgency(value: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(value)) {
    throw new AppError(`invalid --agency ${JSON.stringify(value)}: expected an agency code such as SO_GDDT (letters, digits and _)`, 'bad_input');
  }
  return value;
}

async function parseSince(value: string): Promise<Date> {
  const [{ isIsoDay }, { instantAt }] = await Promise.all([import('../../domain/calendar/iso-day'), import('../../domain/calendar/local-time')]);
  if (isIsoDay(value)) return instantAt(value, '00:00');
  const instant = new Date(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(instant.getTime())) return instant;
  throw new AppError(
    `invalid --since ${JSON.stringify(value)}: expected a day written YYYY-MM-DD (from 00:00 Vietnam time) or an ISO 8601 instant, e.g. 2026-11-29 or 2026-11-29T08:00+07:00`,
    'bad_input',
  );
}

/** "29/11/2026 20:55", Vietnam time. */
function localTime(instant: string | null): string {
  if (!instant) return '?';
  const local = formatLocalInstant(new Date(instant));
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

/** The capture time and the first 8 characters of the Message-ID: unique in practice, and `show` accepts it. */
function shortId(id: string): string {
  return id.slice(0, '2026-11-29T13-55-01.123Z-'.length + 8);
}

function formatList(entries: TOutboxEntry[], directory: string): string {
  if (entries.length === 0) return `No messages in ${directory}.`;
  const lines = entries.map((entry) => `${shortId(entry.id)}  ${localTime(entry.storedAt)}  ${(entry.agencies.join(',') || '-').padEnd(20)}  ${entry.subject}`);
  return [...lines, '', `${entries.length} message${entries.length === 1 ? '' : 's'} in ${directory}. \`dondoc outbox show <id>\` prints one.`].join('\n');
}

function formatMessage(message: TOutboxMessage): string {
  const attachments = message.attachments.map((attachment) => `${attachment.filename ?? '(unnamed)'} (${attachment.contentType}, ${attachment.size} bytes)`);
  const header = [
    ['Id', message.id],
    ['Stored', `${localTime(message.storedAt)} (Vietnam time)`],
    ['Message-ID', message.messageId ?? '-'],
    ['From', message.from],
    ['To', message.to.join(', ')],
    ['Cc', message.cc.join(', ') || '-'],
    ['Subject', message.subject],
    ['Kind', message.kind ?? '-'],
    ['Agencies', message.agencies.join(', ') || '-'],
    ['Notice key', message.noticeKey ?? '-'],
    ['Attachments', attachments.join('; ') || '-'],
  ];
  return [...header.map(([label, value]) => `${`${label}:`.padEnd(13)}${value}`), '', message.text.trimEnd()].join('\n');
}
