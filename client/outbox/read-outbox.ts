// The mail the embedded SMTP server stored instead of delivering it (no SMTP_URL): what an
// operator checks on one machine to see what dondoc would have sent, and to whom.
import { listOutbox as listStored, outboxDirectoryOf, readOutboxMessage, type TOutboxEntry, type TOutboxMessage } from '../../data/outbox';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError } from '../errors';

export interface TOutboxList {
  directory: string;
  entries: TOutboxEntry[];
}

export async function listOutbox(context: TAppContext, _actor: TAppActor, filter: { agency?: string; since?: Date }): Promise<TOutboxList> {
  const directory = outboxDirectoryOf(context.config.dataDirectory);
  return { directory, entries: await listStored({ directory, agency: filter.agency, since: filter.since }) };
}

export async function showOutboxMessage(context: TAppContext, _actor: TAppActor, input: { id: string }): Promise<TOutboxMessage> {
  const directory = outboxDirectoryOf(context.config.dataDirectory);
  let message: TOutboxMessage | null;
  try {
    message = await readOutboxMessage(directory, input.id);
  } catch (error) {
    // An id that matches several messages.
    if (error instanceof RangeError) throw new AppError(error.message, 'bad_input');
    throw error;
  }
  if (!message) throw new AppError(`no message ${JSON.stringify(input.id)} in ${directory}: run \`dondoc outbox\` to list the stored ids`, 'not_found');
  return message;
}
