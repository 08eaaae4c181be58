// The desk's table without a server: the plan's text, lead and coordinators, the due day as
// officials write it, the working days left or the days overdue, the status word beside its
// colour, and links that carry the assignment id URL-encoded (its slashes and # as %2F, %23).
import { describe, expect, it } from 'vitest';
import type { TClassifiedRow } from '../../../client/read-model/agency-status';
import { renderDeskTable } from '../../../web/desk/desk-list';

const row = (overrides: Partial<TClassifiedRow>): TClassifiedRow => ({
  id: 'kh135/II.2.4/SO_GDDT#1',
  planId: 'kh135',
  taskRef: 'II.2.4',
  period: 'once',
  assigneeAsWritten: 'SO_GDDT',
  responsibleAgency: 'SO_GDDT',
  state: 'assigned',
  dueAt: new Date('2026-12-15T01:00:00Z'),
  completedAt: null,
  startsAt: null,
  escalationLevel: 0,
  deliveryProblem: false,
  mandate: 'order',
  updatedAt: new Date(),
  classification: { status: 'due_soon', colour: 'yellow', daysLeft: 3, workingDaysLeft: 3 },
  ...overrides,
});
const tasks = new Map([['kh135 II.2.4', { ref: 'II.2.4', text: 'Tăng cường giáo dục kỹ năng sống cho trẻ em <trong trường học>.', groupTitle: 'Giáo dục', lead: 'SO_GDDT', coordinators: ['SO_VHTTDL', 'ALL_DISTRICTS'] }]]);

describe('the desk table', () => {
  it('shows what is owed, by when, and the forms for open work', () => {
    const table = renderDeskTable([row({})], tasks, 'vi').value;
    expect(table).toContain('Tăng cường giáo dục kỹ năng sống cho trẻ em &lt;trong trường học&gt;.');
    expect(table).toContain('Chủ trì:</span> SO_GDDT');
    expect(table).toContain('Phối hợp:</span> SO_VHTTDL, ALL_DISTRICTS');
    expect(table).toContain('<td>15/12/2026</td>');
    expect(table).toContain('3 ngày làm việc');
    expect(table).toContain('<span class="badge status-yellow" data-status="due_soon">Sắp đến hạn</span>');
    expect(table).toContain('href="/desk/assignments/kh135%2FII.2.4%2FSO_GDDT%231/result"');
    expect(table).toContain('href="/desk/assignments/kh135%2FII.2.4%2FSO_GDDT%231/extension"');
    expect(table).toContain('href="/assignments/kh135%2FII.2.4%2FSO_GDDT%231"');
    expect(table).not.toContain('/explanation');
    expect(table).not.toContain('/receipt');
  });

  it('says how late overdue work is and offers the explanation; submitted work has its receipt and no form', () => {
    const late = renderDeskTable([row({ classification: { status: 'overdue', colour: 'red', daysOverdue: 4 } })], tasks, 'en').value;
    expect(late).toContain('4 days overdue');
    expect(late).toContain('>Overdue</span>');
    expect(late).toContain('/explanation"');
    const sent = renderDeskTable([row({ state: 'submitted' })], tasks, 'vi').value;
    expect(sent).toContain('/receipt"');
    expect(sent).not.toContain('/result"');
    expect(renderDeskTable([], tasks, 'vi').value).toContain('Không có việc nào.');
  });
});
