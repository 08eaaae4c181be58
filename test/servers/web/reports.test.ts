// The consolidated report in a real browser: units submit their results through the API (one
// count below 5), an auditor opens the report for the period, sees the summed figures with "<5"
// and no percentage beside it, the units on time and missing, downloads the CSV and the Word
// draft and reads them, and finds no form on the page that changes anything.
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAppActor } from '../../../client/actor';
import { createToken } from '../../../client/identity/tokens';
import { addUser } from '../../../client/identity/users';
import { assignmentWorkflow } from '../../../contracts';
import type { TAssignmentSpec } from '../../../domain/assignment';
import { seedAssignmentSpec, waitUntil } from '../../helpers/assignment-fixtures';
import { collectPageProblems, launchBrowser, newPage, saveScreenshot, signIn } from '../../helpers/browser';
import { idPath, startApiTestbed, type ApiTestbed } from '../api/api-testbed';

const TASK_QUEUE = 'web-reports';
const operator: TAppActor = { agency: null, user: 'test-operator', role: 'operator' };

let api: ApiTestbed;
let browser: Browser;
/** Two districts' annual reports of 2026, whose figures the report sums (the departments do not supply them). */
const districts: Record<string, TAssignmentSpec> = {};

/** Figures of a district: count and whole of each indicator. */
const FIGURES: Record<string, Record<string, [number, number]>> = {
  HUYEN_VI_DU_A: {
    COMMUNES_IMPLEMENTING_ACTION_PROGRAMME: [3, 5],
    CHILD_FRIENDLY_COMMUNES: [2, 5],
    SPECIAL_CIRCUMSTANCES_CARED_FOR: [1200, 1250],
    SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE: [3, 40],
    UNSUPPORTED_CHILDREN_NURTURED_IN_COMMUNITY: [10, 12],
    DISABLED_CHILDREN_CERTIFIED: [50, 60],
  },
  HUYEN_VI_DU_B: {
    COMMUNES_IMPLEMENTING_ACTION_PROGRAMME: [1, 4],
    CHILD_FRIENDLY_COMMUNES: [1, 4],
    SPECIAL_CIRCUMSTANCES_CARED_FOR: [100, 110],
    SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE: [1, 30],
    UNSUPPORTED_CHILDREN_NURTURED_IN_COMMUNITY: [6, 6],
    DISABLED_CHILDREN_CERTIFIED: [20, 40],
  },
};

beforeAll(async () => {
  api = await startApiTestbed(TASK_QUEUE);
  browser = await launchBrowser();
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString();
  for (const agency of Object.keys(FIGURES)) {
    const spec = seedAssignmentSpec('ANNUAL_CHILDREN_REPORT', agency, due, { period: '2026' });
    districts[agency] = spec;
    await api.bed.env.client.workflow.start(assignmentWorkflow, { taskQueue: TASK_QUEUE, workflowId: spec.assignmentId, args: [{ spec }] });
    const login = `${agency.toLowerCase()}.officer`;
    await addUser(api.context, operator, { login, displayName: login, agency, roles: ['officer'] });
    api.tokens[login] = (await createToken(api.context, operator, { login, name: 'report test' })).token;
  }
  await waitUntil('the districts’ assignments in the read model', async () => (await api.bed.database.prisma.assignment.count({ where: { id: { in: Object.values(districts).map((spec) => spec.assignmentId) } } })) === 2);
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

describe('the consolidated report page', () => {
  it('sums the units’ figures with small counts protected, and offers the downloads to an auditor', async () => {
    for (const [agency, figures] of Object.entries(FIGURES)) {
      const indicators = Object.entries(figures).map(([code, [count, total]]) => ({ code, count, total }));
      const answer = await api.call('POST', `${idPath(districts[agency]!)}/result`, { as: `${agency.toLowerCase()}.officer`, body: { narrative: `Báo cáo năm 2026 của ${agency}.`, indicators } });
      expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    }
    // The departments report too, with a count below 5 (a figure their level does not supply: the sum leaves it out).
    for (const [login, spec] of [['gddt.officer', api.education], ['vhttdl.officer', api.culture]] as const) {
      const answer = await api.call('POST', `${idPath(spec)}/result`, { as: login, body: { narrative: 'Đã triển khai.', indicators: [{ code: 'SPECIAL_CIRCUMSTANCES_CARED_FOR', count: 3, total: 10 }] } });
      expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    }

    const page = await newPage(browser);
    const problems = collectPageProblems(page);
    await signIn(page, api.base, 'auditor', api.passwords.auditor!);
    await page.getByRole('link', { name: 'Báo cáo tổng hợp' }).click();
    await page.locator('tr[data-cycle="ANNUAL_CHILDREN_REPORT"]').getByRole('link', { name: '2026', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/reports/ANNUAL_CHILDREN_REPORT' && url.searchParams.get('period') === '2026');

    const row = (code: string) => page.locator(`tr[data-indicator="${code}"]`);
    // 1200 + 100 children cared for, of 1250 + 110: shown, with the share.
    expect(await row('SPECIAL_CIRCUMSTANCES_CARED_FOR').locator('[data-cell="shown"]').allTextContents()).toEqual(['1.300', '1.360']);
    expect(await row('SPECIAL_CIRCUMSTANCES_CARED_FOR').locator('[data-cell="percent"]').textContent()).toBe('95,6 %');
    // 3 + 1 children receiving an allowance: "<5", the whole withheld, no share.
    expect(await row('SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE').locator('[data-cell="small"]').textContent()).toBe('<5');
    expect(await row('SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE').locator('[data-cell="withheld"]').count()).toBe(1);
    expect(await row('SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE').locator('[data-cell="percent"]').textContent()).toBe('—');
    // 16 of 18 children without support: the 2 without care would follow from the whole.
    expect(await row('UNSUPPORTED_CHILDREN_NURTURED_IN_COMMUNITY').locator('[data-cell="shown"]').textContent()).toBe('16');
    expect(await row('UNSUPPORTED_CHILDREN_NURTURED_IN_COMMUNITY').locator('[data-cell="withheld"]').count()).toBe(1);
    // Communes are places, not children: 4 of 9 is published as it is.
    expect(await row('COMMUNES_IMPLEMENTING_ACTION_PROGRAMME').locator('[data-cell="shown"]').allTextContents()).toEqual(['4', '9']);
    expect(await page.locator('main').textContent()).not.toContain('<5 %');

    expect(await page.locator('tr[data-unit="HUYEN_VI_DU_A"] [data-timeliness]').textContent()).toBe('Đúng hạn');
    expect(await page.locator('tr[data-unit="HUYEN_VI_DU_B"] [data-timeliness]').textContent()).toBe('Đúng hạn');
    // The departments reported for their own period (2024): missing from 2026.
    expect(await page.locator('tr[data-unit="SO_GDDT"] [data-timeliness]').textContent()).toBe('Chưa gửi');
    expect(await page.locator('[data-figure="on_time"] .value').textContent()).toBe('2');

    // Nothing on the page changes anything: no form in the content, only sign-out in the top bar.
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.locator('form[method="post"]').evaluateAll((forms) => forms.map((form) => form.getAttribute('action')))).toEqual(['/sign-out']);
    await saveScreenshot(page, 'report');

    const cookie = await cookieHeader(page);
    const download = async (name: string) => {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const answer = await fetch(new URL(href!, api.base), { headers: { cookie } });
      expect(answer.status, name).toBe(200);
      return { type: answer.headers.get('content-type'), disposition: answer.headers.get('content-disposition'), bytes: Buffer.from(await answer.arrayBuffer()) };
    };
    const csv = await download('Tải CSV');
    expect(csv.type).toContain('text/csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.bytes.toString('utf8');
    expect(csvText).toContain('Số liệu,SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE,Trẻ em có hoàn cảnh đặc biệt hưởng trợ cấp tại cộng đồng,<5,(ẩn),—');
    expect(csvText).toContain('Đơn vị,HUYEN_VI_DU_A');

    const word = await download('Tải Word (dự thảo báo cáo)');
    expect(word.disposition).toContain('bao-cao-ANNUAL_CHILDREN_REPORT-2026.docx');
    const { value: text } = await mammoth.extractRawText({ buffer: word.bytes });
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: ……/BC-……', 'Nơi nhận:', 'BÁO CÁO', '1.300', '<5']) expect(text, expected).toContain(expected);

    const excel = await download('Tải Excel');
    expect(excel.bytes.subarray(0, 2).toString()).toBe('PK');

    // The departments' own period shows them late, with their figure left out of the sum.
    await page.getByRole('link', { name: '2024', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('period') === '2024');
    expect(await page.locator('tr[data-unit="SO_GDDT"] [data-timeliness]').textContent()).toBe('Trễ hạn');
    expect(problems).toEqual([]);
  });

  it('refuses an officer, on record', async () => {
    const page = await newPage(browser);
    await signIn(page, api.base, 'gddt.officer', api.passwords['gddt.officer']!);
    const answer = await page.goto(`${api.base}/reports/ANNUAL_CHILDREN_REPORT/export.docx?period=2026`);
    expect(answer?.status()).toBe(403);
    expect(await page.locator('[data-error-code="forbidden"]').count()).toBe(1);
    const refusal = await api.bed.database.prisma.auditEvent.findFirst({ where: { action: 'request-refused', actorUser: 'gddt.officer', subjectId: 'GET /reports/:cycle/export.docx' } });
    expect(refusal).not.toBeNull();
  });
});
