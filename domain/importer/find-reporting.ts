// Who chases the plan and how often units report, from the plan's own words where it says so:
// "Định kỳ báo cáo kết quả … hằng năm về Sở Lao động - Thương binh và Xã hội để theo dõi, tổng
// hợp" names both the monitor and the cycle.
import type { AgencyResolver } from './agency-resolver';
import { readDeadlinePhrase, type TRecurrenceFrequency } from './deadline-phrases';
import type { TDraftTask } from './resolve-tasks';

export interface TReporting {
  monitor: string | null;
  /** Where the monitor was found, for the draft's comment. */
  monitorReason: string;
  frequency: TRecurrenceFrequency;
  dueDays: string[];
  /** The sentence that sets the cycle, or null when the cycle is a default. */
  sourceText: string | null;
  assumed: boolean;
}

/** "… gửi/về <agency> để/trước …": the unit that receives reports. Ministries receive reports upward, never chase. */
const RECIPIENT = /(?:gửi|về)\s+((?:Sở|Ban|Văn phòng|Ủy ban|Uỷ ban|UBND|Công an)\s[^;()]*?)(?:\s+(?:để|trước|tổng hợp|theo dõi|chậm nhất|trong)(?=[\s.,;]|$)|\s*\(|[.;]|$)/u;

/** "… về UBND Thành phố (qua Ban Quản lý …)": the unit the reports pass through collects them. */
const THROUGH = /^\s*\(\s*qua\s+([^()]+)\)/u;

/** The unit a report sentence names as receiving the reports: the one they go through, if it says so. */
function recipientOf(sentence: string): string | null {
  const recipient = RECIPIENT.exec(sentence);
  if (recipient === null) return null;
  const through = THROUGH.exec(sentence.slice(recipient.index + recipient[0].length - (recipient[0].endsWith('(') ? 1 : 0)));
  return (through?.[1] ?? (recipient[1] as string)).trim();
}

function sentencesOf(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((paragraph) => paragraph.split(/(?<=\.)\s+(?=\p{Lu})/u));
}

function mostFrequentLead(tasks: readonly TDraftTask[]): string | null {
  const counts = new Map<string, number>();
  for (const task of tasks) if (task.lead !== null) counts.set(task.lead, (counts.get(task.lead) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function findReporting(narrative: readonly string[], tasks: readonly TDraftTask[], resolver: AgencyResolver): TReporting {
  const sentences = sentencesOf([...narrative, ...tasks.filter((task) => task.ref.startsWith('III.')).map((task) => task.text)]);
  let monitor: string | null = null;
  let monitorReason = '';
  let cycle: { frequency: TRecurrenceFrequency; dueDays: string[]; assumed: boolean; sourceText: string } | null = null;
  for (const sentence of sentences) {
    if (!/báo cáo/iu.test(sentence)) continue;
    const recipient = recipientOf(sentence);
    const found = recipient === null ? [] : resolver.agencyMatcher.readLeadingNames(recipient).mentions;
    const agency = found.find((mention) => !mention.isGroup && mention.code !== null);
    if (monitor === null && agency?.code) {
      monitor = agency.code;
      monitorReason = `văn bản: "${sentence.trim()}"`;
    }
    const reading = readDeadlinePhrase(sentence);
    // The cycle is the sentence's even when the unit it reports to is not in the registry; a
    // sentence that names the day ("trước ngày 30 tháng 11") wins over one that names none.
    if ((cycle === null || (cycle.assumed && reading?.kind === 'periodic' && !reading.assumed)) && reading?.kind === 'periodic' && recipient !== null) {
      cycle = { frequency: reading.frequency, dueDays: reading.dueDays, assumed: reading.assumed, sourceText: sentence.trim() };
    }
  }
  if (monitor === null) {
    const chaser = tasks.find((task) => task.ref.startsWith('III.') && task.lead !== null && /theo dõi|đôn đốc|tổng hợp/iu.test(task.text));
    monitor = chaser?.lead ?? mostFrequentLead(tasks);
    monitorReason = chaser ? `mục ${chaser.ref} giao theo dõi, đôn đốc, tổng hợp` : 'cơ quan chủ trì nhiều nhiệm vụ nhất (the lead of most tasks)';
  }
  return {
    monitor,
    monitorReason,
    frequency: cycle?.frequency ?? 'annual',
    dueDays: cycle?.dueDays ?? ['12-15'],
    sourceText: cycle?.sourceText ?? null,
    assumed: cycle?.assumed ?? true,
  };
}
