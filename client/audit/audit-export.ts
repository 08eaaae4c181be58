// The audit report of one assignment (`dondoc audit`, the audit endpoints): the joined
// timeline as text (for reading), JSON (for tools) or CSV (for a spreadsheet). Every time is Vietnam time with its +07:00 offset.
import type { TAuditReport } from './audit-timeline';
import type { TTimelineActor, TTimelineEntry } from '../read-model/timeline';
import { toJson } from '../to-json';
import { localInstant } from '../../domain/calendar/local-instant-text';

function actorText(actor: TTimelineActor | null): string {
  if (!actor) return 'dondoc';
  const who = `${actor.agency ?? '?'}/${actor.user ?? '?'}`;
  return actor.role && actor.role !== 'officer' ? `${who} (${actor.role})` : who;
}

function entryJson(entry: TTimelineEntry) {
  return { ...entry, at: localInstant(entry.at), atUtc: entry.at.toISOString() };
}

export function auditReportJson(report: TAuditReport): string {
  return toJson({
    ...report,
    timeline: report.timeline.map(entryJson),
    deadlineChanges: report.deadlineChanges.map((change) => ({ ...change, at: localInstant(change.at) })),
  });
}

/** The report back from its JSON (the API's answer), for the text output of a remote `dondoc audit`. */
export function auditReportFromJson(text: string): TAuditReport {
  const json = JSON.parse(text) as Omit<TAuditReport, 'timeline' | 'deadlineChanges'> & {
    timeline: (Omit<TTimelineEntry, 'at'> & { at: string; atUtc: string })[];
    deadlineChanges: (Omit<TAuditReport['deadlineChanges'][number], 'at'> & { at: string })[];
  };
  return {
    ...json,
    timeline: json.timeline.map(({ atUtc, ...entry }) => ({ ...entry, at: new Date(atUtc) })),
    // Written with their +07:00 offset: the same instant read back.
    deadlineChanges: json.deadlineChanges.map((change) => ({ ...change, at: new Date(change.at) })),
  };
}

export function auditReportText(report: TAuditReport): string {
  const fromAudit = report.timeline.filter((entry) => entry.source === 'audit').length;
  const lines = [
    `Audit of ${report.assignmentId}: ${report.historyAvailable ? `${report.runs} workflow run(s) from the Temporal history` : 'no Temporal history'}, ${fromAudit} audit record(s).`,
    'T = Temporal event history, A = audit log (hash-chained). Times are Vietnam time (+07:00).',
    '',
  ];
  for (const entry of report.timeline) {
    lines.push(`${localInstant(entry.at)}  ${entry.source === 'temporal' ? 'T' : 'A'}  ${entry.kind.padEnd(13)} ${actorText(entry.actor).padEnd(28)} ${entry.summary}`);
  }
  lines.push('', 'Deadlines:');
  for (const change of report.deadlineChanges) {
    const moved = change.from && change.from !== change.to ? `${localInstant(new Date(change.from))} -> ` : '';
    lines.push(
      `  ${localInstant(change.at)}  ${change.action}${change.period ? ` (period ${change.period})` : ''}: ${moved}${localInstant(new Date(change.to))}` +
        `${change.by ? ` by ${change.by}` : ''}${change.reason ? ` — ${change.reason}` : ''}`,
    );
  }
  if (!report.deadlineChanges.length) lines.push('  none recorded');
  lines.push('', ...report.notes.map((note) => `Note: ${note}`));
  return lines.join('\n');
}

const csvColumns = ['at', 'source', 'kind', 'action', 'actor_agency', 'actor_user', 'actor_role', 'summary', 'details', 'ref'];

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function auditReportCsv(report: TAuditReport): string {
  const rows = report.timeline.map((entry) => [
    localInstant(entry.at),
    entry.source,
    entry.kind,
    entry.action,
    entry.actor?.agency ?? '',
    entry.actor?.user ?? '',
    entry.actor?.role ?? '',
    entry.summary,
    JSON.stringify(entry.details, (_key, each: unknown) => (typeof each === 'bigint' ? each.toString() : each)),
    entry.ref,
  ]);
  return [csvColumns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n');
}
