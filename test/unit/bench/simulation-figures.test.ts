import { describe, expect, it } from 'vitest';
import { simulationBenchLine, type TSimulationRunFigures } from '../../../bench/simulation-figures';
import { historyFigures } from '../../../domain/simulation';

const history = historyFigures(
  [{ workflowId: 'w', runs: [{ workflowId: 'w', runId: 'r', events: 300, bytes: 90_000, timersFired: 6 }], startedAt: '2024-01-01T00:00:00Z', closedAt: '2026-01-01T00:00:00Z' }],
  new Date('2026-01-01T00:00:00Z'),
);
const run = (name: string, seconds: number): TSimulationRunFigures => ({
  name,
  seconds,
  timing: { startMs: 1_000, workflowStartsMs: 500, clockMs: seconds * 800, actionsMs: 100, steps: 1_600, measureMs: 200 },
  notices: 1_000,
  slotNoticesPerAssignmentYear: 5,
  peakSlotShare: 0.3,
  openShare: 0.8,
  timersPerSecond: 6 / seconds,
  history,
});
const baseline = { timersFired: 6, timerSeconds: 0.1, timersPerSecond: 60, steps: 1_600, stepSeconds: 5 };

describe('the simulation bench line', () => {
  it('is met when both runs finish within 120 s and the histories stay small', () => {
    const line = simulationBenchLine({ runs: [run('on time', 90), run('late cast', 119)], baseline, loadAverage: 2 });
    expect(line).toMatchObject({ bench: 'simulation', met: true, figures: { history_met: 1, simulation_met: 1, on_time_wall_s: 90, late_wall_s: 119 } });
    expect(line.figures.on_time_events_per_assignment_year).toBeCloseTo(150, 0);
    expect(line.figures.late_timer_ratio).toBeCloseTo(6 / 119 / 60, 4);
    expect(Object.values(line.figures).every((value) => typeof value === 'number')).toBe(true);
  });

  it('says which goal was missed', () => {
    const line = simulationBenchLine({ runs: [run('on time', 90), run('late cast', 290)], baseline, loadAverage: 2 });
    expect(line).toMatchObject({ met: false, figures: { history_met: 1, simulation_met: 0 } });
  });

  it('judges only the largest run on a short span, where the start weighs on every assignment-year', () => {
    const heavy = { ...run('on time', 40), history: { ...history, eventsPerAssignmentYear: 350 } };
    expect(simulationBenchLine({ runs: [heavy, heavy], baseline, loadAverage: 2 }).figures.history_met).toBe(0);
    expect(simulationBenchLine({ runs: [heavy, heavy], baseline, loadAverage: 2, shortSpan: true })).toMatchObject({ met: true, figures: { history_met: 1 } });
  });
});
