// The statuses auditors expect from a Vietnamese task-tracking system, and their colours.
import { z } from 'zod';

/**
 * not_yet_due (chưa đến hạn): the work's period has not started; in_term (trong hạn): open and
 * more than `dueSoonWorkingDays` working days left; due_soon: open and close to the deadline;
 * overdue (quá hạn); completed_on_time (đúng hạn); completed_late; not_yet_received (chưa nhận
 * được): requested work (đề nghị) past its due day — the body was asked, not ordered, so it is
 * never overdue.
 */
export const ZAssignmentStatus = z.enum(['not_yet_due', 'in_term', 'due_soon', 'overdue', 'completed_on_time', 'completed_late', 'not_yet_received']);
export type TAssignmentStatus = z.infer<typeof ZAssignmentStatus>;

export const ZStatusColour = z.enum(['grey', 'blue', 'yellow', 'green', 'orange', 'red', 'purple']);
export type TStatusColour = z.infer<typeof ZStatusColour>;

/**
 * The usual scheme: green on time, blue in term, orange completed late, red overdue, grey not
 * started. due_soon is yellow: it is still in term but needs attention, the traffic-light step
 * before red; orange is already taken by "completed late" and would read as a past failure.
 * purple: a request not yet answered past its day — late, but not a failure of an order.
 */
export const STATUS_COLOURS: Record<TAssignmentStatus, TStatusColour> = {
  not_yet_due: 'grey',
  in_term: 'blue',
  due_soon: 'yellow',
  overdue: 'red',
  completed_on_time: 'green',
  completed_late: 'orange',
  not_yet_received: 'purple',
};

export const ZAssignmentClassification = z.object({
  status: ZAssignmentStatus,
  colour: ZStatusColour,
  /** Calendar days late, counted in Asia/Ho_Chi_Minh days (overdue and completed_late). */
  daysOverdue: z.number().int().min(1).optional(),
  /** Calendar days until the due day, 0 on the day itself (open and not late). */
  daysLeft: z.number().int().min(0).optional(),
  /** Working days after today up to and including the due day (open and not late). */
  workingDaysLeft: z.number().int().min(0).optional(),
});
export type TAssignmentClassification = z.infer<typeof ZAssignmentClassification>;
