// Reads a plan document file into paragraphs and tables for the importer. The format is told by
// the file's content (PDF and ZIP signatures), the extension only has to agree; anything that is
// neither a Word document, a PDF nor UTF-8 text is refused with a message saying what to do.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { textToBlocks, type TDocumentBlock } from '../../domain/importer';
import { FILE_LIMITS } from '../../domain/text/safe-text';
import { AppError } from '../errors';
import { refuseOversizedFile } from '../files/file-size';
import { decodeText } from './decode-text';
import { readDocxBlocks } from './docx-blocks';
import { readPdfText } from './pdf-text';

export type TDocumentFormat = 'text' | 'docx' | 'pdf';

export interface TPlanDocument {
  format: TDocumentFormat;
  blocks: TDocumentBlock[];
}

const SUPPORTED = 'Import a plan document as .txt (UTF-8), .docx (Word 2007 or later) or .pdf with a text layer.';
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: Word 97-2003 .doc, Excel .xls. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function formatOf(bytes: Uint8Array, name: string): TDocumentFormat {
  const extension = extname(name).toLowerCase();
  const bad = (reason: string) => new AppError(`${name}: ${reason}`, 'bad_input');
  if (startsWith(bytes, PDF_SIGNATURE)) return 'pdf';
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    // A .docx names its main part "word/document.xml" in the archive's directory.
    if (Buffer.from(bytes).includes('word/document.xml')) return 'docx';
    throw bad(`the file is a ZIP archive but not a Word document (an .xlsx, .pptx or .odt?). ${SUPPORTED}`);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) throw bad(`the file is an old Word (.doc) or Excel (.xls) file. Open it in Word and save it as .docx. ${SUPPORTED}`);
  if (extension === '.docx' || extension === '.pdf') throw bad(`the file is named ${extension} but its content is not ${extension === '.pdf' ? 'a PDF' : 'a Word document'}. ${SUPPORTED}`);
  return 'text';
}

async function readBytes(path: string): Promise<Uint8Array> {
  await refuseOversizedFile(path, FILE_LIMITS.planDocumentBytes, 'the plan document', 'Import the text of the plan alone (no scanned images).');
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new AppError(`cannot read ${path}: ${reason}. Check the path.`, 'bad_input');
  }
}

export async function readPlanDocument(path: string): Promise<TPlanDocument> {
  const bytes = await readBytes(path);
  if (bytes.length === 0) throw new AppError(`${path}: the file is empty (0 bytes): there is nothing to import.`, 'bad_input');
  const format = formatOf(bytes, path);
  if (format === 'docx') return { format, blocks: await readDocxBlocks(bytes, path) };
  const text = format === 'pdf' ? await readPdfText(bytes, path) : decodeText(bytes, path);
  if (text.trim() === '') throw new AppError(`${path}: the file holds only blank space: there is nothing to import.`, 'bad_input');
  return { format, blocks: textToBlocks(text) };
}
