// Benchmark 5 of issue 14: how much history an assignment costs per year it is open, the figure a
// Temporal cluster's storage and write rate scale with.
//
// An assignment-year is one assignment workflow open for one year: a workflow's open time runs
// from the start of its first run to the close of its last (continue-as-new chains one period to
// the next, so a recurring task is one workflow open for years), or to the end of the simulated
// span if it is still open then. Events per assignment-year = the events of every run of every
// workflow ÷ the sum of their open years; bytes likewise.

/** One run of a workflow: its history's size and the timers it fired. */
export interface THistoryRun {
  workflowId: string;
  runId: string;
  events: number;
  /** The history encoded as the server sends it (protobuf). */
  bytes: number;
  timersFired: number;
}

export interface TWorkflowHistory {
  workflowId: string;
  runs: THistoryRun[];
  /** ISO instants: the first run's start, the last run's close (null: still open at the end). */
  startedAt: string;
  closedAt: string | null;
}

export interface THistoryFigures {
  workflows: number;
  runs: number;
  events: number;
  bytes: number;
  timersFired: number;
  assignmentYears: number;
  eventsPerAssignmentYear: number;
  bytesPerAssignmentYear: number;
  timersPerAssignmentYear: number;
  largestRunEvents: number;
  largestRunBytes: number;
}

const yearMs = 365.25 * 24 * 60 * 60 * 1000;

export function historyFigures(workflows: readonly TWorkflowHistory[], simulationEnd: Date): THistoryFigures {
  const runs = workflows.flatMap((workflow) => workflow.runs);
  const sum = (size: (run: THistoryRun) => number) => runs.reduce((total, run) => total + size(run), 0);
  const assignmentYears = workflows.reduce((total, workflow) => {
    const closed = workflow.closedAt ? Date.parse(workflow.closedAt) : simulationEnd.getTime();
    return total + Math.max(0, Math.min(closed, simulationEnd.getTime()) - Date.parse(workflow.startedAt)) / yearMs;
  }, 0);
  const events = sum((run) => run.events);
  const bytes = sum((run) => run.bytes);
  const timersFired = sum((run) => run.timersFired);
  const per = (total: number) => (assignmentYears > 0 ? total / assignmentYears : 0);
  return {
    workflows: workflows.length,
    runs: runs.length,
    events,
    bytes,
    timersFired,
    assignmentYears,
    eventsPerAssignmentYear: per(events),
    bytesPerAssignmentYear: per(bytes),
    timersPerAssignmentYear: per(timersFired),
    largestRunEvents: Math.max(0, ...runs.map((run) => run.events)),
    largestRunBytes: Math.max(0, ...runs.map((run) => run.bytes)),
  };
}
