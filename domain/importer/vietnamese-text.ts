// Vietnamese text as documents really write it: composed or decomposed Unicode (NFC/NFD), the
// tone mark on either vowel of "oa", "oe", "uy" ("hoá"/"hóa", "thuỷ"/"thủy", "uỷ"/"ủy"), any
// case, several kinds of dash. Matching compares folded keys, never the raw text.

/** The five tone marks as combining characters: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const TONE_LETTER: Record<string, string> = { '\u0300': 'f', '\u0301': 's', '\u0303': 'x', '\u0309': 'r', '\u0323': 'j' };
const DASHES = /[\u2010-\u2015\u2212]/gu;

/**
 * Folds one word so that both tone-mark placements give the same key: the tone is taken off the
 * vowel it sits on and appended after "#" ("hoá" and "hóa" both become "hoa#s").
 */
export function foldWord(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  const base = decomposed.replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
  return tones.length === 0 ? base : `${base}#${tones.map((mark) => TONE_LETTER[mark]).join('')}`;
}

/** NFC, one kind of dash, single spaces: the text that is stored and shown. */
export function tidyText(text: string): string {
  return text.normalize('NFC').replace(DASHES, '-').replace(/[\u00a0\t ]+/g, ' ').trim();
}

export interface TToken {
  /** Folded form used for matching. */
  key: string;
  /** Offsets of the token in the tidied text it came from, to quote names as written. */
  start: number;
  end: number;
}

/** Words (letters, digits, "&") and single punctuation marks, each folded. */
export function tokenize(text: string): TToken[] {
  const tokens: TToken[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}&]+|[^\s\p{L}\p{M}\p{N}&]/gu)) {
    const start = match.index;
    tokens.push({ key: foldWord(match[0].replace(DASHES, '-')), start, end: start + match[0].length });
  }
  return tokens;
}

/** The folded key of a whole name: tokens joined by single spaces. */
export function foldName(name: string): string {
  return tokenize(tidyText(name))
    .map((token) => token.key)
    .join(' ');
}

/** Upper-case ASCII words joined by "_": marks dropped, "đ" read as "d" ("135-KH/TU" → 135_KH_TU). */
export function asciiCode(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** An agency code from a Vietnamese name ("Công an tỉnh" → CONG_AN_TINH); codes start with a letter. */
export function codeFromName(name: string): string {
  const ascii = asciiCode(name);
  if (ascii === '') return 'CO_QUAN';
  return /^[A-Z]/.test(ascii) ? ascii : `CO_QUAN_${ascii}`;
}

/**
 * Lower-cases the first letter, for a title built as "Kế hoạch " + the document's subtitle; a
 * subtitle in capitals ("PHÁT TRIỂN HẠ TẦNG …") stays as written, not "pHÁT TRIỂN".
 */
export function lowerFirst(text: string): string {
  if (text.length === 0 || (/\p{L}.*\p{L}/u.test(text) && text === text.toUpperCase())) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
