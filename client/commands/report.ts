// `dondoc report submit|review`: an agency sends its result (narrative and indicator counts,
// from a YAML file checked here first); the monitoring agency accepts it or returns it with a
// new due day. The workflow decides whether the actor may.
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ZReviewResult, ZSubmitResult } from '../../domain/assignment/messages';
import { lineOfPath } from '../../domain/plan/yaml-locate';
import { reviewResultUpdate, submitResultUpdate } from '../../workflows/messages';
import { ExitCode, UserFacingError } from '../errors';
import { actorOf, addUpdateOptions, sendAssignmentUpdate } from './assignment';
import { registerReportConsolidatedCommand } from './report-consolidated';
import { registerReportDraftCommand } from './report-draft';

/** The report file: the result without its actor, who is named on the command line. */
export const ZReportFile = ZSubmitResult.omit({ actor: true });
export type TReportFile = z.infer<typeof ZReportFile>;

const reportExample = [
  'narrative: Đã triển khai kế hoạch tại 12 xã…',
  'indicators:',
  '  - code: CHILD_FRIENDLY_COMMUNES',
  '    count: 12',
  '    total: 20',
].join('\n');

export function registerReportCommands(program: Command): void {
  const report = program
    .command('report')
    .description("An assignment's result: the agency submits it, the monitoring agency accepts or returns it; a reporting period consolidated");
  registerReportConsolidatedCommand(report);
  registerReportDraftCommand(report);

  addUpdateOptions(
    report
      .command('submit')
      .description(
        'Submit the result of an assignment from a YAML file (narrative, and aggregate indicator counts — never data about a child). ' +
          `The file is checked before anything is sent; the workflow then checks the indicators the assignment requires. Example file:\n${reportExample}`,
      )
      .argument('<assignment>', 'the assignment id (`dondoc assignment list --agency <code>` shows them)')
      .requiredOption('--file <report.yaml>', 'the report: narrative, indicators: [{code, count, total?}]'),
  ).action(async (assignmentId: string, options: Parameters<typeof actorOf>[0] & { file: string; json?: boolean }) => {
    await sendAssignmentUpdate(
      assignmentId,
      { update: submitResultUpdate, schema: ZSubmitResult, what: 'result', actor: actorOf(options), input: () => readReportFile(options.file), source: { file: options.file } },
      { json: options.json, done: 'Result submitted' },
    );
  });

  addUpdateOptions(
    report
      .command('review')
      .description('Accept a submitted result, or return it for revision with a note and a new due day (the monitoring agency only)')
      .argument('<assignment>', 'the assignment id')
      .addOption(new Option('--accept', 'accept the result: the assignment is completed (on time if it was submitted by the deadline)').conflicts('return'))
      .addOption(new Option('--return', 'return the result for revision: give --note and --new-due').conflicts('accept'))
      .option('--note <text>', 'what must be revised (required with --return), or a remark on acceptance')
      .option('--new-due <day>', 'with --return: the new due day, YYYY-MM-DD'),
  ).action(async (assignmentId: string, options: Parameters<typeof actorOf>[0] & { accept?: boolean; return?: boolean; note?: string; newDue?: string; json?: boolean }) => {
    if (!options.accept && !options.return) throw new UserFacingError('say --accept or --return (with --note and --new-due)', ExitCode.badInput);
    await sendAssignmentUpdate(
      assignmentId,
      {
        update: reviewResultUpdate,
        schema: ZReviewResult,
        what: 'review',
        actor: actorOf(options),
        input: () => (options.accept ? { decision: 'accept', note: options.note } : { decision: 'return', note: options.note ?? '', newDueDay: options.newDue ?? '' }),
      },
      { json: options.json, done: options.accept ? 'Result accepted' : 'Result returned' },
    );
  });
}

export async function readReportFile(file: string): Promise<TReportFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    throw new UserFacingError(`cannot read the report file ${file}: ${reason}.`, ExitCode.badInput);
  }
  return parseReport(text, file);
}

export function parseReport(text: string, file: string): TReportFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length) {
    throw new UserFacingError(`${file} is not valid YAML: ${document.errors.map((error) => error.message).join('; ')}. Nothing was sent.`, ExitCode.badInput);
  }
  const parsed = ZReportFile.safeParse(document.toJS());
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    return `  line ${lineOfPath(document, lineCounter, path)}, ${path.join('.') || '(file)'}: ${issue.message}`;
  });
  throw new UserFacingError(
    [`${file} is not a valid report (nothing was sent):`, ...problems, `Expected, for example:\n${reportExample}`].join('\n'),
    ExitCode.badInput,
  );
}
