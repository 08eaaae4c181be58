// The assignment page in a real browser: a monitor reviews a submitted result and returns it with
// a note and a new due day through the page's form (a missing note is shown beside its field
// first), and the page then shows the new due day in the deadline history and the work open
// again; an auditor sees the same timeline and no form that changes anything; an officer who
// edits the URL to another agency's assignment gets the refusal page, and the refusal is on
// record; and the mail dondoc sent links to this page.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOutbox, readOutboxMessage } from '../../../data/outbox';
import { collectPageProblems, launchBrowser, newPage, saveScreenshot, signIn } from '../../helpers/browser';
import { waitUntil } from '../../helpers/assignment-fixtures';
import { VIETNAM_CALENDAR } from '../../../domain/calendar/build-calendar';
import { workingDayOnOrAfter } from '../../../domain/calendar/working-days';
import { idPath, startApiTestbed, type ApiTestbed } from '../api/api-testbed';

let api: ApiTestbed;
let browser: Browser;

beforeAll(async () => {
  api = await startApiTestbed('web-assignment');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const pagePath = (id: string) => `/assignments/${encodeURIComponent(id)}`;

/**
 * The first working day at least `days` from now (Vietnam time), as the date field takes it and
 * as the page writes it: the workflow moves a due day off a weekend or holiday, so the test asks
 * for one that stays.
 */
function dayFromNow(days: number): { iso: string; shown: string } {
  const iso = workingDayOnOrAfter(new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10), VIETNAM_CALENDAR);
  return { iso, shown: iso.split('-').reverse().join('/') };
}

describe('the assignment page', () => {
  it('lets the monitor return a submitted result with a note and a new due day', async () => {
    const spec = api.education;
    const report = { narrative: 'Đã triển khai kế hoạch.', indicators: spec.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 1, ...(indicator.needsTotal ? { total: 2 } : {}) })) };
    const submitted = await api.call('POST', `${idPath(spec)}/result`, { as: 'gddt.officer', body: report });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
    expect(submitted.json.phase).toBe('submitted');

    const page = await newPage(browser);
    const problems = collectPageProblems(page);
    await signIn(page, api.base, 'monitor', api.passwords.monitor!);
    await page.goto(`${api.base}${pagePath(spec.assignmentId)}`);
    expect(await page.locator('h1').textContent()).toContain(spec.taskRef);
    expect(await page.locator('.facts .badge[data-status]').count()).toBe(1);
    expect(await page.locator('[data-phase]').getAttribute('data-phase')).toBe('submitted');
    expect(await page.locator('table.timeline tbody tr').count()).toBeGreaterThan(2);
    expect(await page.locator('table.timeline').textContent()).toContain('submitResult');
    expect(await page.locator('table.deadlines tr[data-deadline-action="assigned"]').count()).toBe(1);
    expect(await page.locator('table.notified tbody tr').count()).toBeGreaterThan(0);
    // A monitor reviews; it neither decides an extension nobody asked for nor submits for the agency.
    expect(await page.locator('form#form-review').count()).toBe(1);
    expect(await page.locator('form#form-extension-decision').count()).toBe(0);
    expect(await page.locator('a[href^="/desk/"]').count()).toBe(0);
    await saveScreenshot(page, 'assignment');

    // Returning without a note: the message is beside the field, what was typed is kept.
    const newDue = dayFromNow(45);
    await page.getByLabel('Trả lại để bổ sung, sửa đổi').check();
    await page.getByLabel('Hạn mới (bắt buộc khi trả lại)').fill(newDue.iso);
    await page.getByRole('button', { name: 'Gửi kết quả xem xét' }).click();
    const note = page.getByLabel('Ghi chú (bắt buộc khi trả lại: nội dung cần sửa)');
    await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${(await note.getAttribute('aria-describedby'))!}`).textContent()).toContain('nội dung cần sửa');
    expect(await page.getByLabel('Hạn mới (bắt buộc khi trả lại)').inputValue()).toBe(newDue.iso);
    expect(await page.getByLabel('Trả lại để bổ sung, sửa đổi').isChecked()).toBe(true);

    await note.fill('Bổ sung số liệu của quý IV.');
    await Promise.all([page.waitForURL((url) => url.searchParams.get('done') === '1'), page.getByRole('button', { name: 'Gửi kết quả xem xét' }).click()]);
    expect(await page.getByRole('status').textContent()).toContain('Đã ghi nhận');
    expect(await page.locator('[data-phase]').getAttribute('data-phase')).toBe('open');
    // The new due day is the workflow's at once; the history's line is the audit record its
    // activity writes just after, there at the latest on a reload.
    const shownAfterReload = (rows: Locator) => expect.poll(async () => (await rows.count()) || (await page.reload(), rows.count()), { timeout: 20_000 }).toBe(1);
    const returned = page.locator('table.deadlines tr[data-deadline-action="result-returned"]');
    await shownAfterReload(returned);
    expect(await returned.textContent()).toContain(newDue.shown);
    expect(await returned.textContent()).toContain('Bổ sung số liệu của quý IV.');
    expect(await page.locator('.due-now').textContent()).toContain(newDue.shown);
    expect(await page.locator('form#form-review').count()).toBe(0);

    // The agency asks for more time; the monitor approves it on the page, and the deadline moves.
    const later = dayFromNow(60);
    const asked = await api.call('POST', `${idPath(spec)}/extension-request`, { as: 'gddt.officer', body: { newDueDay: later.iso, reason: 'Chờ số liệu của các trường.' } });
    expect(asked.status, JSON.stringify(asked.json)).toBe(200);
    await page.goto(`${api.base}${pagePath(spec.assignmentId)}`);
    expect(await page.locator('table.deadlines tr[data-deadline-action="extension-pending"]').textContent()).toContain(later.shown);
    await page.getByLabel('Chấp thuận gia hạn').check();
    await Promise.all([page.waitForURL((url) => url.searchParams.get('done') === '1'), page.getByRole('button', { name: 'Gửi quyết định' }).click()]);
    const approved = page.locator('table.deadlines tr[data-deadline-action="extension-approved"]');
    await shownAfterReload(approved);
    expect(await approved.textContent()).toContain(later.shown);
    expect(await page.locator('form#form-extension-decision').count()).toBe(0);
    expect(problems).toEqual([]);

    // The agency now sees its way back to the desk, and no monitor form.
    const officer = await newPage(browser);
    await signIn(officer, api.base, 'gddt.officer', api.passwords['gddt.officer']!);
    await officer.goto(`${api.base}${pagePath(spec.assignmentId)}`);
    expect(await officer.locator(`a[href="/desk/assignments/${encodeURIComponent(spec.assignmentId)}/result"]`).count()).toBe(1);
    expect(await officer.locator('form[method="post"]:not([action="/sign-out"])').count()).toBe(0);
  });

  it('shows an auditor the timeline and no form that changes anything', async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'auditor', api.passwords.auditor!);
    const answer = await page.goto(`${api.base}${pagePath(api.education.assignmentId)}`);
    expect(answer?.status()).toBe(200);
    expect(await page.locator('table.timeline tbody tr').count()).toBeGreaterThan(2);
    const forms = await page.locator('form').evaluateAll((all) => all.map((form) => ({ method: (form.getAttribute('method') ?? 'get').toLowerCase(), action: form.getAttribute('action') })));
    expect(forms.filter((form) => form.method !== 'get' && form.action !== '/sign-out')).toEqual([]);
    expect(await page.locator('a[href^="/desk/"]').count()).toBe(0);
    expect(await page.locator('a[href^="/audit/assignments/"]').count()).toBe(1);
    await page.goto(`${api.base}${pagePath(api.education.assignmentId)}?lang=en`);
    expect(await page.locator('#timeline').textContent()).toBe('Timeline');
    expect(await page.locator('#deadlines').textContent()).toBe('Deadline history');
  });

  it("refuses an officer who edits the URL to another agency's assignment, on record", async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'gddt.officer', api.passwords['gddt.officer']!);
    const answer = await page.goto(`${api.base}${pagePath(api.culture.assignmentId)}`);
    expect(answer?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toContain('Không có quyền');
    expect(await page.locator('[data-error-code="forbidden"]').textContent()).toContain('nhật ký kiểm tra');
    const refusals = await api.bed.database.prisma.auditEvent.findMany({ where: { action: 'request-refused', actorUser: 'gddt.officer' } });
    expect(refusals.map((event) => event.subjectId)).toContain('GET /assignments/:id');
    expect(JSON.stringify(refusals.map((event) => event.payload))).toContain(api.culture.assignmentId);
  });

  it('is the page every notice mail links to, in its text and HTML parts', async () => {
    const spec = api.education;
    const link = `http://127.0.0.1:3000${pagePath(spec.assignmentId)}`;
    const directory = api.bed.capture.directory;
    await waitUntil('a notice about the assignment in the outbox', async () => (await listOutbox({ directory, agency: 'SO_GDDT' })).length > 0);
    const [entry] = await listOutbox({ directory, agency: 'SO_GDDT' });
    const mail = (await readOutboxMessage(directory, entry!.id))!;
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);

    const page = await newPage(browser);
    await signIn(page, api.base, 'gddt.officer', api.passwords['gddt.officer']!);
    const answer = await page.goto(`${api.base}${new URL(link).pathname}`);
    expect(answer?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toContain(spec.taskRef);
  });
});
