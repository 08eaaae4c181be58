// The administration page in a real browser: an administrator adds a user with a wrong login
// (the message beside the field, what was typed kept), fixes it, sees the one-time password once
// (a reload does not show it again), the new user signs in with it; a token is created (shown
// once, it works) and revoked (it stops working); an officer who opens /admin is refused.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageProblems, launchBrowser, newPage, saveScreenshot, signIn } from '../../helpers/browser';
import { startApiTestbed, type ApiTestbed } from '../api/api-testbed';

let api: ApiTestbed;
let browser: Browser;

beforeAll(async () => {
  api = await startApiTestbed('web-admin');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('the administration page', () => {
  it('adds a user after a wrong login, shows the one-time password once, and the user signs in with it', async () => {
    const page = await newPage(browser);
    const problems = collectPageProblems(page);
    await signIn(page, api.base, 'admin.only', api.passwords['admin.only']!);
    expect(new URL(page.url()).pathname).toBe('/admin');
    expect(await page.locator('tr[data-login="gddt.officer"]').textContent()).toContain('SO_GDDT');

    const form = page.locator('#add-user');
    await form.getByLabel('Tên đăng nhập').fill('Nguyễn Văn B!');
    await form.getByLabel('Họ và tên').fill('Nguyễn Văn B');
    await form.getByLabel('Cơ quan (mã)').fill('SO_GDDT');
    await form.getByLabel('Cán bộ cơ quan').check();
    const [refused] = await Promise.all([page.waitForResponse((response) => response.url().endsWith('/admin/users')), form.getByRole('button', { name: 'Thêm' }).click()]);
    expect(refused.status()).toBe(400);
    const login = page.locator('#add-user').getByLabel('Tên đăng nhập');
    expect(await login.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await login.getAttribute('aria-describedby')}`).textContent()).toContain('Tên đăng nhập chỉ gồm chữ thường không dấu');
    // Nothing typed is lost.
    expect(await login.inputValue()).toBe('Nguyễn Văn B!');
    expect(await page.locator('#add-user').getByLabel('Họ và tên').inputValue()).toBe('Nguyễn Văn B');
    expect(await page.locator('#add-user').getByLabel('Cơ quan (mã)').inputValue()).toBe('SO_GDDT');
    expect(await page.locator('#add-user').getByLabel('Cán bộ cơ quan').isChecked()).toBe(true);
    await saveScreenshot(page, 'admin');

    await login.fill('nguyen.van.b');
    await Promise.all([page.waitForURL((url) => url.pathname === '/admin'), page.locator('#add-user').getByRole('button', { name: 'Thêm' }).click()]);
    const secret = page.locator('[data-one-time-secret]');
    expect(await page.getByRole('status').textContent()).toContain('nguyen.van.b');
    const password = (await secret.textContent())!;
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(await page.locator('tr[data-login="nguyen.van.b"]').textContent()).toContain('Cán bộ cơ quan');
    await page.reload();
    expect(await page.locator('[data-one-time-secret]').count()).toBe(0);
    expect(await page.content()).not.toContain(password);

    const newcomer = await newPage(browser);
    await signIn(newcomer, api.base, 'nguyen.van.b', password);
    expect(await newcomer.locator('header .who').textContent()).toContain('Nguyễn Văn B');
    await newcomer.context().close();
    await page.reload();
    expect(await page.locator('tr[data-login="nguyen.van.b"]').textContent()).not.toContain('Chưa đăng nhập');
    expect(await page.locator('tr[data-login="auditor"]').textContent()).toContain('Chưa đăng nhập');
    expect(problems).toEqual([]);
  });

  it('creates a token shown once, and revokes it', async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'admin.only', api.passwords['admin.only']!);
    const form = page.locator('#create-token');
    await form.getByLabel('Người dùng').selectOption('vhttdl.officer');
    await form.getByLabel('Tên khóa').fill('xuất số liệu hằng đêm');
    await form.getByLabel('Số ngày hiệu lực').fill('400');
    await form.getByRole('button', { name: 'Tạo' }).click();
    expect(await page.locator('#token-days').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#token-days-error').textContent()).toContain('từ 1 đến 365');
    expect(await page.locator('#token-name').inputValue()).toBe('xuất số liệu hằng đêm');

    await page.locator('#token-days').fill('30');
    await Promise.all([page.waitForURL((url) => url.pathname === '/admin'), page.locator('#create-token').getByRole('button', { name: 'Tạo' }).click()]);
    const token = (await page.locator('[data-one-time-secret]').textContent())!;
    expect(token).toMatch(/^ddk_/);
    const me = await fetch(`${api.base}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    const prefix = token.slice(0, 12);
    const row = page.locator(`tr[data-prefix="${prefix}"]`);
    expect(await row.textContent()).toContain('xuất số liệu hằng đêm');

    await Promise.all([page.waitForURL((url) => url.pathname === '/admin'), row.getByRole('button', { name: `Thu hồi ${prefix}` }).click()]);
    expect(await page.locator(`tr[data-prefix="${prefix}"]`).textContent()).toContain('Đã thu hồi');
    expect((await fetch(`${api.base}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('refuses an officer, on record', async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'gddt.officer', api.passwords['gddt.officer']!);
    const answer = await page.goto(`${api.base}/admin`);
    expect(answer?.status()).toBe(403);
    expect(await page.locator('[data-error-code="forbidden"]').count()).toBe(1);
    expect(await page.locator('#add-user').count()).toBe(0);
    const refusal = await api.bed.database.prisma.auditEvent.findFirst({ where: { action: 'request-refused', actorUser: 'gddt.officer', subjectId: 'GET /admin' } });
    expect(refusal).not.toBeNull();
  });
});
