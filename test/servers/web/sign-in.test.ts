// The pages' frame in a real browser: a visitor is sent to the sign-in page and back to where
// they were going after it, a wrong password says so without saying which part was wrong, each
// role lands on its own first page with only its own pages in the top bar, the language switch
// works, a form without the session's token is refused, and signing out ends the session.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageProblems, launchBrowser, newPage, signIn } from '../../helpers/browser';
import { startApiTestbed, type ApiTestbed } from '../api/api-testbed';

let api: ApiTestbed;
let browser: Browser;

beforeAll(async () => {
  api = await startApiTestbed('web-sign-in');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('signing in to the pages', () => {
  it('sends a visitor to the sign-in page, refuses a wrong password, and lands the user where they were going', async () => {
    const page = await newPage(browser);
    const problems = collectPageProblems(page);
    await page.goto(`${api.base}/desk`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/desk');

    await page.getByLabel('Tên đăng nhập').fill('gddt.officer');
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('không đúng');
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('gddt.officer');

    await page.getByLabel('Mật khẩu').fill(api.passwords['gddt.officer']!);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'dondoc_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(problems).toEqual([]);
  });

  it('shows each role only its own pages, and switches to English and back', async () => {
    const expected: Record<string, string[]> = { monitor: ['/board', '/reports', '/obstacles', '/audit'], 'gddt.officer': ['/desk', '/obstacles'], auditor: ['/reports', '/obstacles', '/audit'], 'admin.only': ['/admin'] };
    for (const [login, paths] of Object.entries(expected)) {
      const page = await newPage(browser);
      await signIn(page, api.base, login, api.passwords[login]!);
      expect(new URL(page.url()).pathname, login).toBe(paths[0]);
      const nav = await page.locator('header nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(nav, login).toEqual(paths);
      await page.context().close();
    }
    const page = await newPage(browser);
    await signIn(page, api.base, 'monitor', api.passwords.monitor!);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    await page.goto(`${api.base}/board`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('serves pages under a content security policy that allows no inline script', async () => {
    const answer = await fetch(`${api.base}/sign-in`);
    const policy = answer.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toContain('unsafe-inline\'; script');
    expect(await answer.text()).not.toMatch(/<script/i);
  });

  it('refuses a form sent with the session cookie but without its token, and signs out', async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'monitor', api.passwords.monitor!);
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'dondoc_session')!;
    const forged = await fetch(`${api.base}/sign-out`, { method: 'POST', headers: { cookie: `dondoc_session=${cookie.value}`, 'content-type': 'application/x-www-form-urlencoded' }, body: '_csrf=forged', redirect: 'manual' });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('Không có quyền');
    // The session still works after the forged form.
    expect((await fetch(`${api.base}/api/me`, { headers: { cookie: `dondoc_session=${cookie.value}` } })).status).toBe(200);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect((await fetch(`${api.base}/api/me`, { headers: { cookie: `dondoc_session=${cookie.value}` } })).status).toBe(401);
  });
});
