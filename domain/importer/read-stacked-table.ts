// A table in text taken from a PDF: no delimiters, each cell's lines one after another, the row
// number on a line of its own ("TT / Nội dung công việc / Cơ quan / chủ trì / … / 1 / Tăng cường
// công tác … / Các bộ, cơ / quan ngang bộ / … / Thường xuyên / 2 / …"). The header says how many
// cells a row has; the task cell is the wide one (its lines are long), and the narrow cells after
// it start where a line opens with a capital after a line that does not leave its phrase open.
// A row cut by a page break goes on after the repeated header: long lines continue the task, short
// ones the cells the page cut (those left on an open phrase, or else the tallest).
import { DEADLINE_HEADER, RESPONSIBLE_HEADER, TASK_HEADER } from './read-task-table';
import { isPageBreak } from './page-furniture';
import { startsWithActor } from './read-leading-actor';

const INDEX_HEADER = /^(?:S?TT|Số TT|Số thứ tự)\.?$/iu;
const ROMAN = /^([IVX]{1,5})\.?$/u;
/** "III Tiếp tục sắp xếp …": a group row with its title on the numeral's line. */
const ROMAN_TITLE = /^([IVX]{1,5})\.?\s+(\S.*)$/u;
const NUMBER = /^(\d{1,3})\.?$/u;
/** "2. Đẩy mạnh nghiên cứu …": a group row with its title on its number's line, in a table whose tasks are "2.1", "2.2". */
const NUMBER_TITLE = /^(\d{1,3})\.\s+(\p{Lu}.*)$/u;
/** "103 Xây dựng Đề án …": the next row's number with its task's first line, on one line. */
const NUMBER_INLINE = /^(\d{1,3})(\.?)\s+(\p{Lu}.*)$/u;
/** "2.1" alone, or "2.1 Theo dõi, tổng hợp …" with the task's first line after it. */
const SUB_NUMBER = /^(\d{1,3})\.(\d{1,2})\.?(?:\s+(\S.*))?$/u;
/** What follows a table: an appendix, the recipients, the signature, the next section. */
const TABLE_END = /^(?:TM|KT|Q)\.\s|^(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s+\S/u;
const APPENDIX_OR_RECIPIENTS = /^(?:phụ lục|nơi nhận)(?![\p{L}\p{N}])/iu;
const MAX_HEADER_LINES = 20;
const MAX_HEADER_LINE = 40;
/**
 * A line that leaves its phrase open: the next line continues the cell even if it starts with a
 * capital. "số" only after a document ("Quyết định số"), not in "công nghệ số".
 */
const OPEN_END = /(?:[,;:(–-]|(?:^|\s)(?:và|của|với|các|cho|theo|tại|về|thuộc|trong|(?<!(?:hằng|hàng|mỗi|cuối|đầu|giữa)\s)(?:ngày|tháng|quý|năm)|số(?<=(?:bản|định|hoạch|tư|văn|thị|luật|quyết)\ssố)|đến|từ|hoặc|chủ tịch|giám đốc|thủ trưởng))$/iu;
/** Open even in a cell cut by a page break: a date goes on after "ngày", "Quý", "Giai đoạn" (not after "Hằng năm", a whole time). */
const DATE_OPEN_END = /(?:^|\s)(?:(?<!(?:hằng|hàng|mỗi|cuối|đầu|giữa)\s)(?:ngày|tháng|quý|năm)|giai đoạn|số(?<=(?:bản|định|hoạch|tư|văn|thị|luật|quyết)\ssố))$/iu;
/** A name cut after its first word ("Bộ Y tế; Bộ" / "Tài chính", "Bộ Công" / "Thương", "Việt" / "Nam"). */
const OPEN_NAME = /(?:^|\s)(?:Bộ|Sở|Công|Việt|Ban|Cục|Tổng cục|Chi cục|Ủy ban|Văn phòng|Trung tâm|Viện|Hội|Đài|Thanh tra|Kho bạc|Ngân hàng|Công an|Tòa án)$/u;
/** A time cell may open with a number: "2026", "12/2026", "30/6/2026". */
const DATE_START = /^(?:\d{1,2}\/){0,2}\d{4}\b/u;
/** A line that opens a time cell: "Quý II/2026", "Tháng 12/2026", "Năm 2026", "2026". */
const TIME_START = /^(?:(?:quý|tháng|năm|giai đoạn)\s+\S*\d|(?:\d{1,2}\/){0,2}\d{4}(?![\p{L}\p{N}]))/iu;
/** Words of a time cell (Vietnamese letters are no word characters to \b, hence the lookarounds). */
const TIME_WORDS = /(?<![\p{L}\p{N}])(?:quý|năm|tháng|giai đoạn|thường xuyên|hằng năm|hàng năm|trước|định kỳ|\d{4})(?![\p{L}\p{N}])/iu;
/** A line at least this share of the table's long lines belongs to the wide (task) cell. */
const WIDE_SHARE = 0.6;

interface THeader {
  cells: string[];
  lines: string[];
  /** The first line after the header. */
  end: number;
}

interface TRow {
  index: string;
  group: boolean;
  /** The row's lines, one list per page it is on. */
  parts: string[][];
  /** A "-" item of the numbered row above: cells it leaves empty are merged with the item before. */
  item?: true;
}

const romanValue = (numeral: string) => {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  return [...numeral].reduce((sum, letter, position) => {
    const value = values[letter] as number;
    const next = values[numeral[position + 1] ?? ''] ?? 0;
    return sum + (value < next ? -value : value);
  }, 0);
};

const startsWithCapital = (line: string) => /^\p{Lu}/u.test(line);
const isRowMarker = (line: string) => ROMAN.test(line) || ROMAN_TITLE.test(line) || NUMBER.test(line) || SUB_NUMBER.test(line);

/** Lines of one cell joined: "210-" and "KL/TW" make "210-KL/TW". */
export function joinCellLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((text, line) => (text === '' ? line : /\S-$/u.test(text) ? `${text}${line}` : `${text} ${line}`), '')
    .replace(/\s+/gu, ' ');
}

/**
 * The second line of a header cell written in capitals ("THỜI HẠN / HOÀN THÀNH", "CƠ QUAN PHỐI /
 * HỢP", "CẤP TRÌNH/ / PHÊ DUYỆT"); "CHỦ TRÌ" and "PHỐI HỢP" only after a bare "CƠ QUAN" (under "CƠ
 * QUAN THỰC HIỆN" they are columns of their own).
 */
function continuesCapitalHeader(line: string, cell: readonly string[]): boolean {
  const text = line.trim().toLowerCase();
  const before = joinCellLines(cell).toLowerCase();
  if (line.trim() !== line.trim().toUpperCase()) return false;
  if (/\/$/u.test(before)) return true;
  if (/^(?:chủ trì|phối hợp)$/u.test(text)) return /^(?:cơ quan|đơn vị)$/u.test(before);
  return /^(?:hoàn thành|thực hiện|hợp|phê duyệt|duyệt|cụ thể|công việc|chủ trì)$/u.test(text) && !/(?:hoàn thành|thực hiện|chủ trì|phối hợp)$/u.test(before);
}

/** Header lines joined into cells: a line that starts with a capital starts a cell. */
function headerCells(lines: readonly string[]): string[] {
  const cells: string[][] = [];
  for (const line of lines) {
    const last = cells[cells.length - 1];
    if (last === undefined || (startsWithCapital(line) && !continuesCapitalHeader(line, last))) cells.push([line]);
    else last.push(line);
  }
  return cells.map(joinCellLines);
}

function readHeader(lines: readonly string[], start: number): THeader | null {
  const first = (lines[start] ?? '').trim();
  if (!INDEX_HEADER.test(first)) return null;
  const headerLines = [first];
  let index = start + 1;
  for (; index < lines.length && headerLines.length <= MAX_HEADER_LINES; index += 1) {
    const text = (lines[index] as string).trim();
    if (text === '' || isPageBreak(lines[index] as string) || isRowMarker(text)) break;
    if (text.length > MAX_HEADER_LINE) return null;
    headerLines.push(text);
  }
  // "Cơ quan thực hiện" over "Chủ trì | Phối hợp" is no column of its own.
  const cells = headerCells(headerLines).filter((cell, position, all) => !(RESPONSIBLE_HEADER.test(cell.toLowerCase()) && /^(?:chủ trì|phối hợp)/iu.test(all[position + 1] ?? '')));
  const lower = cells.map((cell) => cell.toLowerCase());
  const hasTask = lower.some((cell) => TASK_HEADER.test(cell));
  const hasLead = lower.some((cell) => /chủ trì/u.test(cell) || RESPONSIBLE_HEADER.test(cell));
  if (cells.length < 4 || !hasTask || !hasLead || !isRowMarker((lines[index] ?? '').trim())) return null;
  return { cells, lines: headerLines, end: index };
}

/** "2. Bộ Tư pháp …" after "1. Bộ Tài chính …" in the row: the next of a cell's numbered parts, not the next row. */
const continuesParts = (row: TRow | undefined, number: number) => row?.parts.flat().some((line) => line.startsWith(`${number - 1}. `)) === true;

/** A "-" alone on its line: an item of the row above, or an empty cell. */
const isItemMark = (text: string) => /^[-–+]$/u.test(text);

/**
 * Whether the "-" at lines[index] opens an item of the row ("4 / Hoàn thiện … / - / Công trình đê
 * điều …"): the row has no names yet (or is an item itself) and a task's wording follows, not a
 * name or a time (then the "-" is an empty cell).
 */
function startsItem(lines: readonly string[], index: number, row: TRow): boolean {
  const next = lines.slice(index + 1).find((line) => line.trim() !== '')?.trim() ?? '';
  const namesSoFar = row.parts.flat().some((line) => startsWithActor(line));
  return (row.item === true || !namesSoFar) && next.length >= 20 && startsWithCapital(next) && !startsWithActor(next) && !TIME_WORDS.test(next.split(/\s+/u).slice(0, 2).join(' '));
}

/** The header printed again at the top of a page. */
function repeatsHeader(lines: readonly string[], index: number, header: THeader): boolean {
  return header.lines.every((line, offset) => (lines[index + offset] ?? '').trim() === line);
}

/**
 * Whether line starts a new cell after previous. Strictly, not after a line that leaves its phrase
 * open ("… nhân dân các"); loosely, after such a line too: a cell cut by a page break ends open.
 */
function startsCell(line: string, previous: string, loose = false, twoBefore = ''): boolean {
  const before = previous.trim();
  // "-" alone is an empty cell: a cell of its own.
  if (isItemMark(line.trim()) || isItemMark(before)) return true;
  // "Năm 2026 / 1. Bộ Tài chính tổng kết … / 2. Bộ Tư pháp …": a cell that lists its parts by number.
  if (/^1\.\s+\p{Lu}/u.test(line.trim())) return true;
  if (/^[2-9]\.\s+\p{Lu}/u.test(line.trim())) return false;
  // "Bộ Ngoại giao; / Hệ sinh thái được thành lập": a list of names ends where a line opens with no
  // name; "Bộ Văn hóa, / Thể thao và Du lịch" is one name.
  if (/[,;]$/u.test(before) && !/(?:Văn hóa|Lao động),$/u.test(before) && startsWithName(before) && startsWithCapital(line) && !startsWithName(line) && !DATE_START.test(line)) return true;
  // "Bộ Khoa học và / Công nghệ": a name goes on after "và", even in a cell cut by a page break.
  const nameGoesOn = loose && /\svà$/u.test(before) && startsWithName(before);
  // "Thanh / tra / Chính phủ": a name cut after each of its first words.
  const cutName = /^\p{Ll}+$/u.test(before) && OPEN_NAME.test(`${twoBefore.trim()} ${before}`);
  if (OPEN_NAME.test(before) || cutName || DATE_OPEN_END.test(before) || /[,;:(–-]$/u.test(before) || nameGoesOn || (!loose && OPEN_END.test(before))) return false;
  // "Bộ Ngoại giao / Và các cơ quan, tổ chức …": a conjunction goes on with the cell before it.
  if (/^(?:Và|Hoặc|Cùng)\s/u.test(line.trim())) return false;
  // "các / tổ / chức / PCPNN," in a column one word wide: an abbreviation and its comma end the name.
  if (/^\p{Lu}{2,}[,;]/u.test(line.trim()) && /^\p{Ll}+$/u.test(before)) return false;
  // "… về / các / tổ / chức / PCPNN": the list's last abbreviation, alone on its line, ends it too.
  if (/^\p{Lu}{2,}$/u.test(line.trim()) && /^\p{Ll}+$/u.test(before) && /^\p{Ll}+,?$/u.test(twoBefore.trim())) return false;
  return startsWithCapital(line) || DATE_START.test(line);
}

/**
 * A cell that opens with an agency's name: "Bộ Tài chính", "Cơ quan, tổ chức …", not a product
 * such as "Bộ tiêu chí …" or "Bảo hiểm y tế …" (a proper name goes on in capitals).
 */
const startsWithName = (line: string) => startsWithActor(line) && !/^(?:Bộ|Sở|Cục|Viện|Trung tâm|Cổng|Ban|Hội|Quỹ|Bảo hiểm(?! xã hội)) \p{Ll}/u.test(line.trim());

/** A line after which its phrase must go on. */
const endsOpen = (line: string) => OPEN_END.test(line.trim()) || OPEN_NAME.test(line.trim());

/** Lines cut into cells at each line that starts one, never inside brackets. */
function segments(lines: readonly string[], loose = false): string[][] {
  const cells: string[][] = [];
  let depth = 0;
  lines.forEach((line, position) => {
    if (cells.length === 0 || (depth === 0 && startsCell(line, lines[position - 1] as string, loose, lines[position - 2]))) cells.push([line]);
    else (cells[cells.length - 1] as string[]).push(line);
    depth = Math.max(0, depth + (line.match(/\(/gu) ?? []).length - (line.match(/\)/gu) ?? []).length);
  });
  return cells;
}

class StackedRowReader {
  constructor(
    private readonly columns: number,
    private readonly taskColumn: number,
    private readonly deadlineColumn: number,
    private readonly wideLength: number,
    private readonly coordinatorColumn = -1,
  ) {}

  /** The time column comes right after the task's: "Nhiệm vụ | Thời hạn hoàn thành | Cơ quan chủ trì | …". */
  private get timeAfterTask(): boolean {
    return this.deadlineColumn === this.taskColumn + 1;
  }

  private isWide(line: string): boolean {
    return line.length >= this.wideLength;
  }

  /**
   * The task's lines in part: from its first long line to its last, and one short closing line.
   * Long is wide for the table, or, after a page break, longer than the row's short cells.
   */
  private taskSpan(lines: readonly string[], isLong = (line: string) => this.isWide(line)): { from: number; to: number } | null {
    const from = lines.findIndex(isLong);
    if (from < 0) return null;
    let to = from;
    for (let position = from; position < lines.length; position += 1) if (isLong(lines[position] as string)) to = position;
    // Columns of like width: a line that opens a cell with an agency's name ("Bộ Khoa học và") ends the task before it.
    // So does a time when its column comes right after the task's ("… sử dụng đất / Quý II/2026 / Bộ …").
    const opensCell = (line: string) => startsWithActor(line) || (this.timeAfterTask && line.trim().length <= 20 && TIME_START.test(line.trim()));
    const named = lines.findIndex((line, position) => position > from && position <= to && startsCell(line, lines[position - 1] as string) && opensCell(line));
    if (named > 0) return { from, to: named - 1 };
    // A paragraph's last line is short: after a full line, it continues the task when a cell starts right after it.
    const tail = lines[to + 1];
    const afterTail = lines[to + 2];
    if (this.isWide(lines[to] as string) && tail !== undefined && !startsCell(tail, lines[to] as string) && (afterTail === undefined || startsCell(afterTail, tail))) to += 1;
    return { from, to };
  }

  /** item: a "-" item of a row, whose merged cells are printed once: fewer cells are no sign of cut ones. */
  cells(parts: readonly (readonly string[])[], item = false): string[] {
    const cells: string[][] = Array.from({ length: this.columns }, () => []);
    const [first = [], ...rest] = parts;
    this.readFirstPart(first, cells, rest.length > 0, item);
    for (const part of rest) this.readContinuation(part, cells);
    return cells.map(joinCellLines);
  }

  /** The row's lines before any page break; cut says whether the row goes on after one. */
  private readFirstPart(lines: readonly string[], cells: string[][], cut: boolean, item: boolean): void {
    const span = this.taskSpan(lines);
    const before = segments(span === null ? [] : lines.slice(0, span.from));
    const task = span === null ? [] : lines.slice(span.from, span.to + 1);
    const rest = span === null ? lines : lines.slice(span.to + 1);
    const slots = this.columns - this.taskColumn - 1;
    const strict = segments(rest);
    // Too few cells (not in an item, whose merged cells are printed once), or cells cut by the
    // page's end: cut at every capital. A cut row whose cells fit the columns as they are (and end
    // on a time, when the time is the last column) keeps them: "Các / Bộ, ngành" stays one cell.
    const lastIsTime = this.deadlineColumn !== this.columns - 1 || TIME_WORDS.test(joinCellLines(strict[strict.length - 1] ?? []));
    const after = (cut && !(strict.length === slots && lastIsTime)) || (strict.length < slots && !item) ? segments(rest, true) : strict;
    if (span === null) {
      // No long line: the task is the cell in its place.
      before.push(...after.splice(0, Math.min(this.taskColumn, after.length)));
      task.push(...(after.shift() ?? []));
    }
    // Short cells before the task that are too many were the task's first lines.
    while (before.length > this.taskColumn) task.unshift(...(before.pop() as string[]));
    before.forEach((cell, position) => cells[position]?.push(...cell));
    // More short cells than columns after the task. A last column for the time whose last cell
    // does not read as a time was cut at a capital inside it ("… triển khai thực hiện / Luật Viên chức").
    const timeLast = this.deadlineColumn === this.columns - 1;
    while (after.length > slots && timeLast && after.length >= 2 && !TIME_WORDS.test(joinCellLines(after[after.length - 1] as string[]))) {
      const piece = after.pop() as string[];
      (after[after.length - 1] as string[]).push(...piece);
    }
    // Names on lines of their own after the lead's cell ("Bộ Khoa học và / Công nghệ / Bộ Tài chính /
    // Cơ quan, tổ chức, …"): the coordinators' cell lists one per line, so the names after the lead's join it.
    const coordinators = this.coordinatorColumn - this.taskColumn - 1;
    const nameAt = (position: number) => startsWithName(after[position]?.[0] ?? '');
    // A short last line of the task before them ("… công nghệ số / Make in Viet Nam.") closes the task.
    while (after.length > slots + 1 && coordinators === 1 && !nameAt(0) && [1, 2, 3].every(nameAt)) task.push(...(after.shift() as string[]));
    while (after.length > slots && coordinators === 1 && (!timeLast || TIME_WORDS.test(joinCellLines(after[after.length - 1] as string[]))) && [0, 1, 2].every(nameAt)) {
      const [cell, next] = [after[1] as string[], after[2] as string[]];
      cell[cell.length - 1] = `${(cell[cell.length - 1] as string).replace(/[;,]?\s*$/u, '')};`;
      cell.push(...next);
      after.splice(2, 1);
    }
    // A product cut at a capital inside it ("Các Diễn đàn / Doanh nghiệp công nghệ số … được tổ chức"),
    // after the lead's and the coordinators' names: its pieces are one cell, before the time.
    while (after.length > slots && coordinators === 1 && after.length - 1 > 3 && nameAt(0) && nameAt(1) && !nameAt(2)) {
      (after[2] as string[]).push(...(after[3] as string[]));
      after.splice(3, 1);
    }
    // Still too many: the first ones close the task, unless the first is the time the column right
    // after the task wants ("… thực tiễn / Quý II/2026 / 1. Bộ … / Các bộ … / Bộ Công an …"): then
    // the last ones are one cell.
    while (after.length > slots) {
      const first = after[0] as string[];
      if (this.timeAfterTask && first.length <= 2 && TIME_WORDS.test(joinCellLines(first))) (after[after.length - 2] as string[]).push(...(after.pop() as string[]));
      else task.push(...(after.shift() as string[]));
    }
    (cells[this.taskColumn] as string[]).push(...task);
    const targets = Array.from({ length: slots }, (_, offset) => this.taskColumn + 1 + offset);
    // Fewer: an empty cell printed nothing. A time cell keeps its column.
    const last = after[after.length - 1];
    if (after.length < slots && last !== undefined && this.deadlineColumn > this.taskColumn && TIME_WORDS.test(joinCellLines(last))) {
      (cells[this.deadlineColumn] as string[]).push(...last);
      after.pop();
      targets.splice(targets.indexOf(this.deadlineColumn), 1);
    }
    after.forEach((cell, position) => cells[targets[position] as number]?.push(...cell));
  }

  /** The lines of a row after a page break: long ones go on with the task, short ones with the cells that were cut. */
  private readContinuation(lines: readonly string[], cells: string[][]): void {
    if (lines.length === 0) return;
    const shortCells = cells.filter((_, column) => column !== this.taskColumn).flat();
    const shortWidth = shortCells.length === 0 ? this.wideLength : Math.max(...shortCells.map((line) => line.length));
    const span = this.taskSpan(lines, (line) => this.isWide(line) || line.length > shortWidth + 2);
    const short = [...(span === null ? lines : lines.slice(0, span.from)), ...(span === null ? [] : lines.slice(span.to + 1))];
    if (span !== null) (cells[this.taskColumn] as string[]).push(...lines.slice(span.from, span.to + 1));
    if (short.length === 0) return;
    // The cells the page cut: those whose last line leaves its phrase open ("… nhân dân các"), or
    // else the tallest ones (cells hang from the row's top, so the tallest reach the page's end).
    const leftOpen = cells.flatMap((cell, column) => (column !== this.taskColumn && cell.length > 0 && endsOpen(cell[cell.length - 1] as string) ? [column] : []));
    const heights = cells.map((cell, column) => (column === this.taskColumn ? -1 : cell.length));
    const tallest = Math.max(...heights);
    const cut = leftOpen.length > 0 ? leftOpen : heights.flatMap((height, column) => (height >= tallest - 1 && height > 0 ? [column] : []));
    segments(short).forEach((segment, position) => cells[cut[Math.min(position, cut.length - 1)] as number]?.push(...segment));
  }
}

/** The length from which a line is the wide cell's: a share of the table's long lines. */
function wideLength(lines: readonly string[]): number {
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  const long = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  return Math.max(1, Math.ceil(long * WIDE_SHARE));
}

/** "Bộ Nông nghiệp và Môi trường Các bộ, cơ quan, địa": the lead's last line and the coordinators' first, printed as one. */
const MERGED_NAMES = /^(.*\p{Ll})\s+(Các\s+(?:bộ|sở|cơ quan|địa phương|đơn vị|ngành|tỉnh)(?![\p{L}\p{N}]).*)$/u;

/** Moves the coordinators a lead's cell swallowed back to theirs (columns counted with the row's number). */
function splitMergedNames(cells: string[], lead: number, coordinators: number): void {
  const merged = lead > 0 && coordinators > 0 ? MERGED_NAMES.exec(cells[lead] ?? '') : null;
  if (merged === null) return;
  const rest = cells[coordinators] ?? '';
  const tail = merged[2] as string;
  cells[lead] = merged[1] as string;
  cells[coordinators] = rest === '' ? tail : `${tail}${/[,;]$/u.test(tail) ? ' ' : /^\p{Ll}/u.test(rest) ? ' ' : ', '}${rest}`;
}

/**
 * Reads a PDF-text table whose header starts at lines[start] ("TT" or "STT" on a line of its
 * own). Returns null when no such header is there. Rows: the header's cells, then per row its
 * number and cells; a group row ("I", "II") has its title in the task cell.
 */
export function readStackedTable(lines: readonly string[], start: number): { rows: string[][]; next: number } | null {
  const header = readHeader(lines, start);
  if (header === null) return null;
  const rows: TRow[] = [];
  let lastRoman = 0;
  let lastNumber = 0;
  let numberBeforeGroup = 0;
  let lastSub = 0;
  let index = header.end;
  for (; index < lines.length; index += 1) {
    const raw = lines[index] as string;
    const text = raw.trim();
    const row = rows[rows.length - 1];
    if (isPageBreak(raw)) {
      row?.parts.push([]);
      continue;
    }
    if (text === '') continue;
    if (repeatsHeader(lines, index, header)) {
      index += header.lines.length - 1;
      continue;
    }
    const roman = ROMAN.exec(text) ?? ROMAN_TITLE.exec(text);
    // The next group's numeral and a title in sentence case stay in the table; a section heading ("III. TỔ CHỨC THỰC HIỆN") ends it.
    const groupTitle = roman?.[2];
    const nextGroup = roman !== null && romanValue(roman[1] as string) === lastRoman + 1 && (groupTitle === undefined || groupTitle !== groupTitle.toUpperCase());
    if (!nextGroup && (TABLE_END.test(text) || APPENDIX_OR_RECIPIENTS.test(text))) break;
    const number = NUMBER.exec(text);
    const sub = SUB_NUMBER.exec(text);
    const numberTitle = lastSub > 0 ? NUMBER_TITLE.exec(text) : null;
    const inline = number === null && numberTitle === null ? NUMBER_INLINE.exec(text) : null;
    const nextNumber = (value: string) => Number(value) === lastNumber + 1 || (lastNumber === 0 && Number(value) === numberBeforeGroup + 1);
    if (roman !== null && nextGroup) {
      lastRoman += 1;
      numberBeforeGroup = lastNumber;
      lastNumber = 0;
      rows.push({ index: roman[1] as string, group: true, parts: [groupTitle === undefined ? [] : [groupTitle]] });
    } else if (number !== null && (Number(number[1]) === lastNumber + 1 || (lastNumber === 0 && Number(number[1]) === numberBeforeGroup + 1))) {
      lastNumber = Number(number[1]);
      lastSub = 0;
      rows.push({ index: number[1] as string, group: false, parts: [[]] });
    } else if (inline !== null && lastSub === 0 && (lastNumber > 0 || numberBeforeGroup > 0) && nextNumber(inline[1] as string) && !(inline[2] === '.' && continuesParts(row, Number(inline[1])))) {
      lastNumber = Number(inline[1]);
      rows.push({ index: inline[1] as string, group: false, parts: [[inline[3] as string]] });
    } else if (numberTitle !== null && Number(numberTitle[1]) === lastNumber + 1) {
      lastNumber += 1;
      lastSub = 0;
      rows.push({ index: numberTitle[1] as string, group: false, parts: [[numberTitle[2] as string]] });
    } else if (sub !== null && Number(sub[1]) === lastNumber && Number(sub[2]) === lastSub + 1) {
      lastSub += 1;
      rows.push({ index: `${sub[1]}.${sub[2]}`, group: false, parts: [sub[3] === undefined ? [] : [sub[3]]] });
    } else if (row !== undefined && isItemMark(text) && !row.group && startsItem(lines, index, row)) {
      rows.push({ index: '', group: false, parts: [[]], item: true });
    } else if (row !== undefined) {
      (row.parts[row.parts.length - 1] as string[]).push(text);
    }
  }
  const body = rows.flatMap((row) => row.parts.flat());
  const lower = header.cells.map((cell) => cell.toLowerCase());
  const taskColumn = lower.findIndex((cell) => TASK_HEADER.test(cell)) - 1;
  const deadlineColumn = lower.findIndex((cell) => DEADLINE_HEADER.test(cell)) - 1;
  const coordinatorColumn = lower.findIndex((cell) => /phối hợp/u.test(cell)) - 1;
  const leadColumn = lower.findIndex((cell) => /chủ trì/u.test(cell)) - 1;
  const reader = new StackedRowReader(header.cells.length - 1, taskColumn, deadlineColumn, wideLength(body), coordinatorColumn);
  const tableRows: string[][] = [];
  rows.forEach((row, position) => {
    if (row.group) {
      tableRows.push([row.index, joinCellLines(row.parts.flat()), ...Array<string>(header.cells.length - 2).fill('')]);
      return;
    }
    const cells = [row.index, ...reader.cells(row.parts.filter((part) => part.length > 0), row.item === true).map((cell) => (isItemMark(cell) ? '' : cell))];
    // "- Công trình giao thông. / Bộ Xây dựng": a cell merged over the items is printed once, on the first.
    const before = rows[position - 1]?.item === true ? tableRows[tableRows.length - 1] : undefined;
    if (row.item === true && before !== undefined) {
      for (let column = taskColumn + 2; column < cells.length; column += 1) if (cells[column] === '') cells[column] = before[column] ?? '';
    }
    splitMergedNames(cells, leadColumn + 1, coordinatorColumn + 1);
    tableRows.push(cells);
  });
  return { rows: [header.cells, ...tableRows], next: index };
}
