// Benchmark 7 of issue 14, the arithmetic: a national deployment of dondoc sized from what one
// assignment costs per year (measured by bench/simulation.ts) and what a Temporal cluster gives
// per shard, host and database node (assumptions, stated). Pure, so a unit test checks it.

export interface TScaleInputs {
  provinces: number;
  plansPerProvince: number;
  assignmentsPerPlan: number;
  years: number;
  /** Share of the assignment workflows open at a time (one-off tasks close; recurring ones stay open). */
  openShare: number;
  eventsPerAssignmentYear: number;
  bytesPerAssignmentYear: number;
  /** Notices sent at the reminder time (reminders, due-day notices, escalations) per assignment-year. */
  slotNoticesPerAssignmentYear: number;
  /** The busiest reminder slot: the share of all workflows that send a notice at that one 08:00. */
  peakSlotShare: number;
  /** Temporal actions per notice: the timer that woke the workflow and its two activities (record, deliver). */
  actionsPerNotice: number;
  /** Persistence writes per notice: one per state transition (timer fired, 3 workflow tasks started and completed, 2 activities started and completed). */
  writesPerNotice: number;
  jitterMinutes: number;
  /** The window the herd must clear in without jitter, to call the slot "08:00". */
  noJitterDrainSeconds: number;
  workingDaysPerYear: number;
  /** Sustained state transitions per second one history shard handles with room to spare. */
  writesPerShard: number;
  writesPerHistoryHost: number;
  writesPerDatabaseNode: number;
}

export interface TScaleSlot {
  label: string;
  windowSeconds: number;
  actionsPerSecond: number;
  writesPerSecond: number;
  /** The cluster this slot asks for. */
  historyShards: number;
  historyHosts: number;
  databaseNodes: number;
}

export interface TScaleFigures {
  assignments: number;
  workflowsOpen: number;
  assignmentYearsPerYear: number;
  eventsPerYear: number;
  historyBytesPerYear: number;
  historyBytesOverYears: number;
  averageSlotNotices: number;
  peakSlotNotices: number;
  /** Without jitter, then with the jitter window. */
  slots: [TScaleSlot, TScaleSlot];
}

export function scaleOnPaper(inputs: TScaleInputs): TScaleFigures {
  const assignments = inputs.provinces * inputs.plansPerProvince * inputs.assignmentsPerPlan;
  const workflowsOpen = assignments * inputs.openShare;
  const eventsPerYear = workflowsOpen * inputs.eventsPerAssignmentYear;
  const historyBytesPerYear = workflowsOpen * inputs.bytesPerAssignmentYear;
  const averageSlotNotices = (workflowsOpen * inputs.slotNoticesPerAssignmentYear) / inputs.workingDaysPerYear;
  // Every province's plan follows the same national calendar of reports, so the busiest day is
  // assumed to be the same everywhere: the worst case.
  const peakSlotNotices = assignments * inputs.peakSlotShare;
  const slot = (label: string, windowSeconds: number): TScaleSlot => {
    const writesPerSecond = (peakSlotNotices * inputs.writesPerNotice) / windowSeconds;
    return {
      label,
      windowSeconds,
      actionsPerSecond: (peakSlotNotices * inputs.actionsPerNotice) / windowSeconds,
      writesPerSecond,
      historyShards: powerOfTwoAtLeast(Math.max(512, writesPerSecond / inputs.writesPerShard)),
      // Three at least: one can be lost (deploys, failures) without stopping the cluster.
      historyHosts: Math.max(3, Math.ceil(writesPerSecond / inputs.writesPerHistoryHost)),
      databaseNodes: Math.max(3, Math.ceil(writesPerSecond / inputs.writesPerDatabaseNode)),
    };
  };
  return {
    assignments,
    workflowsOpen,
    assignmentYearsPerYear: workflowsOpen,
    eventsPerYear,
    historyBytesPerYear,
    historyBytesOverYears: historyBytesPerYear * inputs.years,
    averageSlotNotices,
    peakSlotNotices,
    slots: [slot('no jitter', inputs.noJitterDrainSeconds), slot(`jitter ${inputs.jitterMinutes} min`, Math.max(inputs.noJitterDrainSeconds, inputs.jitterMinutes * 60))],
  };
}

/** Temporal's history shard count is fixed when the cluster is created; a power of two by convention. */
export function powerOfTwoAtLeast(value: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, value)));
}
