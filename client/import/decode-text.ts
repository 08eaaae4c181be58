// Plain-text plan documents must be UTF-8. Vietnamese text in a legacy encoding (Windows-1258,
// TCVN3/ABC, VNI, Latin-1) or in UTF-16 would turn into mojibake or silently match nothing, so
// it is refused with a message that says how to convert it.
import { AppError } from '../errors';

const CONVERT_HINT = 'Save it as UTF-8 (Word: Save As → Plain Text → Unicode (UTF-8); Notepad: Save As → Encoding: UTF-8) or convert it, e.g. `iconv -f WINDOWS-1258 -t UTF-8`, then import again.';

/** Offset of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let offset = 1; offset < length; offset += 1) if (((bytes[index + offset] as number) & 0xc0) !== 0x80) return index;
    index += length;
  }
  return -1;
}

/**
 * Control characters other than tab, line breaks and form feed: text has none, binary data has
 * many. One in a hundred allows a stray character in an otherwise good file.
 */
const BINARY_CONTROL_SHARE = 0.01;

function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls += 1;
  return controls > bytes.length * BINARY_CONTROL_SHARE;
}

/** UTF-16 without a byte-order mark: ASCII letters with a zero byte beside each. */
function looksUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let zeroesAtOdd = 0;
  let zeroesAtEven = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2 === 0) zeroesAtEven += 1;
      else zeroesAtOdd += 1;
    }
  });
  const pairs = sample.length / 2;
  return Math.max(zeroesAtOdd, zeroesAtEven) > pairs * 0.3 && Math.min(zeroesAtOdd, zeroesAtEven) < pairs * 0.05;
}

export function decodeText(bytes: Uint8Array, name: string): string {
  const bad = (reason: string) => new AppError(`${name}: ${reason}`, 'bad_input');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw bad(`the file is UTF-16 text (byte-order mark ${bytes[0] === 0xff ? 'FF FE' : 'FE FF'}); dondoc reads plain text in UTF-8 only. ${CONVERT_HINT}`);
  }
  if (looksUtf16(bytes)) throw bad(`the file looks like UTF-16 text without a byte-order mark; dondoc reads plain text in UTF-8 only. ${CONVERT_HINT}`);
  if (looksBinary(bytes)) throw bad('the file is binary, not text. Import a plan document as .txt (UTF-8), .docx or .pdf with a text layer.');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const invalid = firstInvalidUtf8Byte(body);
  if (invalid >= 0) {
    const byte = (body[invalid] as number).toString(16).toUpperCase().padStart(2, '0');
    throw bad(`the file is not UTF-8 text (byte 0x${byte} at offset ${invalid + start} is not valid UTF-8); it is probably in a legacy encoding such as Windows-1258, TCVN3 (ABC), VNI or Latin-1. ${CONVERT_HINT}`);
  }
  return new TextDecoder('utf-8').decode(body);
}
