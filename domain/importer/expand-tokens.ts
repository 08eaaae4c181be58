// Replaces abbreviations in a token list by the words they stand for. Expanded tokens keep the
// offsets of the abbreviation, so a name can still be quoted as the document wrote it.
import { KNOWN_ABBREVIATIONS } from './agency-abbreviations';
import { tokenize, type TToken } from './vietnamese-text';

export function expandAbbreviations(tokens: readonly TToken[]): TToken[] {
  const expanded: TToken[] = [];
  let index = 0;
  while (index < tokens.length) {
    const abbreviation = KNOWN_ABBREVIATIONS.find((candidate) => candidate.written.every((key, offset) => tokens[index + offset]?.key === key));
    if (abbreviation === undefined) {
      expanded.push(tokens[index] as TToken);
      index += 1;
      continue;
    }
    const first = tokens[index] as TToken;
    const last = tokens[index + abbreviation.written.length - 1] as TToken;
    for (const key of abbreviation.expansion) expanded.push({ key, start: first.start, end: last.end });
    index += abbreviation.written.length;
  }
  return expanded;
}

/** Tokens of a name with its abbreviations expanded. */
export function nameTokens(text: string): TToken[] {
  return expandAbbreviations(tokenize(text));
}

/** The key under which a name is looked up: expanded, folded tokens joined by spaces. */
export function nameKey(text: string): string {
  return nameTokens(text)
    .map((token) => token.key)
    .join(' ');
}
