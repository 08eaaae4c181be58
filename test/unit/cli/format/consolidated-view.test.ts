import { describe, expect, it } from 'vitest';
import { closedPeriodNote } from '../../../../activities/reporting/close-period';
import { formatConsolidatedView } from '../../../../cli/commands/report-consolidated';
import type { TConsolidatedView } from '../../../../client/reports/consolidated-report';
import { createPalette } from '../../../../cli/format/colour';

const view: TConsolidatedView = {
  planId: 'kh135',
  cycle: 'ANNUAL_CHILDREN_REPORT',
  period: '2026',
  dueAt: '2026-12-15T16:59:59.999Z',
  units: [
    { agency: 'SO_GDDT', timeliness: 'on_time', submittedAt: '2026-12-14T03:00:00.000Z' },
    { agency: 'SO_TTTT', timeliness: 'late', submittedAt: '2026-12-17T03:00:00.000Z' },
    { agency: 'SO_VHTTDL', timeliness: 'missing', submittedAt: null },
  ],
  onTime: 1,
  late: 1,
  missing: 1,
  indicators: [
    { code: 'CHILD_FRIENDLY_COMMUNES', count: 12, total: 20, percent: 60, reportingUnits: 2, missingUnits: ['SO_VHTTDL'], problems: [] },
    { code: 'DISABLED_CHILDREN_CERTIFIED', count: 3, total: 40, percent: 7.5, reportingUnits: 2, missingUnits: ['SO_VHTTDL'], problems: ['the whole lacks the figures of SO_TTTT, which gave no total'] },
  ],
  close: {
    cycle: 'ANNUAL_CHILDREN_REPORT',
    kind: 'cycle',
    period: '2026',
    dueAt: '2026-12-15T16:59:59.999Z',
    graceEndsAt: '2026-12-18T16:59:59.999Z',
    closesAt: '2026-12-21T01:00:00.000Z',
    consolidatedBy: ['CONSOLIDATED_REPORT'],
    reviewLead: null,
    indicators: ['CHILD_FRIENDLY_COMMUNES', 'DISABLED_CHILDREN_CERTIFIED'],
  },
  closedAt: null,
  obstacles: [],
};

describe('the consolidated period, as the monitoring agency reads it', () => {
  it('lists the obstacles reported by the close, with their answers or that none came yet', () => {
    const text = formatConsolidatedView(
      {
        ...view,
        obstacles: [
          { id: 'o1', reportingAgency: 'QNG_SO_GDDT', taskRef: 'II.2.3', text: 'Thiếu kinh phí.', proposal: 'Bổ sung kinh phí.', reportedAt: '2026-06-01T02:00:00.000Z', phase: 'answered', outcome: null, answer: 'Dùng kinh phí sự nghiệp.', forwardOpinion: null, decision: null },
          { id: 'o2', reportingAgency: 'QNG_SO_VHTTDL', taskRef: null, text: 'Chưa có hướng dẫn.', proposal: 'Ban hành hướng dẫn.', reportedAt: '2026-07-01T02:00:00.000Z', phase: 'reported', outcome: null, answer: null, forwardOpinion: null, decision: null },
        ],
      },
      createPalette(false),
    );
    expect(text).toContain('Obstacles (vướng mắc) reported (2):');
    expect(text).toContain('- QNG_SO_GDDT (II.2.3), answered: Thiếu kinh phí. Đề xuất: Bổ sung kinh phí. — Trả lời: Dùng kinh phí sự nghiệp.');
    expect(text).toContain('- QNG_SO_VHTTDL, reported: Chưa có hướng dẫn. Đề xuất: Ban hành hướng dẫn. — chưa trả lời');
    expect(formatConsolidatedView(view, createPalette(false))).not.toContain('Obstacles');
  });

  it('lists each unit with its timeliness and when the period closes, Vietnam time', () => {
    const text = formatConsolidatedView(view, createPalette(false));
    expect(text).toContain('ANNUAL_CHILDREN_REPORT 2026 of kh135: due 2026-12-15T23:59:59.999+07:00, closes 2026-12-21T08:00:00.000+07:00');
    expect(text).toContain('1 on time, 1 late, 1 missing of 3 units.');
    expect(text).toMatch(/SO_VHTTDL +missing +—/);
  });

  it('shows a count under 5 as <5, and no percentage beside it that would give it away', () => {
    const text = formatConsolidatedView(view, createPalette(false));
    expect(text).toMatch(/CHILD_FRIENDLY_COMMUNES +12 +20 +60 +2/);
    expect(text).toMatch(/DISABLED_CHILDREN_CERTIFIED +<5 +40 +— +2/);
    expect(text).not.toContain('7.5');
    const note = closedPeriodNote(view);
    expect(note).toContain('DISABLED_CHILDREN_CERTIFIED: <5 / 40 — 2 đơn vị / units');
    expect(note).not.toContain('7.5');
    expect(note).toContain('Chưa đúng hạn / Not on time: SO_TTTT (trễ hạn), SO_VHTTDL (chưa gửi)');
  });

  it('says, under the table and in the mail, whose figures each sum lacks and what does not add up', () => {
    const text = formatConsolidatedView(view, createPalette(false));
    expect(text).toContain('CHILD_FRIENDLY_COMMUNES: not in the sum: SO_VHTTDL.');
    expect(text).toContain('DISABLED_CHILDREN_CERTIFIED: not in the sum: SO_VHTTDL; the whole lacks the figures of SO_TTTT, which gave no total.');
    const note = closedPeriodNote(view);
    expect(note).toContain('CHILD_FRIENDLY_COMMUNES: thiếu số liệu của / not in the sum: SO_VHTTDL');
    expect(note).toContain('DISABLED_CHILDREN_CERTIFIED: the whole lacks the figures of SO_TTTT, which gave no total');
  });

  it('a review has no period and no indicator table', () => {
    const review = formatConsolidatedView({ ...view, cycle: 'PRELIMINARY_REVIEW_2027', period: 'once', indicators: [], closedAt: '2027-11-05T01:00:00.000Z' }, createPalette(false));
    expect(review).toContain('PRELIMINARY_REVIEW_2027 of kh135: due');
    expect(review).toContain('closed 2027-11-05T08:00:00.000+07:00');
    expect(review).not.toContain('indicator');
  });
});
