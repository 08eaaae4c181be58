// Loads the seed plan and the seed document it was transcribed from, for the seed plan tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validatePlan } from '../../../domain/plan/validate-plan';
import type { TPlan } from '../../../domain/plan';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED_PLAN_PATH = `${repositoryRoot}plans/ke-hoach-135-tre-em.yaml`;
// The signed document, copied into the repository so a clean checkout can check the plan against it.
const SEED_DOCUMENT_PATH = `${repositoryRoot}plans/sources/ke-hoach-135-tre-em.txt`;

export function loadSeedPlan(): TPlan {
  const result = validatePlan(readFileSync(SEED_PLAN_PATH, 'utf8'));
  if (!result.ok) throw new Error(`seed plan is invalid: ${JSON.stringify(result.errors, null, 2)}`);
  return result.plan;
}

export const normaliseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The document's text as one line: footnotes (which the page layout drops into the middle of
 * sentences) removed, italic markers (*) removed, whitespace collapsed.
 */
export function seedDocumentText(): string {
  const raw = readFileSync(SEED_DOCUMENT_PATH, 'utf8');
  return normaliseWhitespace(raw.replace(/^[¹²³] .*$/gm, '').replace(/\*/g, ''));
}

/** The document between two headings, e.g. section II. */
export function documentSection(from: string, to: string): string {
  const raw = readFileSync(SEED_DOCUMENT_PATH, 'utf8');
  return raw.slice(raw.indexOf(from), raw.indexOf(to));
}

export function footnote(mark: '¹' | '²' | '³'): string {
  const raw = readFileSync(SEED_DOCUMENT_PATH, 'utf8');
  const line = raw.split('\n').find((candidate) => candidate.startsWith(`${mark} `));
  if (line === undefined) throw new Error(`footnote ${mark} not found`);
  return line.slice(2);
}
