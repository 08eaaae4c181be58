// What a paragraph is, by the marks Vietnamese plans use: "II." opens a section, "1." a group of
// tasks (in section III, an actor's duties), "-" or "a)" a task, "Thực hiện:" assigns the tasks
// above it, "Cơ quan chủ trì:" and its siblings are the fields of a block.
import { readLeadingActor } from './read-leading-actor';

export type TTaskField = 'lead' | 'coordinators' | 'deadline' | 'deliverable';

export type TParagraph =
  | { kind: 'section'; numeral: string; title: string }
  | { kind: 'appendix'; title: string }
  | { kind: 'group'; number: number; title: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'assignment'; line: string; body: string }
  | { kind: 'field'; field: TTaskField; line: string; value: string }
  | { kind: 'recipients' }
  | { kind: 'text'; text: string };

const SECTION = /^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[.)]\s+(\S.*)$/u;
/** "Điều 2. Tổ chức thực hiện", "Điều 3. Điều khoản thi hành": a decision's article with a short title is a section too. */
const ARTICLE = /^(Điều\s+\d{1,2})\s*(?:[.:]\s*((?:\S+\s*){0,8}))?$/u;
/** "Điều 2. Bảo hiểm xã hội Việt Nam có trách nhiệm …": an article that is one sentence is a numbered point. */
const ARTICLE_POINT = /^Điều\s+(\d{1,2})\s*[.:]\s*(\S.*)$/u;
/** "Điều 5. Các Bộ trưởng, … chịu trách nhiệm thi hành Nghị quyết này.": the closing formula, no duty. */
// "… yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.": a letter's closing call, which assigns nothing new.
export const ENFORCEMENT_FORMULA = /chịu trách nhiệm thi hành (?:nghị quyết|quyết định|chỉ thị|thông tư|kế hoạch) này|^(?:Ủy ban nhân dân|UBND|Chủ tịch Ủy ban nhân dân)[^.;:]{0,40}\s(?:yêu cầu|đề nghị)\s+(?:các|Thủ trưởng các|Giám đốc các|Chủ tịch)\s[^.;:]{0,80}?(?:nghiêm túc|khẩn trương)?\s*(?:triển khai\s+)?thực hiện(?: (?:nghiêm túc|tốt))?(?: (?:nội dung|văn bản|công văn|chỉ đạo) (?:này|trên))?\s*\.?\/?\.?$/iu;
/** "PHỤ LỤC II …": an appendix's caption. */
export const APPENDIX = /^phụ lục\b/iu;
/** "2. …", "2) …", and an older style "2 - Sở Tài chính …". */
const GROUP = /^(\d{1,2})(?:[.)]\s+(\S.*)|\s?[-–]\s+(\p{Lu}.*))$/u;
/** "-", "–", "•", "+", lettered "a)", sub-numbered "1.2." items and the steps of a procedure ("Bước 1: …") are all tasks. */
const BULLET = /^(?:[-–—•+]\s*|[a-zđ]\)\s+|\d{1,2}\.\d{1,2}\.?\s+|[Bb]ước\s+\d{1,2}\s*[:.)–-]\s*)(\S.*)$/u;
/** "(1) Bộ Tài chính giải quyết …": an item numbered in brackets that says who does what (not a criterion, nor a name alone in a table cell). */
const NUMBERED_DUTY = /^\(\d{1,2}\)\s+(\p{Lu}.*)$/u;
const ASSIGNMENT = /^(?:thực hiện|đơn vị thực hiện|cơ quan thực hiện|trách nhiệm thực hiện|phân công thực hiện)\s*:\s*(.*)$/iu;
const FIELDS: ReadonlyArray<readonly [TTaskField, RegExp]> = [
  // "Cơ quan chủ trì:", "Đơn vị chủ trì thực hiện:", "Đơn vị chủ trì tham mưu thực hiện:", "Cơ quan, đơn vị phối hợp:".
  ['lead', /^(?:(?:cơ quan|đơn vị)(?:,\s*(?:cơ quan|đơn vị))?)?\s*chủ trì(?:\s+(?:tham mưu|thực hiện|triển khai|soạn thảo))*\s*:\s*(.*)$/iu],
  ['coordinators', /^(?:(?:cơ quan|đơn vị)(?:,\s*(?:cơ quan|đơn vị))?)?\s*phối hợp(?:\s+(?:tham mưu|thực hiện|triển khai))*\s*:\s*(.*)$/iu],
  // "Thời gian thực hiện:", "Thời hạn hoàn thành:", "Thời hạn ban hành:", "Thời hạn trình:".
  ['deadline', /^(?:thời gian|thời hạn|tiến độ)(?: thực hiện| hoàn thành| triển khai| ban hành| trình(?: ban hành)?| báo cáo)?\s*:\s*(.*)$/iu],
  ['deliverable', /^(?:sản phẩm(?: đầu ra)?|kết quả(?:\s*\/\s*sản phẩm)?)\s*:\s*(.*)$/iu],
];
/** "Nơi nhận:": the recipients, after the signature; the body ends there. */
export const RECIPIENTS = /^nơi nhận\s*:?/iu;
/** "TM. CHÍNH PHỦ", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG": the signature, written before the recipients in some copies; the body ends there too. */
const SIGNATURE = /^(?:TM|KT|TL|TUQ)\.\s*[\p{Lu}\s.]+$/u;

/** A field written alone ("Cơ quan chủ trì: X", "Đơn vị thực hiện: X"), or null. */
export function readTaskField(text: string): { field: TTaskField | 'responsible'; value: string } | null {
  const unmarked = withoutListMark(text);
  const assignment = ASSIGNMENT.exec(unmarked);
  if (assignment !== null) return { field: 'responsible', value: (assignment[1] as string).trim() };
  for (const [field, pattern] of FIELDS) {
    const match = pattern.exec(unmarked);
    if (match) return { field, value: (match[1] as string).trim() };
  }
  return null;
}

/**
 * "Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: các sở, ngành liên quan. Thời gian: Tháng 12/2025.":
 * several fields on one line, each part one field; null unless every part is one.
 */
export function fieldsWrittenInRun(line: string): Array<{ field: TTaskField; value: string }> | null {
  const parts = withoutListMark(line).split(/;\s*|\.\s+(?=\p{Lu})/u).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2) return null;
  const fields = parts.map((part) => readTaskField(part));
  if (fields.some((field) => field === null || field.field === 'responsible')) return null;
  return fields.map((field) => ({ field: field?.field as TTaskField, value: (field?.value ?? '').replace(/[.;]+$/u, '').trim() }));
}

/** Drops a list mark so "- Thực hiện: …" and "- Cơ quan chủ trì: …" are read as what they are. */
function withoutListMark(text: string): string {
  return text.replace(/^(?:[-–—•+]|[a-zđ]\))\s*/u, '').replace(/^\((.*)\)\.?$/u, '$1');
}

export function classifyParagraph(text: string): TParagraph {
  const section = SECTION.exec(text);
  if (section) return { kind: 'section', numeral: section[1] as string, title: (section[2] as string).trim() };
  const article = ARTICLE.exec(text.replace(/\*+/gu, '').trim());
  if (article) return { kind: 'section', numeral: (article[1] as string).replace(/\s+/gu, ' '), title: (article[2] ?? '').replace(/[.:]\s*$/u, '').trim() };
  if (APPENDIX.test(text)) return { kind: 'appendix', title: text };
  if (RECIPIENTS.test(text) || SIGNATURE.test(text)) return { kind: 'recipients' };
  const unmarked = withoutListMark(text);
  const field = readTaskField(text);
  // "b) Cơ quan thực hiện:" with nothing after it only labels the fields below.
  if (field?.field === 'responsible') return field.value === '' ? { kind: 'text', text } : { kind: 'assignment', line: unmarked, body: field.value };
  if (field !== null) return { kind: 'field', field: field.field, line: unmarked, value: field.value };
  const point = ARTICLE_POINT.exec(text.replace(/\*+/gu, '').trim());
  if (point && !ENFORCEMENT_FORMULA.test(text)) return { kind: 'group', number: Number(point[1]), title: (point[2] as string).trim() };
  const group = GROUP.exec(text);
  if (group) return { kind: 'group', number: Number(group[1]), title: ((group[2] ?? group[3]) as string).trim() };
  const bullet = BULLET.exec(text);
  if (bullet) return { kind: 'bullet', text: (bullet[1] as string).trim() };
  const numbered = NUMBERED_DUTY.exec(text);
  if (numbered && readLeadingActor(numbered[1] as string)?.form === 'lead') return { kind: 'bullet', text: (numbered[1] as string).trim() };
  return { kind: 'text', text };
}

/** The role a section plays, from its heading: tasks (II), duties per actor (III), or neither. */
export function sectionRole(title: string): 'tasks' | 'duties' | 'other' {
  const lower = title.normalize('NFC').toLowerCase();
  // "Phân công trách nhiệm" lists duties per agency; "Nhiệm vụ, giải pháp; phân công thực hiện" lists tasks.
  if (/phân công/u.test(lower) && !/nhiệm vụ|giải pháp|nội dung/u.test(lower)) return 'duties';
  // "Quy trình thực hiện", "Các bước triển khai", "Các hoạt động chủ yếu", "Biện pháp thực hiện": tasks too.
  if (/nhiệm vụ|giải pháp|nội dung|quy trình|các bước|biện pháp|hoạt động|công việc|lộ trình/u.test(lower)) return 'tasks';
  // "Kinh phí thực hiện": who budgets and who finances ("Bộ Tài chính chủ trì tổng hợp …") is assigned there too.
  if (/tổ chức thực hiện|trách nhiệm|kinh phí/u.test(lower)) return 'duties';
  // "Chế độ báo cáo", "Tổ chức theo dõi, kiểm tra và chế độ báo cáo": who reports, checks and when.
  if (/chế độ (?:thông tin,? )?báo cáo|theo dõi,? (?:đôn đốc,? )?(?:kiểm tra|giám sát|đánh giá)/u.test(lower)) return 'duties';
  return 'other';
}
