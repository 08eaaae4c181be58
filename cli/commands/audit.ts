// `dondoc audit <assignment>`: the timeline of one assignment, joining the Temporal event
// history with the hash-chained audit log; `dondoc audit verify`: recompute the chain. Thin over
// client/audit; formatting is all that happens here.
import { Option, type Command } from 'commander';
import { operatorActor } from '../actor-options';
import { ExitCode } from '../exit-codes';
import { auditReportCsv, auditReportJson, auditReportText } from '../../client/audit/audit-export';
import { toJson } from '../../client/to-json';
import { runUseCase } from '../run-use-case';

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
      const { auditTimeline } = await import('../../client/audit/audit-timeline');
      const report = await runUseCase((context) => auditTimeline(context, operatorActor(), { assignmentId }));
      const render = { text: auditReportText, json: auditReportJson, csv: auditReportCsv }[options.format];
      console.log(render(report));
    });

  audit
    .command('verify')
    .description('Recompute the hash chain of the whole audit log; exit 0 with the number of events checked, or 1 with the first broken link')
    .option('--json', 'print { ok, checked, firstBroken } as JSON')
    .action(async (options: { json?: boolean }) => {
      const { verifyAuditChain } = await import('../../client/audit/verify-audit-chain');
      const verification = await runUseCase((context) => verifyAuditChain(context, operatorActor()));
      const { ok } = verification;
      if (options.json) {
        console.log(toJson(verification));
      } else if (ok) {
        console.log(`Audit chain OK: ${verification.checked} event(s) verified, each hash matching its content and the event before it.`);
      } else {
        console.log(
          `Audit chain BROKEN at event #${verification.firstBroken!.sequence}: ${verification.firstBroken!.reason}. ` +
            `The ${verification.checked} event(s) before it verified. Keep the database as it is and report it: the log is tamper-evident, not self-repairing.`,
        );
      }
      if (!ok) process.exitCode = ExitCode.failure;
    });
}
