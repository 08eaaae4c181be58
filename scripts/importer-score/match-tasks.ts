// Which task of the importer's draft is which task the document gives. The expected file holds
// only a task's opening words, so a draft task matches when its text starts with them, contains
// them (the draft may keep a "Nội dung thực hiện:" label or the lead's name in front), or, failing
// both, holds at least 80 % of their words: one changed word (a typo fixed, a line-break hyphen)
// must not lose a task, and 8–15 words rarely share 80 % with another task by chance.
import { tidyText, tokenize } from '../../domain/importer';

export const WORD_OVERLAP_THRESHOLD = 0.8;

/** Folded tokens (NFC, lower case, either tone placement), Markdown emphasis dropped. */
export function textKey(text: string): string {
  return tokenize(tidyText(text.replace(/[*_]+/g, ' ')))
    .map((token) => token.key)
    .join(' ');
}

function words(key: string): string[] {
  return key.split(' ').filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** 1: starts with, 2: contains, 3: word overlap; null: no match. */
export interface TTextMatch {
  tier: 1 | 2 | 3;
  overlap: number;
}

export function matchText(opening: string, draftText: string): TTextMatch | null {
  const expected = textKey(opening);
  const draft = textKey(draftText);
  if (expected === '') return null;
  if (draft.startsWith(expected)) return { tier: 1, overlap: 1 };
  if (` ${draft} `.includes(` ${expected} `)) return { tier: 2, overlap: 1 };
  const expectedWords = words(expected);
  const draftWords = new Set(words(draft));
  const overlap = expectedWords.filter((word) => draftWords.has(word)).length / Math.max(1, expectedWords.length);
  return overlap >= WORD_OVERLAP_THRESHOLD ? { tier: 3, overlap } : null;
}

/** The best match of any of a task's openings. */
export function matchAny(openings: readonly string[], draftText: string): TTextMatch | null {
  let best: TTextMatch | null = null;
  for (const opening of openings) {
    const found = matchText(opening, draftText);
    if (found !== null && (best === null || found.tier < best.tier || (found.tier === best.tier && found.overlap > best.overlap))) best = found;
  }
  return best;
}

/**
 * Pairs expected tasks with draft tasks, one to one: the strongest matches first (starts with,
 * then contains, then overlap, higher overlap first, longer opening first, then document order). A draft task that
 * merged two tasks counts for one of them only: the other was not found.
 * Returns, per expected task, the index of its draft task or null.
 */
export function pairTasks(expected: readonly (readonly string[])[], draftTexts: readonly string[]): Array<number | null> {
  const candidates: Array<{ expectedIndex: number; draftIndex: number; match: TTextMatch }> = [];
  expected.forEach((openings, expectedIndex) => {
    draftTexts.forEach((text, draftIndex) => {
      const match = matchAny(openings, text);
      if (match !== null) candidates.push({ expectedIndex, draftIndex, match });
    });
  });
  const length = (index: number) => Math.max(...(expected[index] ?? []).map((opening) => textKey(opening).length));
  // Among equal matches the longer opening is the more specific claim on the draft task.
  candidates.sort((a, b) => a.match.tier - b.match.tier || b.match.overlap - a.match.overlap || length(b.expectedIndex) - length(a.expectedIndex) || a.expectedIndex - b.expectedIndex || a.draftIndex - b.draftIndex);
  const pairs: Array<number | null> = expected.map(() => null);
  const usedDrafts = new Set<number>();
  for (const candidate of candidates) {
    if (pairs[candidate.expectedIndex] !== null || usedDrafts.has(candidate.draftIndex)) continue;
    pairs[candidate.expectedIndex] = candidate.draftIndex;
    usedDrafts.add(candidate.draftIndex);
  }
  return pairs;
}

/** Opening words of the expected file that the document does not contain: a slip in the fixture. */
export function openingsNotInDocument(documentText: string, openings: readonly string[]): string[] {
  const document = ` ${textKey(documentText)} `;
  return openings.filter((opening) => !document.includes(` ${textKey(opening)} `));
}
