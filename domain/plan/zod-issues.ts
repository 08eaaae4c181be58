// Translates zod's issues into the plan file's words: what belongs at this place in the YAML,
// what is there instead, and what to change.
import type { z } from 'zod';
import { describeFoundValue, type TPlanIssue } from './plan-issue';
import { SAFE_TEXT_ISSUE } from '../text/safe-text';
import { AGENCY_CODE_EXPECTATION } from './primitives';
import { suggestCode, type TNamedCode } from './suggest-code';

const TYPE_WORDS: Record<string, string> = {
  string: 'a text value',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value pairs)',
  null: 'an empty value (null)',
};

/** A size or character refusal of domain/text/safe-text.ts: its message is a whole sentence already. */
function isSafeTextIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && issue.params?.origin === SAFE_TEXT_ISSUE;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      // Our formats carry their own description (see primitives.ts); zod's built-in ones do not.
      return issue.message.startsWith('Invalid') ? `a value in ${issue.format} format` : issue.message;
    case 'too_small':
      return issue.origin === 'array' ? `a list with at least ${String(issue.minimum)} item(s)` : `at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `a list with at most ${String(issue.maximum)} item(s)` : `at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return 'only the keys the plan format defines (see `dondoc plan schema`)';
    case 'custom':
      return isSafeTextIssue(issue) ? String(issue.params?.expected) : issue.message;
    default:
      return issue.message;
  }
}

function valueAt(raw: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = raw;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function foundOf(issue: z.core.$ZodIssue, raw: unknown, path: ReadonlyArray<string | number>): string {
  if (issue.code === 'unrecognized_keys') return `unknown key(s): ${issue.keys.join(', ')}`;
  // A refinement (e.g. the escalation ladder's order) reports the whole checked value, not the
  // part its path points at: read that part from the file.
  const input = issue.code === 'custom' ? (valueAt(raw, path) ?? issue.input) : issue.input;
  return describeFoundValue(input);
}

function adviceOf(issue: z.core.$ZodIssue, key: string): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Remove the key ${issue.keys.map((name) => `"${name}"`).join(', ')} or correct its spelling (\`dondoc plan schema\` lists the keys allowed here).`;
    case 'invalid_type':
      return issue.input === undefined ? `Add the key "${key}".` : `Give "${key}" a value of the expected type.`;
    case 'invalid_value':
      return `Use one of the allowed values for "${key}" (check the spelling).`;
    case 'invalid_format':
      return `Write "${key}" in the expected form.`;
    case 'custom':
      if (isSafeTextIssue(issue)) return `In "${key}", ${issue.message}.`;
      return `Change "${key}" so that it meets this rule: ${issue.message}.`;
    default:
      return `Correct "${key}".`;
  }
}

/** Path segments from zod are strings and numbers here: plan files have no symbol keys. */
export interface TZodIssueContext {
  /** The parsed YAML, to show values that zod does not report. */
  raw: unknown;
  /** Agency codes and names found in the file, to suggest a code for a name. */
  knownCodes: readonly TNamedCode[];
}

export function zodIssueToPlanIssue(issue: z.core.$ZodIssue, { raw, knownCodes }: TZodIssueContext): TPlanIssue {
  const base = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  // Point at the offending key itself, so the reported line is the line to fix.
  const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...base, issue.keys[0] ?? ''] : base;
  const expected = expectedOf(issue);
  const found = foundOf(issue, raw, base);
  const key = [...base].reverse().find((segment) => typeof segment === 'string') ?? 'the file';
  // An agency written by name instead of code is the likeliest mistake in a hand-edited plan.
  const suggestion = issue.message === AGENCY_CODE_EXPECTATION && typeof issue.input === 'string' ? suggestCode(issue.input, knownCodes) : '';
  return { path, expected, found, message: `${adviceOf(issue, key)}${suggestion}` };
}
