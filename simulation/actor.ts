// The simulated people: each agency as the cast says, and the monitoring agency. They learn of
// their work from the notices the workflows send (never from the workflows' internals), decide
// with the pure rules of domain/simulation when to act, and act through the same updates an
// official would send, at that simulated instant.
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { TAssignmentSpecInput, TIndicatorValue } from '../domain/assignment';
import type { TAssignmentStatus } from '../domain/assignment/status';
import type { TCalendar } from '../domain/calendar';
import {
  consolidateIndicators,
  planAnswer,
  planExtensionDecision,
  planReview,
  syntheticIndicatorValues,
  type TBehaviour,
  type TCaseProgress,
  type TConsolidatedFigures,
  type TSimulatedAction,
  type TSimulatedNotice,
} from '../domain/simulation';
import * as messages from '../contracts';

export interface TActorOptions {
  client: Client;
  calendar: TCalendar;
  /** The specs the simulation started, by assignment id (each period shares its first spec's indicators). */
  specs: ReadonlyMap<string, TAssignmentSpecInput>;
  behaviourOf: (spec: TAssignmentSpecInput, responsibleAgency: string) => TBehaviour;
  /** Consolidation task ref → the reporting cycle it sums (CONSOLIDATED_REPORT → ANNUAL_CHILDREN_REPORT). */
  consolidates: ReadonlyMap<string, string>;
}

/** An update the workflow refused: in a simulation it points at a cast the rules do not allow. */
export interface TRefusedAction {
  at: string;
  assignmentId: string;
  period: string;
  action: TSimulatedAction['kind'];
  message: string;
}

interface TCase {
  spec: TAssignmentSpecInput;
  runId: string;
  period: string;
  responsibleAgency: string;
  monitoringAgency: string;
  behaviour: TBehaviour;
  progress: TCaseProgress;
  pending: TSimulatedAction | null;
}

/** Notices that tell an agency its deadline is near or past: the cue to plan its answer. */
const cues = new Set<TSimulatedNotice['kind']>(['reminder', 'due-today', 'escalation']);
/** Updates sent at the same instant run side by side, but not hundreds at once against one worker. */
const parallelUpdates = 16;

export class SimulationActor {
  private readonly cases = new Map<string, TCase>();
  /** Latest submitted figures per task and period, by assignment: what a consolidation sums. */
  private readonly results = new Map<string, Map<string, TIndicatorValue[]>>();
  readonly consolidations: TConsolidatedFigures[] = [];
  readonly refusals: TRefusedAction[] = [];

  constructor(private readonly options: TActorOptions) {}

  /** Called for every notice as it is sent (inside the notice activity): plans, never acts. */
  noticeArrived(notice: TSimulatedNotice, runId: string): void {
    if (!cues.has(notice.kind)) return;
    const spec = this.options.specs.get(notice.assignmentId);
    if (!spec) return;
    const key = `${notice.assignmentId}|${notice.period}`;
    let current = this.cases.get(key);
    if (!current || current.runId !== runId) {
      current = {
        spec,
        runId,
        period: notice.period,
        responsibleAgency: notice.agency,
        monitoringAgency: spec.monitoringAgency,
        behaviour: this.options.behaviourOf(spec, notice.agency),
        progress: current?.progress ?? { extensionAsked: false, returned: false },
        pending: null,
      };
      this.cases.set(key, current);
    }
    // A reorganisation moves the work mid-period: the successor answers from then on.
    current.responsibleAgency = notice.agency;
    if (current.pending) return;
    current.pending = planAnswer({ behaviour: current.behaviour, dueAt: new Date(notice.dueAt), promptedAt: new Date(notice.at), progress: current.progress, calendar: this.options.calendar });
  }

  nextActionAt(): Date | null {
    let next: Date | null = null;
    for (const each of this.cases.values()) if (each.pending && (!next || each.pending.at < next)) next = each.pending.at;
    return next;
  }

  /** Carries out every action due at or before `now`, earliest first, and plans what follows each; returns how many. */
  async act(now: Date): Promise<number> {
    let carriedOut = 0;
    for (;;) {
      const due = [...this.cases.entries()].filter(([, each]) => each.pending && each.pending.at.getTime() <= now.getTime());
      if (!due.length) return carriedOut;
      carriedOut += due.length;
      due.sort(([, left], [, right]) => left.pending!.at.getTime() - right.pending!.at.getTime());
      for (let start = 0; start < due.length; start += parallelUpdates) {
        await Promise.all(due.slice(start, start + parallelUpdates).map(([key, each]) => this.carryOut(key, each, now)));
      }
    }
  }

  private async carryOut(key: string, current: TCase, now: Date): Promise<void> {
    const action = current.pending!;
    current.pending = null;
    const handle = this.options.client.workflow.getHandle(current.spec.assignmentId, current.runId);
    const agency = { agency: current.responsibleAgency, user: `mo-phong@${current.responsibleAgency.toLowerCase()}` };
    const monitor = { agency: current.monitoringAgency, user: `mo-phong@${current.monitoringAgency.toLowerCase()}` };
    const { calendar } = this.options;
    try {
      switch (action.kind) {
        case 'submit-result': {
          const figures = this.figuresFor(current);
          const status = await handle.executeUpdate(messages.submitResultUpdate, {
            args: [
              {
                actor: agency,
                narrative: `Báo cáo kết quả ${current.spec.taskRef} kỳ ${current.period} (mô phỏng).`,
                indicators: figures.indicators,
                // A unit's one report (policy.reportGrouping one_report_per_unit) answers every section.
                ...(current.spec.sections ? { sections: current.spec.sections.map((section) => ({ taskRef: section.taskRef, narrative: `Kết quả ${section.taskRef} kỳ ${current.period} (mô phỏng).` })) } : {}),
              },
            ],
          });
          this.rememberResult(current, figures, status, now);
          current.pending = planReview(current.behaviour, now, current.progress, calendar);
          return;
        }
        case 'request-extension':
          current.progress.extensionAsked = true;
          await handle.executeUpdate(messages.requestExtensionUpdate, {
            args: [{ actor: agency, reason: 'Cần thêm thời gian tổng hợp số liệu (mô phỏng).', newDueDay: action.newDueDay }],
          });
          current.pending = planExtensionDecision(current.behaviour, now, calendar);
          return;
        case 'decide-extension': {
          const status = await handle.executeUpdate(messages.decideExtensionUpdate, {
            args: [{ actor: monitor, approve: action.approve, note: action.approve ? 'Đồng ý gia hạn (mô phỏng).' : 'Không đồng ý gia hạn (mô phỏng).' }],
          });
          current.pending = planAnswer({ behaviour: current.behaviour, dueAt: new Date(status.dueAt), promptedAt: now, progress: current.progress, calendar });
          return;
        }
        case 'review-result': {
          if (action.decision === 'accept') {
            await handle.executeUpdate(messages.reviewResultUpdate, { args: [{ actor: monitor, decision: 'accept' }] });
            this.cases.delete(key);
            return;
          }
          current.progress.returned = true;
          const status = await handle.executeUpdate(messages.reviewResultUpdate, {
            args: [{ actor: monitor, decision: 'return', note: 'Đề nghị bổ sung, hoàn thiện số liệu (mô phỏng).', newDueDay: action.newDueDay }],
          });
          current.pending = planAnswer({ behaviour: current.behaviour, dueAt: new Date(status.dueAt), promptedAt: now, progress: current.progress, calendar });
          return;
        }
      }
    } catch (error) {
      this.refusals.push({
        at: now.toISOString(),
        assignmentId: current.spec.assignmentId,
        period: current.period,
        action: action.kind,
        message: error instanceof WorkflowUpdateFailedError ? String(error.cause?.message ?? error.message) : String((error as Error)?.message ?? error),
      });
    }
  }

  /** A unit reports made-up but valid figures; a consolidation sums what its units have sent so far. */
  private figuresFor(current: TCase): { indicators: TIndicatorValue[]; unitsExpected?: number; unitsReporting?: number } {
    const required = current.spec.requiredIndicators ?? [];
    const source = this.options.consolidates.get(current.spec.taskRef);
    if (!source) return { indicators: syntheticIndicatorValues(required, `${current.spec.assignmentId}|${current.period}`) };
    const results = [...(this.results.get(`${source}|${current.period}`)?.values() ?? [])];
    const unitsExpected = [...this.options.specs.values()].filter((spec) => spec.taskRef === source).length;
    return { indicators: consolidateIndicators(required, results), unitsExpected, unitsReporting: results.length };
  }

  private rememberResult(current: TCase, figures: ReturnType<SimulationActor['figuresFor']>, status: TAssignmentStatus, now: Date): void {
    const key = `${current.spec.taskRef}|${current.period}`;
    const byAssignment = this.results.get(key) ?? new Map<string, TIndicatorValue[]>();
    byAssignment.set(current.spec.assignmentId, figures.indicators);
    this.results.set(key, byAssignment);
    if (figures.unitsExpected === undefined) return;
    const submitted = status.lastEvents.findLast((event) => event.action === 'result-submitted');
    this.consolidations.push({
      taskRef: current.spec.taskRef,
      period: current.period,
      submittedAt: now.toISOString(),
      onTime: submitted?.details.onTime === true,
      unitsExpected: figures.unitsExpected,
      unitsReporting: figures.unitsReporting ?? 0,
      indicators: figures.indicators,
    });
  }
}
