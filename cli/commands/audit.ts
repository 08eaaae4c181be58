// `dondoc audit <assignment>`: the timeline of one assignment, joining the Temporal event
// history with the hash-chained audit log; `dondoc audit verify`: recompute the chain. Thin over
// client/audit; formatting is all that happens here.
import { Option, type Command } from 'commander';
import { operatorActor } from '../actor-options';
import { ExitCode } from '../exit-codes';
import { auditReportCsv, auditReportFromJson, auditReportJson, auditReportText } from '../../client/audit/audit-export';
import { toJson } from '../../client/to-json';
import { runLocalOrRemote } from '../remote/command-mode';

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
    .action(async (assignmentId: string, options: { format: 'text' | 'json' | 'csv' }, command: Command) => {
      const render = { text: auditReportText, json: auditReportJson, csv: auditReportCsv }[options.format];
      const output = await runLocalOrRemote(command, {
        local: async (context) => {
          const { auditTimeline } = await import('../../client/audit/audit-timeline');
          return render(await auditTimeline(context, operatorActor(), { assignmentId }));
        },
        // The API writes JSON and CSV as the local command does; the text is rendered here from the JSON.
        remote: async (api) => {
          const answer = await api.auditTimeline(assignmentId, options.format === 'csv' ? 'csv' : 'json');
          return options.format === 'text' ? auditReportText(auditReportFromJson(answer)) : answer;
        },
      });
      console.log(output);
    });

  audit
    .command('verify')
    .description('Recompute the hash chain of the whole audit log; exit 0 with the number of events checked, or 1 with the first broken link')
    .option('--json', 'print { ok, checked, firstBroken } as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const verification = await runLocalOrRemote(command, {
        local: async (context) => {
          const { verifyAuditChain } = await import('../../client/audit/verify-audit-chain');
          return verifyAuditChain(context, operatorActor());
        },
        remote: (api) => api.verifyAuditChain(),
      });
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
