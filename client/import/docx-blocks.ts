// A Word document as paragraphs and tables. mammoth turns the .docx into simple, well-formed
// HTML (p, h1–h6, ul/ol/li, table/tr/td with rowspan and colspan); this walks that HTML. A cell
// merged down several rows (rowspan) is repeated in each row, since each task it spans has it.
import mammoth from 'mammoth';
import type { TDocumentBlock } from '../../domain/importer';
import { AppError } from '../errors';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

const tidy = (text: string) => decodeEntities(text).replace(/\s+/gu, ' ').trim();

interface TTableBuilder {
  rows: string[][];
  row: string[] | null;
  cell: { text: string; rowspan: number; colspan: number } | null;
  /** Column → text still to repeat and rows left, for cells merged downwards. */
  spans: Map<number, { text: string; rowsLeft: number }>;
}

function fillSpans(table: TTableBuilder): void {
  const row = table.row as string[];
  let span = table.spans.get(row.length);
  while (span !== undefined && span.rowsLeft > 0) {
    row.push(span.text);
    span.rowsLeft -= 1;
    span = table.spans.get(row.length);
  }
}

export function htmlToBlocks(html: string): TDocumentBlock[] {
  // Footnote markers and the footnote list itself: notes are not part of the plan's text.
  const body = html.replace(/<sup><a href="#(?:foot|end)note-[^"]*"[^>]*>.*?<\/a><\/sup>/gu, '').replace(/<li id="(?:foot|end)note-[^"]*">.*?<\/li>/gu, '');
  const blocks: TDocumentBlock[] = [];
  const tables: TTableBuilder[] = [];
  const lists: Array<{ ordered: boolean; count: number }> = [];
  let paragraph: string | null = null;
  let prefix = '';
  for (const token of body.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/giu)) {
    const [, closing, tagName, attributes, text] = token;
    const table = tables[tables.length - 1];
    if (text !== undefined) {
      if (table?.cell) table.cell.text += text;
      else if (paragraph !== null) paragraph += text;
      continue;
    }
    const tag = (tagName as string).toLowerCase();
    const opening = closing === '';
    if (tag === 'table') {
      if (opening) tables.push({ rows: [], row: null, cell: null, spans: new Map() });
      else if (table) {
        tables.pop();
        blocks.push({ kind: 'table', rows: table.rows });
      }
    } else if (tag === 'tr' && table) {
      if (opening) {
        table.row = [];
        fillSpans(table);
      } else if (table.row) {
        table.rows.push(table.row);
        table.row = null;
      }
    } else if ((tag === 'td' || tag === 'th') && table?.row) {
      if (opening) {
        const rowspan = Number(/rowspan="(\d+)"/u.exec(attributes as string)?.[1] ?? 1);
        const colspan = Number(/colspan="(\d+)"/u.exec(attributes as string)?.[1] ?? 1);
        table.cell = { text: '', rowspan, colspan };
      } else if (table.cell) {
        const value = tidy(table.cell.text);
        for (let column = 0; column < table.cell.colspan; column += 1) {
          if (table.cell.rowspan > 1) table.spans.set(table.row.length, { text: value, rowsLeft: table.cell.rowspan - 1 });
          table.row.push(column === 0 ? value : '');
        }
        table.cell = null;
        fillSpans(table);
      }
    } else if (table?.cell && (tag === 'p' || tag === 'br') && !opening) {
      table.cell.text += ' ';
    } else if (tag === 'ul' || tag === 'ol') {
      if (opening) lists.push({ ordered: tag === 'ol', count: 0 });
      else lists.pop();
    } else if (!table && /^(?:p|h[1-6]|li)$/u.test(tag)) {
      if (opening) {
        const list = tag === 'li' ? lists[lists.length - 1] : undefined;
        if (list) list.count += 1;
        prefix = list === undefined ? '' : list.ordered ? `${list.count}. ` : '- ';
        paragraph = '';
      } else if (paragraph !== null) {
        const value = tidy(paragraph);
        if (value !== '') blocks.push({ kind: 'paragraph', text: `${prefix}${value}` });
        paragraph = null;
      }
    } else if (tag === 'br' && paragraph !== null) {
      paragraph += ' ';
    }
  }
  return blocks;
}

export async function readDocxBlocks(bytes: Uint8Array, name: string): Promise<TDocumentBlock[]> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToBlocks(value);
  } catch (error) {
    throw new AppError(`${name}: cannot read the Word document (${(error as Error).message.split('\n')[0]}). Open it in Word, save it again as .docx, and import it again.`, 'bad_input');
  }
}
