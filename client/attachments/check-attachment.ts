// What a signed report document may be: a PDF, a Word or Excel file, or a scanned page (PNG,
// JPEG), recognised from its content, never from its name or the type the browser claims: a text
// file renamed .pdf is not a PDF. The limit keeps one upload well under what a form request and
// a database row should carry; a scanned 20-page report at 200 dpi fits in it.
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors';

/** 10 MiB: a signed report scanned in colour is 2–5 MB; anything larger is most likely the wrong file. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The media types accepted, by what the content says it is, with the name a person knows. */
export const ACCEPTED_MEDIA_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** The extensions of the accepted types, for the file chooser's hint (the content decides). */
export const ACCEPTED_EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.png', '.jpg', '.jpeg'];

export interface TCheckedAttachment {
  fileName: string;
  mediaType: string;
  sha256: string;
  bytes: Uint8Array;
}

export type TAttachmentProblem = 'empty' | 'too-large' | 'wrong-type';

export class AttachmentRefused extends AppError {
  constructor(
    readonly problem: TAttachmentProblem,
    message: string,
  ) {
    super(message, 'bad_input', [{ path: 'attachment', message }]);
  }
}

/** A file name as it can be shown and sent back in a header: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base].filter((character) => character.charCodeAt(0) >= 0x20 && character !== '\u007f' && character !== '"').join('').trim().slice(0, 200);
  return cleaned || 'tai-lieu';
}

/** The file's type from its first bytes and its SHA-256; an AttachmentRefused when it may not be kept. */
export async function checkAttachment(file: { fileName: string; bytes: Uint8Array; truncated?: boolean }): Promise<TCheckedAttachment> {
  const fileName = cleanFileName(file.fileName);
  if (file.truncated || file.bytes.byteLength > ATTACHMENT_MAX_BYTES) {
    throw new AttachmentRefused('too-large', `${fileName} is larger than ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB: send the signed report as a smaller PDF (scan in grey at 150–200 dpi).`);
  }
  if (file.bytes.byteLength === 0) throw new AttachmentRefused('empty', `${fileName} is empty: choose the signed report's file again.`);
  const detected = await fileTypeFromBuffer(file.bytes);
  if (!detected || !(detected.mime in ACCEPTED_MEDIA_TYPES)) {
    throw new AttachmentRefused(
      'wrong-type',
      `${fileName} is ${detected ? `a ${detected.ext.toUpperCase()} file` : 'not a document dondoc recognises'} by its content: attach the signed report as ${Object.values(ACCEPTED_MEDIA_TYPES).join(', ')}.`,
    );
  }
  return { fileName, mediaType: detected.mime, sha256: createHash('sha256').update(file.bytes).digest('hex'), bytes: file.bytes };
}
