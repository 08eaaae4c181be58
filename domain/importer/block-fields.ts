// A block of fields under a task: "Cơ quan chủ trì: …", "Cơ quan phối hợp: …", "Thời gian thực
// hiện: …", "Sản phẩm: …". Table rows carry the same four values, so both become an assignment
// the same way.
import type { TTaskField } from './classify-paragraph';
import type { TRawTask } from './raw-task';
import { readAssignment, type TRawAssignment } from './read-assignment';
import { readLeadingActor } from './read-leading-actor';
import type { TTableTask } from './read-task-table';

export type TTaskDetails = Pick<TRawTask, 'assignment' | 'deadlinePhrase' | 'deliverable'>;

/** The most words of a field's value written on the line below it. */
const VALUE_LINE_WORDS = 25;

export class BlockFields {
  private readonly values: Partial<Record<TTaskField, string>> = {};
  /** The lines that say who does the task, quoted as the assignment line. */
  private readonly assignmentLines: string[] = [];

  /** A field written with nothing after its colon, whose value the sub-bullets below give, and the mark of its own line. */
  private open: { field: TTaskField; mark: string } | null = null;

  /** The field written last, and whether its value ended its sentence (".", ";" or ":"). */
  private last: { field: TTaskField; ended: boolean } | null = null;

  add(field: TTaskField, value: string, line: string, mark = ''): void {
    // A field's closing full stop ends the sentence, not the deadline phrase.
    const written = field === 'deadline' ? value.replace(/[.;]+$/u, '') : value;
    this.open = written === '' ? { field, mark } : null;
    this.last = written === '' ? null : { field, ended: /[.;:]\s*$/u.test(value) };
    if (written === '') return;
    const previous = this.values[field];
    this.values[field] = previous === undefined ? written : `${previous}; ${written}`;
    // One line may hold both ("Đơn vị chủ trì: X; đơn vị phối hợp: Y"): quoted once.
    if ((field === 'lead' || field === 'coordinators') && this.assignmentLines.at(-1) !== line) this.assignmentLines.push(line);
  }

  /**
   * "- Thời gian thực hiện:" then "+ Các sở gửi kết quả … trước ngày 15/11/2026." and "+ Sở Tư
   * pháp tổng hợp … trước ngày 15/12/2026.": bullets under a field left empty, marked unlike its
   * own line, are its value, not tasks. Returns whether the bullet was taken.
   */
  takeSubBullet(text: string, mark: string): boolean {
    if (this.open === null || mark === this.open.mark) return false;
    const { field } = this.open;
    const written = field === 'deadline' ? text.replace(/[.;]+$/u, '') : text;
    const previous = this.values[field];
    this.values[field] = previous === undefined ? written : `${previous}; ${written}`;
    if (field === 'lead' || field === 'coordinators') this.assignmentLines.push(text);
    return true;
  }

  /**
   * "- Đơn vị phối hợp: Văn phòng Bộ, Vụ Tổ chức" then "- cán bộ, Vụ Phổ biến, giáo dục pháp
   * luật …": a bullet opening in lower case under a field whose value did not end its sentence is
   * the rest of that value, cut by a line break that a saved page turned into a bullet. Returns
   * whether the bullet was taken.
   */
  takeContinuation(text: string): boolean {
    if (this.last === null || this.last.ended || !/^\p{Ll}/u.test(text)) return false;
    const { field } = this.last;
    this.values[field] = `${this.values[field] ?? ''} ${field === 'deadline' ? text.replace(/[.;]+$/u, '') : text}`.trim();
    if ((field === 'lead' || field === 'coordinators') && this.assignmentLines.length > 0) this.assignmentLines[this.assignmentLines.length - 1] += ` ${text}`;
    this.last = { field, ended: /[.;:]\s*$/u.test(text) };
    return true;
  }

  /**
   * "Cơ quan chủ trì:" then "Sở Nội vụ" on the next line: a short line under a field left empty
   * is its value. Returns whether the line was taken.
   */
  takeValueLine(text: string): boolean {
    if (this.open === null || this.open.mark !== '' || text.split(/\s+/u).length > VALUE_LINE_WORDS) return false;
    const { field } = this.open;
    this.add(field, field === 'deadline' ? text.replace(/[.;]+$/u, '') : text, text);
    return true;
  }

  details(): TTaskDetails {
    const { lead, coordinators, deadline, deliverable } = this.values;
    const assignment = lead === undefined && coordinators === undefined ? null : { form: 'lead' as const, line: this.assignmentLines.join(' '), leadText: lead ?? '', coordinatorText: coordinators ?? null, mandate: 'order' as const };
    return { assignment, deadlinePhrase: deadline ?? null, deliverable: deliverable ?? null };
  }
}

/** A table row's assignment, quoted as "Chủ trì: X; phối hợp: Y" since a table has no sentence. */
export function tableRowDetails(row: TTableTask): TTaskDetails {
  if (row.leadText === '' && row.responsibleText !== '') {
    // One column for who does it: "Sở Y tế chủ trì, phối hợp với Sở Tài chính", or a list with no
    // lead; beside a "Đơn vị phối hợp" column, whose names coordinate.
    const { assignment } = readAssignment(row.responsibleText, row.responsibleText);
    return { assignment: withCoordinatorColumn(assignment, row), deadlinePhrase: row.deadlineText || null, deliverable: row.deliverableText || null };
  }
  const line = [`Chủ trì: ${row.leadText}`, row.coordinatorText === '' ? '' : `phối hợp: ${row.coordinatorText}`].filter((part) => part !== '').join('; ');
  const deadlinePhrase = row.deadlineText || null;
  const deliverable = row.deliverableText || null;
  if (row.leadText === '' && row.coordinatorText === '') return { assignment: null, deadlinePhrase, deliverable };
  const parts = numberedParts(row.leadText);
  if (parts.length > 1) return { assignment: partsAssignment(parts, line, row.coordinatorText), deadlinePhrase, deliverable };
  const lead = CELL_SAYS_ROLE.test(row.leadText) ? namesOfCell(row.leadText) : { names: row.leadText, coordinators: '' };
  const coordinatorText = [lead.coordinators, row.coordinatorText].filter((names) => names !== '').join('; ');
  return { assignment: { form: 'lead', line, leadText: lead.names, coordinatorText: coordinatorText || null, mandate: 'order' }, deadlinePhrase, deliverable };
}

/** "Đơn vị thực hiện: Sở Tư pháp | Đơn vị phối hợp: Các sở, ban, ngành": the names done, the other column's coordinate. */
function withCoordinatorColumn(assignment: TRawAssignment, row: TTableTask): TRawAssignment {
  if (row.coordinatorText === '') return assignment;
  const line = `Thực hiện: ${row.responsibleText}; phối hợp: ${row.coordinatorText}`;
  if (assignment.form === 'everyone') {
    return { form: 'lead', line, leadText: assignment.namesText, coordinatorText: row.coordinatorText, mandate: assignment.mandate };
  }
  return { ...assignment, line, coordinatorText: assignment.coordinatorText === null ? row.coordinatorText : `${assignment.coordinatorText}; ${row.coordinatorText}` };
}

/**
 * The names a lead cell (or a numbered part of one) opens with, before what they do: "Bộ Tư pháp
 * chủ trì hướng dẫn, tổng hợp" is Bộ Tư pháp; "X chủ trì, phối hợp với Y" names Y as coordinators.
 * A cell of names alone is kept.
 */
function namesOfCell(cell: string): { names: string; coordinators: string } {
  const actor = cell === '' ? null : readLeadingActor(cell);
  if (actor === null || actor.form !== 'lead' || actor.leadText === '') return { names: cell, coordinators: '' };
  return { names: actor.leadText, coordinators: actor.coordinatorText ?? '' };
}

/** A lead cell that says more than names: "Bộ Tư pháp chủ trì hướng dẫn, tổng hợp", "Bộ Tài chính đôn đốc, hướng dẫn". */
const CELL_SAYS_ROLE = /\s(?:chủ trì|đầu mối|đôn đốc|hướng dẫn|tổng hợp|theo dõi)(?=[\s,.;]|$)/iu;

/** "1. Bộ Tài chính tổng kết … 2. Bộ Tư pháp, các bộ … tham mưu …": a cell's numbered parts. */
function numberedParts(cell: string): string[] {
  if (!/^1\.\s+\p{Lu}/u.test(cell.trim())) return [];
  return cell
    .trim()
    .split(/(?:^|\s)\d\.\s+(?=\p{Lu})/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A topic's part ("1. Về phát triển công nghiệp quốc gia: Bộ Công Thương chủ trì."): its actor after the topic. */
const TOPIC_PART = /^(?:về|đối với)\s[^:]*:\s*/iu;

/**
 * A lead cell in numbered parts. Parts by topic ("1. Về …: Bộ Công Thương chủ trì. 2. Về …: Bộ
 * Tài chính chủ trì.") share the task: each part's actor is an assignee. Otherwise the first part
 * leads ("1. Bộ Tài chính chủ trì tổng hợp. 2. Các bộ, cơ quan rà soát …"): the others carry it out
 * in their own fields, as the assignment line quotes.
 */
function partsAssignment(parts: readonly string[], line: string, coordinators: string): TRawAssignment {
  const byTopic = parts.every((part) => TOPIC_PART.test(part));
  const actors = parts.map((part) => namesOfCell(part.replace(TOPIC_PART, '')).names.replace(/[.;]+$/u, ''));
  // Several names as the lead are assignees with no single lead, as for co-leads.
  if (byTopic) return { form: 'lead', line, leadText: actors.join('; '), coordinatorText: coordinators || null, mandate: 'order' };
  return { form: 'lead', line, leadText: actors[0] as string, coordinatorText: coordinators || null, mandate: 'order' };
}
