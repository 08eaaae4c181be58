// Who is written to when an assignment stays overdue, and after how long.
import { z } from 'zod';

/**
 * focal_point: the late agency's contact for the plan (đầu mối); agency_head: its director;
 * monitoring_agency: the body that chases the plan (DOLISA, since 3/2025 the Department of Health
 * for child protection); leadership: the provincial People's Committee (UBND tỉnh).
 */
export const ZEscalationRecipient = z.enum(['focal_point', 'agency_head', 'monitoring_agency', 'leadership']);
export type TEscalationRecipient = z.infer<typeof ZEscalationRecipient>;

export const ZEscalationStep = z
  .object({
    level: z.number().int().min(1),
    to: ZEscalationRecipient,
    /** Working days after the due day on which the step first goes out. */
    afterWorkingDays: z.number().int().min(1),
    /** Repeat the step every N working days until the next level starts; absent or null: once. */
    repeatEveryWorkingDays: z.number().int().min(1).nullable().optional(),
  })
  .strict();
export type TEscalationStep = z.infer<typeof ZEscalationStep>;

export const ZEscalationLadder = z
  .array(ZEscalationStep)
  .min(1, { error: 'an escalation ladder needs at least one step' })
  .superRefine((steps, context) => {
    steps.forEach((step, index) => {
      if (step.level !== index + 1) {
        context.addIssue({ code: 'custom', path: [index, 'level'], message: `levels are numbered 1, 2, 3… in order; step ${index + 1} has level ${step.level}` });
      }
      const previous = steps[index - 1];
      if (previous && step.afterWorkingDays <= previous.afterWorkingDays) {
        context.addIssue({
          code: 'custom',
          path: [index, 'afterWorkingDays'],
          message: `each level starts later than the one before: give level ${step.level} more than ${previous.afterWorkingDays} working days; received ${step.afterWorkingDays}`,
        });
      }
    });
  });
export type TEscalationLadder = z.infer<typeof ZEscalationLadder>;

/**
 * One working day of grace covers a report sent the evening of the deadline; a working week
 * later the head of the agency hears of it; after two weeks the monitor asks for a written
 * explanation (giải trình); after four, the People's Committee, which meets monthly, is told.
 */
export const DEFAULT_ESCALATION_LADDER: TEscalationLadder = [
  { level: 1, to: 'focal_point', afterWorkingDays: 1, repeatEveryWorkingDays: 3 },
  { level: 2, to: 'agency_head', afterWorkingDays: 5, repeatEveryWorkingDays: 5 },
  { level: 3, to: 'monitoring_agency', afterWorkingDays: 10, repeatEveryWorkingDays: 10 },
  { level: 4, to: 'leadership', afterWorkingDays: 20, repeatEveryWorkingDays: 20 },
];
