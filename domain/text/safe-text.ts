// The one place where a text that crosses a boundary (plan file, report file, API body, page
// form) is checked for size and for characters that have no business in it: control characters,
// and the bidirectional overrides and isolates that make a text read differently from what it
// holds (a "Trojan Source" task text, an agency name that displays as another). Every limit is
// far below Temporal's 2 MB payload limit, because a text that passes here travels inside
// workflow inputs, update payloads and the assignment's state, which repeats it.
// Pure: no Node built-ins, so the plan schemas that use it stay usable everywhere.
import { z } from 'zod';

/** Characters, not bytes: what an official can count in an editor. Vietnamese takes 1 to 3 bytes a character in UTF-8. */
export const TEXT_LIMITS = {
  /** Names, titles, aliases, labels: one line; the longest title of the seed plan is 291 characters. */
  name: 1_000,
  /** A task's text, a note, a source sentence in a plan file: the longest task of the seed plan is 564 characters. */
  planText: 10_000,
  /** A narrative, reason, note or answer sent to an assignment or obstacle (about eight pages). */
  text: 20_000,
} as const;

/**
 * One update in all, as UTF-8 JSON. The assignment keeps its last result and its 25 latest events
 * (a result submitted then returned, over and over, keeps at most 13 results among them), so 14
 * payloads of 100 kB stay under 1.5 MB of workflow state: below the 2 MB Temporal accepts.
 */
export const UPDATE_PAYLOAD_MAX_BYTES = 100_000;

/** Files read from disk before anything is sent. */
export const FILE_LIMITS = {
  /** A plan file (YAML): the seed plan is 84 kB; the plan travels whole as the loader workflow's input. */
  planFileBytes: 1_000_000,
  /** A report file (YAML) of `dondoc report submit`: its narrative and indicators are one update. */
  reportFileBytes: 1_000_000,
  /** A plan document (.txt, .docx, .pdf) for the importer: read locally, never sent to Temporal. */
  planDocumentBytes: 20_000_000,
} as const;

export type TTextKind = 'name' | 'text';

const NAMED_CHARACTERS: Record<number, string> = {
  0x00: 'NULL',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

const isBidiControl = (code: number) => (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
/** Marks that only steer direction: harmless in a paragraph, a disguise in a name. */
const isDirectionMark = (code: number) => code === 0x200e || code === 0x200f || code === 0x061c;
const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);

/** Why a character is refused in a text of this kind, or null when it is accepted. */
function refusalOf(code: number, kind: TTextKind): string | null {
  if (isBidiControl(code)) return 'bidirectional controls are not accepted: they make a text display differently from what it holds';
  if (kind === 'name' && isDirectionMark(code)) return 'direction marks are not accepted in a name: invisible, they make two names look alike';
  if (code >= 0xd800 && code <= 0xdfff) return 'the text is damaged (half of a character, an unpaired surrogate)';
  if (kind === 'text' && (code === 0x09 || code === 0x0a || code === 0x0d)) return null;
  if (isControl(code)) return kind === 'name' ? 'control characters are not accepted in a name, which is one line of printable text' : 'control characters are not accepted; only tabs and line breaks are';
  if (kind === 'name' && (code === 0x2028 || code === 0x2029)) return 'a name is one line';
  if (code === 0xfeff || code === 0xfffe || code === 0xffff) return 'invisible characters and non-characters are not accepted';
  return null;
}

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)". */
export function describeCodePoint(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMED_CHARACTERS[code] ?? (isControl(code) ? 'a control character' : undefined);
  return name ? `${hex} (${name})` : hex;
}

export interface TForbiddenCharacter {
  codePoint: number;
  /** 1-based position in characters, as an editor counts them. */
  position: number;
  reason: string;
}

/** The first character refused in a text of this kind, or null. */
export function findForbiddenCharacter(text: string, kind: TTextKind): TForbiddenCharacter | null {
  let position = 0;
  for (let index = 0; index < text.length; index += 1) {
    position += 1;
    const code = text.charCodeAt(index);
    // A well-formed surrogate pair is one character (an emoji, a rare CJK ideograph): accepted.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
    }
    // Fast path: printable ASCII and most of Vietnamese.
    if (code >= 0x20 && code < 0x7f) continue;
    const reason = refusalOf(code, kind);
    if (reason) return { codePoint: code, position, reason };
  }
  return null;
}

/** Bytes of the text in UTF-8, counted without Node's Buffer (this module runs anywhere). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** "3.1 MB", "180 kB", "512 bytes": sizes as a person reads them (decimal units). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} bytes`;
}

/** "3,145,728": counts as the messages write them. */
export const formatCount = (count: number) => count.toLocaleString('en-US');

export interface TTextProblem {
  /** What is wrong, the limit and what to do, as one clause without a final stop (callers add their own). */
  message: string;
  /** What is accepted, in a few words ("at most 10,000 characters"). */
  expected: string;
}

/** The problem with one text, or null: its length first (a huge text is not scanned further), then its characters. */
export function textProblem(text: string, what: string, options: { kind: TTextKind; max: number }): TTextProblem | null {
  if (text.length > options.max) {
    return {
      message: `${what} is ${formatBytes(utf8Length(text))} (${formatCount(text.length)} characters); at most ${formatCount(options.max)} characters are accepted; shorten it`,
      expected: `at most ${formatCount(options.max)} characters`,
    };
  }
  const found = findForbiddenCharacter(text, options.kind);
  if (found) {
    return {
      message: `${what} contains ${describeCodePoint(found.codePoint)} at character ${formatCount(found.position)} (${found.reason}); remove it`,
      expected: `a text without ${describeCodePoint(found.codePoint)}`,
    };
  }
  return null;
}

/** The text with every refused character written as \u{…}, so that showing it back cannot disguise it. */
export function escapeUnsafe(text: string, kind: TTextKind = 'name'): string {
  let shown = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    shown += code >= 0x20 && code < 0x7f ? character : refusalOf(code, kind) ? `\\u{${code.toString(16).toUpperCase()}}` : character;
  }
  return shown;
}

/** Marks an issue raised here, so that readers of zod issues (the plan file's messages) can show it as it is. */
export const SAFE_TEXT_ISSUE = 'safe-text';

/**
 * A checked text for a zod schema: refused when longer than `max` or holding a refused character,
 * then normalised to NFC (so "ế" typed as e + two combining marks and "ế" as one character are
 * the same text) and trimmed. Stays a ZodString, so `.min()`, `.optional()` and `.describe()` chain.
 */
export function safeText(what: string, options: { kind?: TTextKind; max?: number } = {}) {
  const kind = options.kind ?? 'text';
  const max = options.max ?? (kind === 'name' ? TEXT_LIMITS.name : TEXT_LIMITS.text);
  return z
    .string()
    .check((context) => {
      const problem = textProblem(context.value, what, { kind, max });
      if (problem) {
        context.issues.push({ code: 'custom', message: problem.message, input: context.value, params: { origin: SAFE_TEXT_ISSUE, expected: problem.expected }, continue: false });
      }
    })
    .normalize('NFC')
    .trim();
}

/** A one-line name (agency, indicator, facility, title): at most TEXT_LIMITS.name characters, no direction marks. */
export const safeName = (what: string, max: number = TEXT_LIMITS.name) => safeText(what, { kind: 'name', max });

/** A text of a plan file (a task, a note): at most TEXT_LIMITS.planText characters. */
export const safePlanText = (what: string) => safeText(what, { kind: 'text', max: TEXT_LIMITS.planText });
