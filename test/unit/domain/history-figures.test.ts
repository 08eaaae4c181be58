import { describe, expect, it } from 'vitest';
import { historyFigures, type TWorkflowHistory } from '../../../domain/simulation';

const run = (workflowId: string, events: number, bytes: number, timersFired: number) => ({ workflowId, runId: `${workflowId}-${events}`, events, bytes, timersFired });

describe('events per assignment-year', () => {
  it('divides every run of every workflow by the years the workflows were open', () => {
    const workflows: TWorkflowHistory[] = [
      // Open two years across two runs (continue-as-new), closed.
      { workflowId: 'annual', runs: [run('annual', 150, 100_000, 4), run('annual', 250, 140_000, 6)], startedAt: '2024-01-01T00:00:00Z', closedAt: '2025-12-31T12:00:00Z' },
      // Open at the end of the simulated span: counted to its end, one year.
      { workflowId: 'open', runs: [run('open', 100, 60_000, 2)], startedAt: '2025-01-01T00:00:00Z', closedAt: null },
    ];
    const figures = historyFigures(workflows, new Date('2025-12-31T12:00:00Z'));
    expect(figures.assignmentYears).toBeCloseTo(2.999, 2);
    expect(figures.events).toBe(500);
    expect(figures.eventsPerAssignmentYear).toBeCloseTo(500 / figures.assignmentYears, 6);
    expect(figures.bytesPerAssignmentYear).toBeCloseTo(300_000 / figures.assignmentYears, 6);
    expect(figures.timersFired).toBe(12);
    expect(figures.largestRunEvents).toBe(250);
    expect(figures.largestRunBytes).toBe(140_000);
    expect(figures.runs).toBe(3);
  });

  it('gives zero, not a division by zero, when nothing was open', () => {
    expect(historyFigures([], new Date('2025-01-01T00:00:00Z')).eventsPerAssignmentYear).toBe(0);
  });
});
