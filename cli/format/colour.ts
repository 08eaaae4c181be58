// ANSI colours for the status views, in the scheme officials expect (domain/policy
// STATUS_COLOURS): green on time, blue in term, yellow due soon, orange completed late, red
// overdue, grey not yet due, purple a request not yet received. Colour only reaches a terminal: piped output stays plain text.
import type { TStatusColour } from '../../domain/policy/assignment-status';

// Basic 16-colour codes work everywhere; orange has none, so it is the 256-colour 208.
const codes: Record<TStatusColour, string> = {
  green: '32',
  blue: '34',
  yellow: '33',
  orange: '38;5;208',
  red: '31',
  grey: '90',
  purple: '35',
};

export interface TPalette {
  enabled: boolean;
  paint(text: string, colour: TStatusColour | null | undefined): string;
  bold(text: string): string;
}

/**
 * Colour for a terminal, not for a pipe or a file; NO_COLOR (no-color.org: set and not empty)
 * turns it off, FORCE_COLOR (not 0) turns it on for a pager that understands it.
 */
export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

export function createPalette(enabled: boolean): TPalette {
  return {
    enabled,
    paint: (text, colour) => (enabled && colour && text ? `\u001b[${codes[colour]}m${text}\u001b[0m` : text),
    bold: (text) => (enabled && text ? `\u001b[1m${text}\u001b[0m` : text),
  };
}

/** The palette for standard output as this process runs. */
export function stdoutPalette(): TPalette {
  return createPalette(colourEnabled(process.stdout));
}

// Built from a string: a control character in a regular expression literal reads as a mistake.
const ansiSequence = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Characters a terminal shows: escape sequences take no room, precomposed Vietnamese letters one each. */
export function visibleLength(text: string): number {
  return [...text.replace(ansiSequence, '').normalize('NFC')].length;
}
