// The JSON line of bench/simulation.ts (issue 14's benchmark convention) from its measured
// figures: pure, so a unit test checks the goals and the names.
import type { THistoryFigures } from '../domain/simulation';
import type { TSimulationTiming } from '../simulation/run-simulation';
import type { TTimerBaseline } from './timer-baseline';

export interface TSimulationRunFigures {
  name: string;
  seconds: number;
  timing: TSimulationTiming;
  notices: number;
  /** Notices sent at the reminder time (reminders, due-day notices, escalations) per assignment-year. */
  slotNoticesPerAssignmentYear: number;
  /** The busiest day's notices at the reminder time ÷ the workflows: the herd at one 08:00. */
  peakSlotShare: number;
  /** Assignment-years ÷ (workflows × simulated years): how many of the workflows are open at a time. */
  openShare: number;
  timersPerSecond: number;
  history: THistoryFigures;
}

export const simulationGoals = { eventsPerAssignmentYear: 200, largestRunEvents: 1_000, wallSeconds: 120 } as const;

export interface TSimulationBenchLineOptions {
  runs: readonly [TSimulationRunFigures, TSimulationRunFigures];
  baseline: TTimerBaseline;
  loadAverage: number;
  /**
   * A short span (--quick) spreads each workflow's start (its assignment notice and records) over
   * weeks, not years: its events per assignment-year are not the figure the goal means, so only
   * the largest run is judged.
   */
  shortSpan?: boolean;
}

export function simulationBenchLine({ runs, baseline, loadAverage, shortSpan = false }: TSimulationBenchLineOptions) {
  const [onTime, late] = runs;
  const historyMet = runs.every(
    (run) => (shortSpan || run.history.eventsPerAssignmentYear <= simulationGoals.eventsPerAssignmentYear) && run.history.largestRunEvents <= simulationGoals.largestRunEvents,
  );
  const simulationMet = runs.every((run) => run.seconds < simulationGoals.wallSeconds);
  const round = (value: number, digits = 1) => Number(value.toFixed(digits));
  return {
    bench: 'simulation',
    goal: `${shortSpan ? '(short span: events per assignment-year not judged) ' : ''}history ≤ ${simulationGoals.eventsPerAssignmentYear} events per assignment-year and no run above ${simulationGoals.largestRunEvents.toLocaleString('en')} events; the seed plan to 2030 < ${simulationGoals.wallSeconds} s on time and with late agencies`,
    met: historyMet && simulationMet,
    figures: {
      history_met: historyMet ? 1 : 0,
      simulation_met: simulationMet ? 1 : 0,
      on_time_wall_s: round(onTime.seconds),
      late_wall_s: round(late.seconds),
      on_time_clock_s: round(onTime.timing.clockMs / 1000),
      late_clock_s: round(late.timing.clockMs / 1000),
      on_time_timers_per_s: round(onTime.timersPerSecond, 2),
      late_timers_per_s: round(late.timersPerSecond, 2),
      baseline_timers_per_s: round(baseline.timersPerSecond),
      on_time_timer_ratio: round(onTime.timersPerSecond / baseline.timersPerSecond, 4),
      late_timer_ratio: round(late.timersPerSecond / baseline.timersPerSecond, 4),
      baseline_steps_s: round(baseline.stepSeconds),
      on_time_events_per_assignment_year: round(onTime.history.eventsPerAssignmentYear),
      late_events_per_assignment_year: round(late.history.eventsPerAssignmentYear),
      on_time_bytes_per_assignment_year: Math.round(onTime.history.bytesPerAssignmentYear),
      late_bytes_per_assignment_year: Math.round(late.history.bytesPerAssignmentYear),
      late_timers_per_assignment_year: round(late.history.timersPerAssignmentYear, 2),
      late_slot_notices_per_assignment_year: round(late.slotNoticesPerAssignmentYear, 2),
      late_peak_slot_share: round(late.peakSlotShare, 4),
      late_open_share: round(late.openShare, 3),
      largest_run_events: Math.max(onTime.history.largestRunEvents, late.history.largestRunEvents),
      largest_run_bytes: Math.max(onTime.history.largestRunBytes, late.history.largestRunBytes),
      load_average: round(loadAverage),
    },
  };
}
