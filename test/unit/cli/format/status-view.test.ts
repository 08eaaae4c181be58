// `dondoc status` text: the per-agency table, plain in a pipe and coloured in a terminal.
import { describe, expect, it } from 'vitest';
import { createPalette } from '../../../../cli/format/colour';
import { formatStatusView, percent } from '../../../../cli/format/status-view';
import { classifyRows, selectForAttention, summariseByAgency } from '../../../../client/read-model/agency-status';
import { assignmentRowJson } from '../../../../client/read-model/assignment-row-json';
import { at, rows } from '../../client/read-model/status-rows';

const classified = classifyRows(rows, at);
const summary = summariseByAgency(classified, new Map([['AGENCY_A', 'Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi']]));

describe('formatStatusView', () => {
  it('prints the headline, one row per agency and a totals row, in plain text', () => {
    const text = formatStatusView({ at, summary, attention: null, attentionTitle: null }, createPalette(false));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Status as of 30/11/2026 10:00 (Vietnam time): 8 assignment periods of 3 agencies, 2 overdue (25.0%).');
    expect(lines[2]).toMatch(/^Agency +Name +On time +Late +In term +Due soon +Overdue +Not received +Not yet due +Total +Overdue % +Oldest overdue$/);
    expect(lines[4]).toMatch(/^AGENCY_A +Sở Giáo dục và Đào tạo tỉnh… +1 +1 +0 +0 +2 +0 +0 +4 +50\.0% +20 d$/);
    expect(lines[5]).toMatch(/^AGENCY_B +0 +0 +2 +1 +0 +0 +1 +3 +0\.0% +-$/);
    expect(lines[8]).toMatch(/^Total +1 +1 +3 +1 +2 +0 +1 +8 +25\.0% +20 d$/);
    expect(text).toContain('Also: 1 result(s) await review (counted by their deadline); 1 cancelled; 1 lapsed (period closed without a result).');
    expect(text).not.toContain('\u001b[');
  });

  it('names the open obstacles (vướng mắc) per reporting agency, and those past their step’s deadline; nothing when there are none', () => {
    const obstacles = [
      { agency: 'AGENCY_A', open: 2, overdue: 1 },
      { agency: 'AGENCY_B', open: 1, overdue: 0 },
    ];
    const text = formatStatusView({ at, summary, attention: null, attentionTitle: null, obstacles }, createPalette(false));
    expect(text).toContain('Open obstacles (vướng mắc) by reporting agency: AGENCY_A 2 (1 past the deadline of their step), AGENCY_B 1. `dondoc obstacle list --open` lists them.');
    expect(formatStatusView({ at, summary, attention: null, attentionTitle: null, obstacles: [] }, createPalette(false))).not.toContain('obstacles');
  });

  it('colours counts by status in a terminal: red overdue, orange late, green on time, blue in term, grey not yet due', () => {
    const text = formatStatusView({ at, summary, attention: null, attentionTitle: null }, createPalette(true));
    const a = text.split('\n').find((line) => line.startsWith('AGENCY_A'))!;
    expect(a).toContain('\u001b[32m1\u001b[0m');
    expect(a).toContain('\u001b[38;5;208m1\u001b[0m');
    expect(a).toContain('\u001b[31m2\u001b[0m');
    expect(a).toContain('\u001b[31m50.0%\u001b[0m');
    const b = text.split('\n').find((line) => line.startsWith('AGENCY_B'))!;
    expect(b).toContain('\u001b[34m2\u001b[0m');
    expect(b).toContain('\u001b[33m1\u001b[0m');
    expect(b).toContain('\u001b[90m1\u001b[0m');
  });

  it('lists the assignments a filter asked for under the table', () => {
    // As both modes give them: the rows as JSON (the API's, or the read model's written alike).
    const attention = selectForAttention(classified, { overdue: true }, at).map(assignmentRowJson);
    const text = formatStatusView({ at, summary, attention, attentionTitle: 'Overdue' }, createPalette(false));
    expect(text).toContain('Overdue (2):');
    expect(text).toMatch(/a-overdue-20 +2026 +AGENCY_A +assigned +10\/11\/2026 +overdue 20 days/);
    expect(text).toMatch(/a-overdue-10 +2026 +AGENCY_A +assigned +20\/11\/2026 +overdue 10 days/);
  });

  it('says so when nothing matches', () => {
    const empty = summariseByAgency([]);
    expect(formatStatusView({ at, summary: empty, attention: [], attentionTitle: 'Overdue' }, createPalette(false))).toContain('No assignments match.');
  });
});

describe('percent', () => {
  it('prints a share with one decimal', () => {
    expect(percent(0.3333)).toBe('33.3%');
    expect(percent(0)).toBe('0.0%');
  });
});
