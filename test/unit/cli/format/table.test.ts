import { describe, expect, it } from 'vitest';
import { createPalette } from '../../../../cli/format/colour';
import { renderTable, truncate } from '../../../../cli/format/table';

describe('renderTable', () => {
  it('pads columns to the widest cell, aligns numbers right and draws a rule before the totals', () => {
    const table = renderTable(
      [{ header: 'Agency' }, { header: 'Overdue', align: 'right' }],
      [
        ['QNG_SO_YT', '3'],
        ['XA_VI_DU_A1', '12'],
        ['Total', '15'],
      ],
      { ruleBefore: [2] },
    );
    expect(table.split('\n')).toEqual([
      'Agency       Overdue',
      '-----------  -------',
      'QNG_SO_YT          3',
      'XA_VI_DU_A1       12',
      '-----------  -------',
      'Total             15',
    ]);
  });

  it('keeps columns aligned when cells are coloured', () => {
    const red = createPalette(true).paint('3', 'red');
    const lines = renderTable([{ header: 'A' }, { header: 'Overdue', align: 'right' }], [['x', red], ['y', '12']]).split('\n');
    expect(lines[2]).toBe(`x        ${red}`);
    expect(lines[3]).toBe('y       12');
  });
});

describe('truncate', () => {
  it('shortens long names with an ellipsis and keeps short ones', () => {
    expect(truncate('Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi', 12)).toBe('Sở Giáo dục…');
    expect(truncate('Sở Y tế', 12)).toBe('Sở Y tế');
  });
});
