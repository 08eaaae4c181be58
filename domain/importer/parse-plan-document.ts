// Walks a plan document paragraph by paragraph and collects its tasks in the formats plans use:
// section II bullets closed by a "Thực hiện:" line, blocks of "Cơ quan chủ trì: …" fields,
// inline "(Giao …)", section III duties per actor, and task tables.
import { BlockFields, tableRowDetails, type TTaskDetails } from './block-fields';
import { classifyParagraph, ENFORCEMENT_FORMULA, fieldsWrittenInRun, RECIPIENTS, sectionRole, type TParagraph } from './classify-paragraph';
import { findDeadlineInText, readDeadlinePhrase } from './deadline-phrases';
import type { TDocumentBlock } from './document-blocks';
import type { TParsedDocument, TRawTask } from './raw-task';
import { deadlineAfterNames, readAssignment, readInlineAssignment, type TRawAssignment } from './read-assignment';
import { namesBodiesByPlace, readDutyHeading } from './read-duty-heading';
import { coordinatorsLater, opensWithAction, readActorHeading, readLeadingActor, startsWithActor } from './read-leading-actor';
import { readTaskTable, taskTableHeader, type TTableSegment } from './read-task-table';

type TRole = 'preamble' | 'tasks' | 'duties' | 'other' | 'recipients';

interface TGroup {
  number: number;
  title: string;
  /** Actors of a section III point: its heading, or the names before ":" in it. */
  actors: string | null;
  mandate: 'order' | 'request';
  tasks: TRawTask[];
  /**
   * Section III: how the point lists its duties. After dash bullets, a plain paragraph is a
   * remark (often the closing paragraph of the plan), not another duty.
   */
  dutyStyle: 'bullet' | 'paragraph' | null;
  /** Set by "Chủ trì, phối hợp với Y …:" above the point's duties: Y coordinates each of them. */
  coordinators?: string | null;
  /** The coordinators come from a lettered label ("a) Chủ trì, phối hợp với Y"), which holds until the next lettered item. */
  coordinatorsFromLabel?: boolean;
  /** The coordinators come from the point's heading ("1. Sở Tài chính chủ trì, phối hợp với Y:"); a duty may name more. */
  coordinatorsFromHeading?: boolean;
  /** After "b) Chủ trì, phối hợp": each bullet opens with its coordinators ("- Sở Tài chính và … tham mưu …"). */
  coordinatorsOpenEach?: boolean;
  /** Aims, not tasks, below: the group's title says so, or a sub-heading ("a) Mục tiêu phát triển"). */
  aims?: 'group' | 'sub' | null;
  /** Section II: paragraphs right under the heading, before any task: what the heading's task is. */
  content?: string[];
  /** "1. Thời gian thực hiện": the point gives the section's time, not duties. */
  timeOnly?: boolean;
  /** Section II: "Thời gian thực hiện: …" alone right under the heading, before its bullets: their time. */
  time?: string | null;
  /** The point's actors come from its own sentence ("2. Bộ trưởng … chịu trách nhiệm …"), not from a heading that names them. */
  actorsFromSentence?: boolean;
}

/** A numbered or lettered sub-heading ("1.1.", "a)"), which may name an actor instead of a task. */
const SUB_HEADING = /^(?:\d{1,2}\.\d{1,2}\.?|[a-zđ]\))\s/u;
const LETTERED = /^[a-zđ]\)\s/u;

/** Titles of lists of aims, views, requirements or targets, which are no tasks. */
// "Yêu cầu Bộ Y tế:", "Yêu cầu Ủy ban nhân dân các tỉnh …" ask a body, as "Giao …" does: no aims.
const AIMS_TITLE = /^(?:mục tiêu|tầm nhìn|quan điểm|mục đích|yêu cầu(?!\s+(?:các\s+)?(?:bộ|sở|ủy ban|uỷ ban|ubnd|ngân hàng|văn phòng|thanh tra|bảo hiểm|công an|ban|cơ quan|địa phương|tổ chức|đơn vị|chủ đầu tư|bên mời thầu|nhà thầu|thủ trưởng|chủ tịch|giám đốc)(?=[\s,:]))|chỉ tiêu|hiện trạng|thực trạng)(?=[\s,:.]|$)/iu;
/** A bullet that details the task above: "Nội dung: …", "Hình thức: …", "Số lượng: …", "Địa điểm: …". */
const DETAIL_LABEL = /^(?:nội dung|hình thức|số lượng|địa điểm|đối tượng|thành phần|quy mô|tần suất|thông số|các thông số|điểm quan trắc|vị trí|phương thức|phương pháp|cách thức)(?:\s+\p{Ll}+){0,3}\s*:/iu;
/** "Văn phòng Chính phủ thông báo để … biết, thực hiện./.": a notice's closing line, no task. */
const CLOSING_NOTICE = /\sthông báo để\s.{0,160}\sbiết(?:,\s*(?:thực hiện|phối hợp))?\s*\.?\s*\/?\.?\s*$/iu;
/** The sentence before a letter's numbered points: "… yêu cầu:", "… đề nghị các đơn vị:", "… như sau:". */
// "… Ủy ban nhân dân Thành phố giao:", "… yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch … thực hiện một số nội dung sau:".
const LETTER_ASKS = /(?:yêu cầu|đề nghị|chỉ đạo|giao(?: nhiệm vụ)?|như sau)(?:\s+[^:]{0,200})?:\s*$/iu;
/** A section III point about a topic ("Nguồn ngân sách", "Cơ chế phối hợp", "Phương án huy động kinh phí"), not an actor. */
const TOPIC_HEADING = /^(?:nguồn|kinh phí|chế độ|thời gian|tiến độ|nội dung|hình thức|phương thức|phương án|cơ chế|giải pháp|chỉ tiêu|mục tiêu|yêu cầu|đối tượng|phạm vi|công tác|chính sách|quy trình|về|để|nhằm)(?=[\s,:]|$)/iu;
/** A paragraph that opens "Chủ trì, phối hợp với …" or "Phối hợp với …". */
const INTRODUCES_COORDINATION = /^(?:chủ trì,?\s+)?phối hợp(?: chặt chẽ)?\s+(?:với|cùng)\s/iu;
/**
 * The coordinators a label names when it is only "(Chủ trì,) phối hợp với Y" (a colon allowed),
 * with no action of its own; null for a duty that says what to do.
 */
function coordinationLabel(text: string): string | null {
  if (!INTRODUCES_COORDINATION.test(text)) return null;
  const coordinators = coordinatorsLater(text);
  if (coordinators === null) return null;
  const rest = text.replace(INTRODUCES_COORDINATION, '').replace(/[\s:.;]+$/u, '');
  const count = (words: string) => words.split(/\s+/u).filter((word) => word !== '').length;
  return /:\s*$/u.test(text) || count(rest) - count(coordinators) <= 3 ? coordinators : null;
}

/**
 * "1. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương" with nothing after the names: a
 * heading that introduces the actor's duties below, as it would with a colon, not a duty.
 */
function namesRolesOnly(title: string): boolean {
  const text = title.replace(/[\s.;]+$/u, '');
  const leading = readLeadingActor(text, true);
  if (leading === null || leading.form !== 'lead' || leading.leadText === '' || leading.coordinatorText === null) return false;
  const rest = text.slice(text.indexOf(leading.leadText) + leading.leadText.length).replace(/^[\s,]*(?:chủ trì)?[\s,]*/iu, '');
  return coordinationLabel(rest) !== null && rest.replace(INTRODUCES_COORDINATION, '').trim() === (coordinatorsLater(rest) ?? '').trim();
}

/** A paragraph's list mark: "-", "–", "+" (a level below "-"). */
const BULLET_MARK = /^[-–—+]/u;
/** The close of a sentence that a list follows: "…, cụ thể:", "… như sau:", "… các nhiệm vụ sau:". */
const INTRODUCES_LIST = /(?:cụ thể|như sau|sau đây|các nhiệm vụ sau|các nội dung sau|(?:có|chịu) trách nhiệm)\s*:\s*$/iu;
const TASKS_LABEL = /^(?:nhiệm vụ|nội dung(?: thực hiện)?|giải pháp|công việc|hoạt động)(?: cụ thể| chủ yếu)?\s*:?$/iu;

/** A paragraph under a heading that says when ("Thời gian thực hiện …", "Thời hạn hoàn thành: …"): the phrase, with or without a colon, to the sentence's end. */
const TIME_PHRASE = /(?:^|\.\s)(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?\s*:?\s*([^.;]+)/iu;

/** "… . Giao X chủ trì, phối hợp Y …" after the paragraph's first sentence. */
const GIVEN_LATER = /[.;]\s+(Giao\s+(?=\p{Lu})[^.;]*?\schủ\s+trì[^.]*)/u;

/** A duties section's point that only says when: "Thời gian thực hiện", "Thời gian". */
const TIME_POINT = /^thời gian(?: thực hiện| triển khai| tổ chức)?\s*:?$/iu;
/** The span or date in a sentence about the section's time: "… triển khai từ ngày ban hành Kế hoạch đến khi …". */
const SPAN_OR_DATE = /(?:^|\s)từ\s+(?:nay|ngày|tháng|quý|năm)[^.;]*?\sđến\s[^.;]+/iu;

/** Words after the actor from which a numbered point's title is a duty, not a name. */
const MIN_DUTY_WORDS = 5;

/** A heading in capitals, two words or more: "NHIỆM VỤ, GIẢI PHÁP". */
const isUpperCaseHeading = (title: string) => /\p{L}{2,}\s+\p{L}/u.test(title) && title === title.toUpperCase();

/** Opening characters a text task and a table row must share to be the same task. */
const RESTATED_OPENING = 40;
/** Rows with an agency from which a table, not the text, holds the plan's tasks. */
const TABLE_OF_TASKS = 10;
/** Duties given to named agencies in sections by agency that make the unassigned measures before them prose. */
const DUTIES_OF_AGENCIES = 8;

/** Formulas that open a plan's closing paragraphs, which assign nothing new. */
const CLOSING_REMARK = /^(?:căn cứ nội dung|trên đây là|yêu cầu (?:các|thủ trưởng)|trong quá trình|quá trình triển khai|định kỳ|các (?:sở|cơ quan|đơn vị)[^.]{0,80}báo cáo)/iu;

export class PlanDocumentParser {
  /**
   * Set on a second reading when the first found no task: sections about topics ("I. VỀ TÌNH HÌNH
   * KINH TẾ - XÃ HỘI", "II. VỀ CÔNG TÁC XÂY DỰNG PHÁP LUẬT", as a Government resolution writes
   * them) hold the tasks; sections of aims and grounds still do not.
   */
  constructor(private readonly topicsAsTasks = false) {}

  private role: TRole = 'preamble';
  private group: TGroup | null = null;
  private readonly usedGroups = new Map<'II' | 'III', Set<number>>([['II', new Set()], ['III', new Set()]]);
  /** Section II tasks since the last assignment; the next "Thực hiện:" line or block assigns them. */
  private pending: TRawTask[] = [];
  /** The tasks the last block gave only a time to: an assignment line right after it is theirs. */
  private lastTimed: TRawTask[] = [];
  /** The tasks the last assignment line or block assigned: a time field right after it is theirs. */
  private lastAssigned: TRawTask[] = [];
  private openTask: TRawTask | null = null;
  /** Section III duties since the last block of fields: a time field after them is theirs. */
  private dutiesSinceFields: TRawTask[] = [];
  /** Set while "+" bullets belong to the actor a "-" bullet introduced them with: the point's actors to return to. */
  private listActors: { previous: string | null } | null = null;
  /** The time an introducing line gives ("…(khi Bộ Công an triển khai):"), for the items below it that give none. */
  private introDeadline: { phrase: string; level: 'sub' | 'dash' } | null = null;
  /**
   * "1. Thời gian thực hiện / Đợt thi đua được triển khai từ ngày ban hành Kế hoạch đến khi …" in
   * a duties section: the time of the duties the section assigns that give none of their own.
   */
  private sectionTime: string | null = null;
  /** The last task read from a lettered line with no closing full stop ("a) Đầu tư hạ tầng"): a title, if bullets follow. */
  private subHeadingTask: TRawTask | null = null;
  /** Set while bullets belong to the actor a line of its own named ("Ủy ban nhân dân các tỉnh …:"), until the next sub-heading. */
  private lineActors: { previous: string | null } | null = null;
  private block: BlockFields | null = null;
  private lastParagraph = '';
  private sectionTitle = '';
  /** Right after an appendix's caption: its title, the next line in capitals, may say it lists tasks. */
  private appendixTitle = false;
  /** The role an appendix's title gave, until a table shows its tasks are there. */
  private appendixInText = false;
  /** No section headings: the whole document is read as tasks, or as duties after "… kết luận như sau:". */
  private sectionless = false;
  /** Set after "… điện:" or "Kính gửi:": the bullets below it name the addressees. */
  private addressees = false;
  /** Those bullets: "… các tỉnh, thành phố nêu trên" in a point means the places they list. */
  private readonly addresseeLines: string[] = [];
  private readonly tasks: TRawTask[] = [];
  private readonly tableTasks = new Set<TRawTask>();
  private readonly narrative: string[] = [];
  /** Paragraphs of the tasks section that name nobody, left out because a table assigns the tasks. */
  private readonly leftOut: string[] = [];
  /** The bodies the tasks section's opening sentence asks to carry out its tasks, if it names them. */
  private sectionActors: string | null = null;
  private readonly sectionActorsOf = new Map<TRawTask, string>();
  private leftOutBecause: 'table' | 'duties' = 'table';
  /** The header of the last task table, for its rows after a page break; a new section or appendix forgets it. */
  private lastTableHeader: string[][] | null = null;

  parse(blocks: readonly TDocumentBlock[]): TParsedDocument {
    const paragraphs = blocks.map((block) => (block.kind === 'paragraph' ? classifyParagraph(block.text) : null));
    const romanSections = paragraphs.some((paragraph) => paragraph?.kind === 'section');
    // "1. MỤC ĐÍCH, YÊU CẦU", "2. NHIỆM VỤ, GIẢI PHÁP" then "2.1. …": a document numbering its
    // sections in Arabic, upper case, and their groups "2.1.", "2.2.".
    const arabicSections = !romanSections && paragraphs.filter((paragraph) => paragraph?.kind === 'group' && isUpperCaseHeading(paragraph.title)).length >= 2;
    // A short document without sections is all tasks.
    if (!romanSections && !arabicSections) {
      this.role = 'tasks';
      this.sectionless = true;
    }
    let section: number | null = null;
    blocks.forEach((block, index) => {
      if (block.kind === 'table') {
        // An appendix whose tasks are a table lists none in text: what follows it is no task.
        if (this.appendixInText) [this.role, this.appendixInText] = ['other', false];
        return this.onTable(block.rows, block.wholeRows === true);
      }
      let paragraph = paragraphs[index] as TParagraph;
      if (arabicSections && paragraph.kind === 'group' && isUpperCaseHeading(paragraph.title)) {
        section = paragraph.number;
        paragraph = { kind: 'section', numeral: String(paragraph.number), title: paragraph.title };
      } else if (arabicSections && section !== null) {
        const sub = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/u.exec(block.text);
        if (sub !== null && Number(sub[1]) === section) paragraph = { kind: 'group', number: Number(sub[2]), title: (sub[3] as string).trim() };
      }
      this.onParagraph(paragraph, block.text);
    });
    this.endGroup();
    for (const task of this.tasks) this.readOwnActor(task);
    // A task that names nobody is done by the bodies its section's opening sentence asks.
    for (const [task, namesText] of this.sectionActorsOf) if (task.assignment === null) task.assignment = { form: 'everyone', line: null, namesText, mandate: 'order' };
    for (const task of this.tasks) task.assignment = namingAddressees(task.assignment, this.addresseeLines);
    for (const task of this.tasks) this.takeHeadingDeadline(task);
    const tasks = this.withoutRestatedTasks();
    return { tasks, narrative: this.narrative, leftOut: this.leftOut, leftOutBecause: this.leftOut.length === 0 ? null : this.leftOutBecause };
  }

  private sectionRoleOf(title: string): TRole {
    const role = sectionRole(title);
    // "I. VỀ HOÀN THIỆN THỂ CHẾ": a directive's topic, whose points say who is to do what.
    // Its points are read as duties: only those that name who acts are tasks.
    if (role === 'other' && /^về\s/iu.test(title.trim()) && !AIMS_OR_GROUNDS.test(title) && !this.topicsAsTasks) return 'duties';
    return role === 'other' && this.topicsAsTasks && !AIMS_OR_GROUNDS.test(title) ? 'tasks' : role;
  }

  /** "1. Rà soát hệ thống văn bản (hoàn thành trong Quý I/2026)" over its bullets: their deadline, when they give none. */
  private takeHeadingDeadline(task: TRawTask): void {
    if (task.deadlinePhrase !== null || task.text === task.groupTitle || findDeadlineInText(task.text) !== null) return;
    const heading = findDeadlineInText(task.groupTitle);
    if (heading !== null && heading.reading.kind !== 'continuous') task.deadlinePhrase = heading.phrase;
  }

  /**
   * An appendix that lists tasks in text, not in a table ("PHỤ LỤC / NHIỆM VỤ CỤ THỂ CỦA CÁC BỘ,
   * CƠ QUAN" then "1. Bộ Tài chính chủ trì …: a) …"): its title in capitals says what its points
   * are, as a section's heading does. Tables are read wherever they are.
   */
  private readAppendixTitle(line: string): void {
    if (!isUpperCaseHeading(line)) return;
    const title = `${this.sectionTitle} ${line}`.trim();
    this.role = /phân công|của các (?:bộ|sở|cơ quan)|trách nhiệm/iu.test(title) ? 'duties' : sectionRole(title);
    this.appendixInText = this.role !== 'other';
    this.sectionTitle = title;
  }

  private onParagraph(paragraph: TParagraph, raw: string): void {
    // "THỦ TƯỚNG CHÍNH PHỦ điện:", "Kính gửi:" then "- Bộ trưởng các Bộ: …;": whom the telegram or
    // letter is sent to, not what they are to do.
    if (this.addressees && paragraph.kind === 'bullet') {
      this.addresseeLines.push(paragraph.text);
      return;
    }
    this.addressees = paragraph.kind === 'text' && ADDRESSED_TO.test(paragraph.text);
    if (this.addressees) return;
    if (this.appendixTitle && paragraph.kind !== 'appendix') {
      // "(Kèm theo Quyết định số …)" under the caption, and the title in capitals, are no tasks.
      if (/^(?:[-–*•]\s*)?\(?\s*kèm theo\s/iu.test(raw)) return;
      if (paragraph.kind === 'text' && isUpperCaseHeading(paragraph.text)) {
        this.readAppendixTitle(paragraph.text);
        this.lastParagraph = raw;
        return;
      }
      this.appendixTitle = false;
    }
    // Only dash and "+" bullets: "b) …" after an empty field is the next task, not the field's value.
    const subMark = BULLET_MARK.exec(raw)?.[0];
    if (paragraph.kind === 'bullet' && subMark !== undefined && this.block?.takeSubBullet(paragraph.text, subMark) === true) return;
    if (paragraph.kind === 'bullet' && this.block?.takeContinuation(paragraph.text) === true) return;
    if (paragraph.kind === 'text' && this.block?.takeValueLine(paragraph.text) === true) return;
    if (paragraph.kind !== 'field') this.flushBlock();
    if (paragraph.kind !== 'text') this.closeOpenTask();
    // "Điều 4. Nghị quyết này có hiệu lực … Các Bộ trưởng … chịu trách nhiệm thi hành Nghị quyết này.": no duty, nor more of the point above.
    if (paragraph.kind === 'text' && ENFORCEMENT_FORMULA.test(paragraph.text)) {
      this.endGroup();
      return;
    }
    switch (paragraph.kind) {
      case 'section':
        this.endGroup();
        this.sectionTime = null;
        this.lastTableHeader = null;
        this.role = this.sectionRoleOf(paragraph.title);
        this.sectionTitle = paragraph.title;
        // "II. NHIỆM VỤ … Bộ TN&MT yêu cầu các đơn vị trực thuộc Bộ, Sở TN&MT các tỉnh … thực hiện
        // các nhiệm vụ chủ yếu sau:", a heading a saved page ran into its opening sentence.
        this.sectionActors = this.role === 'tasks' ? sectionAsks(paragraph.title) : null;
        break;
      case 'appendix':
        this.endGroup();
        this.lastTableHeader = null;
        this.role = 'other';
        this.appendixTitle = true;
        this.sectionTitle = '';
        this.readAppendixTitle(paragraph.title.replace(/^phụ lục(?:\s+(?:[IVX]{1,5}|\d{1,2}))?[\s.:–-]*/iu, ''));
        break;
      case 'recipients':
        this.endGroup();
        this.role = 'recipients';
        break;
      case 'group':
        this.onGroup(paragraph.number, paragraph.title);
        break;
      case 'bullet':
        this.onTaskText(paragraph.text, raw);
        break;
      case 'assignment':
        if (this.role === 'tasks' && this.group?.actors == null) this.onAssignmentLine(paragraph.body, paragraph.line);
        else if (this.role === 'duties' || this.role === 'tasks') this.onDutyAssignmentLine(paragraph.body, paragraph.line);
        break;
      case 'field':
        if (this.role === 'tasks' || this.role === 'duties') {
          const block = (this.block ??= new BlockFields());
          const mark = BULLET_MARK.exec(raw)?.[0] ?? '';
          const run = fieldsWrittenInRun(paragraph.line);
          if (run === null) block.add(paragraph.field, paragraph.value, paragraph.line, mark);
          else for (const { field, value } of run) block.add(field, value, paragraph.line, mark);
        }
        break;
      case 'text':
        this.onText(paragraph.text);
        break;
    }
    // A section heading is a table's caption without its numeral; "(Kèm theo Kế hoạch số …)" is none.
    if (!/^\(?\s*kèm theo\s/iu.test(raw)) this.lastParagraph = paragraph.kind === 'section' ? paragraph.title : raw;
  }

  /** "Thực hiện: X chủ trì, … triển khai thực hiện trong tháng 6/2025": the words after the names may be a deadline. */
  private onAssignmentLine(body: string, line: string): void {
    const { assignment, rest } = readAssignment(body, line);
    this.assignPending({ assignment, deadlinePhrase: deadlineAfterNames(rest), deliverable: null });
  }

  private onGroup(number: number, title: string): void {
    this.endGroup();
    if (this.role !== 'tasks' && this.role !== 'duties') return;
    const section = this.role === 'tasks' ? 'II' : 'III';
    const used = this.usedGroups.get(section) as Set<number>;
    // A document that restarts its numbering must not produce the same ref twice.
    const groupNumber = used.has(number) ? Math.max(...used) + 1 : number;
    used.add(groupNumber);
    this.group = { number: groupNumber, title, actors: null, mandate: 'order', tasks: [], dutyStyle: null };
    // "Điều 2. Hội đồng nhân dân tỉnh … đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một
    // số công việc sau:": an article that asks a body to carry out the points below it.
    const asked = this.role === 'tasks' ? sectionAsks(title) : null;
    if (asked !== null) {
      this.sectionActors = asked;
      this.group = null;
      this.usedGroups.get(section)?.delete(groupNumber);
      return;
    }
    if (this.role === 'duties' && TIME_POINT.test(title)) {
      this.group.timeOnly = true;
      return;
    }
    if (this.role === 'duties') {
      const heading = readDutyHeading(title);
      // "2. Sở Tài chính chủ trì, phối hợp với … bố trí kinh phí …": a point that is one duty, its
      // actor opening the sentence. A title that ends with ":" introduces what follows instead; a
      // short one is a name ("Các sở quản lý ngành").
      const introduces = /:\s*$/u.test(title) || namesRolesOnly(title);
      const leading = heading.inlineDuty === null && !introduces && readActorHeading(title) === null ? readLeadingActor(title, true) : null;
      const leadText = leading?.form === 'lead' ? leading.leadText : '';
      const saysWhatToDo = /\.\s*$/u.test(title) || title.split(/\s+/u).length - leadText.split(/\s+/u).length >= MIN_DUTY_WORDS;
      if (leading !== null && leadText !== '' && saysWhatToDo) {
        Object.assign(this.group, { actors: leadText, mandate: leading.mandate, actorsFromSentence: true });
        this.openTask = this.addDuty(title, 'paragraph');
        return;
      }
      // "1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục … thực hiện các nội dung sau:": a sentence
      // introducing the duties below; its actor is the one who opens it, not the whole sentence.
      const introducing = heading.inlineDuty === null && introduces && readActorHeading(title) === null ? readLeadingActor(title, true) : null;
      // "1. Nguồn ngân sách: …", "7. Cơ chế phối hợp và trách nhiệm giải trình": a topic, not an actor.
      const actors = introducing?.form === 'lead' && introducing.leadText !== '' ? introducing.leadText : TOPIC_HEADING.test(heading.actors) ? null : heading.actors;
      // "1. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:": its coordinators coordinate each duty below.
      const coordinators = introducing?.form === 'lead' && introducing.leadText !== '' ? introducing.coordinatorText : null;
      Object.assign(this.group, { title: heading.title, actors, mandate: introducing?.mandate ?? heading.mandate, coordinators, coordinatorsFromHeading: coordinators !== null });
      if (heading.inlineDuty !== null) this.addDuty(heading.inlineDuty, 'paragraph');
      return;
    }
    if (AIMS_TITLE.test(title)) {
      this.group.aims = 'group';
      return;
    }
    const actors = readActorHeading(title);
    if (actors !== null) {
      Object.assign(this.group, { actors });
      return;
    }
    // "4. Về lĩnh vực Tư pháp: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:": the body directed does the items below.
    const directed = /:\s*$/u.test(title) ? DIRECTED.exec(title.replace(/^[^:]{3,80}:\s*(?=\S.*:\s*$)/u, ''))?.[1] : undefined;
    const directedActors = directed === undefined ? null : readActorHeading(directed);
    if (directedActors !== null) {
      Object.assign(this.group, { actors: directedActors });
      return;
    }
    // "1. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:" over lettered items: its
    // actor leads each of them, its coordinators coordinate.
    const introducing = /:\s*$/u.test(title) || namesRolesOnly(title) ? readLeadingActor(title, true) : null;
    if (introducing !== null && introducing.form === 'lead' && introducing.leadText !== '' && introducing.coordinatorText !== null) {
      Object.assign(this.group, { actors: introducing.leadText, coordinators: introducing.coordinatorText, coordinatorsFromHeading: true, mandate: introducing.mandate });
      return;
    }
    const heading = readDutyHeading(title);
    if (namesBodiesByPlace(title)) {
      Object.assign(this.group, { title: heading.title, actors: heading.actors, mandate: heading.mandate });
      return;
    }
    if (heading.inlineDuty !== null && startsWithActor(heading.actors) && readActorHeading(heading.title) !== null) {
      Object.assign(this.group, { title: heading.title, actors: readActorHeading(heading.title), mandate: heading.mandate });
      this.addDuty(heading.inlineDuty, 'paragraph');
      return;
    }
    const inline = readInlineAssignment(title);
    if (inline !== null) {
      const task = this.newTask(inline.text);
      Object.assign(task, { assignment: inline.assignment, deadlinePhrase: inline.deadlinePhrase, groupTitle: inline.text });
      this.group.title = inline.text;
    }
  }

  /** Under "Thời gian thực hiện", the words that say when: the section's time, no duty. */
  private takeSectionTime(text: string): boolean {
    if (this.role !== 'duties' || this.group?.timeOnly !== true) return false;
    const phrase = SPAN_OR_DATE.exec(text)?.[0] ?? findDeadlineInText(text)?.phrase ?? null;
    if (phrase !== null && readDeadlinePhrase(phrase) !== null) this.sectionTime ??= phrase.replace(/[\s.;]+$/u, '');
    return true;
  }

  private onTaskText(text: string, raw: string): void {
    if (this.takeSectionTime(text)) return;
    // "a) Mục tiêu phát triển", "b) Tầm nhìn đến năm 2045": the bullets below are aims, not tasks.
    if (this.role === 'tasks' && this.group !== null && SUB_HEADING.test(raw)) {
      const aims = AIMS_TITLE.test(text);
      if (aims || this.group.aims === 'sub') this.group.aims = aims ? 'sub' : null;
      if (aims) return;
    }
    // "a) Nhiệm vụ:" only labels the bullets below it.
    if (TASKS_LABEL.test(text)) return;
    if (this.role === 'tasks' && this.group?.aims != null) {
      this.narrative.push(text);
      return;
    }
    // A sub-heading ends the bullets of an actor named on a line of its own.
    if (this.lineActors !== null && SUB_HEADING.test(raw) && this.group !== null) {
      this.group.actors = this.lineActors.previous;
      this.lineActors = null;
    }
    const mark = BULLET_MARK.exec(raw)?.[0] ?? null;
    // The items an introducing line gave its time to end at the next item of its own level.
    if (this.introDeadline !== null && (SUB_HEADING.test(raw) || (this.introDeadline.level === 'dash' && mark === '-'))) this.introDeadline = null;
    // The next "-" bullet after "- X cần tập trung …, như sau:" or "- Bộ Công Thương" and their
    // "+" bullets is the point's own again.
    if (this.listActors !== null && mark !== '+' && this.group !== null) {
      this.group.actors = this.listActors.previous;
      this.listActors = null;
    }
    // "- Bộ Nông nghiệp và Môi trường" alone, then "+ Nghiên cứu …", "+ Ban hành …": its tasks.
    if ((this.role === 'tasks' || this.role === 'duties') && mark === '-') {
      // "- Chỉ đạo Sở Nông nghiệp và PTNT:" under a point that names nobody: the body directed does them.
      const directed = this.group?.actors == null && /:\s*$/u.test(text) ? DIRECTED.exec(text)?.[1] : undefined;
      const actors = readActorHeading(text) ?? (directed === undefined ? null : readActorHeading(directed));
      if (actors !== null) {
        if (this.group === null) this.onGroup(1, this.sectionTitle || 'Nhiệm vụ');
        const group = this.group as TGroup;
        this.listActors = { previous: group.actors };
        Object.assign(group, { actors, dutyStyle: null, coordinators: null, coordinatorsFromLabel: false });
        this.pending = [];
        return;
      }
    }
    // "1.1. Trưởng Ban Chỉ đạo", "a) Đối với Ủy ban nhân dân cấp xã:": the bullets below are its duties.
    if ((this.role === 'tasks' || this.role === 'duties') && SUB_HEADING.test(raw)) {
      const actors = readActorHeading(text);
      if (actors !== null) {
        if (this.group === null) this.onGroup(1, this.sectionTitle || 'Nhiệm vụ');
        Object.assign(this.group as TGroup, { actors, dutyStyle: null, coordinators: null, mandate: /^đề nghị\s/iu.test(text) ? 'request' : 'order' });
        this.pending = [];
        return;
      }
      // "a) Bộ Y tế chủ trì, phối hợp với Bộ Tài chính:" in the tasks section: the bullets below are
      // its duties, done with those coordinators.
      if (this.role === 'tasks' && this.introducesOwnList(text)) return;
    }
    if (this.role === 'duties' || (this.role === 'tasks' && this.group?.actors != null)) {
      if (this.group === null) return;
      // "a) Chủ trì, phối hợp với các sở, ban, ngành …" then "- …" bullets, "b) Phối hợp với các sở,
      // ngành": a lettered label saying with whom the bullets below it are done, not a duty.
      if (SUB_HEADING.test(raw)) {
        const label = coordinationLabel(text);
        // "b) Chủ trì, phối hợp" and nothing more: each bullet below opens with its coordinators.
        const eachNames = label === null && /^chủ trì,?\s*phối hợp(?:\s+(?:với|cùng))?\s*:?\s*$/iu.test(text);
        if (label !== null || eachNames || this.group.coordinatorsFromLabel === true) Object.assign(this.group, { coordinators: label, coordinatorsFromLabel: label !== null || eachNames, coordinatorsOpenEach: eachNames });
        if (label !== null || eachNames) return;
      }
      // "1. Kinh phí: - Ngân sách tỉnh …; - Nguồn xã hội hóa …": under no actor, a bullet that
      // neither names one nor says what to do is no duty.
      // "1.1. Đối với 355 nhiệm vụ …, các Bộ, cơ quan ngang Bộ khẩn trương rà soát …" names one after its opening clause.
      if (this.role === 'duties' && this.group.actors == null && !startsWithActor(text) && !opensWithAction(text) && readLeadingActor(text, true) === null) return;
      this.openTask = this.addDuty(text, 'bullet');
      // "c) Triển khai các dự án do Bộ Công an chủ trì (khi Bộ Công an triển khai):": the time it
      // gives holds for the items it introduces.
      const introTime = /:\s*$/u.test(text) && (SUB_HEADING.test(raw) || mark === '-') ? findDeadlineInText(text) : null;
      if (introTime !== null) this.introDeadline = { phrase: introTime.phrase, level: SUB_HEADING.test(raw) ? 'sub' : 'dash' };
      // "m) Ủy ban nhân dân các tỉnh … chịu trách nhiệm …, cụ thể:": a lettered duty whose actor
      // opens it and that introduces a list; the bullets below are that actor's duties. After a
      // dash bullet ("- Ủy ban nhân dân thành phố Hà Nội … cần tập trung …, như sau:"), only
      // the "+" bullets below it are.
      const introducing = SUB_HEADING.test(raw) || mark === '-';
      const introduced = introducing && INTRODUCES_LIST.test(text) ? readLeadingActor(text) : null;
      if (introduced !== null && introduced.form === 'lead' && introduced.leadText !== '') {
        if (mark === '-') this.listActors = { previous: this.group.actors };
        Object.assign(this.group, { actors: introduced.leadText, dutyStyle: null });
      }
      return;
    }
    if (this.role !== 'tasks') return;
    // "- Nội dung: …", "- Hình thức: …", "- Số lượng: 5.000 cuốn": details of the task above (or
    // of the group heading, then the task), not tasks of their own.
    if (DETAIL_LABEL.test(text) && this.group !== null) {
      const above = this.group.tasks[this.group.tasks.length - 1];
      if (above !== undefined) above.text = `${above.text.replace(/[.;:]?$/u, ';')} ${text}`;
      else {
        const task = this.headingTask();
        task.text = `${task.text.replace(/[.;:]?$/u, ':')} ${text}`;
        this.pending.push(task);
        this.openTask = task;
      }
      return;
    }
    // "a) Đầu tư hạ tầng kỹ thuật" then "- …" bullets: the lettered line titles the bullets; it is no task.
    const above = this.group?.tasks[this.group.tasks.length - 1];
    if (mark === '-' && above !== undefined && above === this.subHeadingTask && above.assignment === null && this.pending.includes(above)) {
      this.dropTask(above);
    }
    const task = this.newTask(text);
    this.subHeadingTask = LETTERED.test(raw) && !/[.;]\s*$/u.test(text) ? task : null;
    this.lastAssigned = [];
    this.pending.push(task);
    this.openTask = task;
  }

  /**
   * A line in the tasks section that opens with its actor ("X chủ trì, phối hợp với Y …") and ends
   * with ":": the items below are X's duties, with Y coordinating and the line's time as theirs.
   * False, and nothing changed, when the line names no actor.
   */
  private introducesOwnList(text: string): boolean {
    if (!/:\s*$/u.test(text)) return false;
    const own = readLeadingActor(text, true);
    if (own === null || own.form !== 'lead' || own.leadText === '') return false;
    if (this.group === null) this.onGroup(1, this.sectionTitle || 'Nhiệm vụ');
    Object.assign(this.group as TGroup, { actors: own.leadText, mandate: own.mandate, dutyStyle: null, coordinators: own.coordinatorText, coordinatorsFromHeading: own.coordinatorText !== null });
    const time = findDeadlineInText(text);
    if (time !== null) this.introDeadline = { phrase: time.phrase, level: 'sub' };
    this.pending = [];
    this.openTask = null;
    return true;
  }

  private dropTask(task: TRawTask): void {
    for (const list of [this.group?.tasks ?? [], this.tasks, this.pending]) {
      const index = list.indexOf(task);
      if (index >= 0) list.splice(index, 1);
    }
  }

  private onText(text: string): void {
    if (this.takeSectionTime(text)) return;
    // "Văn phòng Chính phủ thông báo để Bộ Tư pháp … biết, thực hiện./.": a notice's closing line.
    if (CLOSING_NOTICE.test(text)) return;
    // A letter or notice with no sections before its points: "… Bộ Văn hóa, Thể thao và Du lịch yêu
    // cầu:", "… kết luận như sau:" then "1. Thủ trưởng các cơ quan, đơn vị: - …": the points that
    // follow assign duties.
    if ((this.role === 'preamble' || (this.sectionless && this.role === 'tasks' && this.tasks.length === 0)) && LETTER_ASKS.test(text)) {
      this.role = 'duties';
      return;
    }
    // "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã … tập trung thực hiện
    // các nhiệm vụ, giải pháp sau:" opening the tasks section: who carries out the tasks below.
    if (this.role === 'tasks' && !this.sectionless && this.group === null && this.tasks.length === 0) {
      const asked = sectionAsks(text);
      if (asked !== null) {
        this.sectionActors = asked;
        this.narrative.push(text);
        return;
      }
    }
    // "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:" on a line of its own, then "- …"
    // bullets: that actor's tasks.
    const lineActors = (this.role === 'tasks' || this.role === 'duties') && /:\s*$/u.test(text) ? readActorHeading(text) : null;
    if (lineActors !== null) {
      if (this.group === null) this.onGroup(1, this.sectionTitle || 'Nhiệm vụ');
      const group = this.group as TGroup;
      this.lineActors ??= { previous: group.actors };
      Object.assign(group, { actors: lineActors, dutyStyle: null, coordinators: null, coordinatorsFromLabel: false });
      this.pending = [];
      this.openTask = null;
      return;
    }
    // So does a duty under "- Sở Nông nghiệp và PTNT:" in the tasks section, cut by a line break.
    if (this.openTask !== null && this.role === 'tasks' && (this.openTask.section === 'II' || this.listActors !== null)) {
      this.openTask.text = `${this.openTask.text} ${text}`;
      return;
    }
    // "3. Xây dựng các văn bản …" then "Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố có trách
    // nhiệm rà soát, tham mưu …": the heading is the task, the paragraph names who does it.
    if (this.role === 'tasks' && this.group !== null && this.group.actors == null && this.group.tasks.length === 0 && this.pending.length === 0) {
      // "3. Về lĩnh vực Quốc phòng:" then "Đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp
      // với …": a topic's heading, and the paragraph is the task, done by the body directed.
      // "Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với …, báo cáo … trong tháng 3 năm 2020
      // các vấn đề sau:": the bullets below are that actor's duties.
      if (/:\s*$/u.test(text) && this.introducesOwnList(text)) return;
      const directed = DIRECTED.exec(text)?.[1];
      const directedActor = directed === undefined ? null : readLeadingActor(directed);
      const own = directedActor?.form === 'lead' && directedActor.leadText !== '' ? directedActor : readLeadingActor(text, true);
      if (own !== null && own.form === 'lead' && own.leadText !== '') {
        const task = this.newTask(FIELD_HEADING.test(this.group.title) ? text : this.group.title);
        Object.assign(task, { assignment: { ...own, line: text }, deadlinePhrase: findDeadlineInText(text)?.phrase ?? null });
        this.lastAssigned = [task];
        return;
      }
    }
    if ((this.role === 'duties' || (this.role === 'tasks' && this.group?.actors != null)) && this.group !== null) {
      // "Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho …:": the duties below are
      // the point's actor's, with these coordinators.
      const coordinators = INTRODUCES_COORDINATION.test(text) && /:\s*$/u.test(text) ? coordinatorsLater(text) : null;
      if (coordinators !== null && this.group.tasks.length === 0) {
        this.group.coordinators = coordinators;
        return;
      }
      // After a point that is one sentence-duty, a paragraph that names its own actors ("Căn cứ nội
      // dung Kế hoạch này …, các bộ, … xây dựng kế hoạch chi tiết …") is their duty, not a closing remark.
      const ownActors = this.group.actorsFromSentence === true && this.group.dutyStyle === 'paragraph' ? readLeadingActor(text, true) : null;
      if (ownActors !== null && ownActors.form === 'lead' && ownActors.leadText !== '') {
        this.openTask = Object.assign(this.addDuty(text, 'paragraph'), { assignment: { ...ownActors, mandate: this.group.mandate } });
        return;
      }
      if (this.group.dutyStyle !== 'bullet' && !CLOSING_REMARK.test(text)) {
        this.openTask = this.addDuty(text, 'paragraph');
        return;
      }
      // After dash bullets or a closing remark, the point's list of duties is over.
      this.group.dutyStyle = 'bullet';
      // "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã … tổ chức quán triệt …", "Ủy ban nhân
      // dân tỉnh yêu cầu các sở … xây dựng kế hoạch …": a closing paragraph that still gives named
      // bodies something to do is their duty.
      const closing = closingDuty(text);
      if (closing !== null) {
        this.openTask = Object.assign(this.addDuty(text, 'paragraph'), { assignment: closing, deadlinePhrase: findDeadlineInText(text)?.phrase ?? null });
        return;
      }
    }
    const group = this.group;
    if (this.role === 'tasks' && group !== null && group.actors == null && group.aims == null && group.tasks.length === 0 && this.pending.length === 0) {
      group.content = [...(group.content ?? []), text];
    }
    if (this.role !== 'preamble' && this.role !== 'recipients') this.narrative.push(text);
  }

  /** A section II heading with only paragraphs under it is one task: the heading, then what the paragraphs say. */
  private headingTask(): TRawTask {
    const group = this.group as TGroup;
    return this.newTask([group.title, ...(group.content ?? [])].join('. ').replace(/\.\./gu, '.'));
  }

  private newTask(text: string): TRawTask {
    if (this.group === null) this.onGroup(1, this.sectionTitle || 'Nhiệm vụ');
    const group = this.group as TGroup;
    const task: TRawTask = { section: 'II', group: group.number, groupTitle: group.title, text, assignment: null, deadlinePhrase: null, deliverable: null };
    group.tasks.push(task);
    this.tasks.push(task);
    if (this.sectionActors !== null) this.sectionActorsOf.set(task, this.sectionActors);
    return task;
  }

  private addDuty(text: string, style: 'bullet' | 'paragraph'): TRawTask {
    const group = this.group as TGroup;
    group.dutyStyle ??= style;
    // Under "b) Phối hợp với các sở, ngành", "- Chủ động phối hợp với Sở Y tế …" names its own;
    // under "b) Chủ trì, phối hợp", "- Sở Tài chính và các đơn vị có liên quan tham mưu …" opens with them.
    const opening = group.coordinatorsOpenEach === true ? readLeadingActor(text) : null;
    const openingNames = opening?.form === 'lead' && opening.leadText !== '' ? opening.leadText : null;
    const own = group.coordinatorsFromLabel === true || group.coordinatorsFromHeading === true ? coordinatorsLater(text) : null;
    // Under "1. Sở Tài chính chủ trì, phối hợp với các sở, ngành:", a duty's own "phối hợp với Công an tỉnh" adds to the heading's.
    const fromHeading = group.coordinatorsFromHeading === true && own !== null && group.coordinators != null ? `${group.coordinators}; ${own}` : null;
    const coordinators = openingNames ?? fromHeading ?? (group.coordinatorsFromLabel === true ? (own ?? group.coordinators) : group.coordinators);
    const task: TRawTask = {
      section: 'III',
      group: group.number,
      groupTitle: group.title,
      text,
      assignment:
        coordinators == null
          ? { form: 'everyone', line: null, namesText: group.actors ?? '', mandate: group.mandate }
          : { form: 'lead', line: null, leadText: group.actors ?? '', coordinatorText: coordinators, mandate: group.mandate },
      deadlinePhrase: findDeadlineInText(text) === null ? (this.introDeadline?.phrase ?? this.sectionTime) : null,
      deliverable: null,
    };
    group.tasks.push(task);
    this.tasks.push(task);
    this.dutiesSinceFields.push(task);
    return task;
  }

  /**
   * A task that opens with its actor ("Sở Xây dựng chủ trì …", "Sở Công Thương: hướng dẫn …")
   * belongs to that actor, over the heading it sits under; one the document assigns nowhere else
   * too.
   */
  private readOwnActor(task: TRawTask): void {
    const headingAssigned = task.assignment === null || (task.section === 'III' && task.assignment.form === 'everyone');
    if (!headingAssigned) return;
    // "… nghiêm túc thực hiện những nội dung trên. Giao Bảo hiểm xã hội Thành phố chủ trì, phối hợp
    // Sở Y tế đôn đốc …": a later sentence that gives the paragraph's work to one body.
    const given = GIVEN_LATER.exec(task.text)?.[1];
    const givenTo = given === undefined ? null : readLeadingActor(given);
    if (givenTo !== null && givenTo.form === 'lead' && givenTo.leadText !== '') {
      task.assignment = { ...givenTo, line: given as string };
      return;
    }
    // "4. Bộ Ngoại giao / Đồng chủ trì với Bộ Khoa học và Công nghệ, phối hợp với …": two lead it
    // together, so neither is the lead; both are assignees, the coordinators as written.
    const coLead = CO_LEAD.exec(task.text);
    const partner = coLead === null ? null : readLeadingActor(coLead[1] as string, true);
    if (partner !== null && partner.form === 'lead' && partner.leadText !== '' && task.assignment?.form === 'everyone' && task.assignment.namesText !== '') {
      task.assignment = { form: 'lead', line: null, leadText: `${task.assignment.namesText}; ${partner.leadText}`, coordinatorText: partner.coordinatorText, mandate: task.assignment.mandate };
      return;
    }
    // "Thực hiện mở tài khoản và phát hành thẻ: Ủy ban nhân dân xã, phường phối hợp với …": a label, then the actor.
    const afterLabel = LABEL_THEN_ACTOR.exec(task.text)?.[1];
    // Under its actors' heading, "Khuyến khích các doanh nghiệp đầu tư …" asks those same actors.
    const encouragesItsActors = task.assignment?.form === 'everyone' && task.assignment.namesText !== '' && /^khuyến khích\s/iu.test(task.text);
    // Under a heading that names nobody, "Đối với …, các Bộ … rà soát …": the actor after the opening clause.
    const namesNobody = task.assignment === null || (task.assignment.form === 'everyone' && task.assignment.namesText === '');
    // "Chỉ đạo Sở Tài nguyên và Môi trường: Thường xuyên …", "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh
    // phối hợp với …" under a point that names nobody: the body directed does the work.
    // ("Sở X: Thường xuyên …": the colon after the name stands for the verb the actor reader looks for.)
    const directed = namesNobody ? DIRECTED.exec(task.text)?.[1] : undefined;
    const directedActor = directed === undefined ? null : readLeadingActor(directed.replace(/^([^:]{3,80}):\s*/u, '$1 thực hiện: '));
    const leading = readLeadingActor(task.text) ?? (directedActor?.form === 'lead' && directedActor.leadText !== '' ? directedActor : null) ?? (namesNobody ? readLeadingActor(task.text, true) : null);
    const own = encouragesItsActors ? null : (leading ?? (afterLabel === undefined ? null : readLeadingActor(afterLabel)));
    // A duty under its actor's heading that says "… phối hợp (với) Y …" in its first sentence: Y coordinates.
    // So does one in a later clause of that sentence ("…; tiếp tục phối hợp với Sở Y tế tổ chức …").
    // Not in "Chỉ đạo Hội Cựu chiến binh tăng cường phối hợp với chính quyền …": the body directed
    // coordinates. (After a ";" the lead may speak again: "…; phối hợp với Sở Y tế …" stays its own.)
    const found = task.text.split(/\.\s/u)[0]?.split(/;\s*/u).find((part) => /(?:^|\s)phối hợp/iu.test(part));
    const clause = found !== undefined && DIRECTS_A_BODY.test(found) ? undefined : found;
    if (own === null && task.assignment?.form === 'everyone' && clause !== undefined) {
      const coordinatorText = coordinatorsLater(clause);
      if (coordinatorText !== null) task.assignment = { form: 'lead', line: null, leadText: task.assignment.namesText, coordinatorText, mandate: task.assignment.mandate };
      return;
    }
    // Under "Đề nghị …" the duty stays a request. "Bộ Khoa học và Công nghệ: Tăng cường …; phối hợp
    // với các Bộ: Y tế, Công Thương …": a later clause of its sentence names its coordinators.
    if (own !== null && own.form === 'lead' && own.leadText !== '') {
      const coordinatorText = own.coordinatorText ?? (clause === undefined ? null : coordinatorsLater(clause));
      task.assignment = { ...own, coordinatorText, mandate: task.assignment?.mandate === 'request' ? 'request' : own.mandate };
    }
  }

  /**
   * A plan often lists its tasks in the text, unassigned, and again in an appendix table with
   * lead, coordinators and deadline: the text's copy is dropped when a table row opens with the
   * same words.
   */
  private withoutRestatedTasks(): TRawTask[] {
    const folded = (text: string) => text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/gu, ' ').trim();
    const opening = (text: string) => folded(text).slice(0, RESTATED_OPENING);
    const assignedRows = [...this.tableTasks].filter((task) => task.assignment !== null);
    const rows = new Set(assignedRows.map((task) => opening(task.text)));
    // A short task ("Xây dựng Luật An ninh dữ liệu.") is restated only when a row says exactly the same.
    const shortRows = new Set(assignedRows.map((task) => folded(task.text)));
    const restated = (task: TRawTask) => (task.text.length < RESTATED_OPENING ? shortRows.has(folded(task.text)) : rows.has(opening(task.text)));
    // A table that assigns the plan's tasks row by row (Đồng Nai 179/KH-UBND: 94 rows) makes the
    // section's paragraphs that name nobody its prose, not tasks of their own: left out, and listed.
    const tableAssigns = assignedRows.length >= TABLE_OF_TASKS;
    // So do sections by agency that give out the plan's work duty by duty, after a section of
    // measures that names (almost) nobody: those measures are what the duties carry out.
    const measures = this.tasks.filter((task) => task.section === 'II' && !this.tableTasks.has(task));
    const measuresAssigned = measures.filter((task) => task.assignment !== null).length;
    const dutiesAssign = this.tasks.filter((task) => task.section === 'III' && task.assignment !== null).length >= DUTIES_OF_AGENCIES && measuresAssigned * 3 < measures.length;
    const proseOnly = tableAssigns || dutiesAssign;
    this.leftOutBecause = tableAssigns ? 'table' : 'duties';
    const kept = this.tasks.filter((task) => this.tableTasks.has(task) || task.assignment !== null || (!proseOnly && !restated(task)));
    if (proseOnly) this.leftOut.push(...this.tasks.filter((task) => !kept.includes(task) && !restated(task)).map((task) => task.text));
    return kept;
  }

  /** A task closes when the next paragraph is not its continuation; "(Giao …)" is read then. */
  private closeOpenTask(): void {
    const task = this.openTask;
    this.openTask = null;
    if (task === null || task.section !== 'II') return;
    const inline = readInlineAssignment(task.text);
    if (inline === null) return;
    Object.assign(task, { text: inline.text, assignment: inline.assignment, deadlinePhrase: inline.deadlinePhrase });
    this.pending = this.pending.filter((candidate) => candidate !== task);
  }

  private flushBlock(): void {
    const details = this.block?.details();
    this.block = null;
    if (details === undefined) return;
    if (this.role !== 'duties' && this.group?.actors == null) {
      // "Đơn vị thực hiện: …" then "Đơn vị phối hợp: …" and "Thời gian thực hiện: …": a block
      // that names no lead completes the tasks just assigned (their coordinators, time, product).
      const namesNoLead = details.assignment === null || (details.assignment.form === 'lead' && details.assignment.leadText === '');
      // "2. Hoạt động kiểm tra" then "Thời gian thực hiện: Tháng 12/2025." then its bullets: the
      // time of the bullets below, not a task of the heading (unless no bullet follows).
      const onlyTime = details.assignment === null && details.deliverable === null && details.deadlinePhrase !== null;
      if (onlyTime && this.role === 'tasks' && this.group !== null && this.group.tasks.length === 0 && this.pending.length === 0 && (this.group.content ?? []).length === 0) {
        this.group.time = details.deadlinePhrase;
        return;
      }
      if (namesNoLead && this.pending.length === 0 && this.lastAssigned.length > 0) {
        for (const task of this.lastAssigned) {
          Object.assign(task, {
            assignment: withCoordinators(task.assignment, details.assignment),
            deadlinePhrase: task.deadlinePhrase ?? details.deadlinePhrase,
            deliverable: task.deliverable ?? details.deliverable,
          });
        }
        return;
      }
      this.assignPending(details);
      return;
    }
    // In section III the heading names the actors; a block only adds a deadline or a product, to
    // the duties since the last block ("- Phối hợp hướng dẫn …, trong đó: + Sở Xây dựng: … + Sở
    // Công Thương: … / Thời gian thực hiện: …" gives its time to the bullet and its sub-bullets).
    // A block that names who does them ("Cơ quan chủ trì: …", "Cơ quan phối hợp: …") assigns them.
    for (const duty of this.takeDutiesSinceFields()) {
      Object.assign(duty, {
        assignment: this.dutyAssignment(details.assignment) ?? duty.assignment,
        deadlinePhrase: details.deadlinePhrase ?? duty.deadlinePhrase,
        deliverable: details.deliverable ?? duty.deliverable,
      });
    }
  }

  /** The duties a block of fields or an assignment line below them is about: those since the last one, or else the last duty. */
  private takeDutiesSinceFields(): TRawTask[] {
    const last = this.group?.tasks[this.group.tasks.length - 1];
    const duties = this.dutiesSinceFields.length > 0 ? this.dutiesSinceFields : last === undefined ? [] : [last];
    this.dutiesSinceFields = [];
    return duties;
  }

  /** A section III duty's assignment from a block or line below it; coordinators alone keep the point's actors as the lead. */
  private dutyAssignment(assignment: TRawAssignment | null): TRawAssignment | null {
    if (assignment === null) return null;
    const mandate = this.group?.mandate ?? 'order';
    if (assignment.form === 'lead' && assignment.leadText === '') {
      const actors = this.group?.actors ?? '';
      return actors === '' ? null : { ...assignment, leadText: actors, mandate };
    }
    return { ...assignment, mandate };
  }

  /** "Cơ quan thực hiện: X chủ trì, phối hợp với Y" closing a run of section III bullets: they are X's, with Y. */
  private onDutyAssignmentLine(body: string, line: string): void {
    const { assignment, rest } = readAssignment(body, line);
    const deadlinePhrase = deadlineAfterNames(rest);
    for (const duty of this.takeDutiesSinceFields()) Object.assign(duty, { assignment: this.dutyAssignment(assignment) ?? duty.assignment, deadlinePhrase: deadlinePhrase ?? duty.deadlinePhrase });
  }

  /** Assigns the tasks since the last assignment; with none, the group heading is the task. */
  private assignPending(details: TTaskDetails): void {
    // A step or bullet that opens with its own actor ("Bước 1: Ủy ban nhân dân cấp xã lập danh
    // sách …") keeps it; the block is the others'.
    const ownActor = (task: TRawTask) => {
      const own = readLeadingActor(task.text);
      return own !== null && own.form === 'lead' && own.leadText !== '';
    };
    // "Bước 3: Tổng hợp, báo cáo kết quả" (a title, no full stop) after sentences: the fields
    // below are that title's, not the sentences'.
    const sentence = (task: TRawTask | undefined) => task !== undefined && /[.;:!?]$/u.test(task.text.trim());
    const [beforeLast, last] = [this.pending[this.pending.length - 2], this.pending[this.pending.length - 1]];
    const pending = last !== undefined && !sentence(last) && sentence(beforeLast) ? [last] : this.pending;
    const withoutOwn = pending.filter((task) => !ownActor(task));
    let targets = details.assignment !== null && withoutOwn.length > 0 ? withoutOwn : pending;
    // "b) Thời gian thực hiện: …" then "c) Đơn vị thực hiện: …": who does the tasks the time was just given to.
    if (targets.length === 0 && details.assignment !== null) targets = this.lastTimed.filter((task) => task.assignment === null);
    if (targets.length === 0 && this.group !== null && this.group.tasks.length === 0) targets = [this.headingTask()];
    for (const task of targets) {
      Object.assign(task, { assignment: details.assignment ?? task.assignment, deadlinePhrase: details.deadlinePhrase ?? task.deadlinePhrase, deliverable: details.deliverable ?? task.deliverable });
    }
    this.lastAssigned = details.assignment === null ? [] : targets;
    this.lastTimed = details.assignment === null ? targets : [];
    this.pending = [];
  }

  private onTable(rows: string[][], wholeRows: boolean): void {
    this.flushBlock();
    this.closeOpenTask();
    // "| Nơi nhận: … | KT. BỘ TRƯỞNG …": the recipients and the signature end the body, as a "Nơi nhận:" paragraph does.
    if (RECIPIENTS.test((rows[0]?.[0] ?? '').trim())) {
      this.endGroup();
      this.role = 'recipients';
      return;
    }
    const segments = readTaskTable(rows, wholeRows) ?? this.continuedTable(rows, wholeRows);
    if (segments === null) {
      for (const row of rows) this.onText(row.filter((cell) => cell !== '').join(' '));
      return;
    }
    this.lastTableHeader = taskTableHeader(rows) ?? this.lastTableHeader;
    const caption = this.lastParagraph;
    const insideGroup = this.role === 'tasks' && this.group !== null;
    for (const segment of segments) {
      if (segment.title !== null || !insideGroup) {
        const used = this.usedGroups.get('II') as Set<number>;
        const number = used.size === 0 ? 1 : Math.max(...used) + 1;
        this.endGroup();
        used.add(number);
        this.group = { number, title: segment.title ?? (caption || 'Phụ lục'), actors: null, mandate: 'order', tasks: [], dutyStyle: null };
      }
      for (const row of segment.tasks) this.tableTasks.add(Object.assign(this.newTask(row.text), tableRowDetails(row)));
    }
    if (!insideGroup) this.endGroup();
  }

  /**
   * A task table broken by a blank line (a page break in the original) goes on without its header:
   * rows as wide as the last task table's header are read under it.
   */
  private continuedTable(rows: string[][], wholeRows: boolean): TTableSegment[] | null {
    const header = this.lastTableHeader;
    if (header === null) return null;
    const width = Math.max(...header.map((row) => row.length));
    if (rows.filter((row) => row.length === width).length * 2 < rows.length) return null;
    return readTaskTable([...header, ...rows], wholeRows);
  }

  private endGroup(): void {
    this.flushBlock();
    this.closeOpenTask();
    // "6. Tổ chức triển khai thực hiện Chiến lược …" then "Thời gian thực hiện …", and no task below:
    // the heading is a task. A heading with only a paragraph of explanation (a solution the duties
    // section assigns) is not.
    const content = (this.group?.content ?? []).join(' ');
    const groupTime = this.group?.time ?? null;
    if (this.role === 'tasks' && this.group !== null && groupTime !== null) {
      if (this.group.tasks.length === 0) this.headingTask();
      for (const task of this.group.tasks) if (findDeadlineInText(task.text) === null) task.deadlinePhrase ??= groupTime;
    } else if (this.role === 'tasks' && this.group !== null && this.group.tasks.length === 0 && (TIME_PHRASE.test(content) || findDeadlineInText(content) !== null || readInlineAssignment(content) !== null)) {
      // "… tại các doanh nghiệp (Giao Sở Nội vụ chủ trì …)", "(Cơ quan chủ trì: …; thời gian: …)": who does it, in the paragraph.
      const task = this.headingTask();
      const inline = readInlineAssignment(task.text);
      const time = TIME_PHRASE.exec(content)?.[1]?.trim() ?? null;
      if (inline === null) task.deadlinePhrase = time;
      else Object.assign(task, { text: inline.text, assignment: inline.assignment, deadlinePhrase: inline.deadlinePhrase ?? time });
    } else if (this.role === 'tasks' && this.group !== null && this.group.tasks.length === 0 && this.group.actors == null && content === '' && !/:\s*$/u.test(this.group.title)) {
      // "4. Công an tỉnh chủ trì, phối hợp với … bảo đảm an ninh trật tự …" and nothing below: a
      // point that is one task, its actor opening the sentence.
      const leading = readActorHeading(this.group.title) === null ? readLeadingActor(this.group.title, true) : null;
      if (leading !== null && leading.form === 'lead' && leading.leadText !== '') {
        const task = this.headingTask();
        Object.assign(task, { assignment: leading, deadlinePhrase: findDeadlineInText(this.group.title)?.phrase ?? null });
      } else if (opensWithAction(this.group.title) && (findDeadlineInText(this.group.title) !== null || TIME_IN_BRACKETS.test(this.group.title))) {
        // "2. Rà soát, thống kê các trường thông tin … (hoàn thành trong Quý IV/2023)." and nothing
        // below: what to do and by when is a task, though it names nobody. Without a time it may be
        // a line of the plan's content ("1. Tập huấn, hướng dẫn thực hiện kiểm kê."), not a task.
        this.headingTask().deadlinePhrase ??= findDeadlineInText(this.group.title)?.phrase ?? TIME_IN_BRACKETS.exec(this.group.title)?.[1] ?? null;
      }
    }
    this.pending = [];
    this.lastAssigned = [];
    this.lastTimed = [];
    this.dutiesSinceFields = [];
    this.listActors = null;
    this.lineActors = null;
    this.introDeadline = null;
    this.group = null;
  }
}

/** "Chỉ đạo Hội Cựu chiến binh …", "Chỉ đạo, tham mưu chỉ đạo các đơn vị chủ rừng …": a duty that directs another body. */
const DIRECTS_A_BODY = /^[Cc]hỉ đạo(?:,\s*(?:tham mưu\s+)?chỉ đạo)?\s+(?:các\s|lực lượng\s|\p{Lu})/u;

/** "… yêu cầu các đơn vị …, Sở … tập trung thực hiện … các nhiệm vụ chủ yếu sau:": whom it asks, and what follows. */
const ASKS_TO_CARRY_OUT = /(?:^|\s)(?:yêu cầu|đề nghị)\s+(.+?\s(?:thực hiện|triển khai)\s.*(?:sau|như sau)\s*:)\s*$/iu;

/** The bodies an opening sentence asks to carry out the tasks that follow, or null when it names none. */
function sectionAsks(text: string): string | null {
  const asked = ASKS_TO_CARRY_OUT.exec(text)?.[1];
  const actor = asked === undefined ? null : readLeadingActor(asked);
  return actor !== null && actor.form === 'lead' && actor.leadText !== '' && actor.coordinatorText === null ? actor.leadText : null;
}

/** "Về lĩnh vực Quốc phòng:", "Về đầu tư xây dựng": a heading that names a field, not work to do. */
const FIELD_HEADING = /^về\s/iu;

/** "Chỉ đạo X …", "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo X …": the body X someone is asked to direct, and what follows. */
const DIRECTED = /^(?:(?:đề nghị|yêu cầu)\s+)?(?:(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)(?:\s+(?:tỉnh|thành phố))?\s+)?(?:quan tâm\s+)?chỉ\s*đạo\s+(?!,)(\S.*)$/isu;

/** "Đồng chủ trì với Y, …": the partner who leads with the heading's actor. */
const CO_LEAD = /^đồng chủ trì(?:\s+(?:với|cùng))?\s+(\p{Lu}.*)$/isu;

/** A short label before a colon, and what follows it: "Thực hiện chi trả: Ủy ban nhân dân xã …". */
const LABEL_THEN_ACTOR = /^[^:;.()]{5,80}:\s+(\p{Lu}.*)$/su;

/** "Ủy ban nhân dân tỉnh yêu cầu …", "Đề nghị …": who closes the plan asking for its duties. */
const CLOSING_ASK = /^(?:(?:Ủy ban nhân dân|UBND)\s+(?:[Tt]ỉnh|[Tt]hành phố)(?:\s+\p{Lu}\p{L}*)*\s+)?([Yy]êu cầu|[Đđ]ề nghị)\s+(.+)$/su;

/** What a closing paragraph asks beyond carrying out the plan and reporting on it: to brief staff on it, to draw up a plan of one's own. */
const CLOSING_DUTY_WORDS = /quán triệt|(?:xây dựng|ban hành) kế hoạch/iu;

/** The duty a closing paragraph gives the bodies it names, or null when it gives none. */
function closingDuty(text: string): TRawAssignment | null {
  const asked = CLOSING_ASK.exec(text.trim());
  // "… nghiêm túc triển khai thực hiện Kế hoạch này" alone asks nothing the plan does not already,
  // and "… định kỳ báo cáo kết quả về Sở Y tế trước ngày 15/12 hằng năm" is the plan's reporting
  // cycle (reportingCycles), not a task besides it.
  if (!CLOSING_DUTY_WORDS.test(text)) return null;
  const named = readLeadingActor(asked === null ? text : (asked[2] as string), true);
  if (named === null || named.form !== 'lead' || named.leadText === '') return null;
  return { ...named, mandate: asked !== null && /^đề nghị$/iu.test(asked[1] as string) ? 'request' : named.mandate };
}

export function parsePlanDocument(blocks: readonly TDocumentBlock[]): TParsedDocument {
  const parsed = new PlanDocumentParser().parse(blocks);
  return parsed.tasks.length > 0 ? parsed : new PlanDocumentParser(true).parse(blocks);
}

/** "(thường xuyên)", "(hằng năm)" closing a point: its time, in brackets. */
const TIME_IN_BRACKETS = /\(((?:thường xuyên|hằng năm|hàng năm|định kỳ)[^()]*)\)[.\s]*$/iu;

/** "THỦ TƯỚNG CHÍNH PHỦ điện:", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "Kính gửi:": the addressees follow. */
const ADDRESSED_TO = /(?:^|\s)(?:điện|kính gửi)\s*:\s*$/iu;

/** "Ủy ban nhân dân các tỉnh, thành phố nêu trên": the provinces the address listed. */
const PLACES_NAMED_ABOVE = /(các tỉnh(?:,\s*thành phố)?(?:\s+trực thuộc [Tt]rung ương)?)\s+(?:nêu trên|trên đây|nói trên|kể trên)/u;

/** An assignment to "… các tỉnh, thành phố nêu trên", with the places the addressees' line lists ("…: Hà Tĩnh, Quảng Trị, Huế"). */
function namingAddressees(assignment: TRawAssignment | null, addressees: readonly string[]): TRawAssignment | null {
  const listed = addressees.map((line) => /các tỉnh(?:,\s*thành phố)?(?:\s+trực thuộc [Tt]rung ương)?\s*:\s*([^;:.]+)/u.exec(line)?.[1]?.trim()).find((list) => list !== undefined);
  if (assignment === null || listed === undefined) return assignment;
  const named = (text: string) => text.replace(PLACES_NAMED_ABOVE, `$1: ${listed}`);
  return assignment.form === 'lead'
    ? { ...assignment, leadText: named(assignment.leadText), coordinatorText: assignment.coordinatorText === null ? null : named(assignment.coordinatorText) }
    : { ...assignment, namesText: named(assignment.namesText) };
}

/** Sections that say why and on what grounds, never what to do: "MỤC ĐÍCH, YÊU CẦU", "QUAN ĐIỂM", "CĂN CỨ". */
const AIMS_OR_GROUNDS = /mục đích|mục tiêu|yêu cầu|quan điểm|căn cứ|sự cần thiết|đánh giá|kết quả|tình hình thực hiện|chỉ tiêu/iu;

/** An assignment completed by a later "Cơ quan phối hợp: …" field: the units named first do the work, the field's units help. */
function withCoordinators(assignment: TRawAssignment | null, block: TRawAssignment | null): TRawAssignment | null {
  if (assignment === null || block === null || block.form !== 'lead' || block.coordinatorText === null) return assignment;
  const line = [assignment.line, block.line].filter((part) => part !== null).join(' ');
  if (assignment.form === 'everyone') return { form: 'lead', line, leadText: assignment.namesText, coordinatorText: block.coordinatorText, mandate: assignment.mandate };
  return { ...assignment, line, coordinatorText: assignment.coordinatorText === null ? block.coordinatorText : `${assignment.coordinatorText}, ${block.coordinatorText}` };
}
