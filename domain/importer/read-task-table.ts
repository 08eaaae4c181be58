// Task tables, usually the plan's appendix: "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan
// phối hợp | Thời gian hoàn thành | Sản phẩm". Rows with a Roman numeral or a letter in the STT
// column are group headings; a row with an empty STT continues the cells of the row above (a
// copy from Word breaks a cell that holds several lines into several rows).

type TColumn = 'index' | 'task' | 'lead' | 'coordinators' | 'responsible' | 'deadline' | 'deliverable';

export interface TTableTask {
  text: string;
  leadText: string;
  coordinatorText: string;
  deadlineText: string;
  deliverableText: string;
  /** A single "Cơ quan thực hiện" column: who does it, read as an assignment ("X chủ trì, phối hợp Y"). */
  responsibleText: string;
}

export interface TTableSegment {
  /** Heading row above these tasks; null for tasks before any heading row. */
  title: string | null;
  tasks: TTableTask[];
}

/** One column for who does the task: "Cơ quan thực hiện", "Đơn vị thực hiện", "Trách nhiệm thực hiện", "Bộ phụ trách tiếp nhận, xử lý". */
export const RESPONSIBLE_HEADER = /^(?:cơ quan|đơn vị|bộ phận|bộ|sở|bộ, ngành)(?:,? (?:cơ quan|đơn vị|địa phương))* (?:thực hiện|chịu trách nhiệm|được giao|phụ trách|tiếp nhận|xử lý)|^trách nhiệm(?: thực hiện)?$|^phân công/u;

/**
 * The task column's header: "Nội dung nhiệm vụ", "Công việc", and "Tên đề án ưu tiên", "Tên dự án" in
 * a table of schemes to draw up, "Thông tin đề xuất" in a table of proposals handed out to be dealt
 * with (not "Tỉnh kiến nghị", who proposed).
 */
export const TASK_HEADER = /nội dung|nhiệm vụ|công việc|hoạt động|(?:tên|các) (?:đề án|dự án|chương trình|văn bản)|^(?:thông tin|vấn đề) (?:đề xuất|kiến nghị)|^(?:đề xuất|kiến nghị)(?:,? (?:đề xuất|kiến nghị))*$/u;

/** The time column's header: "Thời gian hoàn thành", "Thời hạn", "Tiến độ", "Năm thực hiện", "Mốc hoàn thành". */
export const DEADLINE_HEADER = /thời gian|thời hạn|tiến độ|lộ trình|năm (?:hoàn thành|thực hiện)|thời điểm|mốc|hạn (?:hoàn thành|chót)/u;

/** Header words of each column, checked in this order ("Cơ quan chủ trì thực hiện nhiệm vụ" is the lead). */
const HEADER_WORDS: ReadonlyArray<readonly [TColumn, RegExp]> = [
  ['index', /^(?:stt|tt|số tt|số thứ tự)\.?$/u],
  ['lead', /chủ trì/u],
  ['coordinators', /phối hợp/u],
  ['responsible', RESPONSIBLE_HEADER],
  ['deadline', DEADLINE_HEADER],
  ['deliverable', /sản phẩm|kết quả/u],
  ['task', TASK_HEADER],
];

/** "Thời gian | Bắt đầu": when a task starts, not when it is due. */
const START_HEADER = /bắt đầu|khởi công|khởi động/u;

function columnsOf(row: readonly string[]): Map<TColumn, number> {
  const columns = new Map<TColumn, number>();
  row.forEach((cell, index) => {
    const header = cell.normalize('NFC').toLowerCase().trim();
    if (START_HEADER.test(header) && !/hoàn thành|kết thúc/u.test(header)) return;
    const column = HEADER_WORDS.find(([name, words]) => !columns.has(name) && words.test(header))?.[0];
    if (column !== undefined) columns.set(column, index);
    // "Nội dung nhiệm vụ" is the task, even after "Thuộc nhóm nhiệm vụ" (a group); after "Tên dự
    // án, nhiệm vụ" (the task's name) "Nội dung chính" only details it.
    else if (/nội dung/u.test(header) && columns.has('task') && /nhóm/u.test((row[columns.get('task') as number] ?? '').toLowerCase())) columns.set('task', index);
  });
  return columns;
}

const GROUP_INDEX = /^(?:[IVX]+|[A-ZĐ])\.?$/u;
const TASK_INDEX = /^\d{1,3}(?:\.\d{1,3})*\.?$/u;
/** The "(1) (2) (3)" row some tables put under the header. */
const NUMBERING_CELL = /^\(?\d{1,2}\)?$/u;

const isUpperCaseTitle = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase();

const isHeader = (columns: Map<TColumn, number>) => columns.has('task') && (columns.has('lead') || columns.has('coordinators') || columns.has('responsible'));
/** The most words a header cell below a span has: "Cơ quan, đơn vị chủ trì thực hiện". */
const MAX_LABEL_WORDS = 7;
/** The cells under a span of the time column: "Bắt đầu | Hoàn thành", "Từ | Đến". */
const TIME_SPAN_PARTS = /^(?:bắt đầu|hoàn thành|kết thúc|từ|đến)$/u;
const isSubHeader = (columns: Map<TColumn, number>, row: readonly string[]) => {
  const named = row.map((cell) => cell.normalize('NFC').toLowerCase().trim()).filter((cell) => cell !== '');
  return !columns.has('task') && (columns.has('lead') || columns.has('coordinators') || (named.length >= 2 && named.every((cell) => TIME_SPAN_PARTS.test(cell))));
};

/**
 * A header on two rows: "Cơ quan thực hiện" spans "Chủ trì | Phối hợp" below it. The second row
 * either keeps a cell for every column (most left empty) or holds only the cells under the span;
 * either way each column's name becomes the upper cell and the lower one together.
 */
export function mergeHeaderRows(upper: readonly string[], lower: readonly string[]): string[] {
  const filled = lower.map((cell, index) => ({ cell: cell.trim(), index })).filter(({ cell }) => cell !== '');
  if (filled.length === 0) return [...upper];
  let top: string[];
  let bottom: string[];
  if (lower.length >= upper.length) {
    // Every column has its cell below: the span lost its cells in the upper row, so widen it.
    const spanAt = (filled[0] as { index: number }).index;
    const extra = lower.length - upper.length;
    top = [...upper.slice(0, spanAt + 1), ...Array.from({ length: extra }, () => upper[spanAt] ?? ''), ...upper.slice(spanAt + 1)];
    bottom = [...lower];
  } else {
    // Only the cells under the span: they take its place.
    const under = filled.map(({ cell }) => cell);
    const folded = (cell: string) => cell.normalize('NFC').toLowerCase().trim();
    // "Thời gian" over "Bắt đầu | Hoàn thành"; else "Cơ quan thực hiện" over "Chủ trì | Phối hợp".
    const timeSpan = under.every((cell) => TIME_SPAN_PARTS.test(folded(cell))) ? upper.findIndex((cell) => DEADLINE_HEADER.test(folded(cell))) : -1;
    const named = upper.findIndex((cell) => RESPONSIBLE_HEADER.test(folded(cell)));
    const spanAt = timeSpan >= 0 ? timeSpan : named >= 0 ? named : (filled[0] as { index: number }).index;
    top = [...upper.slice(0, spanAt), ...under.map(() => upper[spanAt] ?? ''), ...upper.slice(spanAt + 1)];
    bottom = [...upper.slice(0, spanAt).map(() => ''), ...under, ...upper.slice(spanAt + 1).map(() => '')];
  }
  // An empty upper cell over a named lower one is the span, merged: it takes the name to its left.
  return top.map((cell, index) => {
    const below = (bottom[index] ?? '').trim();
    let above = cell.trim();
    for (let left = index - 1; above === '' && below !== '' && left >= 0; left -= 1) above = (top[left] ?? '').trim();
    return `${above} ${below}`.trim();
  });
}

/** The two header rows as one when lower names the columns under a span of upper; else null. */
export function mergeSubHeader(upper: readonly string[], lower: readonly string[]): string[] | null {
  // A Word table repeats a cell merged down both rows ("TT", "Nội dung") in the lower row too.
  const own = lower.map((cell, index) => (cell.trim() !== '' && cell.trim() === (upper[index] ?? '').trim() ? '' : cell));
  // Labels are short and unnumbered: "1 | Tập huấn … | Sở Y tế chủ trì, phối hợp Công an tỉnh" is a task.
  const labels = own.every((cell) => cell.trim() === '' || (cell.trim().split(/\s+/u).length <= MAX_LABEL_WORDS && !TASK_INDEX.test(cell.trim())));
  return labels && columnsOf(upper).has('task') && isSubHeader(columnsOf(own), own) ? mergeHeaderRows(upper, own) : null;
}

function findHeader(rows: readonly (readonly string[])[]): { columns: Map<TColumn, number>; start: number; body: number } | null {
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as readonly string[];
    const merged = rows[index + 1] === undefined ? null : mergeSubHeader(row, rows[index + 1] as readonly string[]);
    if (merged !== null) return { columns: columnsOf(merged), start: index, body: index + 2 };
    const columns = columnsOf(row);
    if (isHeader(columns)) return { columns, start: index, body: index + 1 };
  }
  return null;
}

/** The rows that name a task table's columns (one, or two when a span is split below), or null when it has none. */
export function taskTableHeader(rows: readonly (readonly string[])[]): string[][] | null {
  const header = findHeader(rows);
  return header === null ? null : rows.slice(header.start, header.body).map((row) => [...row]);
}

/**
 * A header that names no number column over rows that open with their number ("Nội dung | Đơn vị
 * thực hiện | …" over "1.1 | Xây dựng … | Sở Y tế | …", the header written again over a part of
 * the table): the number is the first column and the others move one to the right.
 */
function withNumberColumn(columns: Map<TColumn, number>, headerWidth: number, body: readonly (readonly string[])[]): Map<TColumn, number> {
  if (columns.has('index')) return columns;
  const numbered = body.filter((row) => row.length === headerWidth + 1 && TASK_INDEX.test((row[0] ?? '').trim())).length;
  const wide = body.filter((row) => row.length > 2).length;
  if (numbered < 2 || numbered * 2 < wide) return columns;
  return new Map<TColumn, number>([['index', 0], ...[...columns].map(([column, index]): [TColumn, number] => [column, index + 1])]);
}

/** The header written again inside the table: every cell a column's name, the task's among them. */
function repeatsHeader(row: readonly string[]): boolean {
  const cells = row.map((cell) => cell.normalize('NFC').toLowerCase().trim()).filter((cell) => cell !== '');
  const named = cells.filter((cell) => cell.split(/\s+/u).length <= MAX_LABEL_WORDS && HEADER_WORDS.some(([, words]) => words.test(cell)));
  return named.length >= 3 && named.length === cells.length && columnsOf(row).has('task');
}

/** wholeRows: a row with a task of its own is a new task, whatever its number cell (see TDocumentBlock). */
export function readTaskTable(rows: readonly (readonly string[])[], wholeRows = false): TTableSegment[] | null {
  const header = findHeader(rows);
  if (header === null) return null;
  const columns = withNumberColumn(header.columns, (rows[header.body - 1] as readonly string[]).length, rows.slice(header.body));
  const cell = (row: readonly string[], column: TColumn) => {
    const index = columns.get(column);
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  const segments: TTableSegment[] = [{ title: null, tasks: [] }];
  let lastTask: TTableTask | null = null;
  // "I | Tuyên truyền | Sở X | Các sở, ngành | Năm 2026" over "1 | Tuyên truyền trên báo, đài": a
  // group row that says who does its rows, merged down over them. Its rows are tasks with its
  // cells; with no row below, the group row is the task.
  let groupCells: Omit<TTableTask, 'text'> | null = null;
  let groupRowTask: TTableTask | null = null;
  const closeGroup = () => {
    if (groupRowTask !== null) (segments[segments.length - 1] as TTableSegment).tasks.push(groupRowTask);
    groupRowTask = null;
  };
  for (const row of rows.slice(header.body)) {
    if (row.every((value) => value.trim() === '' || NUMBERING_CELL.test(value.trim())) || repeatsHeader(row)) continue;
    const index = cell(row, 'index').replace(/\.$/u, '');
    // "- Nghiên cứu, xây dựng …": a cell written as a list starts with its mark, which is no part of the task.
    const text = cell(row, 'task').replace(/^[-–—+•]\s+/u, '');
    const assigned = ['lead', 'coordinators', 'responsible', 'deadline'].some((column) => cell(row, column as TColumn) !== '');
    const startsGroup = GROUP_INDEX.test(index) || (!assigned && ((TASK_INDEX.test(index) && groupCells === null) || isUpperCaseTitle(text)));
    if (startsGroup) {
      closeGroup();
      const title = text !== '' ? text : row.filter((value) => value.trim() !== '').slice(1).join(' ');
      segments.push({ title, tasks: [] });
      lastTask = null;
      const namesWho = cell(row, 'lead') !== '' || cell(row, 'responsible') !== '';
      groupCells = namesWho ? { leadText: cell(row, 'lead'), coordinatorText: cell(row, 'coordinators'), deadlineText: cell(row, 'deadline'), deliverableText: cell(row, 'deliverable'), responsibleText: cell(row, 'responsible') } : null;
      groupRowTask = groupCells === null ? null : { text: title, ...groupCells };
      continue;
    }
    // A row with no number and a lead of its own (not the merged cell written again) is a new task.
    const lead = cell(row, 'lead') || cell(row, 'responsible');
    const previousLead = lastTask === null ? '' : lastTask.leadText || lastTask.responsibleText;
    const ownLead = lead !== '' && lastTask !== null && lead !== previousLead && !previousLead.endsWith(` ${lead}`);
    const continues = lastTask !== null && !(wholeRows && text !== '') && (columns.has('index') ? index === '' && !ownLead : lead === '');
    if (continues && lastTask !== null) {
      const append = (current: string, extra: string) => (extra === '' ? current : current === '' ? extra : `${current} ${extra}`);
      // A merged cell is written again on every row it spans: "Bộ Y tế" once, not "Bộ Y tế Bộ Y tế".
      const appendCell = (current: string, extra: string) => (current === extra || current.endsWith(` ${extra}`) ? current : append(current, extra));
      lastTask.text = append(lastTask.text, text);
      lastTask.leadText = appendCell(lastTask.leadText, cell(row, 'lead'));
      lastTask.coordinatorText = appendCell(lastTask.coordinatorText, cell(row, 'coordinators'));
      lastTask.deadlineText = appendCell(lastTask.deadlineText, cell(row, 'deadline'));
      lastTask.deliverableText = appendCell(lastTask.deliverableText, cell(row, 'deliverable'));
      lastTask.responsibleText = appendCell(lastTask.responsibleText, cell(row, 'responsible'));
      continue;
    }
    if (text === '') continue;
    const own = { leadText: cell(row, 'lead'), coordinatorText: cell(row, 'coordinators'), deadlineText: cell(row, 'deadline'), deliverableText: cell(row, 'deliverable'), responsibleText: cell(row, 'responsible') };
    lastTask = { text, ...(!assigned && groupCells !== null ? groupCells : own) };
    groupRowTask = null;
    (segments[segments.length - 1] as TTableSegment).tasks.push(lastTask);
  }
  closeGroup();
  return segments.filter((segment) => segment.tasks.length > 0);
}
