// A task's kind and due dates, from the deadline its document gives or, failing that, from an
// explicit default. Every default is said in a comment marked "MẶC ĐỊNH / DEFAULT", as in the
// hand-made seed plan, so a reviewer sees at once what the document did not say.
import type { TTaskKind } from '../plan';
import { findDeadlineInText, findYearlessInText, readDeadlinePhrase, readYearlessPhrase, type TDeadlineReading } from './deadline-phrases';
import type { TRawTask } from './raw-task';

export interface TTaskTiming {
  kind: TTaskKind;
  deadline?: string;
  dueDays?: string[];
  /** Periodic with the draft's reporting cycle: "định kỳ … báo cáo" without a frequency. */
  followsReportCycle?: boolean;
  note?: string;
  /** Comment written above the task's kind, deadline or recurrence. */
  comment: string;
  isDefault: boolean;
  /** The phrase the document gives but the importer could not read. */
  unreadable: string | null;
  /** A phrase read as no fixed date because it hangs on another schedule or event ("Theo tiến độ …"): a reviewer may date it. */
  hangsOnEvent?: string;
  /** Years the timing reaches, so the plan period covers them. */
  years: number[];
}

/**
 * A unit's own implementation plan is due 30 days after the plan is issued: the customary term
 * for "xây dựng kế hoạch triển khai", and the seed plan's default for the same duty. Studying the
 * plan ("quán triệt") comes before that, so it gets the same default.
 */
export const OWN_PLAN_DAYS = 30;
const OWN_PLAN = /xây dựng (?:và ban hành )?kế hoạch|quán triệt/iu;
const PERIODIC_WORDING = /định kỳ[^.;]{0,80}/iu;
/** "Hằng năm, tổ chức kiểm tra …", "… báo cáo … kết quả thực hiện hằng năm", "Tổ chức tổng kết, đánh giá hàng năm …": a recurrence in the task's words. */
const RECURRENCE_WORDING = /^(?:hằng|hàng|mỗi) (?:năm|quý|tháng)|(?:báo cáo|sơ kết|tổng kết|đánh giá)[^.;]{0,80}?(?:hằng|hàng|mỗi) (?:năm|quý|tháng)|(?:hằng|hàng|mỗi) (?:năm|quý|tháng)[^.;]{0,30}?(?:báo cáo|sơ kết|tổng kết)/iu;
/** "… chi trả hàng tháng", "… báo cáo trước 19 giờ hằng ngày": a period the task's words give anywhere. */
const SHORT_PERIOD_WORDING = /(?:hằng|hàng|mỗi) (?:ngày|tuần|tháng|quý)(?!\p{L})|\d{1,2} lần ?\/ ?(?:ngày|tuần)(?!\p{L})/iu;
/** "Thường xuyên nắm bắt …", "Chủ động, thường xuyên phối hợp …": the task's words say it is ongoing. */
const ONGOING_WORDING = /^(?:chủ động,?\s+)?(?:thường xuyên|liên tục)(?=[\s,])/iu;
const ONGOING_ANYWHERE = /(?<!\p{L})(?:thường xuyên|liên tục)(?!\p{L})/iu;
const ONGOING_READING: TDeadlineReading = { kind: 'continuous', fromYear: null, toYear: null, note: 'thường xuyên (ongoing)' };

export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function fromReading(reading: TDeadlineReading, phrase: string, source: string): TTaskTiming {
  const quoted = `${source}: "${phrase}"`;
  switch (reading.kind) {
    case 'one_off':
      return { kind: 'one_off', deadline: reading.deadline, comment: `${quoted} → ${reading.deadline} (${reading.note}).`, isDefault: false, unreadable: null, years: [Number(reading.deadline.slice(0, 4))] };
    case 'periodic': {
      const days = reading.dueDays.join(', ');
      const comment = reading.assumed
        ? `${quoted} (${reading.note}). MẶC ĐỊNH / DEFAULT: văn bản không ghi ngày; hạn ngày 15 tháng cuối kỳ (${days}), khi kỳ số liệu khóa. The document gives no day: due on the 15th of each period's last month.`
        : `${quoted} → ${days} (${reading.note}).`;
      return { kind: 'periodic', dueDays: reading.dueDays, comment, isDefault: reading.assumed, unreadable: null, years: [] };
    }
    case 'continuous': {
      const period = reading.fromYear === null ? undefined : `Thời gian thực hiện: ${phrase}`;
      const years = [reading.fromYear, reading.toYear].filter((year): year is number => year !== null);
      return { kind: 'continuous', note: period, comment: `${quoted} (${reading.note}).`, isDefault: false, unreadable: null, years, ...(reading.hangsOnEvent === true ? { hangsOnEvent: phrase } : {}) };
    }
  }
}

const NO_DEADLINE_COMMENT =
  'MẶC ĐỊNH / DEFAULT: văn bản không ghi thời hạn; coi là việc thường xuyên, báo cáo trong báo cáo định kỳ. No deadline in the document: ongoing work, reported in the periodic report.';

/**
 * The year a date without one falls in: the single year the plan's title names ("Kế hoạch … năm
 * 2026"), else the first year on or after the issue date when that date comes.
 */
function yearlessReading(phrase: string, issueDate: string, titleYear: number | null): { reading: TDeadlineReading; year: number } | null {
  const issueYear = Number(issueDate.slice(0, 4));
  for (const year of titleYear === null ? [issueYear, issueYear + 1] : [titleYear]) {
    const reading = readYearlessPhrase(phrase, year);
    if (reading === null) return null;
    if (titleYear !== null || reading.kind !== 'one_off' || reading.deadline >= issueDate) return { reading, year };
  }
  return null;
}

/** A date the document writes without its year, in the plan's year, said as a default. */
function datedInPlanYear(phrase: string, source: string, issueDate: string, titleYear: number | null): TTaskTiming | null {
  const yearless = yearlessReading(phrase, issueDate, titleYear);
  if (yearless === null) return null;
  const timing = fromReading(yearless.reading, phrase, source);
  const why = titleYear === null ? 'năm đầu tiên từ ngày ban hành có ngày này' : 'năm kế hoạch ghi ở tên văn bản';
  const because = titleYear === null ? 'the first year from the issue date that has this date' : "the year the plan's title names";
  return { ...timing, comment: `${timing.comment} MẶC ĐỊNH / DEFAULT: văn bản không ghi năm; lấy năm ${yearless.year} (${why}). No year in the document: ${because}.`, isDefault: true };
}

/** titleYear: the one year the plan's title names, if it names one ("… năm 2026"). */
export function readTaskTiming(task: TRawTask, issueDate: string, titleYear: number | null = null): TTaskTiming {
  if (task.deadlinePhrase !== null) {
    const reading = readDeadlinePhrase(task.deadlinePhrase);
    // "Trước Tết Nguyên đán": the eve of the next lunar new year, dated as a marked default.
    const lunar = reading?.kind === 'continuous' && reading.hangsOnEvent === true && /trước tết/iu.test(task.deadlinePhrase) ? datedInPlanYear(task.deadlinePhrase, 'Văn bản ghi', issueDate, titleYear) : null;
    if (lunar !== null) return lunar;
    if (reading !== null) return fromReading(reading, task.deadlinePhrase, 'Văn bản ghi');
    const yearless = datedInPlanYear(task.deadlinePhrase, 'Văn bản ghi', issueDate, titleYear);
    if (yearless !== null) return yearless;
    // "Định kỳ, đột xuất": regularly, with no period named, so the plan's own reporting cycle.
    if (/^định kỳ(?:[\s,;]|$)/iu.test(task.deadlinePhrase.trim())) {
      return { kind: 'periodic', followsReportCycle: true, comment: `Văn bản ghi: "${task.deadlinePhrase}": theo chu kỳ báo cáo của kế hoạch (reportingCycles). Follows the plan's reporting cycle.`, isDefault: false, unreadable: null, years: [] };
    }
    return {
      kind: 'continuous',
      comment: `Văn bản ghi thời hạn "${task.deadlinePhrase}" nhưng không đọc được. MẶC ĐỊNH / DEFAULT: coi là việc thường xuyên; ghi lại hạn đúng. Could not read the deadline: set it here.`,
      isDefault: true,
      unreadable: task.deadlinePhrase,
      years: [],
    };
  }
  const inText = findDeadlineInText(task.text);
  const lunarInText = inText?.reading.kind === 'continuous' && inText.reading.hangsOnEvent === true && /trước tết/iu.test(inText.phrase) ? datedInPlanYear(inText.phrase.replace(/^(?:thời gian|thời hạn)[^:]*:\s*/iu, ''), 'Thời hạn trong nội dung', issueDate, titleYear) : null;
  if (lunarInText !== null) return lunarInText;
  if (inText !== null) return fromReading(inText.reading, inText.phrase, 'Thời hạn trong nội dung');
  const yearlessPhrase = findYearlessInText(task.text);
  const yearlessInText = yearlessPhrase === null ? null : datedInPlanYear(yearlessPhrase, 'Thời hạn trong nội dung', issueDate, titleYear);
  if (yearlessInText !== null) return yearlessInText;
  const periodic = PERIODIC_WORDING.exec(task.text);
  if (periodic !== null) {
    const reading = readDeadlinePhrase(periodic[0]);
    if (reading?.kind === 'periodic') return fromReading(reading, periodic[0].trim(), 'Nội dung');
    // "định kỳ … báo cáo", "báo cáo định kỳ, đột xuất …": the plan's reports.
    if (/báo cáo/iu.test(task.text.slice(Math.max(0, periodic.index - 20), periodic.index + periodic[0].length))) {
      return { kind: 'periodic', followsReportCycle: true, comment: 'Nội dung: "định kỳ … báo cáo": theo chu kỳ báo cáo của kế hoạch (reportingCycles). Follows the plan\'s reporting cycle.', isDefault: false, unreadable: null, years: [] };
    }
    // "Định kỳ rà soát, đề xuất sửa đổi …": regularly, no period named; the plan's cycle.
    if (periodic.index === 0) {
      return { kind: 'periodic', followsReportCycle: true, comment: 'Nội dung: "Định kỳ …", không ghi chu kỳ: theo chu kỳ báo cáo của kế hoạch (reportingCycles). Regularly, no period given: the plan\'s reporting cycle.', isDefault: false, unreadable: null, years: [] };
    }
  }
  const recurrence = RECURRENCE_WORDING.exec(task.text);
  const recurring = recurrence === null ? null : readDeadlinePhrase(recurrence[0]);
  if (recurrence !== null && recurring?.kind === 'periodic') return fromReading(recurring, recurrence[0].trim(), 'Thời hạn trong nội dung');
  // "hàng tháng", "hằng quý" anywhere in the words: periodic. Every day or week is more often than
  // a plan's calendar counts: ongoing work, as the document says ("02 lần/ngày" is every day).
  const period = SHORT_PERIOD_WORDING.exec(task.text);
  const often = period === null ? null : readDeadlinePhrase(period[0].replace(/^\d{1,2} lần ?\/ ?/u, 'hằng '));
  if (period !== null && often !== null) return fromReading(often, period[0], 'Thời hạn trong nội dung');
  const ongoing = ONGOING_WORDING.exec(task.text);
  if (ongoing !== null) return fromReading(ONGOING_READING, ongoing[0], 'Nội dung');
  if (OWN_PLAN.test(task.text)) {
    const deadline = addDays(issueDate, OWN_PLAN_DAYS);
    return {
      kind: 'one_off',
      deadline,
      comment: `MẶC ĐỊNH / DEFAULT: = ngày ban hành + ${OWN_PLAN_DAYS} ngày (xây dựng kế hoạch; văn bản không ghi thời hạn). ${OWN_PLAN_DAYS} days after issue, the customary term for a unit's own plan.`,
      isDefault: true,
      unreadable: null,
      years: [Number(deadline.slice(0, 4))],
    };
  }
  // "… chỉ đạo Báo Đắk Lắk thường xuyên đưa tin …": ongoing, as the task's words say.
  const ongoingLater = ONGOING_ANYWHERE.exec(task.text);
  if (ongoingLater !== null) return fromReading(ONGOING_READING, ongoingLater[0], 'Nội dung');
  return { kind: 'continuous', comment: NO_DEADLINE_COMMENT, isDefault: true, unreadable: null, years: [] };
}
