// Rules for the plan's metadata, cycles, reviews and chasing policy: unknown fields are marked
// as unknown, ids are unique, dates and years fall inside the plan, times agree.
import type { TPlanIssue, TPlanPath } from './plan-issue';
import type { TPlan } from './plan';
import { DIGEST_TIME } from '../notices/digest';

export function checkSettings(plan: TPlan): TPlanIssue[] {
  return [...checkMetadata(plan), ...checkUniqueIds(plan), ...checkCyclesAndReviews(plan), ...checkPolicy(plan)];
}

function checkMetadata(plan: TPlan): TPlanIssue[] {
  const metadata = plan.metadata;
  const issues: TPlanIssue[] = [];
  for (const field of ['number', 'date'] as const) {
    const isNull = metadata[field] === null;
    const markedUnknown = metadata.unknown.includes(field);
    if (isNull && !markedUnknown) {
      issues.push({ path: ['metadata', field], expected: `a value, or "${field}" listed in metadata.unknown`, found: 'an empty value (null)', message: `metadata.${field} is empty: fill it in, or add "${field}" to metadata.unknown if the document does not give it.` });
    }
    if (!isNull && markedUnknown) {
      issues.push({ path: ['metadata', 'unknown'], expected: `only fields whose value is null`, found: `"${field}", which has a value`, message: `metadata.unknown lists "${field}" but the plan gives it: remove "${field}" from metadata.unknown.` });
    }
  }
  if (metadata.date === null && metadata.assumedIssueDate === null) {
    issues.push({ path: ['metadata', 'assumedIssueDate'], expected: 'a date YYYY-MM-DD standing in for the unknown issue date', found: 'an empty value (null)', message: 'The issue date is unknown, so default deadlines need metadata.assumedIssueDate: set it and say in a comment that it is an assumption.' });
  }
  if (metadata.startDate > metadata.endDate) {
    issues.push({ path: ['metadata', 'endDate'], expected: `a date on or after startDate ${metadata.startDate}`, found: metadata.endDate, message: 'The plan ends before it starts: correct metadata.startDate or metadata.endDate.' });
  }
  return issues;
}

function duplicates(list: ReadonlyArray<{ id: string }>, field: string, key: string, path: (index: number) => TPlanPath): TPlanIssue[] {
  const seen = new Set<string>();
  const issues: TPlanIssue[] = [];
  list.forEach((entry, index) => {
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      return;
    }
    issues.push({ path: path(index), expected: `a ${key} used by no other entry of ${field}`, found: `"${entry.id}" again`, message: `${field} defines "${entry.id}" twice: rename or remove one.` });
  });
  return issues;
}

function checkUniqueIds(plan: TPlan): TPlanIssue[] {
  const documents = [
    ...plan.metadata.parents.map((document, index) => ({ id: document.id, path: ['metadata', 'parents', index, 'id'] })),
    ...plan.references.map((document, index) => ({ id: document.id, path: ['references', index, 'id'] })),
  ];
  return [
    ...duplicates(plan.reportingCycles, 'reportingCycles', 'id', (index) => ['reportingCycles', index, 'id']),
    ...duplicates(plan.inspections, 'inspections', 'id', (index) => ['inspections', index, 'id']),
    ...duplicates(plan.reviews, 'reviews', 'id', (index) => ['reviews', index, 'id']),
    ...duplicates(plan.indicators.map((indicator) => ({ id: indicator.code })), 'indicators', 'code', (index) => ['indicators', index, 'code']),
    ...duplicates(documents, 'metadata.parents and references', 'id', (index) => documents[index]?.path ?? []),
  ];
}

function checkCyclesAndReviews(plan: TPlan): TPlanIssue[] {
  const { startDate, endDate } = plan.metadata;
  const firstYear = Number(startDate.slice(0, 4));
  const lastYear = Number(endDate.slice(0, 4));
  const issues: TPlanIssue[] = [];
  const checkYears = (entries: ReadonlyArray<{ id: string; firstYear: number; lastYear: number }>, field: string) =>
    entries.forEach((entry, index) => {
      if (entry.firstYear > entry.lastYear) {
        issues.push({ path: [field, index, 'lastYear'], expected: `a year on or after firstYear ${entry.firstYear}`, found: String(entry.lastYear), message: `${field} "${entry.id}" ends before it begins: correct firstYear or lastYear.` });
      }
      if (entry.firstYear < firstYear || entry.lastYear > lastYear) {
        issues.push({ path: [field, index, entry.firstYear < firstYear ? 'firstYear' : 'lastYear'], expected: `years from ${firstYear} to ${lastYear} (the plan period)`, found: `${entry.firstYear}–${entry.lastYear}`, message: `${field} "${entry.id}" runs outside the plan period: change its years or the plan's start and end.` });
      }
    });
  checkYears(plan.reportingCycles, 'reportingCycles');
  checkYears(plan.inspections, 'inspections');
  plan.reviews.forEach((review, index) => {
    if (review.date < startDate || review.date > endDate) {
      issues.push({ path: ['reviews', index, 'date'], expected: `a date from ${startDate} to ${endDate} (the plan period)`, found: review.date, message: `Review "${review.id}" falls outside the plan period: move it, or change the plan's start and end.` });
    }
  });
  return issues;
}

function checkPolicy(plan: TPlan): TPlanIssue[] {
  const { reminders } = plan.policy;
  const issues: TPlanIssue[] = [];
  if (new Set(reminders.offsetsWorkingDays).size !== reminders.offsetsWorkingDays.length) {
    issues.push({ path: ['policy', 'reminders', 'offsetsWorkingDays'], expected: 'distinct numbers of working days', found: `[${reminders.offsetsWorkingDays.join(', ')}]`, message: 'A reminder offset is listed twice: remove the duplicate so nobody gets the same reminder twice.' });
  }
  const calendarTime = plan.calendar?.reminderTime;
  if (calendarTime !== undefined && calendarTime !== reminders.time) {
    issues.push({ path: ['calendar', 'reminderTime'], expected: `${reminders.time} (policy.reminders.time)`, found: calendarTime, message: 'calendar.reminderTime and policy.reminders.time disagree: set both to the same time, or remove calendar.reminderTime.' });
  }
  const jitter = reminders.jitterMinutes ?? 0;
  const room = minutesOf(DIGEST_TIME) - minutesOf(reminders.time);
  // A routine reminder decided after the daily digest waits a whole working day for the next one.
  if (room > 0 && jitter > room) {
    issues.push({
      path: ['policy', 'reminders', 'jitterMinutes'],
      expected: `at most ${room} minutes, so that reminders from ${reminders.time} stay before the ${DIGEST_TIME} daily digest`,
      found: `${jitter}`,
      message: `policy.reminders.jitterMinutes spreads reminders past the ${DIGEST_TIME} daily digest, which would hold them to the next working day: lower it to ${room} or less.`,
    });
  }
  return issues;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
