// The task refs an operator declares done when loading a plan (`dondoc plan load --done …`,
// `--done-file …`): read from the option and the file, then checked against the plan.
import type { TPlan } from './plan';

/** `--done II.1.1,III.2.1`: refs separated by commas, spaces around them ignored. */
export function parseDoneRefsOption(value: string): string[] {
  return value
    .split(',')
    .map((ref) => ref.trim())
    .filter((ref) => ref.length > 0);
}

/** A `--done-file`: one ref a line; `#` starts a comment (whole line or after the ref); blank lines ignored. */
export function parseDoneRefsFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

/** Every ref once, in the order first given. */
export function uniqueRefs(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * Only one-off tasks can be declared done: recurring work is done period by period, by its
 * report. Returns the refs that are not one-off tasks of the plan, and the ones that are.
 */
export function checkDoneRefs(plan: Pick<TPlan, 'tasks'>, refs: readonly string[]): { unknown: string[]; known: string[] } {
  const known = plan.tasks.filter((task) => task.kind === 'one_off').map((task) => task.ref);
  const knownSet = new Set(known);
  return { unknown: refs.filter((ref) => !knownSet.has(ref)), known };
}
