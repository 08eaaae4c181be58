// Downloading a document attached to an assignment: for whoever may read the assignment (the
// agency answering, the monitoring department, the leadership, auditors), decided as the API
// decides a read. Sent as a download with the type read from its content when it was received.
import type { FastifyInstance } from 'fastify';
import { authorizeAssignment } from '../../client/access/authorize-assignment';
import type { TAppContext } from '../../client/app-context';
import { readAttachment } from '../../client/attachments/list-attachments';
import { openPage } from '../page-context';

/** RFC 6266: an ASCII fallback and the UTF-8 name (Vietnamese file names keep their diacritics). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerAttachmentPages(app: FastifyInstance, context: TAppContext): void {
  app.get<{ Params: { assignmentId: string; sha256: string } }>('/attachments/:assignmentId/:sha256', async (request, reply) => {
    const page = openPage(request, reply, ['officer', 'monitor', 'leadership', 'auditor'], 'an attached document');
    const { assignmentId, sha256 } = request.params;
    await authorizeAssignment(context, page.identity, { assignmentId, action: 'read' });
    const attachment = await readAttachment(context, { assignmentId, sha256 });
    return reply
      .type(attachment.mediaType)
      .header('content-disposition', contentDisposition(attachment.fileName))
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .header('x-dondoc-sha256', attachment.sha256)
      .send(Buffer.from(attachment.bytes));
  });
}
