// The consolidated report pages (monitor, leadership, auditor): the list of cycles and periods,
// one period's page, and its downloads as CSV, an Excel workbook and a Word draft in the format
// of Decree 30/2020/NĐ-CP. The same use-case and rules as GET /api/reports/{cycle}.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../api/routes/actor';
import type { TAppContext } from '../../client/app-context';
import { AppError } from '../../client/errors';
import type { TUserRole } from '../../client/identity/identity';
import { buildReportCsv } from '../../client/reports/report-csv';
import { buildReportDocx } from '../../client/reports/report-docx';
import { consolidatedReportModel, type TReportModel } from '../../client/reports/report-model';
import { listReportablePeriods } from '../../client/reports/report-periods';
import { reportFileStem } from '../../client/reports/report-text';
import { buildReportXlsx } from '../../client/reports/report-xlsx';
import { words } from '../i18n';
import { openPage, sendPage } from '../page-context';
import { renderReport, renderReportList, reportWords } from '../reports/report-pages';

const READERS: TUserRole[] = ['monitor', 'leadership', 'auditor'];
const WHAT = 'the consolidated reports';

const ZCycleParams = z.object({ cycle: z.string().regex(/^[A-Z0-9_]+$/, { error: 'expected a cycle or review id in capitals, e.g. ANNUAL_CHILDREN_REPORT' }) });
const ZReportQuery = z.object({
  period: z.string().regex(/^\d{4}(-(H[12]|Q[1-4]|M\d{2}))?$|^once$/, { error: 'expected a period such as 2026, 2026-H1 or once' }).optional(),
  plan: z.string().min(1).max(200).optional(),
});

const DOWNLOADS = {
  csv: { type: 'text/csv; charset=utf-8', build: async (model: TReportModel) => buildReportCsv(model) },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', build: buildReportXlsx },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', build: buildReportDocx },
} as const;

/** The cycle and the query, or a "bad input" page that says which part is wrong. */
function reportInput(request: FastifyRequest) {
  const params = ZCycleParams.safeParse(request.params);
  const query = ZReportQuery.safeParse(request.query);
  if (!params.success || !query.success) {
    const issues = [...(params.error?.issues ?? []), ...(query.error?.issues ?? [])];
    throw new AppError(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '), 'bad_input');
  }
  return { cycle: params.data.cycle, period: query.data.period, planId: query.data.plan };
}

export function registerReportPages(app: FastifyInstance, context: TAppContext): void {
  app.get('/reports', async (request, reply) => {
    const page = openPage(request, reply, READERS, WHAT);
    const plans = await listReportablePeriods(context, actorOf(page.identity));
    return sendPage(reply, page, words(page.lang, reportWords).listTitle, renderReportList(plans, page.lang));
  });

  app.get('/reports/:cycle', async (request, reply) => {
    const page = openPage(request, reply, READERS, WHAT);
    const actor = actorOf(page.identity);
    const model = await consolidatedReportModel(context, actor, reportInput(request));
    const periods = (await listReportablePeriods(context, actor)).find((plan) => plan.planId === model.planId)?.cycles.find((cycle) => cycle.id === model.cycle)?.periods ?? [];
    const title = `${page.lang === 'en' ? model.cycleNameEn : model.cycleNameVi} — ${model.period}`;
    return sendPage(reply, page, title, renderReport(model, periods.map((each) => each.period), page.lang));
  });

  for (const format of ['csv', 'xlsx', 'docx'] as const) {
    app.get(`/reports/:cycle/export.${format}`, async (request: FastifyRequest, reply: FastifyReply) => {
      const page = openPage(request, reply, READERS, WHAT);
      const model = await consolidatedReportModel(context, actorOf(page.identity), reportInput(request));
      const bytes = await DOWNLOADS[format].build(model);
      return reply
        .type(DOWNLOADS[format].type)
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${reportFileStem(model)}.${format}"`)
        .send(Buffer.from(bytes));
    });
  }
}
