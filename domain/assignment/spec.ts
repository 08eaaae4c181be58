// What an assignment workflow needs to run on its own for years: who, what, when, and the
// chasing policy. It is built from the plan file when the plan is loaded and carried in the
// workflow's input, so that a later edit to the code's holiday table or defaults cannot change
// the history of a running workflow (Temporal replays must compute the same timers).
import { z } from 'zod';
import { ZCalendar } from '../calendar/build-calendar';
import { ZEscalationLadder } from '../policy/escalation-ladder';
import { ZReminderJitterMinutes } from '../policy/reminder-jitter';
import { ZMandate } from '../plan/tasks';

const ZInstant = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 instant with offset, e.g. 2025-12-15T23:59:59+07:00' });
const ZCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'expected an agency code in UPPER_SNAKE_CASE, e.g. SO_LDTBXH' });

export const ZRequiredIndicator = z.strictObject({
  code: z.string().min(1),
  /** A share of a larger population (communes meeting a standard of all communes): the whole is required too. */
  needsTotal: z.boolean().default(false),
  /**
   * The unit may leave the figure out. Absent rather than defaulted, so that the specs of
   * workflows started before the field existed parse to exactly what they were.
   */
  optional: z.boolean().optional(),
});
export type TRequiredIndicator = z.input<typeof ZRequiredIndicator>;

/** A facility an inspection round visits, with the agency that answers for it. */
export const ZInspectedFacility = z.strictObject({
  code: ZCode,
  nameVi: z.string().min(1),
  responsibleAgency: ZCode,
});
export type TInspectedFacility = z.infer<typeof ZInspectedFacility>;
/** A result an earlier per-task assignment received, carried into the unit's report when the plan moved to one report per unit. */
export const ZCarriedResult = z.strictObject({
  fromAssignmentId: z.string().min(1),
  /** The task (or the cycle itself) the result answered. */
  taskRef: z.string().min(1),
  narrative: z.string(),
  indicators: z.array(z.strictObject({ code: z.string().min(1), count: z.number().int().min(0), total: z.number().int().min(0).optional() })).default([]),
  submittedAt: ZInstant,
});
export type TCarriedResult = z.infer<typeof ZCarriedResult>;

/** One task a unit's report answers for: as the lead (chủ trì) or as a coordinator (phối hợp). */
export const ZReportSection = z.strictObject({
  taskRef: z.string().min(1),
  taskText: z.string().min(1),
  role: z.enum(['lead', 'coordinator']),
});
export type TReportSection = z.infer<typeof ZReportSection>;

export const ZAssignmentSpec = z.strictObject({
  assignmentId: z.string().min(1),
  planId: z.string().min(1),
  planTitle: z.string().min(1),
  taskRef: z.string().min(1),
  taskText: z.string().min(1),
  /** "once" for one-off tasks, otherwise the period reported on, e.g. "2025". */
  period: z.string().min(1),
  kind: z.enum(['task', 'report', 'consolidation', 'remediation', 'review', 'inspection']),
  /** The agency as the plan names it; kept when the work moves to a successor. */
  assigneeAsWritten: ZCode,
  /** The agency that answers for the work when the workflow starts. */
  responsibleAgency: ZCode,
  /** Decides extensions, accepts or returns results, asks for explanations (DOLISA). */
  monitoringAgency: ZCode,
  leadershipAgency: ZCode,
  dueAt: ZInstant,
  /**
   * "order" (giao) for the People's Committee's own departments and communes; "request" (đề nghị)
   * for the bodies it can only ask (section III.4): reminded courteously, never escalated, never
   * asked for a written explanation. Read it with mandateOf, which also reads older specs.
   */
  mandate: ZMandate.default('order'),
  /**
   * Specs recorded before `mandate` existed said a request with `escalate: false`; kept so that
   * their histories replay. mandateOf reads either; a request never escalates whatever this says.
   */
  escalate: z.boolean().default(true),
  reminderOffsetsInWorkingDays: z.array(z.number().int().min(1)).min(1),
  reminderTime: z.string().regex(/^\d{2}:\d{2}$/),
  /**
   * policy.reminders.jitterMinutes (#14): each chase waits reminderJitterMs(workflow id, this)
   * after its instant. Absent rather than defaulted (and absent when 0), so that the specs of
   * workflows started before it parse to exactly what they were and replay unchanged.
   */
  reminderJitterMinutes: ZReminderJitterMinutes.optional(),
  escalationLadder: ZEscalationLadder,
  calendar: ZCalendar,
  requiredIndicators: z.array(ZRequiredIndicator).default([]),
  /** For an inspection round: the units inspected, told in advance and given findings to remedy. */
  inspectedUnits: z.array(ZCode).default([]),
  /**
   * For an inspection round over facilities: those visited this period. Each facility's agency is
   * told in advance and remedies its findings. Absent rather than defaulted, so that the specs of
   * workflows started before facilities existed parse to exactly what they were.
   */
  inspectedFacilities: z.array(ZInspectedFacility).optional(),
  /** The programme's facilities and rotation, from which the next period's selection is made. */
  facilityRotation: z
    .strictObject({
      pool: z.array(ZInspectedFacility.extend({ validFrom: z.string().nullable(), validTo: z.string().nullable() })),
      sharePerYear: z.number().gt(0).max(1).nullable(),
      firstYear: z.number().int(),
      roundIndex: z.number().int().min(0),
      roundsPerYear: z.number().int().min(1),
    })
    .optional(),
  /**
   * For work that recurs every year: the workflow closes one period at its next due date and
   * continues as new with the next, until `lastPeriod`.
   */
  /**
   * A unit's one report of a cycle (policy.reportGrouping one_report_per_unit): a section per task
   * it answers for, each answered (or marked "nothing to report") in the submission. Absent rather
   * than defaulted, so that the specs of workflows started before it parse to what they were.
   */
  sections: z.array(ZReportSection).optional(),
  /** Results the unit had already submitted on the per-task assignments this report replaced. */
  carriedOver: z.array(ZCarriedResult).optional(),
  recurrence: z
    .strictObject({
      /** The due day of this period. */
      dueMonthDay: z.string().regex(/^\d{2}-\d{2}$/),
      /** Every due day of a year, in order, when there are several (semi-annual, quarterly, monthly work). */
      dueMonthDays: z.array(z.string().regex(/^\d{2}-\d{2}$/)).min(2).optional(),
      /** The last year with a period. */
      lastPeriod: z.number().int(),
    })
    .nullable()
    .default(null),
});
export type TAssignmentSpec = z.infer<typeof ZAssignmentSpec>;
export type TAssignmentSpecInput = z.input<typeof ZAssignmentSpec>;
