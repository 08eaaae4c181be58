// Reading a plan file: the YAML checked against the plan schema and its references, every error
// with its line, what was expected and what was found.
import { readFile } from 'node:fs/promises';
import type { TPlan, TPlanError } from '../../domain/plan';
import { validatePlan } from '../../domain/plan/validate-plan';
import { FILE_LIMITS } from '../../domain/text/safe-text';
import { AppError } from '../errors';
import { refuseOversizedFile } from '../files/file-size';

async function readPlanText(file: string): Promise<string> {
  await refuseOversizedFile(file, FILE_LIMITS.planFileBytes, 'the plan file', 'A plan file holds the plan as YAML text, about 100 kB for a provincial plan.');
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new AppError(`cannot read plan file ${file}: ${reason}. Check the path (the seed plan is plans/ke-hoach-135-tre-em.yaml).`, 'bad_input');
  }
}

/** Reads and validates; a file with errors stops the command with exit code 2 and the list. */
export async function loadPlan(file: string): Promise<TPlan> {
  const result = validatePlan(await readPlanText(file));
  if (result.ok) return result.plan;
  throw new AppError(formatErrors(file, result.errors), 'bad_input');
}

function formatErrors(file: string, errors: TPlanError[]): string {
  const lines = [`${file} is not a valid plan file: ${errors.length} error(s).`];
  errors.forEach((error, index) => {
    lines.push(
      `  ${index + 1}. line ${error.line}, ${error.path}`,
      `     expected: ${error.expected}`,
      `     found:    ${error.found}`,
      `     ${error.message}`,
    );
  });
  lines.push(`Fix these, then run \`dondoc plan validate ${file}\` again.`);
  return lines.join('\n');
}
