// The text layer of a PDF as lines of text. pdfjs gives positioned fragments; they are put back
// into lines by their baseline, a wide gap inside a line becomes a tab (a table column), and a
// line that fills the width is joined with the next, so wrapped paragraphs read as one.
import { projectRequire } from '../../config/project-root';
import { dirname, join } from 'node:path';
import { classifyParagraph } from '../../domain/importer/classify-paragraph';
import { AppError } from '../errors';

interface TFragment {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface TLine {
  segments: Array<{ text: string; x: number }>;
  y: number;
  left: number;
  right: number;
  size: number;
}

/** A gap wider than two characters' height separates table cells, not words. */
const CELL_GAP_IN_EM = 2;
/** A wrapped line ends within this many ems of the right margin; a paragraph's last line does not. */
const FULL_LINE_SLACK_IN_EM = 4;

const pdfjsDirectory = dirname(projectRequire.resolve('pdfjs-dist/package.json'));

function linesOf(fragments: readonly TFragment[]): TLine[] {
  const sorted = [...fragments].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TLine[] = [];
  for (const fragment of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - fragment.y) < fragment.size * 0.5);
    const end = fragment.x + fragment.width;
    if (line === undefined) {
      lines.push({ segments: [{ text: fragment.text, x: fragment.x }], y: fragment.y, left: fragment.x, right: end, size: fragment.size });
      continue;
    }
    const last = line.segments[line.segments.length - 1] as { text: string; x: number };
    const gap = fragment.x - line.right;
    if (gap > fragment.size * CELL_GAP_IN_EM) line.segments.push({ text: fragment.text, x: fragment.x });
    else last.text += gap > fragment.size * 0.15 && !last.text.endsWith(' ') && !fragment.text.startsWith(' ') ? ` ${fragment.text}` : fragment.text;
    line.right = Math.max(line.right, end);
    line.left = Math.min(line.left, fragment.x);
  }
  return lines.sort((a, b) => b.y - a.y);
}

/**
 * Cells of a table row; a row with fewer cells than the row above (a cell that wrapped onto a
 * second line) is laid out under the columns it lines up with, leaving the others empty.
 */
function tableCells(line: TLine, columns: readonly number[] | null): string[] {
  const texts = line.segments.map((segment) => segment.text.trim());
  if (columns === null || line.segments.length >= columns.length) return texts;
  const cells = columns.map(() => '');
  for (const segment of line.segments) {
    let nearest = 0;
    columns.forEach((x, index) => {
      if (Math.abs(x - segment.x) < Math.abs((columns[nearest] as number) - segment.x)) nearest = index;
    });
    cells[nearest] = `${cells[nearest]} ${segment.text.trim()}`.trim();
  }
  return cells;
}

function pageText(lines: readonly TLine[]): string[] {
  const margin = Math.min(...lines.map((line) => line.left));
  const rightMargin = Math.max(...lines.map((line) => line.right));
  const output: string[] = [];
  let columns: number[] | null = null;
  let joinable = false;
  for (const line of lines) {
    const atMargin = Math.abs(line.left - margin) < line.size;
    const underColumn = columns !== null && line.segments.every((segment) => columns?.some((x, index) => index > 0 && Math.abs(x - segment.x) < line.size));
    const isRow = line.segments.length > 1 || underColumn;
    if (isRow) {
      const cells = tableCells(line, columns);
      if (columns === null || line.segments.length >= columns.length) columns = line.segments.map((segment) => segment.x);
      output.push(cells.join('\t'));
      joinable = false;
      continue;
    }
    columns = null;
    const text = line.segments.map((segment) => segment.text).join(' ').trim();
    if (joinable && atMargin && classifyParagraph(text).kind === 'text') output[output.length - 1] += ` ${text}`;
    else output.push(text);
    joinable = line.right >= rightMargin - line.size * FULL_LINE_SLACK_IN_EM;
  }
  return output;
}

export async function readPdfText(bytes: Uint8Array, name: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    document = await getDocument({
      data: new Uint8Array(bytes),
      // Fonts that are not embedded are read with pdfjs's own font data, shipped in the package.
      standardFontDataUrl: `${join(pdfjsDirectory, 'standard_fonts')}/`,
      cMapUrl: `${join(pdfjsDirectory, 'cmaps')}/`,
      cMapPacked: true,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const problem = (error as Error).name === 'PasswordException' ? 'the PDF is password-protected; remove the password and import it again' : `the file is not a readable PDF (${(error as Error).message})`;
    throw new AppError(`${name}: ${problem}.`, 'bad_input');
  }
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const fragments: TFragment[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [scaleX, skewY, , scaleY, x, y] = item.transform as number[];
      fragments.push({ text: item.str, x: x as number, y: y as number, width: item.width, size: Math.hypot(scaleX as number, skewY as number) || Math.abs(scaleY as number) || 10 });
    }
    if (fragments.length > 0) pages.push(pageText(linesOf(fragments)).join('\n'));
  }
  await document.destroy();
  if (pages.join('').trim() === '') {
    throw new AppError(`${name}: the PDF has no text layer (a scanned image?). Run OCR on it (e.g. ocrmypdf) or import the Word original.`, 'bad_input');
  }
  return pages.join('\n\n');
}
