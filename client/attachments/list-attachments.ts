// The documents attached to an assignment, and one of them with its content. The caller has
// already decided that the reader may read the assignment (client/access/authorize-assignment).
import { readAttachmentContent, readAttachmentList, type TAttachmentInfo } from '../../data/attachments';
import type { TAppContext } from '../app-context';
import { AppError } from '../errors';

export type { TAttachmentInfo };

/** Oldest first, without the bytes: name, type, size, SHA-256, who sent it and when. */
export function listAttachments(context: TAppContext, input: { assignmentId: string }): Promise<TAttachmentInfo[]> {
  return context.read((db) => readAttachmentList(db, input.assignmentId));
}

/** The download path of an attachment (the assignment id URL-encoded, its slashes as %2F). */
export function attachmentPath(attachment: Pick<TAttachmentInfo, 'assignmentId' | 'sha256'>): string {
  return `/attachments/${encodeURIComponent(attachment.assignmentId)}/${attachment.sha256}`;
}

export async function readAttachment(context: TAppContext, input: { assignmentId: string; sha256: string }): Promise<TAttachmentInfo & { bytes: Uint8Array }> {
  const found = /^[0-9a-f]{64}$/.test(input.sha256) ? await context.read((db) => readAttachmentContent(db, input.assignmentId, input.sha256)) : null;
  if (!found) throw new AppError(`no attachment ${input.sha256} on ${input.assignmentId}: the assignment page lists its attachments.`, 'not_found');
  return found;
}
