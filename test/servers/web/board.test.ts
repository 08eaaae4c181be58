// The deadline board in a real browser: a monitor sees every assignment with its status word,
// filters to the overdue work of one task group, sorts by agency, reads the headline figures and
// the three charts drawn on the server; an agency officer is refused the board, and the refusal
// is in the audit log.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAssignmentSpec } from '../../../domain/assignment';
import { collectPageProblems, launchBrowser, newPage, saveScreenshot, signIn } from '../../helpers/browser';
import { startApiTestbed, startOverdueAssignment, type ApiTestbed } from '../api/api-testbed';

let api: ApiTestbed;
let browser: Browser;
let overdue: TAssignmentSpec;
let groupTitle: string;

beforeAll(async () => {
  api = await startApiTestbed('web-board');
  // Work already three days past its due day, started the way plan loading starts it.
  ({ spec: overdue, groupTitle } = await startOverdueAssignment(api, 'web-board', 'II.2.1', 'SO_GDDT', 3));
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const rowLink = (id: string) => `a[href="/assignments/${encodeURIComponent(id)}"]`;

describe('the deadline board', () => {
  it('shows every assignment, filters to the overdue work of one group, sorts by agency, and draws the figures and charts', async () => {
    const page = await newPage(browser);
    const problems = collectPageProblems(page);
    await signIn(page, api.base, 'monitor', api.passwords.monitor!);
    expect(new URL(page.url()).pathname).toBe('/board');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bảng theo dõi hạn');

    for (const spec of [api.education, api.culture, overdue]) expect(await page.locator(rowLink(spec.assignmentId)).count(), spec.assignmentId).toBe(1);
    const table = page.locator('table.board-table');
    expect(await table.textContent()).toContain('Trong hạn');
    expect(await table.textContent()).toContain('Quá hạn');

    // The filters: the group of the overdue work, and the red status.
    await page.getByLabel('Nhóm nhiệm vụ').selectOption(groupTitle);
    await page.getByLabel('Trạng thái').selectOption('red');
    await Promise.all([page.waitForURL((url) => url.searchParams.get('colour') === 'red'), page.getByRole('button', { name: 'Lọc' }).click()]);
    expect(new URL(page.url()).searchParams.get('group')).toBe(groupTitle);
    const rows = page.locator('table.board-table tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator(rowLink(overdue.assignmentId)).count()).toBe(1);
    expect(await rows.first().locator('.badge').textContent()).toBe('Quá hạn');
    expect(await rows.first().textContent()).toMatch(/quá \d+ ngày/);
    // The form keeps what was chosen.
    expect(await page.getByLabel('Trạng thái').inputValue()).toBe('red');

    // Sorting by agency, in the database: ascending, then descending.
    await page.getByRole('link', { name: 'Bỏ lọc' }).click();
    await Promise.all([page.waitForURL((url) => url.searchParams.get('sort') === 'agency'), page.locator('th a[data-sort="agency"]').click()]);
    const agencies = async () => page.locator('table.board-table tbody tr td:nth-child(3)').allTextContents();
    const ascending = await agencies();
    expect(ascending.length).toBe(3);
    expect(ascending.findIndex((text) => text.includes('SO_GDDT'))).toBeLessThan(ascending.findIndex((text) => text.includes('SO_VHTTDL')));
    expect(await page.locator('th[aria-sort="ascending"] a[data-sort="agency"]').count()).toBe(1);
    await Promise.all([page.waitForURL((url) => url.searchParams.get('dir') === 'desc'), page.locator('th a[data-sort="agency"]').click()]);
    const descending = await agencies();
    expect(descending.findIndex((text) => text.includes('SO_VHTTDL'))).toBeLessThan(descending.findIndex((text) => text.includes('SO_GDDT')));

    // The headline figures: one overdue of three counted; the oldest three days past due.
    expect(await page.locator('#figure-overdue-share .value').textContent()).toBe('33,3 %');
    expect(await page.locator('#figure-oldest-overdue .value').textContent()).toMatch(/^\d+ ngày$/);
    expect(await page.locator('#figure-on-time-rate .label').textContent()).toBe('Tỷ lệ đúng hạn kỳ gần nhất');

    // The three charts, drawn on the server as SVG images with their titles.
    const titles = { 'chart-agencies': 'Việc quá hạn và hoàn thành trễ hạn theo cơ quan', 'chart-heat': 'Mức độ đúng hạn báo cáo theo đơn vị và kỳ', 'chart-timeline': 'Các hạn của kế hoạch theo quý' };
    for (const [id, title] of Object.entries(titles)) {
      const chart = page.locator(`svg#${id}`);
      expect(await chart.getAttribute('role'), id).toBe('img');
      expect(await chart.locator(`title#${id}-title`).textContent(), id).toBe(title);
      expect(await page.getByRole('img', { name: title }).count(), id).toBe(1);
    }
    expect(await page.locator('svg#chart-heat').textContent()).toContain('Thiếu 1');
    expect(await page.locator('svg#chart-agencies').textContent()).toContain('1 / 0');
    await saveScreenshot(page, 'board');
    expect(problems).toEqual([]);
  });

  it('keeps a bad due window with its message beside the field', async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'monitor', api.passwords.monitor!);
    const response = await page.goto(`${api.base}/board?dueFrom=2026-12-31&dueTo=2026-01-01`);
    expect(response?.status()).toBe(400);
    const field = page.getByLabel('Hạn đến ngày');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent()).toContain('phải từ');
    expect(await field.inputValue()).toBe('2026-01-01');
  });

  it('refuses the board to an agency officer, on record', async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'gddt.officer', api.passwords['gddt.officer']!);
    const response = await page.goto(`${api.base}/board`);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Không có quyền truy cập');
    expect(await page.locator('table.board-table').count()).toBe(0);
    await expect.poll(() => api.bed.database.prisma.auditEvent.count({ where: { action: 'request-refused', actorUser: 'gddt.officer', subjectId: { startsWith: 'GET /board' } } })).toBe(1);
  });
});
