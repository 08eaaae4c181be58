// Keeping a checked document with the assignment it was sent for: the bytes in PostgreSQL and
// their SHA-256 in the audit chain, in one transaction.
import { storeAttachment } from '../../data/attachments';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { AppError } from '../errors';
import type { TCheckedAttachment } from './check-attachment';

export async function recordAttachment(context: TAppContext, actor: TAppActor, input: { assignmentId: string; attachment: TCheckedAttachment; receivedWith: string; at?: Date }): Promise<void> {
  if (!actor.agency || !actor.user) throw new AppError('an attachment is sent by a signed-in user acting for an agency.', 'bad_input');
  const { attachment } = input;
  await context.write((tx) =>
    storeAttachment(tx, {
      assignmentId: input.assignmentId,
      sha256: attachment.sha256,
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      bytes: attachment.bytes,
      uploadedBy: actor.user!,
      agency: actor.agency!,
      uploadedAt: input.at ?? new Date(),
      receivedWith: input.receivedWith,
    }),
  );
}
