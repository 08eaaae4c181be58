// Obstacles (vướng mắc) on the pages, in a real browser: an agency officer reports one in writing
// (a blank description is refused beside its field, the proposal kept), the monitoring department
// forwards it, the People's Committee decides it; another agency's officer who opens it by its
// address gets the refusal page, on record; an auditor reads it and finds no form.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAppActor } from '../../../client/actor';
import { addUser } from '../../../client/identity/users';
import { launchBrowser, newPage, saveScreenshot, signIn } from '../../helpers/browser';
import { startApiTestbed, type ApiTestbed } from '../api/api-testbed';

let api: ApiTestbed;
let browser: Browser;
const operator: TAppActor = { agency: null, user: 'test-operator', role: 'operator' };

beforeAll(async () => {
  api = await startApiTestbed('web-obstacles');
  for (const [login, agency, roles] of [
    ['yt.monitor', 'QNG_SO_YT', ['monitor']],
    ['ubnd.leader', 'QNG_UBND_TINH', ['leadership']],
  ] as const) {
    api.passwords[login] = (await addUser(api.context, operator, { login, displayName: login, agency, roles: [...roles] })).oneTimePassword ?? '';
  }
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('obstacles on the pages', () => {
  it('goes from the agency to the department to the People’s Committee, each on their own page', async () => {
    const officer = await newPage(browser);
    await signIn(officer, api.base, 'gddt.officer', api.passwords['gddt.officer']!);
    await officer.getByRole('link', { name: 'Vướng mắc', exact: true }).click();
    await officer.getByRole('link', { name: 'Báo cáo vướng mắc mới' }).click();
    const about = officer.getByLabel('Nội dung liên quan');
    const choice = await about.locator('option').filter({ hasText: 'ANNUAL_CHILDREN_REPORT' }).first().getAttribute('value').catch(() => null);
    const value = choice ?? (await about.locator('option', { hasText: 'Nhiệm vụ' }).first().getAttribute('value'));
    expect(value).toBe(`assignment:${api.education.assignmentId}`);
    await about.selectOption(value!);
    await officer.getByLabel('Khó khăn, vướng mắc').fill('   ');
    await officer.getByLabel('Đề xuất, kiến nghị').fill('Đề nghị lùi thời hạn sang quý III.');
    await officer.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const text = officer.getByLabel('Khó khăn, vướng mắc');
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await officer.locator('#text-error').textContent()).toContain('describe the obstacle');
    expect(await officer.getByLabel('Đề xuất, kiến nghị').inputValue()).toBe('Đề nghị lùi thời hạn sang quý III.');
    expect(await api.bed.database.prisma.obstacle.count()).toBe(0);

    await text.fill('Thiếu kinh phí tập huấn giáo viên.');
    await officer.getByLabel('Văn bản').fill('Công văn 123/SGDĐT');
    await officer.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await officer.waitForURL(/\/obstacles\/.+\?done=reported/);
    expect(await officer.getByRole('status').textContent()).toContain('Đã gửi báo cáo vướng mắc');
    expect(await officer.locator('dl.facts').textContent()).toContain('Chờ cơ quan theo dõi trả lời');
    const obstacleUrl = officer.url().split('?')[0]!;
    // The agency that reported it may not answer it: no form.
    expect(await officer.locator('main form').count()).toBe(0);

    const department = await newPage(browser);
    await signIn(department, api.base, 'yt.monitor', api.passwords['yt.monitor']!);
    await department.goto(obstacleUrl);
    expect(await department.getByRole('heading', { name: 'Trả lời vướng mắc' }).count()).toBe(1);
    await department.getByLabel('Ý kiến của cơ quan theo dõi').fill('Đề nghị UBND tỉnh cho điều chỉnh thời hạn nhiệm vụ.');
    await department.getByRole('button', { name: 'Trình Ủy ban nhân dân tỉnh' }).click();
    await department.waitForURL(/done=forwarded/);
    expect(await department.locator('dl.facts').textContent()).toContain('Đã trình Ủy ban nhân dân tỉnh');

    const committee = await newPage(browser);
    await signIn(committee, api.base, 'ubnd.leader', api.passwords['ubnd.leader']!);
    await committee.goto(obstacleUrl);
    await committee.getByLabel('Kết quả').selectOption('amend-plan');
    await committee.getByLabel('Quyết định của Ủy ban nhân dân tỉnh').fill('Giao Sở Y tế trình kế hoạch điều chỉnh.');
    await committee.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await committee.waitForURL(/done=decided/);
    expect(await committee.locator('dl.facts').textContent()).toContain('Điều chỉnh kế hoạch');
    const history = await committee.locator('table tbody').textContent();
    for (const step of ['Báo cáo vướng mắc', 'Trình Ủy ban nhân dân tỉnh', 'Quyết định']) expect(history).toContain(step);

    const auditor = await newPage(browser);
    await signIn(auditor, api.base, 'auditor', api.passwords.auditor!);
    await auditor.goto(obstacleUrl);
    expect(await auditor.locator('dl.facts').textContent()).toContain('Giao Sở Y tế trình kế hoạch điều chỉnh.');
    expect(await auditor.locator('main form[method="post"]').count()).toBe(0);
    await saveScreenshot(auditor, 'obstacle');
  });

  it('refuses another agency’s officer who opens the obstacle by its address, and records it', async () => {
    const [row] = await api.bed.database.prisma.obstacle.findMany();
    const other = await newPage(browser);
    await signIn(other, api.base, 'vhttdl.officer', api.passwords['vhttdl.officer']!);
    const answer = await other.goto(`${api.base}/obstacles/${encodeURIComponent(row!.id)}`);
    expect(answer?.status()).toBe(403);
    expect(await other.getByRole('alert').textContent()).toContain('ghi vào nhật ký kiểm tra');
    expect(await other.locator('main').textContent()).not.toContain('Thiếu kinh phí');
    expect(await other.locator('table').count()).toBe(0);
    const refusals = await api.bed.database.prisma.auditEvent.findMany({ where: { action: 'request-refused', actorUser: 'vhttdl.officer' } });
    expect(refusals.map((event) => event.subjectId)).toContain('GET /obstacles/:id');
  });
});
