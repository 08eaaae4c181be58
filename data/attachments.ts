// Documents attached to an assignment (the signed report), stored in PostgreSQL by content: the
// same bytes sent twice for one assignment are one row. Storing one writes its SHA-256 to the
// hash-chained audit log in the same transaction, so the file and its record come together.
import { randomUUID } from 'node:crypto';
import { appendAuditEntries } from './audit-log';
import type { TReadClient } from './read-model';

export const attachmentAddedAction = 'attachment-added';

export interface TNewAttachment {
  assignmentId: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  uploadedBy: string;
  agency: string;
  uploadedAt: Date;
  /** What the file came with, e.g. 'submitResult': said in the audit event. */
  receivedWith: string;
}

export interface TAttachmentInfo {
  assignmentId: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedBy: string;
  agency: string;
  uploadedAt: Date;
}

const infoColumns = { assignmentId: true, sha256: true, fileName: true, mediaType: true, sizeBytes: true, uploadedBy: true, agency: true, uploadedAt: true } as const;

/**
 * Stores the file and appends its audit event, inside the caller's transaction. The same content
 * already stored for the assignment is not stored again, but its receipt is recorded again (who
 * sent it with what): the audit log says every time it was received. Returns true when new.
 */
export async function storeAttachment(tx: TReadClient, attachment: TNewAttachment): Promise<boolean> {
  const known = await tx.attachment.findUnique({ where: { assignmentId_sha256: { assignmentId: attachment.assignmentId, sha256: attachment.sha256 } }, select: { id: true } });
  if (!known) {
    await tx.attachment.create({
      data: {
        assignmentId: attachment.assignmentId,
        sha256: attachment.sha256,
        fileName: attachment.fileName,
        mediaType: attachment.mediaType,
        sizeBytes: attachment.bytes.byteLength,
        bytes: attachment.bytes as Uint8Array<ArrayBuffer>,
        uploadedBy: attachment.uploadedBy,
        agency: attachment.agency,
        uploadedAt: attachment.uploadedAt,
      },
    });
  }
  await appendAuditEntries(tx, [
    {
      idempotencyKey: `${attachmentAddedAction}:${attachment.assignmentId}:${attachment.sha256}:${randomUUID()}`,
      occurredAt: attachment.uploadedAt,
      actorAgency: attachment.agency,
      actorUser: attachment.uploadedBy,
      action: attachmentAddedAction,
      subjectType: 'assignment',
      subjectId: attachment.assignmentId,
      payload: { sha256: attachment.sha256, fileName: attachment.fileName, mediaType: attachment.mediaType, sizeBytes: attachment.bytes.byteLength, receivedWith: attachment.receivedWith, alreadyStored: Boolean(known) },
    },
  ]);
  return !known;
}

/** The attachments of an assignment, oldest first, without their bytes. */
export async function readAttachmentList(db: TReadClient, assignmentId: string): Promise<TAttachmentInfo[]> {
  return db.attachment.findMany({ where: { assignmentId }, orderBy: [{ uploadedAt: 'asc' }, { sha256: 'asc' }], select: infoColumns });
}

/** One attachment with its bytes, or null. */
export async function readAttachmentContent(db: TReadClient, assignmentId: string, sha256: string): Promise<(TAttachmentInfo & { bytes: Uint8Array }) | null> {
  return db.attachment.findUnique({ where: { assignmentId_sha256: { assignmentId, sha256 } }, select: { ...infoColumns, bytes: true } });
}
