// The board's charts are pure functions of their figures: what each draws, that every cell and
// bar carries its words and counts (colour is never the only signal), and that text is escaped.
import { describe, expect, it } from 'vitest';
import { agencyLatenessChart, MAX_AGENCY_BARS } from '../../../web/board/agency-chart';
import { cellStanding, MAX_HEAT_UNITS, periodsOf, timelinessHeatMap, unitsOf, type TTimelinessCell } from '../../../web/board/heat-map';
import { deadlineTimeline, fillQuarters } from '../../../web/board/timeline-chart';

const cell = (agency: string, period: string, counts: Partial<Omit<TTimelinessCell, 'agency' | 'period'>>): TTimelinessCell => ({ agency, period, onTime: 0, late: 0, missing: 0, notYetDue: 0, ...counts });

describe('the heat map of reporting timeliness', () => {
  it('shows the worst standing of a cell: missing, then late, then not yet due, else on time', () => {
    expect(cellStanding({ onTime: 4, late: 2, missing: 1, notYetDue: 3 })).toEqual({ standing: 'missing', count: 1 });
    expect(cellStanding({ onTime: 4, late: 2, missing: 0, notYetDue: 3 })).toEqual({ standing: 'late', count: 2 });
    expect(cellStanding({ onTime: 4, late: 0, missing: 0, notYetDue: 3 })).toEqual({ standing: 'notYetDue', count: 3 });
    expect(cellStanding({ onTime: 4, late: 0, missing: 0, notYetDue: 0 })).toEqual({ standing: 'onTime', count: 4 });
  });

  it('orders periods with one-off work last, and units with the most missing work first, at most MAX_HEAT_UNITS', () => {
    expect(periodsOf([cell('A', 'once', {}), cell('A', '2026', {}), cell('B', '2025', {})])).toEqual(['2025', '2026', 'once']);
    expect(unitsOf([cell('A', '2025', { onTime: 9 }), cell('B', '2025', { missing: 1 }), cell('C', '2025', { missing: 1, onTime: 1 })]).shown).toEqual(['C', 'B', 'A']);
    const many = Array.from({ length: MAX_HEAT_UNITS + 5 }, (_, index) => cell(`U${index}`, '2025', { onTime: 1 }));
    expect(unitsOf(many)).toMatchObject({ all: MAX_HEAT_UNITS + 5 });
    expect(unitsOf(many).shown).toHaveLength(MAX_HEAT_UNITS);
  });

  it('writes the standing and count in every cell and every count in its title, in Vietnamese or English', () => {
    const cells = [cell('SO_GDDT', '2025', { missing: 2, onTime: 1234 }), cell('SO_YT', '2025', { onTime: 3 })];
    const vi = timelinessHeatMap(cells, new Map([['SO_GDDT', 'Sở Giáo dục và Đào tạo']]), 'vi').value;
    expect(vi).toContain('role="img"');
    expect(vi).toContain('>Thiếu 2</text>');
    expect(vi).toContain('>Đúng hạn 3</text>');
    expect(vi).toContain('Sở Giáo dục và Đào tạo, 2025: Đúng hạn 1.234, Trễ hạn 0, Thiếu 2, Chưa đến hạn 0');
    expect(vi).toContain('class="chart-red"');
    expect(timelinessHeatMap(cells, new Map(), 'en').value).toContain('>Missing 2</text>');
  });

  it('escapes names drawn in the SVG', () => {
    const drawn = timelinessHeatMap([cell('X', '2025', { onTime: 1 })], new Map([['X', '<script>alert(1)</script>']]), 'vi').value;
    expect(drawn).not.toContain('<script>');
    expect(drawn).toContain('&lt;script&gt;');
  });
});

describe('the chart of overdue and late work by agency', () => {
  it('draws only agencies with overdue or late work, most overdue first, each with its figures', () => {
    const drawn = agencyLatenessChart([
      { agency: 'A', name: 'Cơ quan A', overdue: 1, late: 5 },
      { agency: 'B', name: null, overdue: 3, late: 0 },
      { agency: 'C', name: 'Cơ quan C', overdue: 0, late: 0 },
    ], 'vi').value;
    expect(drawn.indexOf('>B</text>')).toBeLessThan(drawn.indexOf('>Cơ quan A</text>'));
    expect(drawn).not.toContain('Cơ quan C');
    expect(drawn).toContain('<title>Cơ quan A: 1 quá hạn, 5 trễ hạn</title>');
    expect(drawn).toContain('aria-labelledby="chart-agencies-title chart-agencies-desc"');
  });

  it('keeps to MAX_AGENCY_BARS bars and says how many more there are; says so when nothing is late', () => {
    const many = Array.from({ length: MAX_AGENCY_BARS + 3 }, (_, index) => ({ agency: `A${index}`, name: null, overdue: index + 1, late: 0 }));
    const drawn = agencyLatenessChart(many, 'en').value;
    expect(drawn.match(/<g><title>/g)).toHaveLength(MAX_AGENCY_BARS);
    expect(drawn).toContain('+ 3 more agencies not shown');
    expect(agencyLatenessChart([], 'vi').value).toContain('Không có việc quá hạn hay trễ hạn.');
  });
});

describe('the timeline of deadlines', () => {
  it('fills the empty quarters between the first and the last, across years', () => {
    expect(fillQuarters([{ quarter: '2025-Q3', count: 2 }, { quarter: '2026-Q2', count: 5 }])).toEqual([
      { quarter: '2025-Q3', count: 2 },
      { quarter: '2025-Q4', count: 0 },
      { quarter: '2026-Q1', count: 0 },
      { quarter: '2026-Q2', count: 5 },
    ]);
    expect(fillQuarters([])).toEqual([]);
  });

  it('writes each count above its column and marks the current quarter', () => {
    const drawn = deadlineTimeline([{ quarter: '2026-Q3', count: 1200 }, { quarter: '2026-Q4', count: 7 }], '2026-Q4', 'vi').value;
    expect(drawn).toContain('<title>Q3/2026: 1.200 hạn</title>');
    expect(drawn).toContain('<title>Q4/2026: 7 hạn (quý này)</title>');
    expect(drawn).toContain('class="chart-past"');
    expect(drawn).toContain('class="chart-now"');
  });
});
