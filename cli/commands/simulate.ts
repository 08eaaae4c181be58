// `dondoc simulate`: what a plan will generate over the years (assignments, reminders,
// escalations, reports on time, late or missing) before it is launched. Thin over
// simulation/; reading the files and printing are all that happens here.
import type { Command } from 'commander';
import { formatSimulationSummary } from '../../domain/simulation/format-summary';
import { operatorActor } from '../actor-options';
import { createProgressBar } from '../format/progress-bar';

interface SimulateOptions {
  plan: string;
  cast?: string;
  from?: string;
  until: string;
  only?: string;
  id?: string;
  json?: boolean;
}

const castExample = `
No e-mail is sent: a simulation runs its own in-memory Temporal test server and database, and
records every notice instead of mailing it. It never touches a running dondoc or an agency.

Time: the simulated clock starts on --from (the plan's start by default, even in the past) at
07:00 Hà Nội time, and runs to the end of --until. Every date is a real plan date (holidays and
make-up Saturdays as in the plan's calendar). Assignments and reports count in the year of their
original deadline; notices, extensions and returns in the year they happened.

Cast file (YAML): keys are agency codes, group codes of the plan, or "default"; the most specific
entry applies (the agency answering, the agency as the plan writes it, a group, default).
  default: on-time                                  # answers the working day before the due day
  SO_GDDT: { report: late, workingDaysLate: 4 }     # 4 working days after the due day
  HUYEN_VI_DU_B: never                              # no result: escalated, then lapsed
  SO_VHTTDL: { extension: { days: 14, decision: approve } }
  SO_TTTT: { extension: { days: 10, decision: deny } }
  HOI_BVQTE: { returnedOnce: true, revisionDays: 7 } # first result returned for revision
Other keys: workingDaysEarly (on-time, default 1), extension.workingDaysBefore (default 2).
The monitoring agency decides extensions and reviews results on the next working day at 09:00.`;

export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description(
      'Run a plan for years in minutes on the Temporal time-skipping test server, with agencies behaving as a cast file says, ' +
        'and print a year-by-year summary (assignments, reminders, escalations per level, reports on time / late / missing, extensions). ' +
        'Sends no e-mail: notices are recorded, never mailed.',
    )
    .requiredOption('--plan <file>', 'plan file (YAML), e.g. plans/ke-hoach-135-tre-em.yaml')
    .option('--cast <file>', 'how agencies behave (YAML, see below); without it every agency answers on time')
    .option('--from <day>', "first simulated day, YYYY-MM-DD (default: the plan's start date)")
    .option('--until <day>', 'last simulated day, YYYY-MM-DD', '2030-12-31')
    .option('--only <codes>', 'simulate only the assignments of these agencies or groups (comma-separated codes)')
    .option('--id <planId>', 'plan id in workflow ids (default: the file name without extension)')
    .option('--json', 'print the summary as one JSON object')
    .addHelpText('after', castExample)
    .action(async (options: SimulateOptions) => {
      const { simulatePlan } = await import('../../client/simulation/simulate');
      const only = options.only?.split(',').map((code) => code.trim()).filter(Boolean);
      const progress = createProgressBar();
      // Ctrl-C or SIGTERM: the SDK stops the simulation's worker and cancels its calls; say so
      // in one line instead of the cancelled call's stack. Nothing is kept: the run is in memory.
      let interrupted: NodeJS.Signals | null = null;
      const onSignal = (signal: NodeJS.Signals) => (interrupted = signal);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const result = await simulatePlan(operatorActor(), { planFile: options.plan, castFile: options.cast, from: options.from, until: options.until, only, planId: options.id, onProgress: progress.update });
        progress.done();
        if (options.json) {
          console.log(JSON.stringify({ ...result.summary, refusedUpdates: result.refusals }, null, 2));
          return;
        }
        console.log(formatSimulationSummary(result.summary, `Simulation of plan ${result.planId}${only ? ` (only ${only.join(', ')})` : ''}`));
        if (result.refusals.length) {
          console.log(`\n${result.refusals.length} simulated updates were refused by the workflows (the cast asks for something the rules forbid), e.g.:`);
          for (const refusal of result.refusals.slice(0, 5)) console.log(`  ${refusal.at.slice(0, 10)} ${refusal.assignmentId} ${refusal.action}: ${refusal.message}`);
        }
      } catch (error) {
        if (!interrupted) throw error;
        progress.done();
        console.error(`dondoc: simulation interrupted (${interrupted as string}); nothing was kept (a simulation runs in memory).`);
        process.exitCode = 130;
      } finally {
        progress.done();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
