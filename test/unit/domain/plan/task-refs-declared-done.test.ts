import { describe, expect, it } from 'vitest';
import { checkDoneRefs, parseDoneRefsFile, parseDoneRefsOption, uniqueRefs } from '../../../../domain/plan/task-refs-declared-done';

describe('refs declared done at load', () => {
  it('reads the option as comma-separated refs, ignoring spaces and empty items', () => {
    expect(parseDoneRefsOption(' II.1.1, III.2.1,,III.3.1 ')).toEqual(['II.1.1', 'III.2.1', 'III.3.1']);
    expect(parseDoneRefsOption('')).toEqual([]);
  });

  it('reads a file as one ref a line, with # comments, blank lines and Windows line ends', () => {
    const text = '# done before dondoc ran\r\nIII.2.1\r\n\n  III.3.1   # the districts sent theirs in 2024\n#II.1.1\n';
    expect(parseDoneRefsFile(text)).toEqual(['III.2.1', 'III.3.1']);
    expect(parseDoneRefsFile('# nothing\n\n')).toEqual([]);
  });

  it('keeps each ref once, in the order first given', () => {
    expect(uniqueRefs(['III.2.1', 'II.1.1'], ['II.1.1', 'III.3.1'])).toEqual(['III.2.1', 'II.1.1', 'III.3.1']);
  });

  it('accepts one-off tasks only, and names the ones it accepts', () => {
    const plan = { tasks: [{ ref: 'III.2.1', kind: 'one_off' }, { ref: 'II.1.1', kind: 'continuous' }] } as never;
    expect(checkDoneRefs(plan, ['III.2.1', 'II.1.1', 'IX.9'])).toEqual({ unknown: ['II.1.1', 'IX.9'], known: ['III.2.1'] });
  });
});
