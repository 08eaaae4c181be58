// The daily digest (issue #12): an agency receives at most one routine mail per working day,
// listing what is newly assigned to it, due soon and overdue, with a link to each item.
// Escalations to heads, to the monitoring department and to the leadership, and every other
// notice (extensions, explanations, reviews, refusals, failures) stay individual mails.
// Pure: the notice activity classifies with it, the digest activity composes with it, and the
// simulation counts the mails a unit would receive with it.
import { z } from 'zod';
import { type TCalendar, instantAt, isWorkingDay, localDayOf, nextWorkingDay } from '../calendar';
import { escapeHtml, formatVietnameseDate, nfc, responseLink } from './format';
import { type TNoticeKind } from './notice';

/** When the digest of a working day goes out, Vietnam time: after the 08:00 reminders and escalations of that morning. */
export const DIGEST_TIME = '08:30';

/** The three lists of a digest. */
export type TDigestSection = 'assigned' | 'due-soon' | 'overdue';

type TAudience = 'assignee' | 'focal_point' | 'agency_head' | 'monitoring_agency' | 'leadership';

const ASSIGNED_KINDS = new Set<TNoticeKind>(['assignment', 'review-request', 'inspection-notice']);
const DUE_SOON_KINDS = new Set<TNoticeKind>(['reminder', 'due-today']);

/**
 * The digest section of a routine notice, or null for a notice that stays an individual mail.
 * Routine: what the unit itself is told about its own work — a new assignment, review request or
 * inspection notice, a reminder before the deadline or on the due day, and the first overdue
 * notice (escalation level 1, to the unit's focal point). A notice with a note (a reassignment's
 * reason) is individual too, except an inspection notice's: the facilities it names are listed
 * with the item. An escalation to the head of the unit,
 * to the monitoring department or to the leadership is individual: it must not wait in a list.
 */
export function digestSectionOf(request: { kind: TNoticeKind; audience: TAudience; note?: string | undefined }): TDigestSection | null {
  const toTheUnit = request.audience === 'assignee' || request.audience === 'focal_point';
  // A notice carrying someone's words (the reason of a reassignment) is read on its own.
  if (!toTheUnit || (request.note && request.kind !== 'inspection-notice')) return null;
  if (ASSIGNED_KINDS.has(request.kind)) return 'assigned';
  if (DUE_SOON_KINDS.has(request.kind)) return 'due-soon';
  if (request.kind === 'escalation') return 'overdue';
  return null;
}

/** The ledger key of one agency's digest of one day: claimed once, so the digest is sent once. */
export function digestKey(agencyCode: string, day: string): string {
  return `digest|${agencyCode}|${day}`;
}

/**
 * The working day whose digest carries a routine notice decided at `issuedAt`: that day when it
 * is a working day and its digest has not gone out yet, else the next working day.
 */
export function digestDayOf(issuedAt: Date, calendar: TCalendar, time: string = DIGEST_TIME): string {
  const day = localDayOf(issuedAt);
  if (isWorkingDay(day, calendar).working && issuedAt.getTime() < instantAt(day, time).getTime()) return day;
  return nextWorkingDay(day, calendar);
}

/** The first digest instant at or after `now`: a working day's DIGEST_TIME. */
export function nextDigestAt(now: Date, calendar: TCalendar, time: string = DIGEST_TIME): Date {
  const day = localDayOf(now);
  if (isWorkingDay(day, calendar).working && now.getTime() <= instantAt(day, time).getTime()) return instantAt(day, time);
  return instantAt(nextWorkingDay(day, calendar), time);
}

/** One routine notice waiting in the ledger for its agency's digest (stored as JSON in Notification.digestItem). */
export const ZDigestItem = z.object({
  section: z.enum(['assigned', 'due-soon', 'overdue']),
  kind: z.string().min(1),
  planTitle: z.string().min(1),
  taskRef: z.string().min(1),
  taskText: z.string().min(1),
  assignmentId: z.string().min(1),
  deadline: z.string().nullable(),
  /** Path of the item in the web app, joined to the base URL of the links. */
  actionPath: z.string().startsWith('/'),
  /** The agency the item is about (an inspected unit for an inspection notice). */
  agencyCode: z.string().min(1),
  /** What the notice says besides its task (an inspection notice: the facilities inspected). */
  note: z.string().min(1).optional(),
});
export type TDigestItem = z.infer<typeof ZDigestItem>;

export interface TDigestMail {
  subject: string;
  text: string;
  html: string;
}

const SECTION_TITLES: Record<TDigestSection, { vi: string; en: string }> = {
  assigned: { vi: 'Nhiệm vụ mới được giao', en: 'Newly assigned' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
};
const SECTIONS: TDigestSection[] = ['assigned', 'due-soon', 'overdue'];

/**
 * One agency's digest of one working day: the items in three sections (newly assigned, due soon,
 * overdue), each with its task, plan, deadline and link; an item listed by several notices (a
 * reminder and the due-day notice) appears once, in its most urgent section.
 */
export function composeDigest(input: { agencyName: string; day: string; items: TDigestItem[]; baseUrl: string }): TDigestMail {
  if (input.items.length === 0) throw new RangeError('a digest needs at least one item');
  const bySection = groupItems(input.items);
  const count = [...bySection.values()].reduce((sum, items) => sum + items.length, 0);
  const date = formatVietnameseDate(input.day);
  const link = (item: TDigestItem) => responseLink(input.baseUrl, item.actionPath);
  const deadlineOf = (item: TDigestItem) => (item.deadline ? formatVietnameseDate(item.deadline) : '—');
  const textSection = (section: TDigestSection, language: 'vi' | 'en') => {
    const items = bySection.get(section) ?? [];
    if (!items.length) return [];
    return [
      `${SECTION_TITLES[section][language].toUpperCase()} (${items.length})`,
      ...items.map((item) => `- ${item.taskRef}: ${item.taskText}\n  ${item.note ? `${item.note}\n  ` : ''}${language === 'vi' ? 'Hạn' : 'Due'}: ${deadlineOf(item)} — ${item.planTitle}\n  ${link(item)}`),
      '',
    ];
  };
  const text = [
    `Kính gửi ${input.agencyName},`,
    '',
    `Tổng hợp công việc ngày ${date}: ${count} nhiệm vụ.`,
    '',
    ...SECTIONS.flatMap((section) => textSection(section, 'vi')),
    '--- English version ---',
    '',
    `To ${input.agencyName},`,
    '',
    `Daily digest of ${input.day}: ${count} item(s).`,
    '',
    ...SECTIONS.flatMap((section) => textSection(section, 'en')),
  ].join('\n');
  const htmlSection = (section: TDigestSection) => {
    const items = bySection.get(section) ?? [];
    if (!items.length) return '';
    const rows = items
      .map((item) => `<li><a href="${escapeHtml(link(item))}">${escapeHtml(item.taskRef)}</a>: ${escapeHtml(item.taskText)}${item.note ? ` (${escapeHtml(item.note)})` : ''} — hạn / due ${escapeHtml(deadlineOf(item))} (${escapeHtml(item.planTitle)})</li>`)
      .join('');
    return `<h2>${escapeHtml(SECTION_TITLES[section].vi)} / ${escapeHtml(SECTION_TITLES[section].en)} (${items.length})</h2><ul>${rows}</ul>`;
  };
  const html = `<!doctype html><html lang="vi"><body><p>Kính gửi ${escapeHtml(input.agencyName)},</p><p>Tổng hợp công việc ngày ${escapeHtml(date)} / daily digest of ${escapeHtml(input.day)}: ${count}.</p>${SECTIONS.map(htmlSection).join('')}</body></html>`;
  return { subject: nfc(`[dondoc] Tổng hợp công việc ngày ${date} (${count}) / Daily digest`), text: nfc(text), html: nfc(html) };
}

/** Items by section, one per assignment (the most urgent section wins), in task order. */
function groupItems(items: TDigestItem[]): Map<TDigestSection, TDigestItem[]> {
  const urgency: Record<TDigestSection, number> = { assigned: 0, 'due-soon': 1, overdue: 2 };
  const byAssignment = new Map<string, TDigestItem>();
  for (const item of items) {
    const key = `${item.assignmentId}|${item.agencyCode}`;
    const kept = byAssignment.get(key);
    if (!kept || urgency[item.section] >= urgency[kept.section]) byAssignment.set(key, item);
  }
  const grouped = new Map<TDigestSection, TDigestItem[]>();
  for (const item of [...byAssignment.values()].sort((a, b) => a.taskRef.localeCompare(b.taskRef) || a.assignmentId.localeCompare(b.assignmentId))) {
    grouped.set(item.section, [...(grouped.get(item.section) ?? []), item]);
  }
  return grouped;
}

/** A notice as the simulation records it: enough to tell when and to whom its mail goes. */
interface TCountedNotice {
  at: string;
  kind: TNoticeKind;
  audience: TAudience;
  agency: string;
}

/**
 * Mails each unit receives per year about its own work, with every notice mailed at once
 * (`before`) and with routine notices gathered in one digest per unit and working day (`after`).
 * A unit is the agency a notice is about; the year is that of the mail.
 */
export function countMailsPerUnit(notices: readonly TCountedNotice[], calendar: TCalendar): { before: Map<string, Map<string, number>>; after: Map<string, Map<string, number>> } {
  const before = new Map<string, Map<string, number>>();
  const after = new Map<string, Map<string, number>>();
  const add = (table: Map<string, Map<string, number>>, unit: string, year: string) => {
    const years = table.get(unit) ?? new Map<string, number>();
    years.set(year, (years.get(year) ?? 0) + 1);
    table.set(unit, years);
  };
  const digests = new Set<string>();
  for (const notice of notices) {
    const at = new Date(notice.at);
    add(before, notice.agency, localDayOf(at).slice(0, 4));
    if (digestSectionOf(notice) === null) {
      add(after, notice.agency, localDayOf(at).slice(0, 4));
      continue;
    }
    const day = digestDayOf(at, calendar);
    if (digests.has(digestKey(notice.agency, day))) continue;
    digests.add(digestKey(notice.agency, day));
    add(after, notice.agency, day.slice(0, 4));
  }
  return { before, after };
}
