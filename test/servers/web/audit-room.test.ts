// The auditors' room in a real browser: an auditor searches across assignments, opens a
// timeline, downloads it as CSV (and JSON) and reads its rows, sees the audit chain's
// verification and when it ran, and finds a refused action and a failed sign-in listed, with no
// form that changes anything.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageProblems, launchBrowser, newPage, saveScreenshot, signIn } from '../../helpers/browser';
import { idPath, startApiTestbed, type ApiTestbed } from '../api/api-testbed';

let api: ApiTestbed;
let browser: Browser;

beforeAll(async () => {
  api = await startApiTestbed('web-audit-room');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe("the auditors' room", () => {
  it('finds an assignment, exports its timeline, and lists the chain verification, refusals and failed sign-ins', async () => {
    const culture = api.culture;
    // An officer tries to submit for another agency (refused, on record), and someone mistypes a password.
    const report = { narrative: 'Thử.', indicators: culture.requiredIndicators.map((indicator) => ({ code: indicator.code, count: 1, ...(indicator.needsTotal ? { total: 2 } : {}) })) };
    expect((await api.call('POST', `${idPath(culture)}/result`, { as: 'gddt.officer', body: report })).status).toBe(403);
    const wrong = await fetch(`${api.base}/sign-in`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'login=vhttdl.officer&password=not-the-password', redirect: 'manual' });
    expect(wrong.status).toBe(401);

    const page = await newPage(browser);
    const problems = collectPageProblems(page);
    await signIn(page, api.base, 'auditor', api.passwords.auditor!);
    await page.getByRole('link', { name: 'Phòng kiểm tra' }).click();
    await page.waitForURL((url) => url.pathname === '/audit');

    // The verification ran when the room was opened, and says when.
    expect(await page.locator('.verification').getAttribute('data-ok')).toBe('true');
    expect(await page.locator('#verification ~ p time').textContent()).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    const runs = await api.bed.database.prisma.auditEvent.count({ where: { action: 'audit-chain-verified', actorUser: 'auditor' } });
    expect(runs).toBe(1);

    // Refused actions and failed sign-ins, newest first.
    expect(await page.locator('table.refusals tr[data-action="update-refused"]').count()).toBeGreaterThan(0);
    expect(await page.locator('table.refusals tr[data-action="update-refused"]').first().textContent()).toContain('gddt.officer');
    expect(await page.locator('table.refusals tr[data-action="login-failed"]').first().textContent()).toContain('vhttdl.officer');

    // Search across agencies and periods.
    await page.getByLabel('Cơ quan (mã)').fill('so_vhttdl');
    await page.getByLabel('Kỳ').fill(culture.period);
    await Promise.all([page.waitForURL((url) => url.searchParams.get('agency') === 'so_vhttdl'), page.getByRole('button', { name: 'Tìm' }).click()]);
    const results = page.locator('table.results tbody tr');
    expect(await results.count()).toBe(1);
    expect(await results.first().textContent()).toContain(culture.assignmentId);
    expect(await page.getByLabel('Cơ quan (mã)').inputValue()).toBe('so_vhttdl');
    await saveScreenshot(page, 'audit-room');
    const forms = await page.locator('form').evaluateAll((all) => all.map((form) => ({ method: (form.getAttribute('method') ?? 'get').toLowerCase(), action: form.getAttribute('action') })));
    expect(forms.filter((form) => form.method !== 'get' && form.action !== '/sign-out')).toEqual([]);

    // The full timeline, its raw history in the Temporal Web UI, and its exports.
    await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/audit/assignments/')), results.first().getByRole('link', { name: 'Dòng thời gian' }).click()]);
    expect(await page.locator('table.timeline tr[data-kind="refused"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Lịch sử gốc trong Temporal Web UI' }).getAttribute('href')).toBe(`http://127.0.0.1:8233/namespaces/default/workflows/${encodeURIComponent(culture.assignmentId)}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-.*\.csv$/);
    const rows = (await readFile((await download.path())!, 'utf8')).split('\r\n');
    expect(rows[0]).toBe('at,source,kind,action,actor_agency,actor_user,actor_role,summary,details,ref');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.find((row) => row.includes(',refused,update-refused,'))).toContain('SO_GDDT,gddt.officer');
    expect(rows.every((row, index) => index === 0 || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+07:00,/.test(row) || !/^\d{4}-/.test(row))).toBe(true);

    const cookie = (await page.context().cookies()).map((each) => `${each.name}=${each.value}`).join('; ');
    const json = await fetch(`${api.base}/audit/assignments/${encodeURIComponent(culture.assignmentId)}/export.json`, { headers: { cookie } });
    expect(json.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-.*\.json"$/);
    const exported = (await json.json()) as { assignmentId: string; timeline: { kind: string }[] };
    expect(exported.assignmentId).toBe(culture.assignmentId);
    expect(exported.timeline.some((entry) => entry.kind === 'refused')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('keeps the room from officers and their exports from other agencies', async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'gddt.officer', api.passwords['gddt.officer']!);
    expect((await page.goto(`${api.base}/audit`))?.status()).toBe(403);
    expect((await page.goto(`${api.base}/audit/assignments/${encodeURIComponent(api.culture.assignmentId)}/export.csv`))?.status()).toBe(403);
  });
});
