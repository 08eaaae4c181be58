// `dondoc audit <assignment>`: the timeline of one assignment, joining the Temporal event
// history with the hash-chained audit log; `dondoc audit verify`: recompute the chain.
import { WorkflowNotFoundError } from '@temporalio/client';
import { Option, type Command } from 'commander';
import { verifyAuditChain } from '../../activities/records/audit-log';
import type { PrismaClient } from '../../prisma/client';
import { loadConfig } from '../../workers/config';
import { ExitCode, UserFacingError } from '../errors';
import { auditReportCsv, auditReportJson, auditReportText, REJECTED_UPDATES_NOTE, type TAuditReport } from '../format/audit-timeline';
import { toJson } from '../format/json';
import { fetchRunHistories, timelineFromHistory, type TRunHistory } from '../read-model/assignment-history';
import { deadlineChanges, readAuditRecords, timelineFromAuditRecords } from '../read-model/audit-records';
import { connectTemporal, openReadModel } from '../read-model/connect';
import { mergeTimelines } from '../read-model/timeline';

export function registerAuditCommands(program: Command): void {
  const audit = program
    .command('audit')
    .description(
      'The timeline of one assignment: the Temporal event history (every run, every accepted update with its actor and payload, every notice with its recipients, ' +
        'every record written) joined with its audit log records (actor, action, time with +07:00, payload), and every deadline change. ' +
        'Refused updates are not in the Temporal history and are therefore not shown.',
    )
    .argument('<assignment>', 'the assignment id (`dondoc assignment list` shows them)')
    .addOption(new Option('--format <format>', 'text, json or csv').choices(['text', 'json', 'csv']).default('text'))
    .action(async (assignmentId: string, options: { format: 'text' | 'json' | 'csv' }) => {
      const report = await buildAuditReport(assignmentId);
      const render = { text: auditReportText, json: auditReportJson, csv: auditReportCsv }[options.format];
      console.log(render(report));
    });

  audit
    .command('verify')
    .description('Recompute the hash chain of the whole audit log; exit 0 with the number of events checked, or 1 with the first broken link')
    .option('--json', 'print { ok, checked, firstBroken } as JSON')
    .action(async (options: { json?: boolean }) => {
      const readModel = await openReadModel(loadConfig());
      try {
        // One short transaction per batch, so the worker is never kept waiting for the whole
        // chain; the log is append-only, so batches read apart still form one chain.
        const batches = { auditEvent: { findMany: (query: object) => readModel.read((db) => db.auditEvent.findMany(query)) } };
        const verification = await verifyAuditChain(batches as unknown as PrismaClient);
        const ok = verification.firstBroken === null;
        if (options.json) {
          console.log(toJson({ ok, ...verification }));
        } else if (ok) {
          console.log(`Audit chain OK: ${verification.checked} event(s) verified, each hash matching its content and the event before it.`);
        } else {
          console.log(
            `Audit chain BROKEN at event #${verification.firstBroken!.sequence}: ${verification.firstBroken!.reason}. ` +
              `The ${verification.checked} event(s) before it verified. Keep the database as it is and report it: the log is tamper-evident, not self-repairing.`,
          );
        }
        if (!ok) process.exitCode = ExitCode.failure;
      } finally {
        await readModel.close();
      }
    });
}

async function buildAuditReport(assignmentId: string): Promise<TAuditReport> {
  const config = loadConfig();
  const readModel = await openReadModel(config);
  try {
    const records = await readModel.read((db) => readAuditRecords(db, assignmentId));
    const { client, close } = await connectTemporal(config);
    let history: { runs: TRunHistory[]; earlierRunsMissing: boolean } | null;
    try {
      history = await fetchRunHistories(client, assignmentId);
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      history = null;
    } finally {
      await close();
    }
    if (!history && !records.length) {
      throw new UserFacingError(`no assignment ${JSON.stringify(assignmentId)}: neither Temporal nor the audit log knows it. \`dondoc assignment list\` shows the ids.`, ExitCode.badInput);
    }
    const notes = [REJECTED_UPDATES_NOTE];
    if (!history) notes.push('Temporal no longer has this workflow (closed longer than the retention period): the audit log alone is shown.');
    if (history?.earlierRunsMissing) notes.push("The earliest runs' histories are past Temporal's retention period: their events are in the audit log only.");
    return {
      assignmentId,
      runs: history?.runs.length ?? 0,
      earlierRunsMissing: history?.earlierRunsMissing ?? false,
      historyAvailable: Boolean(history),
      timeline: mergeTimelines(...(history?.runs.map(timelineFromHistory) ?? []), timelineFromAuditRecords(records)),
      deadlineChanges: deadlineChanges(records),
      notes,
    };
  } finally {
    await readModel.close();
  }
}
