// Task tables, usually the plan's appendix: "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan
// phối hợp | Thời gian hoàn thành | Sản phẩm". Rows with a Roman numeral or a letter in the STT
// column are group headings; a row with an empty STT continues the cells of the row above (a
// copy from Word breaks a cell that holds several lines into several rows).

type TColumn = 'index' | 'task' | 'lead' | 'coordinators' | 'deadline' | 'deliverable';

export interface TTableTask {
  text: string;
  leadText: string;
  coordinatorText: string;
  deadlineText: string;
  deliverableText: string;
}

export interface TTableSegment {
  /** Heading row above these tasks; null for tasks before any heading row. */
  title: string | null;
  tasks: TTableTask[];
}

/** Header words of each column, checked in this order ("Cơ quan chủ trì thực hiện nhiệm vụ" is the lead). */
const HEADER_WORDS: ReadonlyArray<readonly [TColumn, RegExp]> = [
  ['index', /^(?:stt|tt|số tt|số thứ tự)\.?$/u],
  ['lead', /chủ trì/u],
  ['coordinators', /phối hợp/u],
  ['deadline', /thời gian|thời hạn|tiến độ/u],
  ['deliverable', /sản phẩm|kết quả/u],
  ['task', /nội dung|nhiệm vụ|công việc|hoạt động/u],
];

function columnsOf(row: readonly string[]): Map<TColumn, number> {
  const columns = new Map<TColumn, number>();
  row.forEach((cell, index) => {
    const header = cell.normalize('NFC').toLowerCase().trim();
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

/** wholeRows: a row with a task of its own is a new task, whatever its number cell (see TDocumentBlock). */
export function readTaskTable(rows: readonly (readonly string[])[], wholeRows = false): TTableSegment[] | null {
  const headerIndex = rows.findIndex((row) => {
    const columns = columnsOf(row);
    return columns.has('task') && (columns.has('lead') || columns.has('coordinators'));
  });
  if (headerIndex < 0) return null;
  const columns = columnsOf(rows[headerIndex] as readonly string[]);
  const cell = (row: readonly string[], column: TColumn) => {
    const index = columns.get(column);
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  const segments: TTableSegment[] = [{ title: null, tasks: [] }];
  let lastTask: TTableTask | null = null;
  for (const row of rows.slice(headerIndex + 1)) {
    if (row.every((value) => value.trim() === '' || NUMBERING_CELL.test(value.trim()))) continue;
    const index = cell(row, 'index').replace(/\.$/u, '');
    // "- Nghiên cứu, xây dựng …": a cell written as a list starts with its mark, which is no part of the task.
    const text = cell(row, 'task').replace(/^[-–—+•]\s+/u, '');
    const assigned = ['lead', 'coordinators', 'deadline'].some((column) => cell(row, column as TColumn) !== '');
    const startsGroup = GROUP_INDEX.test(index) || (!assigned && (TASK_INDEX.test(index) || isUpperCaseTitle(text)));
    if (startsGroup) {
      segments.push({ title: text !== '' ? text : row.filter((value) => value.trim() !== '').slice(1).join(' '), tasks: [] });
      lastTask = null;
      continue;
    }
    // A row with no number and a lead of its own (not the merged cell written again) is a new task.
    const lead = cell(row, 'lead');
    const ownLead = lead !== '' && lastTask !== null && lead !== lastTask.leadText && !lastTask.leadText.endsWith(` ${lead}`);
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
      continue;
    }
    if (text === '') continue;
    lastTask = { text, leadText: cell(row, 'lead'), coordinatorText: cell(row, 'coordinators'), deadlineText: cell(row, 'deadline'), deliverableText: cell(row, 'deliverable') };
    (segments[segments.length - 1] as TTableSegment).tasks.push(lastTask);
  }
  return segments.filter((segment) => segment.tasks.length > 0);
}
