// `dondoc report consolidated <cycle>`: one period of a reporting cycle as the monitoring agency
// consolidates it — each unit on time, late or missing, and the indicators summed across the
// units (small counts shown as "<5"). Read live from the database; the snapshot taken when the
// period closed is in the audit log (action period-closed).
import type { Command } from 'commander';
import { displayCount } from '../../domain/reporting/consolidate';
import { ONCE } from '../../domain/reporting/period-close';
import type { TConsolidatedView } from '../../client/reports/consolidated-report';
import { operatorActor } from '../actor-options';
import { runLocalOrRemote } from '../remote/command-mode';
import { stdoutPalette, type TPalette } from '../format/colour';
import { toJson } from '../../client/to-json';
import { renderTable } from '../format/table';
import { localInstant } from '../../domain/calendar/local-instant-text';

export function registerReportConsolidatedCommand(report: Command): void {
  report
    .command('consolidated')
    .description(
      "One period of a reporting cycle, consolidated: each reporting unit on time, late or missing, and the indicators summed across the units (counts under 5 shown as <5). " +
        'Read live; the period closes (and the consolidating agency is told) the plan\'s grace after the due day.',
    )
    .argument('<cycle>', 'a reporting cycle id, e.g. ANNUAL_CHILDREN_REPORT, or a review id, e.g. PRELIMINARY_REVIEW_2027 (the plan file lists them)')
    .option('--period <period>', 'the period of a cycle: a year (2026), or for several a year 2026-H1, 2026-Q3, 2026-M05; default: the period in progress, the first not yet closed (a review has none)')
    .option('--plan <id>', 'the plan id; needed only when several plans are loaded')
    .option('--json', 'print the consolidated period as JSON (exact counts: for the monitoring agency’s own use)')
    .action(async (cycle: string, options: { period?: string; plan?: string; json?: boolean }, command: Command) => {
      const input = { cycle, period: options.period, planId: options.plan };
      const view = await runLocalOrRemote(command, {
        local: async (context) => {
          const { consolidatedReport } = await import('../../client/reports/consolidated-report');
          return consolidatedReport(context, operatorActor(), input);
        },
        remote: (api) => api.consolidatedReport(input),
      });
      console.log(options.json ? toJson(view) : formatConsolidatedView(view, stdoutPalette()));
    });
}

const timelinessText = { on_time: 'on time', late: 'late', missing: 'missing' } as const;

export function formatConsolidatedView(view: TConsolidatedView, palette: TPalette): string {
  const colours = { on_time: 'green', late: 'orange', missing: 'red' } as const;
  const closed = view.closedAt
    ? `closed ${localInstant(new Date(view.closedAt))}`
    : `closes ${localInstant(new Date(view.close.closesAt))} (grace ends ${localInstant(new Date(view.close.graceEndsAt))})`;
  const lines = [
    `${view.cycle}${view.period === ONCE ? '' : ` ${view.period}`} of ${view.planId}: due ${localInstant(new Date(view.dueAt))}, ${closed}.`,
    `${view.onTime} on time, ${view.late} late, ${view.missing} missing of ${view.units.length} units.`,
    '',
    renderTable(
      [{ header: 'unit' }, { header: 'report' }, { header: 'submitted' }],
      view.units.map((unit) => [unit.agency, palette.paint(timelinessText[unit.timeliness], colours[unit.timeliness]), unit.submittedAt ? localInstant(new Date(unit.submittedAt)) : '—']),
    ),
  ];
  if (view.indicators.length) {
    const rows = view.indicators.map((indicator) => {
      const shown = displayCount(indicator.count);
      return [
        indicator.code,
        shown,
        indicator.total === null ? '—' : displayCount(indicator.total),
        // A percentage beside a suppressed count would give it away.
        indicator.percent === null || shown !== String(indicator.count) ? '—' : `${indicator.percent}`,
        String(indicator.reportingUnits),
      ];
    });
    const columns = [{ header: 'indicator' }, { header: 'count', align: 'right' as const }, { header: 'of', align: 'right' as const }, { header: '%', align: 'right' as const }, { header: 'units', align: 'right' as const }];
    lines.push('', renderTable(columns, rows), '', 'Counts under 5 are shown as <5 (they could point at a child).');
    // Each sum covers the level that supplies the figure: say whose figures it lacks and what does not add up.
    for (const indicator of view.indicators) {
      const notes = [...(indicator.missingUnits.length ? [`not in the sum: ${indicator.missingUnits.join(', ')}`] : []), ...indicator.problems];
      if (notes.length) lines.push(`${indicator.code}: ${notes.join('; ')}.`);
    }
  }
  if (view.obstacles?.length) {
    lines.push('', `Obstacles (vướng mắc) reported (${view.obstacles.length}):`);
    for (const obstacle of view.obstacles) {
      const answer = obstacle.decision ? `Quyết định (${obstacle.outcome}): ${obstacle.decision}` : obstacle.answer ? `Trả lời: ${obstacle.answer}` : obstacle.forwardOpinion ? `Chuyển UBND tỉnh: ${obstacle.forwardOpinion}` : 'chưa trả lời';
      lines.push(`- ${obstacle.reportingAgency}${obstacle.taskRef ? ` (${obstacle.taskRef})` : ''}, ${obstacle.phase}: ${obstacle.text} Đề xuất: ${obstacle.proposal} — ${answer}`);
    }
  }
  lines.push('', 'The snapshot taken at the close is in the audit log (action period-closed).');
  return lines.join('\n');
}
