// What a signed report may be, decided from its content: a PDF is taken whatever its name, a text
// file named .pdf is not, nor an empty file or one over the limit; the name is cleaned for showing.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, AttachmentRefused, checkAttachment, cleanFileName } from '../../../client/attachments/check-attachment';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e221bc330000000049454e44ae426082', 'hex');

async function refusal(file: Parameters<typeof checkAttachment>[0]): Promise<AttachmentRefused> {
  try {
    await checkAttachment(file);
  } catch (error) {
    if (error instanceof AttachmentRefused) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checking an attachment', () => {
  it('takes a PDF or an image by their content, with their SHA-256, whatever the name says', async () => {
    const checked = await checkAttachment({ fileName: 'C:\\Users\\vanthu\\bao-cao.txt', bytes: pdf });
    expect(checked).toMatchObject({ fileName: 'bao-cao.txt', mediaType: 'application/pdf', sha256: createHash('sha256').update(pdf).digest('hex') });
    expect((await checkAttachment({ fileName: 'scan.pdf', bytes: png })).mediaType).toBe('image/png');
  });

  it('refuses a text file named .pdf, an empty file and one over the limit, naming the field', async () => {
    const text = await refusal({ fileName: 'bao-cao.pdf', bytes: Buffer.from('chỉ là văn bản') });
    expect(text.problem).toBe('wrong-type');
    expect(text.fieldErrors).toEqual([{ path: 'attachment', message: text.message }]);
    expect((await refusal({ fileName: 'trong.pdf', bytes: Buffer.alloc(0) })).problem).toBe('empty');
    expect((await refusal({ fileName: 'lon.pdf', bytes: pdf, truncated: true })).problem).toBe('too-large');
    expect((await refusal({ fileName: 'lon.pdf', bytes: Buffer.alloc(ATTACHMENT_MAX_BYTES + 1) })).problem).toBe('too-large');
  });

  it('cleans a file name for showing and for the download header', () => {
    expect(cleanFileName('../../etc/"passwd"\u0000')).toBe('passwd');
    expect(cleanFileName('   ')).toBe('tai-lieu');
    expect(cleanFileName('Báo cáo 2024.pdf')).toBe('Báo cáo 2024.pdf');
  });
});
