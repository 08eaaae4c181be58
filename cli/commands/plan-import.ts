// `dondoc plan import <document>`: a Vietnamese plan document (.txt, .docx, .pdf) in, a draft
// plan file out, and a summary of what was found and what needs a reviewer. Reading files is
// done in client/plans/import-plan; writing and printing the draft here.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Command } from 'commander';
import type { TImportSummary } from '../../domain/importer';
import { AppError } from '../../client/errors';
import { operatorActor } from '../actor-options';
import { planCommandGroup } from './plan';

interface TImportCommandOptions {
  output?: string;
  registry?: string;
  json?: boolean;
}

export function registerPlanImportCommand(program: Command): Command {
  return planCommandGroup(program)
    .command('import <document>')
    .description('Read a plan document (.txt in UTF-8, .docx, or .pdf with a text layer) and write a draft plan file for review.')
    .option('-o, --output <file>', 'write the draft plan to this file (default: print it on stdout, the summary on stderr)')
    .option('--registry <plan.yaml>', 'match agency names against the registry of this plan file (default: the seed plan)')
    .option('--json', 'print the summary as JSON (with the draft in `draft` when there is no -o)')
    .action(async (document: string, options: TImportCommandOptions) => {
      if (options.output !== undefined && resolve(options.output) === resolve(document)) {
        throw new AppError(`-o ${options.output} would overwrite the document being imported: choose another file name.`, 'bad_input');
      }
      const { importPlan } = await import('../../client/plans/import-plan');
      const result = await importPlan(operatorActor(), { document, registryFile: options.registry });
      const { format, problems, registry } = result;
      if (options.output !== undefined) await writeDraft(options.output, result.yaml);
      if (options.json) {
        const json = { document, format, output: options.output ?? null, registry, valid: result.valid, problems, ...result.summary };
        console.log(JSON.stringify(options.output === undefined ? { ...json, draft: result.yaml } : json, null, 2));
        return;
      }
      const summary = summaryText(result.summary, { document, output: options.output, registry, problems });
      if (options.output !== undefined) console.log(summary);
      else {
        process.stdout.write(result.yaml);
        console.error(summary);
      }
    });
}

async function writeDraft(path: string, yaml: string): Promise<void> {
  try {
    await writeFile(path, yaml, 'utf8');
  } catch (error) {
    throw new AppError(`cannot write the draft to ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the directory exists and is writable.`, 'bad_input');
  }
}

/** Left-out paragraphs listed in the terminal; --json has them all. */
const LEFT_OUT_SHOWN = 20;

/** Long enough to recognise a group in a terminal line; the draft has the full title. */
const TITLE_PREVIEW_LENGTH = 70;

function summaryText(summary: TImportSummary, context: { document: string; output: string | undefined; registry: string; problems: string[] }): string {
  const target = context.output ?? 'stdout';
  const lines = [`Draft plan from ${context.document} → ${target}: ${summary.taskCount} tasks.`, 'Tasks found per group:'];
  for (const group of summary.groups) {
    const title = group.title.length > TITLE_PREVIEW_LENGTH ? `${group.title.slice(0, TITLE_PREVIEW_LENGTH)}…` : group.title;
    lines.push(`  ${group.group.padEnd(6)} ${String(group.tasks).padStart(3)}  ${title}`);
  }
  if (summary.unmappedAgencies.length === 0) lines.push(`Agencies: all matched the registry (${context.registry}).`);
  else {
    lines.push(`Agencies not in the registry (${context.registry}); placeholder codes in the draft, add them to the registry or correct the names:`);
    for (const agency of summary.unmappedAgencies) lines.push(`  "${agency.name}" → ${agency.code} (${agency.refs.join(', ')})`);
  }
  if (summary.unreadableDeadlines.length === 0) lines.push('Deadlines: every deadline the document gives was read.');
  else {
    lines.push('Deadlines it could not read (left as continuous tasks; set them in the draft):');
    for (const deadline of summary.unreadableDeadlines) lines.push(`  ${deadline.ref}: "${deadline.phrase}"`);
  }
  if (summary.unassignedTasks.length > 0) lines.push(`Tasks the document assigns to nobody (assignee CHUA_XAC_DINH): ${summary.unassignedTasks.join(', ')}.`);
  if (summary.tasksToCheck.length === 0) lines.push(`Tasks to check: none (every task names its agencies, its deadline was read and it reads as a task; agencies the registry lacks are listed above).`);
  else {
    lines.push(`Tasks to check against the document (${summary.tasksToCheck.length} of ${summary.taskCount}; "KIỂM TRA / CHECK" above each in the draft), and why:`);
    for (const task of summary.tasksToCheck) lines.push(`  ${task.ref}: ${task.reasons.join('; ')}`);
  }
  if (summary.leftOut.length > 0) {
    const because = summary.leftOutBecause === 'duties' ? 'the sections by agency give out the plan\'s work duty by duty' : 'the appendix table assigns the plan\'s tasks row by row';
    lines.push(`Left out (${summary.leftOut.length}): paragraphs of the tasks section that name no agency, since ${because}; add any that is a task of its own by hand:`);
    for (const opening of summary.leftOut.slice(0, LEFT_OUT_SHOWN)) lines.push(`  "${opening}"`);
    if (summary.leftOut.length > LEFT_OUT_SHOWN) lines.push(`  … and ${summary.leftOut.length - LEFT_OUT_SHOWN} more (all of them in --json, as leftOut).`);
  }
  if (context.problems.length > 0) lines.push(`The draft needs fixing before use (${context.problems.length} problem(s)):`, ...context.problems.map((problem) => `  ${problem}`));
  lines.push(`${summary.defaults} value(s) are defaults marked "MẶC ĐỊNH / DEFAULT": review them${context.output === undefined ? '' : `, then run \`dondoc plan validate ${context.output}\``}.`);
  return lines.join('\n');
}
