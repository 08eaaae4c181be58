// The officials' journeys across pages, as issue 13 tells them, in a real browser on one running
// dondoc: the monitor goes from the board, filtered to one group's overdue work, to the
// assignment and returns its late result with a new due day, and the board follows; an agency
// officer submits the annual report with its signed PDF on the desk, and the monitor's board
// shows the new status; the assignment page lists the document for the monitor to download.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAssignmentSpec } from '../../../domain/assignment';
import { waitUntil } from '../../helpers/assignment-fixtures';
import { VIETNAM_CALENDAR } from '../../../domain/calendar/build-calendar';
import { workingDayOnOrAfter } from '../../../domain/calendar/working-days';
import { collectPageProblems, launchBrowser, newPage, signIn } from '../../helpers/browser';
import { minimalPdf } from '../../helpers/minimal-pdf';
import { idPath, startApiTestbed, startOverdueAssignment, type ApiTestbed } from '../api/api-testbed';

let api: ApiTestbed;
let browser: Browser;
let overdue: TAssignmentSpec;
let groupTitle: string;

beforeAll(async () => {
  api = await startApiTestbed('web-journeys');
  // Work five days past its due day, started the way plan loading starts it.
  ({ spec: overdue, groupTitle } = await startOverdueAssignment(api, 'web-journeys', 'II.2.1', 'SO_GDDT', 5));
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const rowOf = (page: Page, id: string) => page.locator('table.board-table tbody tr').filter({ has: page.locator(`a[href="/assignments/${encodeURIComponent(id)}"]`) });

describe('officials’ journeys across the pages', () => {
  it('takes the monitor from the board’s overdue work of one group to the assignment, where the late result is returned with a new due day', async () => {
    const monitor = await newPage(browser);
    const problems = collectPageProblems(monitor);
    await signIn(monitor, api.base, 'monitor', api.passwords.monitor!);
    await monitor.getByLabel('Nhóm nhiệm vụ').selectOption(groupTitle);
    await monitor.getByLabel('Trạng thái').selectOption('red');
    await Promise.all([monitor.waitForURL((url) => url.searchParams.get('colour') === 'red'), monitor.getByRole('button', { name: 'Lọc' }).click()]);
    expect(await monitor.locator('table.board-table tbody tr').count()).toBe(1);
    expect(await rowOf(monitor, overdue.assignmentId).locator('.badge').textContent()).toBe('Quá hạn');

    // The agency sends its late result meanwhile; the monitor opens the assignment from the board.
    const report = { narrative: 'Báo cáo muộn do chờ số liệu các trường.', indicators: overdue.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 2, ...(indicator.needsTotal ? { total: 9 } : {}) })) };
    const submitted = await api.call('POST', `${idPath(overdue)}/result`, { as: 'gddt.officer', body: report });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
    await rowOf(monitor, overdue.assignmentId).getByRole('link').first().click();
    await monitor.waitForURL((url) => url.pathname === `/assignments/${encodeURIComponent(overdue.assignmentId)}`);
    expect(await monitor.locator('[data-phase]').getAttribute('data-phase')).toBe('submitted');

    // A working day (the workflow would move a weekend or a holiday to the next one).
    const newDue = workingDayOnOrAfter(new Date(Date.now() + 10 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10), VIETNAM_CALENDAR);
    await monitor.getByLabel('Trả lại để bổ sung, sửa đổi').check();
    await monitor.getByLabel('Ghi chú (bắt buộc khi trả lại: nội dung cần sửa)').fill('Bổ sung số liệu của các trường ngoài công lập.');
    await monitor.getByLabel('Hạn mới (bắt buộc khi trả lại)').fill(newDue);
    await Promise.all([monitor.waitForURL((url) => url.searchParams.get('done') === '1'), monitor.getByRole('button', { name: 'Gửi kết quả xem xét' }).click()]);
    expect(await monitor.locator('[data-phase]').getAttribute('data-phase')).toBe('open');
    expect(await monitor.locator('.due-now').textContent()).toContain(newDue.split('-').reverse().join('/'));

    // Back on the board the work is open again with the new due day: no longer overdue.
    await waitUntil('the new due day in the read model', async () => (await api.bed.database.prisma.assignment.findUniqueOrThrow({ where: { id: overdue.assignmentId } })).dueAt!.getTime() > Date.now());
    await monitor.goto(`${api.base}/board`);
    const row = rowOf(monitor, overdue.assignmentId);
    expect(await row.locator('.badge').getAttribute('data-status')).not.toBe('overdue');
    expect(await row.textContent()).toContain(newDue.split('-').reverse().join('/'));
    expect(problems).toEqual([]);
  });

  it('shows on the monitor’s board the report an officer submitted on the desk, and its document on the assignment page', async () => {
    const spec = api.culture;
    const monitor = await newPage(browser);
    await signIn(monitor, api.base, 'monitor', api.passwords.monitor!);
    const before = await rowOf(monitor, spec.assignmentId).locator('.badge').getAttribute('data-status');
    expect(['not_yet_due', 'in_term', 'due_soon']).toContain(before);

    const officer = await newPage(browser);
    const problems = collectPageProblems(officer);
    await signIn(officer, api.base, 'vhttdl.officer', api.passwords['vhttdl.officer']!);
    await officer.locator(`tr[data-assignment-id="${spec.assignmentId}"]`).getByRole('link', { name: 'Gửi kết quả' }).click();
    for (const input of await officer.locator('input[name^="count."]').all()) await input.fill('3');
    for (const input of await officer.locator('input[name^="total."]').all()) await input.fill('8');
    await officer.getByLabel('Nội dung kết quả').fill('Sở Văn hóa, Thể thao và Du lịch đã hoàn thành các nhiệm vụ năm.');
    await officer.locator('input[type="file"]').setInputFiles({ name: 'Báo cáo VHTTDL.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await Promise.all([officer.waitForURL((url) => url.pathname.endsWith('/receipt')), officer.getByRole('button', { name: 'Gửi kết quả' }).click()]);
    expect(await officer.locator('.receipt').textContent()).toContain('Báo cáo VHTTDL.pdf');
    expect(problems).toEqual([]);

    await waitUntil('the submission in the read model', async () => (await api.bed.database.prisma.assignment.findUniqueOrThrow({ where: { id: spec.assignmentId } })).state === 'submitted');
    await monitor.reload();
    // Sent in term and waiting for the monitor's review: the board says so beside the status.
    const row = rowOf(monitor, spec.assignmentId);
    expect(await row.locator('[data-state="submitted"]').textContent()).toBe('Đã gửi, chờ xem xét');
    expect(await row.locator('.badge').getAttribute('data-status')).toBe('in_term');

    await rowOf(monitor, spec.assignmentId).getByRole('link').first().click();
    const link = monitor.locator('#attachments').locator('..').getByRole('link', { name: 'Báo cáo VHTTDL.pdf' });
    expect(await link.count()).toBe(1);
    const download = await monitor.context().request.get(`${api.base}${await link.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
