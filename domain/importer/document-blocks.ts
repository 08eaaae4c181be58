// A plan document as paragraphs and tables, whatever file it came from. Text files carry tables
// as pipe-separated rows (a Markdown conversion) or tab-separated rows (a copy from Word); a
// .docx gives real tables. Paragraph breaks in the middle of a sentence (a page break, a
// footnote dropped between "bảo" and "đảm") are mended here, so the parser sees whole paragraphs.

export type TDocumentBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** Footnotes as a text conversion leaves them: a line that starts with a superscript number. */
const FOOTNOTE_LINE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/u;
const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const PIPE_SEPARATOR_CELL = /^:?-{3,}:?$/u;
const LETTERED_ITEM = /^[a-zđ]\)\s/u;

/** Markdown emphasis, escapes and heading marks removed; a "* " list item written as "- ". */
export function cleanMarkdownLine(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/u, '')
    .replace(/^\s*>\s?/u, '')
    .replace(/^(\s*)[*+]\s+/u, '$1- ')
    .replace(/\\([-.*_()[\]#+!|])/gu, '$1')
    .replace(/\*+|__/gu, '')
    .replace(/[\u00a0 ]+/gu, ' ')
    .trim();
}

function splitPipeRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split(/(?<!\\)\|/u).map((cell) => cleanMarkdownLine(cell.replace(/\\\|/gu, '|')));
}

function splitTabRow(line: string): string[] {
  return line.split('\t').map((cell) => cleanMarkdownLine(cell));
}

/** Three cells or more: a line indented with one tab is not a table row. */
function isTabRow(line: string): boolean {
  return (line.match(/\t/gu) ?? []).length >= 2;
}

/** A line that starts lower-case or with "(" continues the paragraph before it. */
function continuesParagraph(line: string): boolean {
  if (LETTERED_ITEM.test(line)) return false;
  const first = line.charAt(0);
  return first === '(' || (first !== first.toUpperCase() && first === first.toLowerCase());
}

export function textToBlocks(text: string): TDocumentBlock[] {
  const lines = text
    .normalize('NFC')
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/\f/gu, '\n\n')
    .split('\n');
  const blocks: TDocumentBlock[] = [];
  let table: { kind: 'table'; rows: string[][]; style: 'pipe' | 'tab' } | null = null;
  const lastParagraph = () => {
    const last = blocks[blocks.length - 1];
    return last?.kind === 'paragraph' ? last : null;
  };
  for (const rawLine of lines) {
    if (FOOTNOTE_LINE.test(rawLine.trim())) continue;
    const style = PIPE_ROW.test(rawLine) ? 'pipe' : isTabRow(rawLine) ? 'tab' : null;
    if (style !== null) {
      const cells = style === 'pipe' ? splitPipeRow(rawLine) : splitTabRow(rawLine);
      if (cells.every((cell) => PIPE_SEPARATOR_CELL.test(cell))) continue;
      if (table === null || table.style !== style) {
        table = { kind: 'table', rows: [], style };
        blocks.push(table);
      }
      table.rows.push(cells);
      continue;
    }
    table = null;
    const line = cleanMarkdownLine(rawLine);
    if (line === '') continue;
    const previous = lastParagraph();
    if (previous !== null && continuesParagraph(line)) previous.text = `${previous.text} ${line}`;
    else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks.map((block) => (block.kind === 'table' ? { kind: 'table', rows: block.rows } : block));
}
