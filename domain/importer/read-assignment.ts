// The assignment as a plan words it, split into who leads and who coordinates, before any name
// is looked up: "X chủ trì, phối hợp với Y, Z triển khai thực hiện", or a list with no lead
// ("Các Sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố triển khai thực hiện").
import { readTaskField, type TTaskField } from './classify-paragraph';
import { findDeadlineInText, readDeadlinePhrase } from './deadline-phrases';
import { AFTER_CONCERNED, COORDINATION_WORDS, readLeadingActor, SCOPE_OF_DUTIES, startsWithActor } from './read-leading-actor';

export type TRawAssignment =
  | { form: 'lead'; line: string | null; leadText: string; coordinatorText: string | null; mandate: TMandate }
  | { form: 'everyone'; line: string | null; namesText: string; mandate: TMandate };

export type TMandate = 'order' | 'request';

/** Words after the names that say what to do, not who: the list ends where the first begins ("Sở Xây dựng" is a name). */
const END_OF_NAMES = /(?<!(?:^|\s)(?:sở|bộ))\s(?:trong quá trình|triển khai thực hiện|tổ chức thực hiện|thực hiện|theo chức năng|trong phạm vi|theo hướng dẫn|triển khai|tham mưu|hoàn thành|trước ngày|trong (?:quý|tháng|năm)|định kỳ|hằng năm|hàng năm|thường xuyên|xây dựng|chịu trách nhiệm|thời gian|thời hạn|tiến độ)(?=[\s.,;:]|$)/iu;
const LEAD_MARK = /\s*chủ trì(?=[\s,;.:)]|$)[\s,;]*/iu;
const COORDINATION_MARK = new RegExp(`^(?:và\\s+)?${COORDINATION_WORDS}\\s*`, 'iu');
const OPENING = /^(?:giao|đề nghị|yêu cầu)(?:\s*:\s*|\s+)/iu;

/** "Sở Văn hóa và Thể thao (chủ trì); Sở Y tế, Hội Liên hiệp Phụ nữ (phối hợp)": each role after its names. */
const MARKED_ROLES = /^([^()]+?)\s*\(\s*chủ trì\s*\)[\s,;]*(?:(?:và\s+)?([^()]+?)\s*\(\s*phối hợp\s*\))?(.*)$/iu;
/** "Sở Nội vụ chủ trì; các sở, ngành liên quan phối hợp": the coordinators named before their word. */
const ROLES_AFTER_NAMES = /^([^;()]+?)\s+chủ trì\s*[;,]\s*(?!phối hợp)([^;()]+?)\s+phối hợp(?=[\s.,;]|$)(?!\s+(?:với|cùng))(.*)$/iu;

function namesBefore(text: string): { names: string; rest: string } {
  const end = END_OF_NAMES.exec(` ${text}`);
  const concerned = AFTER_CONCERNED.exec(text);
  if (end === null && concerned === null) return { names: text.trim(), rest: '' };
  const cut = Math.min(end === null ? text.length : Math.max(0, end.index - 1), concerned === null ? text.length : concerned.index + concerned[0].length);
  return { names: text.slice(0, cut).trim(), rest: text.slice(cut).trim() };
}

const trimList = (text: string) => text.replace(/^[\s,;:]+|[\s,;:.]+$/gu, '');

/**
 * Splits the body of an assignment (the words after "Thực hiện:" or "Giao"). `line` is the
 * assignment as written, kept verbatim for the plan file.
 */
export function readAssignment(body: string, line: string | null): { assignment: TRawAssignment; rest: string } {
  const mandate: TMandate = /^đề nghị(?=\s|$)/iu.test(body.trim()) ? 'request' : 'order';
  const text = body.trim().replace(OPENING, '').replace(SCOPE_OF_DUTIES, '');
  // "Sở Tư pháp chủ trì, tham mưu xây dựng quy chế phối hợp giữa …" names no coordinators before "phối hợp".
  const after = ROLES_AFTER_NAMES.exec(text);
  const marked = MARKED_ROLES.exec(text) ?? (after !== null && startsWithActor(after[2] as string) ? after : null);
  if (marked !== null) {
    const coordinatorText = trimList(marked[2] as string);
    return { assignment: { form: 'lead', line, leadText: trimList(marked[1] as string), coordinatorText: coordinatorText === '' ? null : coordinatorText, mandate }, rest: (marked[3] as string).trim() };
  }
  const lead = LEAD_MARK.exec(text);
  if (lead === null) {
    // "Bộ Công an tiến hành rà soát …; các bộ, cơ quan ngang bộ … rà soát …": each clause opens
    // with its actor, and together they are the names.
    const clauses = text.split(/;\s*/u).filter((clause) => clause.trim() !== '');
    const actors = clauses.map((clause) => readLeadingActor(clause));
    if (clauses.length > 1 && actors.every((actor) => actor?.form === 'lead' && actor.leadText !== '' && actor.coordinatorText === null)) {
      const namesText = actors.map((actor) => (actor?.form === 'lead' ? actor.leadText : '')).join('; ');
      return { assignment: { form: 'everyone', line, namesText, mandate }, rest: '' };
    }
    const { names, rest } = namesBefore(text);
    return { assignment: { form: 'everyone', line, namesText: trimList(names), mandate }, rest };
  }
  const leadText = trimList(text.slice(0, lead.index));
  const afterLead = text.slice(lead.index + lead[0].length);
  const coordination = COORDINATION_MARK.exec(afterLead);
  if (coordination === null || coordination[0].trim() === '') {
    return { assignment: { form: 'lead', line, leadText, coordinatorText: null, mandate }, rest: afterLead };
  }
  const { names, rest } = namesBefore(afterLead.slice(coordination[0].length));
  return { assignment: { form: 'lead', line, leadText, coordinatorText: trimList(names), mandate }, rest };
}

const DEADLINE_LABEL = /(?:thời gian|thời hạn|tiến độ)(?: thực hiện| hoàn thành| ban hành| trình)?\s*:\s*([^;]+)/iu;

/**
 * The deadline in the words after an assignment's names: a labelled one ("thời hạn: …"), kept
 * even when it cannot be read so it is reported, or any phrase that reads as a deadline.
 */
export function deadlineAfterNames(rest: string): string | null {
  const labelled = DEADLINE_LABEL.exec(rest);
  if (labelled !== null) return (labelled[1] as string).trim().replace(/[.;]+$/u, '');
  const parts = rest.split(';').map((part) => part.trim().replace(/[.;]+$/u, ''));
  return parts.find((part) => part !== '' && readDeadlinePhrase(part) !== null) ?? null;
}

/** Fields written in a run: "Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian hoàn thành: Z". */
function readFieldRun(text: string): { assignment: TRawAssignment; deadlinePhrase: string | null } | null {
  const values: Partial<Record<TTaskField | 'responsible', string>> = {};
  for (const part of text.split(/;\s*|\.\s+(?=\p{Lu})/u)) {
    const field = readTaskField(part.trim());
    if (field !== null) values[field.field] ??= field.value.replace(/[.;]+$/u, '').trim();
  }
  if (values.responsible !== undefined && values.lead === undefined) {
    const { assignment, rest } = readAssignment(values.responsible, text.trim());
    return { assignment, deadlinePhrase: values.deadline ?? deadlineAfterNames(rest) };
  }
  if (values.lead === undefined) return null;
  return { assignment: { form: 'lead', line: text.trim(), leadText: values.lead, coordinatorText: values.coordinators ?? null, mandate: 'order' }, deadlinePhrase: values.deadline ?? null };
}

/** Where a run of fields starts inside a paragraph: "… trẻ em. Cơ quan chủ trì: …". */
const FIELD_RUN_START = /(?:^|[.;]\s+|\s[-–]\s)(?=(?:(?:cơ quan|đơn vị)(?:,\s*(?:cơ quan|đơn vị))?\s+)?(?:chủ trì|thực hiện)\s*:)/giu;

/**
 * "(Giao X chủ trì, phối hợp với Y …; hoàn thành trong Quý II/2025)" at the end of a task, or
 * "(X chủ trì, phối hợp Y; thời gian: …)", "(Chủ trì: X; phối hợp: Y)", or those fields after the
 * task's sentence: the task text without them, the assignment, and the deadline written in it, if any.
 */
export function readInlineAssignment(text: string): { text: string; assignment: TRawAssignment; deadlinePhrase: string | null } | null {
  const without = (start: number, end: number) => `${text.slice(0, start)}${text.slice(end)}`.replace(/\s+([.,;])/gu, '$1').replace(/\s+/gu, ' ').trim();
  const brackets = [...text.matchAll(/\(\s*([^()]*)\)/gu)];
  for (const match of brackets.reverse()) {
    const inside = (match[1] as string).trim();
    const fields = readFieldRun(inside);
    if (fields !== null) return { text: without(match.index, match.index + match[0].length), ...fields };
    // "(Giao Sở Y tế …)", "(Giao: các sở …)"; not "(giao thông, xây dựng, …)".
    if (!/^(?:[Gg]iao|[Đđ]ề nghị)(?:\s*:\s*|\s+)(?:\p{Lu}|các\s|cho\s)/u.test(inside) && !/\schủ trì(?=[\s,;.]|$)/iu.test(` ${inside.split(';')[0] ?? ''}`)) continue;
    const [assignmentPart, ...otherParts] = inside.split(';').map((part) => part.trim());
    const { assignment, rest } = readAssignment(assignmentPart as string, inside);
    const deadlinePhrase = deadlineAfterNames([rest, ...otherParts].join('; '));
    return { text: without(match.index, match.index + match[0].length), assignment, deadlinePhrase };
  }
  const start = [...text.matchAll(FIELD_RUN_START)][0];
  const fields = start === undefined || start.index === 0 ? null : readFieldRun(text.slice(start.index + start[0].length));
  if (fields !== null && start !== undefined) return { text: text.slice(0, start.index + start[0].length).replace(/[\s;–-]+$/u, '').trim(), ...fields };
  return readTrailingActor(text);
}

/** "…, do Sở Tài chính chủ trì thực hiện", "…; Ủy ban nhân dân các xã thực hiện, hoàn thành …": who, in the task's last clause. */
const TRAILING_DO = /,?\s+do\s+(?=\p{Lu})([^;()]+?\s(?:chủ trì|thực hiện|triển khai|đảm nhiệm)(?=[\s,.;]|$)[^;()]*)$/u;
const TRAILING_CLAUSE = /;\s*((?=\p{Lu})[^;()]+?\s(?:chủ trì|thực hiện|triển khai thực hiện)(?=[\s,.;]|$)[^;()]*)$/u;

function readTrailingActor(text: string): { text: string; assignment: TRawAssignment; deadlinePhrase: string | null } | null {
  for (const pattern of [TRAILING_DO, TRAILING_CLAUSE]) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const clause = (match[1] as string).trim();
    const actor = readLeadingActor(clause);
    if (actor === null || actor.form !== 'lead' || actor.leadText === '') continue;
    const { assignment, rest } = readAssignment(clause, clause.replace(/\.$/u, ''));
    if (assignment.form === 'everyone' && assignment.namesText === '') continue;
    const remaining = `${text.slice(0, match.index).trim()}${/[.]$/u.test(text.trim()) ? '.' : ''}`;
    return { text: remaining, assignment, deadlinePhrase: deadlineAfterNames(rest) ?? findDeadlineInText(rest)?.phrase ?? null };
  }
  return null;
}
