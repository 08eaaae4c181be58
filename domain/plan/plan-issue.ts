// The shape of one problem found in a plan file. Every problem names the place (path, and line
// once the YAML positions are known), what was expected there, what was found, and what to do.
import { escapeUnsafe } from '../text/safe-text';

export type TPlanPath = ReadonlyArray<string | number>;

/** A problem found in parsed plan data, before YAML line numbers are attached. */
export interface TPlanIssue {
  path: TPlanPath;
  expected: string;
  found: string;
  message: string;
}

/** A problem as reported to the user: `path` is written like `tasks[3].lead`. */
export interface TPlanError {
  path: string;
  line: number;
  expected: string;
  found: string;
  message: string;
}

/** `['tasks', 3, 'lead']` → `tasks[3].lead`: the spelling a reader can search for. */
export function formatPlanPath(path: TPlanPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text === '' ? '(whole file)' : text;
}

const LONGEST_QUOTED_VALUE = 60;

/** A short, readable rendering of a value found in the file, for the "found" column. */
export function describeFoundValue(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  if (value === null) return 'an empty value (null)';
  if (Array.isArray(value)) return `a list of ${value.length} item(s)`;
  if (typeof value === 'object') return 'a mapping (key: value pairs)';
  if (typeof value === 'string') {
    const shown = value.length > LONGEST_QUOTED_VALUE ? `${value.slice(0, LONGEST_QUOTED_VALUE)}…` : value;
    // A bidirectional override shown back as it is would disguise the very text it is refused in.
    return escapeUnsafe(JSON.stringify(shown));
  }
  return `${typeof value} ${String(value)}`;
}
