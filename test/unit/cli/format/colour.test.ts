// Colour in a terminal, plain text in a pipe, NO_COLOR respected; widths ignore colour codes.
import { describe, expect, it } from 'vitest';
import { colourEnabled, createPalette, visibleLength } from '../../../../cli/format/colour';

describe('colourEnabled', () => {
  it('colours a terminal and not a pipe', () => {
    expect(colourEnabled({ isTTY: true }, {})).toBe(true);
    expect(colourEnabled({ isTTY: false }, {})).toBe(false);
    expect(colourEnabled({}, {})).toBe(false);
  });

  it('honours NO_COLOR (set and not empty) over a terminal, and FORCE_COLOR for a pipe', () => {
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colourEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourEnabled({ isTTY: false }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colourEnabled({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
  });
});

describe('createPalette', () => {
  it('paints each status colour with its ANSI code: green, blue, yellow, 256-colour orange, red, grey', () => {
    const palette = createPalette(true);
    expect(palette.paint('x', 'green')).toBe('\u001b[32mx\u001b[0m');
    expect(palette.paint('x', 'blue')).toBe('\u001b[34mx\u001b[0m');
    expect(palette.paint('x', 'yellow')).toBe('\u001b[33mx\u001b[0m');
    expect(palette.paint('x', 'orange')).toBe('\u001b[38;5;208mx\u001b[0m');
    expect(palette.paint('x', 'red')).toBe('\u001b[31mx\u001b[0m');
    expect(palette.paint('x', 'grey')).toBe('\u001b[90mx\u001b[0m');
  });

  it('leaves text alone when colour is off, when no colour is given, and for empty text', () => {
    expect(createPalette(false).paint('quá hạn', 'red')).toBe('quá hạn');
    expect(createPalette(true).paint('x', null)).toBe('x');
    expect(createPalette(true).paint('', 'red')).toBe('');
    expect(createPalette(false).bold('x')).toBe('x');
  });
});

describe('visibleLength', () => {
  it('does not count colour codes, and counts a Vietnamese letter once whether precomposed or not', () => {
    expect(visibleLength(createPalette(true).paint('12', 'red'))).toBe(2);
    expect(visibleLength('Sở Y tế')).toBe(7);
    expect(visibleLength('Sở Y tế'.normalize('NFD'))).toBe(7);
  });
});
