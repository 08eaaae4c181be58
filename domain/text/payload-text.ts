// Whole payloads (an update, a report file) checked text by text with the rules of safe-text.ts,
// then by their size in all; and what the audit log keeps of one that was refused. For payloads
// whose schema is the workflow's own, which must not change: recorded histories replay through it.
import { z } from 'zod';
import { formatBytes, formatCount, TEXT_LIMITS, textProblem, UPDATE_PAYLOAD_MAX_BYTES, utf8Length } from './safe-text';

/**
 * Every text anywhere in a payload (an update, a report file), checked like `safeText` with
 * TEXT_LIMITS.text, then the payload's size in all as UTF-8 JSON.
 */
export function payloadTextIssues(value: unknown, what: string, maxBytes: number = UPDATE_PAYLOAD_MAX_BYTES): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const visit = (each: unknown, path: PropertyKey[]) => {
    if (typeof each === 'string') {
      const problem = textProblem(each, 'the text', { kind: 'text', max: TEXT_LIMITS.text });
      if (problem) issues.push({ path, message: problem.message });
    } else if (Array.isArray(each)) each.forEach((item, index) => visit(item, [...path, index]));
    else if (each && typeof each === 'object') for (const [key, item] of Object.entries(each)) visit(item, [...path, key]);
  };
  visit(value, []);
  if (issues.length) return issues;
  const bytes = utf8Length(JSON.stringify(value) ?? '');
  if (bytes > maxBytes) {
    issues.push({ path: [], message: `the ${what} is ${formatBytes(bytes)} in all; at most ${formatBytes(maxBytes)} is accepted in one update; shorten its texts` });
  }
  return issues;
}

/** Every text of a payload in NFC, the form `safeText` gives, so one text typed two ways is one text. */
export function normalisedTexts(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalisedTexts);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalisedTexts(item)]));
  return value;
}

/** `payloadTextIssues` as a zod schema for any value, whose output has its texts in NFC: parse with it before the payload's own schema. */
export const safePayload = (what: string, maxBytes: number = UPDATE_PAYLOAD_MAX_BYTES) =>
  z
    .unknown()
    .superRefine((value, context) => {
      for (const issue of payloadTextIssues(value, what, maxBytes)) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    })
    .transform(normalisedTexts);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What the audit log keeps of a refused input: every text longer than `max` cut to its first
 * `max` characters with a note of its length (a 3 MB narrative is recorded as refused without
 * filling the database), NUL written as \\u{0} and a damaged half character as U+FFFD: PostgreSQL's
 * JSON refuses to store either.
 */
export function boundedForAudit(value: unknown, max: number = TEXT_LIMITS.text): unknown {
  if (typeof value === 'string') {
    const cut = value.length > max ? `${value.slice(0, max)}… [cut here: ${formatCount(value.length)} characters in all]` : value;
    return cut.replaceAll('\0', '\\u{0}').replace(LONE_SURROGATE, '\uFFFD');
  }
  if (Array.isArray(value)) return value.map((item) => boundedForAudit(item, max));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, boundedForAudit(item, max)]));
  return value;
}
