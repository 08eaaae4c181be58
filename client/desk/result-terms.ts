// What the agency's result form needs to know about one assignment: its live status, the
// indicators its workflow was started to require (the unit's level decides which: the spec, not
// the plan's whole list), and whether an explanation (giải trình) is awaited from the agency.
import { readAuditRecords } from '../../data/audit-records';
import type { TReadClient } from '../../data/read-model';
import { ZIndicator, type TIndicator } from '../../domain/plan/indicators';
import type { TRequiredIndicator } from '../../domain/assignment/spec';
import type { TAssignmentStatus } from '../../domain/assignment/status';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { showAssignment } from '../assignments/show-assignment';
import { readStartedTerms } from '../assignments/started-spec';
import { draftReport } from '../reports/draft-report';

export interface TResultTerms {
  status: TAssignmentStatus;
  /** Normalised: needsTotal always said. */
  requiredIndicators: { code: string; needsTotal: boolean; optional: boolean; nameVi: string | null; nameEn: string | null; wholeVi: string | null; wholeEn: string | null }[];
}

/** The names of the plan's indicators, as the plan document of the assignment's task gives them. */
async function readIndicatorNames(db: TReadClient, assignmentId: string): Promise<Map<string, Partial<Pick<TIndicator, 'nameVi' | 'nameEn' | 'wholeVi' | 'wholeEn'>>>> {
  const row = await db.assignment.findUnique({ where: { id: assignmentId }, select: { task: { select: { plan: { select: { document: true } } } } } });
  const indicators = (row?.task.plan.document as { indicators?: unknown } | undefined)?.indicators;
  const parsed = ZIndicator.pick({ code: true, nameVi: true, nameEn: true, wholeVi: true, wholeEn: true }).array().safeParse(Array.isArray(indicators) ? indicators.map((each: Record<string, unknown>) => ({ code: each.code, nameVi: each.nameVi, nameEn: each.nameEn, wholeVi: each.wholeVi, wholeEn: each.wholeEn })) : []);
  return new Map(parsed.success ? parsed.data.map((each) => [each.code, each]) : []);
}

/** An explanation is awaited when the last request for one came after the last one sent. */
export function explanationAwaited(events: { at: Date; action: string }[]): boolean {
  const last = (action: string) => Math.max(0, ...events.filter((event) => event.action === action).map((event) => event.at.getTime()));
  const requested = last('explanation-requested');
  return requested > 0 && requested > last('explanation-submitted');
}

export async function readResultTerms(context: TAppContext, actor: TAppActor, input: { assignmentId: string }): Promise<TResultTerms> {
  const status = await showAssignment(context, actor, input);
  const names = await context.read((db) => readIndicatorNames(db, input.assignmentId));
  const asked = (await readStartedTerms(context, input.assignmentId)).requiredIndicators;
  // A spec that names no indicator takes any of the plan's: offer the report template's, each
  // optional (what `dondoc report template` gives the agency to fill in).
  const required: TRequiredIndicator[] = asked.length
    ? asked
    : (await draftReport(context, actor, input)).report.indicators.map((value) => ({ code: value.code, needsTotal: value.total !== undefined, optional: true }));
  return {
    status,
    requiredIndicators: required.map((indicator) => {
      const name = names.get(indicator.code);
      return { code: indicator.code, needsTotal: indicator.needsTotal ?? false, optional: indicator.optional ?? false, nameVi: name?.nameVi ?? null, nameEn: name?.nameEn ?? null, wholeVi: name?.wholeVi ?? null, wholeEn: name?.wholeEn ?? null };
    }),
  };
}

/** The live status, and whether the monitoring department awaits an explanation the agency has not yet sent. */
export async function readExplanationState(context: TAppContext, actor: TAppActor, input: { assignmentId: string }): Promise<{ status: TAssignmentStatus; pending: boolean; requestNote: string | null }> {
  const status = await showAssignment(context, actor, input);
  // The workflow's recent events answer at once; the audit log keeps the older ones.
  const records = await context.read((db) => readAuditRecords(db, input.assignmentId));
  const events = [
    ...status.lastEvents.map((event) => ({ at: new Date(event.at), action: event.action, note: (event.details as { note?: unknown }).note })),
    ...records.map((record) => ({ at: record.occurredAt, action: record.action, note: (record.payload as { note?: unknown } | null)?.note })),
  ];
  const request = events.filter((event) => event.action === 'explanation-requested').sort((left, right) => left.at.getTime() - right.at.getTime()).at(-1);
  return { status, pending: explanationAwaited(events), requestNote: typeof request?.note === 'string' ? request.note : null };
}
