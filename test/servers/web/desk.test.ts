// The agency desk in a real browser: an officer sees what the agency owes, submits a result with
// one figure wrong (the message stands beside it and nothing typed is lost), is refused a text
// file renamed .pdf and a file over the limit, attaches a real PDF, and gets a receipt with its
// SHA-256; the workflow has the result, the database the file, the audit chain its digest. The
// download is for those who may read the assignment; another agency's form is refused on record.
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfTokenFor } from '../../../web/csrf';
import { collectPageProblems, launchBrowser, newPage, saveScreenshot, signIn } from '../../helpers/browser';
import { minimalPdf } from '../../helpers/minimal-pdf';
import { idPath, startApiTestbed, type ApiTestbed } from '../api/api-testbed';

let api: ApiTestbed;
let browser: Browser;

beforeAll(async () => {
  api = await startApiTestbed('web-desk');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const deskPath = (id: string, form: string) => `/desk/assignments/${encodeURIComponent(id)}/${form}`;

/** Submits the page's form and answers the status of the page it led to. */
async function submit(page: Page, button: string): Promise<number> {
  const [response] = await Promise.all([page.waitForResponse((answer) => answer.request().method() === 'POST'), page.getByRole('button', { name: button }).click()]);
  await page.waitForLoadState();
  return response.status();
}

describe('the agency desk', () => {
  it('takes a result with its signed PDF after the officer fixes a wrong figure, and gives a receipt with its SHA-256', async () => {
    const page = await newPage(browser);
    const problems = collectPageProblems(page);
    await signIn(page, api.base, 'gddt.officer', api.passwords['gddt.officer']!);
    expect(new URL(page.url()).pathname).toBe('/desk');

    // The desk: the education assignment, with its status word, due day and the plan's text; not the culture one.
    const row = page.locator(`tr[data-assignment-id="${api.education.assignmentId}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await page.locator(`tr[data-assignment-id="${api.culture.assignmentId}"]`).count()).toBe(0);
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('ANNUAL_CHILDREN_REPORT');
    expect(rowText).toMatch(/Trong hạn|Sắp đến hạn|Chưa đến hạn/);
    expect(rowText).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(rowText).toContain('ngày làm việc');
    await saveScreenshot(page, 'desk');

    await row.getByRole('link', { name: 'Gửi kết quả' }).click();
    expect(new URL(page.url()).pathname).toBe(deskPath(api.education.assignmentId, 'result'));
    expect(await page.locator('main form').first().getAttribute('enctype')).toBe('multipart/form-data');

    // One indicator with a whole: its count larger than the whole; another indicator right.
    const totals = await page.locator('input[name^="total."]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name')!.slice('total.'.length)));
    const counts = await page.locator('input[name^="count."]').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('name')!.slice('count.'.length)));
    expect(totals.length).toBeGreaterThan(0);
    const shared = totals[0]!;
    const other = counts.find((code) => !totals.includes(code)) ?? counts.find((code) => code !== shared)!;
    await page.locator(`input[name="count.${shared}"]`).fill('12');
    await page.locator(`input[name="total.${shared}"]`).fill('10');
    await page.locator(`input[name="count.${other}"]`).fill('1.234');
    if (totals.includes(other)) await page.locator(`input[name="total.${other}"]`).fill('2.000');
    const narrative = 'Năm 2024, Sở Giáo dục và Đào tạo đã triển khai đầy đủ các nhiệm vụ được giao.';
    await page.getByLabel('Nội dung kết quả').fill(narrative);
    expect(await submit(page, 'Gửi kết quả')).toBe(400);

    const countInput = page.locator(`input[name="count.${shared}"]`);
    expect(await countInput.getAttribute('aria-invalid')).toBe('true');
    const messageId = (await countInput.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${messageId}"]`).textContent()).toContain('lớn hơn tổng số');
    expect(await countInput.inputValue()).toBe('12');
    expect(await page.locator(`input[name="total.${shared}"]`).inputValue()).toBe('10');
    expect(await page.locator(`input[name="count.${other}"]`).inputValue()).toBe('1.234');
    expect(await page.getByLabel('Nội dung kết quả').inputValue()).toBe(narrative);
    expect(await page.locator(`input[name="count.${other}"]`).getAttribute('aria-invalid')).toBeNull();

    // Fixed, but the "PDF" is a text file renamed: refused beside the file field, nothing kept.
    await countInput.fill('7');
    await page.locator('input[type="file"]').setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Đây không phải là PDF, chỉ là văn bản.\n') });
    expect(await submit(page, 'Gửi kết quả')).toBe(400);
    const fileInput = page.locator('input[type="file"]');
    expect(await fileInput.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#field-attachment-error').textContent()).toContain('bao-cao.pdf');
    expect(await page.locator('#field-attachment-error').textContent()).toContain('theo nội dung');
    expect(await countInput.inputValue()).toBe('7');
    expect(await page.getByLabel('Nội dung kết quả').inputValue()).toBe(narrative);

    // A file over the limit: refused the same way.
    await fileInput.setInputFiles({ name: 'qua-lon.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([minimalPdf(), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]) });
    expect(await submit(page, 'Gửi kết quả')).toBe(400);
    expect(await page.locator('#field-attachment-error').textContent()).toContain('10 MB');
    expect(await api.bed.database.prisma.attachment.count()).toBe(0);

    // The real PDF: received; the receipt shows the figures and the file's SHA-256.
    const pdf = minimalPdf();
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await fileInput.setInputFiles({ name: 'Báo cáo trẻ em 2024.pdf', mimeType: 'application/pdf', buffer: pdf });
    const finalStatus = await submit(page, 'Gửi kết quả');
    expect(finalStatus).toBe(303);
    expect(new URL(page.url()).pathname).toBe(deskPath(api.education.assignmentId, 'receipt'));
    const receipt = page.locator('.receipt');
    expect(await receipt.textContent()).toContain(sha256);
    expect(await receipt.textContent()).toContain('Báo cáo trẻ em 2024.pdf');
    expect(await receipt.textContent()).toContain('1.234');
    expect(await receipt.textContent()).toContain(narrative);
    expect(await receipt.locator('[data-received-at]').textContent()).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    await saveScreenshot(page, 'desk-receipt');
    await page.reload();
    expect(await page.locator('.receipt').textContent()).toContain(sha256);

    // The workflow has the result; the database the file; the audit chain its digest.
    const status = await api.call('GET', idPath(api.education), { as: 'gddt.officer' });
    expect(status.json.phase).toBe('submitted');
    const stored = await api.bed.database.prisma.attachment.findMany({ where: { assignmentId: api.education.assignmentId } });
    expect(stored.map((each) => [each.sha256, each.fileName, each.mediaType, each.sizeBytes, each.uploadedBy, each.agency])).toEqual([[sha256, 'Báo cáo trẻ em 2024.pdf', 'application/pdf', pdf.byteLength, 'gddt.officer', 'SO_GDDT']]);
    const events = await api.bed.database.prisma.auditEvent.findMany({ where: { subjectType: 'assignment', subjectId: api.education.assignmentId, action: 'attachment-added' } });
    expect(events.map((event) => (event.payload as { sha256: string }).sha256)).toEqual([sha256]);

    // The download: the same bytes for the officer; another agency's officer is refused.
    const href = (await receipt.getByRole('link', { name: 'Tải về' }).getAttribute('href'))!;
    const download = await page.request.get(`${api.base}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(Buffer.compare(await download.body(), pdf)).toBe(0);
    const stranger = await newPage(browser);
    await signIn(stranger, api.base, 'vhttdl.officer', api.passwords['vhttdl.officer']!);
    expect((await stranger.request.get(`${api.base}${href}`)).status()).toBe(403);
    await stranger.context().close();
    expect(problems).toEqual([]);
  });

  it("refuses an officer who edits the address to another agency's form, and records the refusal", async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'gddt.officer', api.passwords['gddt.officer']!);
    const answer = await page.goto(`${api.base}${deskPath(api.culture.assignmentId, 'result')}`);
    expect(answer?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toContain('Không có quyền');
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    const refusals = await api.bed.database.prisma.auditEvent.findMany({ where: { actorUser: 'gddt.officer', action: 'request-refused' } });
    expect(refusals.some((event) => JSON.stringify(event.payload).includes(api.culture.assignmentId))).toBe(true);

    // The form sent anyway (with the session's own form token): refused as the API refuses it, in the assignment's history, file not kept.
    const session = (await page.context().cookies()).find((cookie) => cookie.name === 'dondoc_session')!;
    const sent = await page.request.post(`${api.base}${deskPath(api.culture.assignmentId, 'result')}`, {
      multipart: { _csrf: csrfTokenFor(session.value), narrative: 'Báo cáo', attachment: { name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: minimalPdf() } },
      maxRedirects: 0,
    });
    expect(sent.status()).toBe(403);
    const recorded = await api.bed.database.prisma.auditEvent.findMany({ where: { subjectType: 'assignment', subjectId: api.culture.assignmentId, action: 'update-refused', actorUser: 'gddt.officer' } });
    expect(recorded.map((event) => (event.payload as { update: string; refusedBy: string; input: { attachment: string } })).map(({ update, refusedBy, input }) => [update, refusedBy, input.attachment])).toEqual([['submitResult', 'server', 'bao-cao.pdf']]);
    expect(await api.bed.database.prisma.attachment.count({ where: { assignmentId: api.culture.assignmentId } })).toBe(0);
  });

  it('offers the extension form and takes a request; says when no explanation is awaited', async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'vhttdl.officer', api.passwords['vhttdl.officer']!);
    await page.goto(`${api.base}${deskPath(api.culture.assignmentId, 'extension')}`);
    await page.getByLabel('Lý do').fill('');
    const later = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Hạn mới đề nghị').fill(later);
    expect(await submit(page, 'Xin gia hạn')).toBe(400);
    expect(await page.getByLabel('Lý do').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Hạn mới đề nghị').inputValue()).toBe(later);
    await page.getByLabel('Lý do').fill('Chờ số liệu của các huyện.');
    expect(await submit(page, 'Xin gia hạn')).toBe(303);
    expect(await page.getByRole('status').last().textContent()).toContain(later.split('-').reverse().join('/'));
    const status = await api.call('GET', idPath(api.culture), { as: 'vhttdl.officer' });
    expect(status.json.pendingExtension).toMatchObject({ newDueDay: later, reason: 'Chờ số liệu của các huyện.' });

    await page.goto(`${api.base}${deskPath(api.culture.assignmentId, 'explanation')}`);
    expect(await page.locator('textarea').count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toContain('Không có yêu cầu giải trình');
  });
});
