// A notice the workflow asks an activity to deliver. The activity resolves the agencies'
// contacts and renders the mail; the key makes delivery exactly-once.
import type { TNoticeKind } from '../notices/notice';

export interface TNoticeRequest {
  kind: TNoticeKind;
  /** Distinguishes notices of one kind: the reminder offset, the escalation level and repeat. */
  step: string;
  /** Escalation level (1–4), 0 otherwise. */
  level: number;
  /** focal_point, agency_head, monitoring_agency or leadership for escalations; else the assignee. */
  audience: 'assignee' | 'focal_point' | 'agency_head' | 'monitoring_agency' | 'leadership';
  /** The agency the notice is about (the one answering for the work). */
  agency: string;
  dueAt: string;
  /** Deadline changes so far: the calendar invite's SEQUENCE. */
  deadlineChanges: number;
  note?: string;
  /** For extension-decided: whether it was approved. */
  approved?: boolean;
  /** The deadline before this change (extension, return, amended plan). */
  previousDueAt?: string;
  /** For delivery-failure: the notice that could not be delivered. */
  failed?: { kind: TNoticeKind; idempotencyKey: string; addresses: string[]; reason: string };
}

export function noticeKey(assignmentId: string, request: Pick<TNoticeRequest, 'kind' | 'step' | 'dueAt' | 'agency'>): string {
  return [assignmentId, request.kind, request.step, request.agency, request.dueAt].join('|');
}
