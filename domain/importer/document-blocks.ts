// A plan document as paragraphs and tables, whatever file it came from. Text files carry tables
// as pipe-separated rows (a Markdown conversion) or tab-separated rows (a copy from Word); a
// .docx gives real tables. Paragraph breaks in the middle of a sentence (a page break, a
// footnote dropped between "bảo" and "đảm") are mended here, so the parser sees whole paragraphs.

import { markPageBreaks, withoutRepeatedDocumentName } from './page-furniture';
import { readStackedTable } from './read-stacked-table';
import { DEADLINE_HEADER, mergeSubHeader } from './read-task-table';
import { APPENDIX, classifyParagraph } from './classify-paragraph';

/**
 * wholeRows: each row is a row of the printed table (a saved page's cells, a PDF's), so a row
 * with a task of its own is another task even when merged cells leave its number empty. Rows
 * copied from Word as tabs or pipes may instead be one cell's lines broken into several rows.
 */
export type TDocumentBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][]; wholeRows?: true };

/** Footnotes as a text conversion leaves them: a line that starts with a superscript number. */
const FOOTNOTE_LINE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/u;
const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const PIPE_SEPARATOR_CELL = /^:?-{3,}:?$/u;
const LETTERED_ITEM = /^[a-zđ]\)\s/u;
const NUMBERED_IN_BRACKETS = /^\(\d{1,2}\)\s+\p{Lu}/u;

/** Markdown emphasis, escapes and heading marks removed; a "* " list item written as "- ". */
export function cleanMarkdownLine(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/u, '')
    .replace(/^\s*>\s?/u, '')
    // "+" stays: Vietnamese plans mark the level below "-" with it.
    .replace(/^(\s*)\*\s+/u, '$1- ')
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
  // "(Kèm theo Kế hoạch số …)" under an appendix's title is a line of its own.
  // "(2) Bộ Y tế hoàn thành …": a numbered item in brackets opens its own paragraph.
  if (LETTERED_ITEM.test(line) || NUMBERED_IN_BRACKETS.test(line) || /^\(\s*kèm theo\s/iu.test(line)) return false;
  const first = line.charAt(0);
  return first === '(' || (first !== first.toUpperCase() && first === first.toLowerCase());
}

/**
 * "… về Cục Cảnh sát quản lý hành chính" then "- Cơ quan thường trực Tổ công tác …": a name's
 * apposition after a dash, not a bullet, when the sentence before it has not ended.
 */
function continuesWithApposition(previous: string, line: string): boolean {
  return /^[-–]\s*[Cc]ơ quan thường trực\s/u.test(line) && /\p{L}$/u.test(previous.replace(/[*_\s]+$/u, '')) && previous.split(/\s+/u).length > 12;
}

/** A line that stops mid-phrase: after "và", "của", "các", "Nghị quyết số", a comma … the next line is its continuation. */
const OPEN_LINE_END = /(?:\s(?:và|của|các|với|cho|về|tại|trong|theo|hoặc|những|được|để|do|từ|đến|trên|thuộc|(?<=(?:định|quyết|hoạch|tư|văn|thị|luật|báo|bản)\s)số)|,)$/u;

/** A list mark with nothing after it on its line. */
const LIST_MARK_ONLY = /^(?:[-–—•+]|[a-zđ]\)|\d{1,2}\.)$/u;

/** A line that holds only "|": legal-text sites save a table one cell per run of lines between such lines. */
const CELL_BAR = /^\s*\|\s*$/u;

/** Text after a table's first row that cannot be a cell: an appendix or section heading, or anything after the signature row ("Nơi nhận: … | KT. THỦ TƯỚNG …"). */
function endsFirstRow(row: readonly string[], following: string): boolean {
  if (row.length < 2) return false;
  const text = cleanMarkdownLine(following);
  return /^nơi nhận\b/iu.test(row[0] as string) || APPENDIX.test(text) || /^(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s/u.test(text);
}

/** A cell holding a document's title in capitals ("THÔNG BÁO", "KẾT LUẬN CỦA …"), and then a line in lower case. */
function endsTitleCell(cell: readonly string[], line: string): boolean {
  const capitals = (text: string) => cleanMarkdownLine(text) === cleanMarkdownLine(text).toUpperCase();
  return cell.length >= 2 && isDocumentTitle(cleanMarkdownLine(cell[0] as string)) && cell.every(capitals) && /\p{Ll}/u.test(line);
}

/** The document's kind, its title's first line: the body starts there. */
const isDocumentTitle = (text: string) => /^(?:QUYẾT ĐỊNH|KẾ HOẠCH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|CHỈ THỊ|THÔNG BÁO|KẾT LUẬN|CÔNG ĐIỆN|ĐỀ ÁN)(?::|\s*$)/u.test(text);

/**
 * A line no table cell holds: an article ("Điều 1."), a section heading in capitals ("I. QUAN
 * ĐIỂM"), the document's kind as its title ("QUYẾT ĐỊNH", "THÔNG BÁO"), a letter's bold numbered
 * point ("**1. Vụ Tổ chức cán bộ**"). A page saved without blank lines runs the body on after the
 * header table's last "|"; the table ends there.
 */
function isBodyStructure(line: string): boolean {
  const text = cleanMarkdownLine(line);
  // "**1. Thủ trưởng các cơ quan, đơn vị**": a letter's bold numbered point.
  // "**1.** Bộ Tài chính chủ trì …": the bold closed after the number.
  if (/^\*\*\s*\d{1,2}\.\s*(?:\*\*)?\s+\p{Lu}/u.test(line.trim())) return true;
  if (/^Điều \d{1,3}\./u.test(text)) return true;
  if (isDocumentTitle(text)) return true;
  const section = /^(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s+(\S.*)$/u.exec(text);
  return section !== null && /\p{L}{2,}/u.test(section[1] as string) && section[1] === (section[1] as string).toUpperCase();
}

/**
 * A table saved one cell per run of lines: "|" opens the row, each "|" closes a cell, and a "|"
 * right after a closing one starts the next row. The table ends at a blank line, or when a row
 * already as wide as the first row is followed by text. Returns the rows and the index of the
 * first line after the table.
 */
export function readCellBarTable(lines: readonly string[], start: number): { rows: string[][]; next: number; caption: string | null; bodyText: string | null } {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell: string[] = [];
  let width = 0;
  let bodyText: string | null = null;
  let index = start + 1;
  const closeRow = () => {
    if (row.length > 0) rows.push(row);
    // A header on two rows ("Cơ quan thực hiện" over "Chủ trì | Phối hợp") is one row as wide as the body.
    const merged = rows.length === 2 ? mergeSubHeader(rows[0] as string[], rows[1] as string[]) : null;
    if (merged !== null) rows.splice(0, 2, merged);
    // A group row ("B | PHÁT TRIỂN …", "I | …") opening a table is narrower than its rows: the first other row sets the width.
    const widthRow = rows.find((cells) => !isHeadingRow(cells));
    if (widthRow !== undefined && (width === 0 || merged !== null)) width = widthRow.length;
    row = [];
  };
  while (index < lines.length) {
    const line = lines[index] as string;
    if (line.trim() === '') {
      if (cell.length > 0) row.push(cleanMarkdownLine(cell.join(' ')));
      break;
    }
    if (!CELL_BAR.test(line)) {
      // Only past a cell's first line: "| II. PHÁT TRIỂN HẠ TẦNG SỐ |" is a table's group row. After
      // a title of two capital lines or more ("| **THÔNG BÁO** / KẾT LUẬN CỦA …"), the first line
      // in lower case opens the body.
      if (cell.length > 0 && (isBodyStructure(line) || endsTitleCell(cell, line))) {
        // "| Kính gửi: | … | Thủ tướng Chính phủ đã ban hành … yêu cầu:" then "**1. …**": a letter's
        // opening prose saved in the address table is the body's first paragraph, not a cell.
        const text = cleanMarkdownLine(cell.join(' '));
        if (text.split(/\s+/u).length > LONGEST_CELL_WORDS) bodyText = text;
        else row.push(text);
        break;
      }
      cell.push(line.trim());
      index += 1;
      continue;
    }
    row.push(cleanMarkdownLine(cell.join(' ')));
    cell = [];
    index += 1;
    const following = lines[index];
    // "… | PHỤ LỤC II …": the next appendix's caption opens a table of its own, at that "|".
    if (rows.length > 0 && APPENDIX.test(cleanMarkdownLine(following ?? ''))) {
      index -= 1;
      break;
    }
    if (following !== undefined && CELL_BAR.test(following)) {
      closeRow();
      index += 1;
      if (APPENDIX.test(cleanMarkdownLine(lines[index] ?? ''))) {
        index -= 1;
        break;
      }
    } else if (following === undefined || following.trim() === '' || (width > 0 && row.length >= width + numberCellBeyond(rows, row) && !cellFollows(lines, index)) || (width === 0 && endsFirstRow(row, following))) {
      break;
    }
  }
  closeRow();
  // "| PHỤ LỤC II … (Kèm theo …) | STT | Tên nhiệm vụ | …": the appendix's caption, saved as the
  // header row's first cell, is the paragraph above the table, not a column.
  const first = rows[0];
  const caption = first !== undefined && first.length > 1 && APPENDIX.test(first[0] as string) ? (first.shift() as string) : null;
  return { rows: squareMergedRows(rows), next: index, caption, bodyText };
}

/**
 * 1 when the row opens with its number ("1.2") under a header that names no number column
 * ("Nội dung | Đơn vị thực hiện | …", written again over a part of the table): the number is a
 * cell more than the header has.
 */
function numberCellBeyond(rows: readonly string[][], row: readonly string[]): number {
  const header = rows.find((cells) => !isHeadingRow(cells));
  if (header === undefined || /^(?:s?tt|số tt|số thứ tự)\.?$/iu.test((header[0] ?? '').trim())) return 0;
  return ROW_NUMBER.test((row[0] ?? '').trim()) ? 1 : 0;
}
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?$/u;

/**
 * A row wider than the header ("5.1 | | Thương mại | | | |", a group row with cells to spare): the
 * next line is one more cell when a "|" closes it within a few lines, before any blank line.
 */
function cellFollows(lines: readonly string[], from: number): boolean {
  for (let index = from; index < Math.min(lines.length, from + CELL_LINES); index += 1) {
    const line = lines[index] as string;
    if (line.trim() === '' || isBodyStructure(line) || APPENDIX.test(cleanMarkdownLine(line))) return false;
    if (CELL_BAR.test(line)) return true;
  }
  return false;
}
/** The most lines a cell beyond the header's width may take. */
const CELL_LINES = 4;

/** A header table's cell is a few lines; past this many words it is the body's prose. */
const LONGEST_CELL_WORDS = 60;

/** A heading row of a saved table: one cell, or a numeral ("A.", "II") and its title. */
const HEADING_INDEX = /^(?:[IVX]+|[A-ZĐ]|\d{1,2})\.?$/u;
const isHeadingRow = (cells: readonly string[]) => cells.length === 2 && HEADING_INDEX.test((cells[0] as string).trim());

/**
 * A saved table drops merged cells: a row narrower than the header lost the cells merged with
 * the row above, and the missing ones repeat the row above. Where they were is placeNarrowRow's
 * call (mostly on the left: STT, lead, coordinators spanning several task rows). A heading row
 * (one cell, or a numeral and a title) stays on the left.
 */
export function squareMergedRows(rows: readonly string[][]): string[][] {
  const header = rows[0] ?? [];
  const width = header.length;
  const kinds = header.map(columnKind);
  const squared: string[][] = [];
  for (const row of rows) {
    const above = squared[squared.length - 1];
    const first = (row[0] as string | undefined)?.trim() ?? '';
    if (row.length >= width || width === 0) squared.push(row);
    else if (row.length === 1 || (row.length === 2 && HEADING_INDEX.test(first)) || above === undefined) {
      squared.push([...row, ...Array<string>(width - row.length).fill('')]);
    } else {
      squared.push(placeNarrowRow(row, above, kinds));
    }
  }
  return squared;
}

type TColumnKind = 'index' | 'task' | 'agency' | 'time';

/**
 * Where the cells of a row narrowed by merged cells go. Mostly the merged cells are on the left
 * (number, lead spanning several rows), so the cells are the rightmost ones. Two cases tell
 * otherwise: a row that opens with its number when the table numbers its rows keeps its cells on
 * the left (a merged "Nguồn kinh phí" on the right), and a sub-row whose agency would land outside
 * an agency column starts at the task column ("task | lead" under a merged number).
 */
function placeNarrowRow(row: readonly string[], above: readonly string[], kinds: readonly (TColumnKind | null)[]): string[] {
  const placed = placeByPosition(row, above, kinds);
  // A cell merged in the middle ("2 | Tổ chức hội nghị | Các sở, ngành | Quý I/2026 | Hội nghị" under
  // a lead merged from the row above): when a time lands under names or names under a time, the
  // columns every cell fits, if there are such.
  if (mismatches(placed.columns, row, kinds) === 0) return placed.cells;
  const fitted = placeByKind(row, kinds);
  if (fitted === null) return placed.cells;
  const cells = Array.from({ length: kinds.length }, (_, column) => above[column] ?? '');
  fitted.forEach((column, position) => {
    cells[column] = row[position] as string;
  });
  return cells;
}

function placeByPosition(row: readonly string[], above: readonly string[], kinds: readonly (TColumnKind | null)[]): { cells: string[]; columns: number[] } {
  const width = kinds.length;
  const from = (start: number) => ({ cells: [...above.slice(0, start), ...row, ...above.slice(start + row.length)].slice(0, width), columns: row.map((_, position) => start + position) });
  const cellKinds = row.map(cellKind);
  if (kinds[0] === 'index' && cellKinds[0] === 'index') return from(0);
  const taskColumn = kinds.indexOf('task');
  const agencyAt = cellKinds.indexOf('agency');
  if (taskColumn > 0 && cellKinds[0] === 'task' && agencyAt > 0 && kinds[width - row.length + agencyAt] !== 'agency' && kinds[taskColumn + agencyAt] === 'agency') return from(taskColumn);
  return from(width - row.length);
}

/** A short task's wording ("Tổ chức hội nghị quán triệt Nghị định"): four words or more, not a name or a date. */
const kindOf = (cell: string): TColumnKind | null => cellKind(cell) ?? (cell.trim().split(/\s+/u).length >= 4 ? 'task' : null);

/** Names under a time or a time under names: "Quý I/2026" under "Cơ quan phối hợp". */
function mismatches(columns: readonly number[], row: readonly string[], kinds: readonly (TColumnKind | null)[]): number {
  return columns.filter((column, position) => {
    const [cell, header] = [cellKind(row[position] as string), kinds[column] ?? null];
    return cell !== header && (cell === 'agency' || cell === 'time') && (header === 'agency' || header === 'time');
  }).length;
}

/**
 * The columns, in order, where every cell fits its column's kind, most cells matched; among equals
 * the cells pushed furthest right (merged cells are mostly on the left). Null when none fits.
 */
function placeByKind(row: readonly string[], kinds: readonly (TColumnKind | null)[]): number[] | null {
  const width = kinds.length;
  if (width > 10) return null;
  let best: { columns: number[]; matched: number } | null = null;
  const choose = (start: number, chosen: number[]): void => {
    if (chosen.length === row.length) {
      if (mismatches(chosen, row, kinds) > 0) return;
      const matched = chosen.filter((column, position) => kindOf(row[position] as string) === kinds[column]).length;
      if (best === null || matched >= best.matched) best = { columns: [...chosen], matched };
      return;
    }
    for (let column = start; column <= width - (row.length - chosen.length); column += 1) choose(column + 1, [...chosen, column]);
  };
  choose(0, []);
  return (best as { columns: number[] } | null)?.columns ?? null;
}

function columnKind(header: string): TColumnKind | null {
  const text = header.toLowerCase();
  if (/^(?:stt|tt|số tt|số thứ tự)\.?$/u.test(text.trim())) return 'index';
  if (DEADLINE_HEADER.test(text)) return 'time';
  if (/chủ trì|phối hợp|thực hiện|cơ quan|đơn vị/u.test(text)) return 'agency';
  if (/nội dung|nhiệm vụ|công việc|hoạt động|sản phẩm|kết quả|chỉ tiêu|mục tiêu/u.test(text)) return 'task';
  return null;
}

/** What a cell looks like it holds: a row number, a time, agency names, or a task's wording. */
function cellKind(cell: string): TColumnKind | null {
  const text = cell.trim();
  if (/^(?:\d{1,3}(?:\.\d{1,3})*|[a-zđ]|[IVX]+)[.)]?$/u.test(text)) return 'index';
  if (text.length <= 2 * LONGEST_SHORT_CELL && TIME_CELL.test(text)) return 'time';
  if (text.length <= 2 * LONGEST_SHORT_CELL && AGENCY_CELL.test(text)) return 'agency';
  if (text.length > LONGEST_SHORT_CELL) return 'task';
  return null;
}

/** "Quý II/2026", "Giai đoạn 2026 - 2027", "Thường xuyên", "Trước ngày …", "Năm 2026". */
const TIME_CELL = /^(?:quý|tháng|năm|giai đoạn|thường xuyên|hằng|hàng|định kỳ|trước|trong|hoàn thành|ban hành trong|từ|đến|\d{1,2}\/\d{1,2}\/\d{4}|(?:19|20)\d{2}\b)/iu;
/** "Sở Y tế", "Bộ Tài chính", "Ủy ban nhân dân …", "Các sở, ngành", with or without a list mark; not "Bộ công cụ". */
const AGENCY_CELL = /^(?:[-–•+]\s*)?(?:(?:Sở|Bộ|Cục|Chi cục|Viện|Hội|Đài|Báo|Trung tâm|Văn phòng|Ban|Thanh tra) \p{Lu}|(?:Ủy ban|Uỷ ban|UBND|Công an|Bộ Chỉ huy|Kho bạc|Ngân hàng|Bảo hiểm|Tòa án|Mặt trận|Liên đoàn|Đoàn|Tỉnh đoàn)(?![\p{L}\p{N}])|[Cc]ác (?:sở|bộ|cơ quan|đơn vị|địa phương|tổ chức|Sở|Bộ)(?![\p{L}\p{N}]))/u;

/** A cell longer than this is a task's wording, not a name, date or number. */
const LONGEST_SHORT_CELL = 60;

/**
 * Paragraphs separated by blank lines and hard-wrapped at a fixed width (a legal-text site's
 * page saved as text): many short runs of lines, most of them several lines long. Such runs are
 * one paragraph each; a document with few, long runs (PDF text) is read line by line instead.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  const runs: number[] = [];
  /** Lines followed by another line of their run, and those of them that stop mid-sentence. */
  let inner = 0;
  let midSentence = 0;
  // The run being read; a run that holds a saved table ("|" lines) is the table's cells, not a
  // paragraph: it counts for nothing (a 94-row appendix would make every run look long).
  let run = { length: 0, inner: 0, midSentence: 0, table: false };
  const endRun = () => {
    if (run.length > 0 && !run.table) {
      runs.push(run.length);
      inner += run.inner;
      midSentence += run.midSentence;
    }
    run = { length: 0, inner: 0, midSentence: 0, table: false };
  };
  lines.forEach((line, index) => {
    if (CELL_BAR.test(line)) {
      run.table = true;
      return;
    }
    if (line.trim() === '') {
      endRun();
      return;
    }
    run.length += 1;
    const next = lines[index + 1];
    if (next === undefined || next.trim() === '' || CELL_BAR.test(next)) return;
    run.inner += 1;
    if (/[\p{L}\p{N},]$/u.test(line.replace(/[*_\s]+$/u, ''))) run.midSentence += 1;
  });
  endRun();
  if (runs.length < 10 || inner === 0) return false;
  const total = runs.reduce((sum, run) => sum + run, 0);
  return total / runs.length <= 6 && midSentence >= inner * 0.6;
}

/**
 * The length from which a line is full: most of the width the text is wrapped at (the length of
 * most long lines). Text not wrapped at a fixed width has few lines near one length, so none is.
 */
function fullLineLength(lines: readonly string[]): number {
  const lengths = lines.map((line) => cleanMarkdownLine(line).length).filter((length) => length >= MIN_WRAP_WIDTH).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  const near = lengths.filter((length) => length >= width * 0.85 && length <= width * 1.15).length;
  return lengths.length >= 20 && near >= lengths.length * 0.5 ? Math.ceil(width * 0.85) : Number.POSITIVE_INFINITY;
}

/** Text wrapped narrower than this is a table's cells, not paragraphs. */
const MIN_WRAP_WIDTH = 40;

/** "Xem chi tiết tại Công điện 226/CĐ-TTg ngày 21/11/2025.": a legal-text site's summary of the document ends there, before the document itself. */
const SUMMARY_END = /^\s*Xem chi tiết tại\s+(?:Công điện|Quyết định|Kế hoạch|Nghị quyết|Chỉ thị|Công văn|Thông báo|Chương trình|Kết luận)\s/u;

/**
 * The lines without a site's summary before the document: the summary repeats the document's
 * tasks in its own words, and they would be read twice.
 */
function withoutSiteSummary(lines: string[]): string[] {
  const end = lines.findIndex((line) => SUMMARY_END.test(line));
  return end >= 0 && end < lines.length / 2 ? lines.slice(end + 1) : lines;
}

/** A numbered point in the text: "3.", "3)", "3 - …", or the number alone on its line. */
const POINT_NUMBER = /^\s*(\d{1,2})(?:[.)]\s|\s?[-–]\s|\s*$)/u;

/**
 * Some saved pages set a point's number alone on its line and its text as a bullet below ("3" then
 * "- Ủy ban nhân dân các huyện: …"): the two are one point again ("3. Ủy ban nhân dân …"). Only
 * the number that comes next in the text's numbering (or a first "1") is taken for a point's: a
 * page number alone on its line is not.
 */
function withPointNumbersRejoined(lines: readonly string[]): string[] {
  const joined = [...lines];
  let last = 0;
  for (let index = 0; index < joined.length; index += 1) {
    const line = joined[index] as string;
    const numbered = POINT_NUMBER.exec(line);
    if (numbered === null) continue;
    const number = Number(numbered[1]);
    const alone = /^\s*\d{1,2}\s*$/u.test(line);
    let next = index + 1;
    while (next < joined.length && (joined[next] as string).trim() === '') next += 1;
    const bullet = alone ? /^\s*[-–]\s+(\p{Lu}.*)$/u.exec(joined[next] ?? '') : null;
    if (alone && bullet !== null && (number === 1 || number === last + 1)) {
      joined[index] = '';
      joined[next] = `${number}. ${bullet[1] as string}`;
      index = next;
    }
    if (!alone || bullet !== null) last = number;
  }
  return joined;
}

export function textToBlocks(text: string): TDocumentBlock[] {
  const lines = withPointNumbersRejoined(markPageBreaks(
    withoutRepeatedDocumentName(
      withoutSiteSummary(
        text
          .normalize('NFC')
          .replace(/^\uFEFF/u, '')
          .replace(/\r\n?/gu, '\n')
          .replace(/\f/gu, '\n\n')
          .split('\n'),
      ),
    ),
  ));
  const wrapped = isHardWrapped(lines);
  const fullLine = fullLineLength(lines);
  const blocks: TDocumentBlock[] = [];
  let table: { kind: 'table'; rows: string[][]; style: 'pipe' | 'tab' | 'bar' } | null = null;
  /** In a hard-wrapped document, the paragraph the current run of lines belongs to. */
  let run: { kind: 'paragraph'; text: string } | null = null;
  /** Whether a "**" bold run is open at the end of the line before. */
  let bold = false;
  const lastParagraph = () => {
    const last = blocks[blocks.length - 1];
    return last?.kind === 'paragraph' ? last : null;
  };
  for (let index = 0; index < lines.length; index += 1) {
    const rawLine = lines[index] as string;
    if (CELL_BAR.test(rawLine)) {
      const read = readCellBarTable(lines, index);
      if (read.caption !== null) blocks.push({ kind: 'paragraph', text: read.caption });
      if (read.rows.length > 0) blocks.push({ kind: 'table', rows: read.rows, style: 'bar' } as TDocumentBlock);
      if (read.bodyText !== null) blocks.push({ kind: 'paragraph', text: read.bodyText });
      index = read.next - 1;
      table = null;
      run = null;
      continue;
    }
    const stacked = readStackedTable(lines, index);
    if (stacked !== null) {
      blocks.push({ kind: 'table', rows: stacked.rows, style: 'bar' } as TDocumentBlock);
      index = stacked.next - 1;
      table = null;
      run = null;
      continue;
    }
    if (rawLine.trim() === '') {
      run = null;
      bold = false;
    }
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
    if (wrapped) {
      const before = lastParagraph();
      if (run !== null) run.text = `${run.text} ${line}`;
      else if (before !== null && continuesWithApposition(before.text, line)) {
        run = before;
        run.text = `${run.text} ${line}`;
      } else {
        run = { kind: 'paragraph', text: line };
        blocks.push(run);
      }
      continue;
    }
    const previous = lastParagraph();
    // "**IV. TỔ CHỨC" then "THỰC HIỆN**": a bold run left open goes on on the next line.
    const boldOpen = bold;
    bold = bold !== ((rawLine.match(/\*\*/gu) ?? []).length % 2 === 1);
    // "… báo cáo về Sở Nông nghiệp và" then "Môi trường (qua …)": a line left open goes on.
    const before = cleanMarkdownLine(lines[index - 1] ?? '');
    // "… tình hình triển khai thực hiện" then "Nghị quyết số 66-NQ/TW …": a full line that ends no
    // sentence, in text wrapped at a fixed width, goes on even with a capital.
    const leftOpen = (OPEN_LINE_END.test(before) || (before.length >= fullLine && !/[.;:!?)”"*]$/u.test(before))) && classifyParagraph(line).kind === 'text';
    // "-" or "1." alone on its line, then the item's words: one item.
    const markOnly = previous !== null && LIST_MARK_ONLY.test(previous.text.trim());
    if (previous !== null && (continuesParagraph(line) || boldOpen || leftOpen || markOnly || continuesWithApposition(previous.text, line))) previous.text = `${previous.text} ${line}`;
    else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks.map((block) => (block.kind === 'table' ? { kind: 'table', rows: block.rows, ...((block as { style?: string }).style === 'bar' ? { wholeRows: true as const } : {}) } : block));
}
