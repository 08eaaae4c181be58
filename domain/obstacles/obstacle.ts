// An obstacle (vướng mắc) met while carrying out the plan: "Quá trình triển khai thực hiện, nếu có
// khó khăn, vướng mắc đề nghị báo cáo bằng văn bản về Sở Lao động - Thương binh và Xã hội tổng hợp,
// báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh phù hợp." An agency reports it in writing to the
// monitoring department, which answers it or forwards it with its opinion to the People's
// Committee, whose decision is recorded. Plain JSON throughout: it crosses the Temporal boundary.
import { z } from 'zod';
import { ZCalendar } from '../calendar/build-calendar';
import { ZActor } from '../assignment/actor';

/** What the People's Committee decides: an answer, an amendment of the plan, or a refusal. */
export const ZObstacleOutcome = z.enum(['answered', 'amend-plan', 'rejected']);
export type TObstacleOutcome = z.infer<typeof ZObstacleOutcome>;

/**
 * reported: waiting for the monitoring department; forwarded: waiting for the People's Committee;
 * answered: the department answered (closed); decided: the Committee decided (closed unless it
 * ordered an amendment, then open until the amended plan is loaded); amended: the amended plan was loaded (closed).
 */
export const OBSTACLE_PHASES = ['reported', 'forwarded', 'answered', 'decided', 'amended'] as const;
export type TObstaclePhase = (typeof OBSTACLE_PHASES)[number];

const ZText = z.string().normalize('NFC').trim();

export const ZObstacleSpec = z.object({
  obstacleId: z.string().min(1),
  planId: z.string().min(1),
  planTitle: z.string().min(1),
  /** The assignment the obstacle is about; null for the plan as a whole. */
  assignmentId: z.string().min(1).nullable(),
  taskRef: z.string().min(1).nullable(),
  reportingAgency: z.string().min(1),
  /** The monitoring department it is reported to (policy.obstacles.reportTo). */
  monitorAgency: z.string().min(1),
  /** The People's Committee it may be forwarded to (policy.obstacles.forwardTo). */
  committeeAgency: z.string().min(1),
  text: ZText.min(1).max(20_000),
  proposal: ZText.min(1).max(20_000),
  /** The written report (văn bản): its number or file name, when given. */
  document: ZText.min(1).max(500).nullable(),
  reportedBy: ZActor,
  reportedAt: z.iso.datetime(),
  answerWorkingDays: z.number().int().min(1),
  decisionWorkingDays: z.number().int().min(1),
  chaseAgainAfterWorkingDays: z.number().int().min(1),
  reminderTime: z.string(),
  calendar: ZCalendar,
});
export type TObstacleSpec = z.infer<typeof ZObstacleSpec>;

export interface TObstacleStep {
  text: string;
  by: { agency: string; user: string };
  at: string;
}

export interface TObstacleState {
  phase: TObstaclePhase;
  /** The agency whose step is awaited; null once closed or while only the amended plan is awaited. */
  pendingAgency: string | null;
  /** When the awaited step is due (end of its last working day); null when nothing is awaited. */
  dueAt: string | null;
  /** Chases sent for the awaited step: 1 at its deadline (focal point), 2 later (head of the agency). */
  chaseLevel: number;
  answer: TObstacleStep | null;
  forward: TObstacleStep | null;
  decision: (TObstacleStep & { outcome: TObstacleOutcome }) | null;
  amendment: { planId: string; planVersion: string; by: { agency: string; user: string }; at: string } | null;
  eventCount: number;
}

export type TObstacleAction = 'reported' | 'answered' | 'forwarded' | 'decided' | 'amendment-loaded' | 'chased';

export interface TObstacleEvent {
  seq: number;
  at: string;
  action: TObstacleAction;
  actor: { agency: string; user: string } | null;
  details: Record<string, unknown>;
}

export function isObstacleClosed(state: Pick<TObstacleState, 'phase' | 'decision'>): boolean {
  return state.phase === 'answered' || state.phase === 'amended' || (state.phase === 'decided' && state.decision?.outcome !== 'amend-plan');
}

/** The messages the obstacle's workflow accepts; each carries its actor. */
export const ZAnswerObstacle = z.strictObject({ actor: ZActor, text: ZText.min(1, { error: 'write the answer (--text)' }).max(20_000) });
export const ZForwardObstacle = z.strictObject({ actor: ZActor, opinion: ZText.min(1, { error: "write the department's opinion for the People's Committee (--opinion)" }).max(20_000) });
export const ZDecideObstacle = z.strictObject({ actor: ZActor, outcome: ZObstacleOutcome, text: ZText.min(1, { error: 'write the decision (--text)' }).max(20_000) });
export const ZRecordAmendment = z.strictObject({ actor: ZActor, planId: z.string().min(1), planVersion: z.string().min(1) });
export type TAnswerObstacle = z.infer<typeof ZAnswerObstacle>;
export type TForwardObstacle = z.infer<typeof ZForwardObstacle>;
export type TDecideObstacle = z.infer<typeof ZDecideObstacle>;
export type TRecordAmendment = z.infer<typeof ZRecordAmendment>;

/** What the status query returns: the spec without its calendar, and the state. */
export type TObstacleStatus = Omit<TObstacleSpec, 'calendar'> & TObstacleState & { closed: boolean };
