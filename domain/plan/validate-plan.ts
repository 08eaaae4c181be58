// Validates the text of a plan file: YAML syntax, then the ZPlan schema, then the cross-field
// checks; every error carries its YAML path and line. Uses only the `yaml` package, so it stays
// free of Node built-ins; reading the file is the caller's business.
import { LineCounter, parseDocument } from 'yaml';
import { FILE_LIMITS, formatBytes, TEXT_LIMITS, utf8Length } from '../text/safe-text';
import { checkPlan } from './check-plan';
import { formatPlanPath, type TPlanError, type TPlanIssue } from './plan-issue';
import { ZPlan, type TPlan } from './plan';
import { namedCodesIn } from './suggest-code';
import { lineOfPath } from './yaml-locate';
import { zodIssueToPlanIssue } from './zod-issues';

export type TValidatePlanResult = { ok: true; plan: TPlan } | { ok: false; errors: TPlanError[] };

export function validatePlan(text: string): TValidatePlanResult {
  const bytes = utf8Length(text);
  if (bytes > FILE_LIMITS.planFileBytes) {
    const limit = formatBytes(FILE_LIMITS.planFileBytes);
    // The plan travels whole as the loader workflow's input: a larger one would be refused by Temporal halfway.
    const message = `the plan file is ${formatBytes(bytes)}; at most ${limit} is accepted. A task's text holds at most ${TEXT_LIMITS.planText.toLocaleString('en-US')} characters: look for a pasted document.`;
    return { ok: false, errors: [{ path: '(whole file)', line: 1, expected: `at most ${limit}`, found: formatBytes(bytes), message }] };
  }
  const lineCounter = new LineCounter();
  // The core schema keeps dates as strings (no YAML 1.1 timestamps), which is what ZIsoDate checks.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core' });
  if (document.errors.length > 0) {
    const errors = document.errors.map((error) => ({
      path: '(YAML syntax)',
      line: lineCounter.linePos(error.pos[0]).line,
      expected: 'valid YAML',
      found: error.message.split('\n')[0] ?? error.message,
      message: `YAML syntax error (${error.code}): ${error.message.split('\n')[0] ?? ''}. Fix the indentation, quotes or brackets at this line.`,
    }));
    return { ok: false, errors };
  }
  const locate = (issue: TPlanIssue): TPlanError => ({ ...issue, path: formatPlanPath(issue.path), line: lineOfPath(document, lineCounter, issue.path) });

  let raw: unknown;
  try {
    raw = document.toJS();
  } catch (error) {
    // An alias (*name) whose anchor (&name) is not set before it, or aliases nested past the
    // parser's bound (a "billion laughs" file), is found only when the document is read.
    const found = (error as Error).message;
    return { ok: false, errors: [{ path: '(YAML syntax)', line: 1, expected: 'valid YAML', found, message: `YAML error: ${found}. Set each anchor (&name) before its alias (*name), or write the value out in full.` }] };
  }
  const parsed = ZPlan.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const context = { raw, knownCodes: namedCodesIn(raw) };
    return { ok: false, errors: inFileOrder(parsed.error.issues.map((issue) => locate(zodIssueToPlanIssue(issue, context)))) };
  }
  // Cross-field checks need a well-typed plan, so they run only once the schema is satisfied.
  const issues = checkPlan(parsed.data);
  if (issues.length > 0) return { ok: false, errors: inFileOrder(issues.map(locate)) };
  return { ok: true, plan: parsed.data };
}

/** Errors in the order of the file, so the user can fix them top to bottom. */
function inFileOrder(errors: TPlanError[]): TPlanError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}
