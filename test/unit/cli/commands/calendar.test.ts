// `dondoc calendar day|deadline` run as a user runs them: output, JSON and exit codes.
import { describe, expect, it } from 'vitest';
import { runDondoc } from '../../../helpers/cli-process';

describe('dondoc calendar day', () => {
  it('says Tuesday 17/2/2026 is Tết, as JSON', async () => {
    const result = await runDondoc(['calendar', 'day', '2026-02-17', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ day: '2026-02-17', weekday: 'Tuesday', working: false, reason: 'Tết Nguyên Đán (Lunar New Year)' });
  });

  it('says a make-up Saturday is worked, as text', async () => {
    const result = await runDondoc(['calendar', 'day', '2026-01-10']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2026-01-10 (Saturday): working day — make-up working day (làm bù) for Friday 2026-01-02');
    expect(result.stdout).toContain('basis: Công văn 12729/VPCP-KGVX');
  });

  it('refuses a date that does not exist with exit code 2 and a message on stderr', async () => {
    const result = await runDondoc(['calendar', 'day', '2026-02-30']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('dondoc: invalid date "2026-02-30": expected a calendar day written YYYY-MM-DD, e.g. 2026-02-17\n');
  });
});

describe('dondoc calendar deadline', () => {
  it('moves a due date on the first Saturday of Tết 2026 to the end of Monday 23/2', async () => {
    const result = await runDondoc(['calendar', 'deadline', '2026-02-14', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      given: '2026-02-14',
      givenWeekday: 'Saturday',
      givenIsWorkingDay: false,
      reason: 'Tết Nguyên Đán (Lunar New Year)',
      moved: true,
      day: '2026-02-23',
      weekday: 'Monday',
      dueAt: '2026-02-23T16:59:59.999Z',
      dueAtLocal: '2026-02-23T23:59:59.999+07:00',
    });
  });

  it('keeps a working day and prints the local and UTC instants', async () => {
    const result = await runDondoc(['calendar', 'deadline', '2026-03-10']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(
      '2026-03-10 (Tuesday) is a working day: the deadline is the end of 2026-03-10 (Tuesday), 2026-03-10T23:59:59.999+07:00 (2026-03-10T16:59:59.999Z).',
    );
  });

  it('computes a 30-day period with --days: from 15/1/2026 it ends in Tết and moves to 23/2', async () => {
    const result = await runDondoc(['calendar', 'deadline', '2026-01-15', '--days', '30', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ lastDayOfPeriod: '2026-02-14', moved: true, day: '2026-02-23' });
  });

  it.each([
    [['calendar', 'deadline', '14/02/2026'], 'dondoc: invalid date "14/02/2026": expected a calendar day written YYYY-MM-DD, e.g. 2026-02-17'],
    [['calendar', 'deadline', '2026-01-15', '--days', 'thirty'], 'dondoc: invalid --days "thirty": expected a whole number of days, at least 1, e.g. --days 30'],
  ])('refuses bad input %j with exit code 2', async (args, message) => {
    const result = await runDondoc(args);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(message);
  });
});
