// Writes a validated plan's registry, plan row and tasks to the database, idempotently: loading
// the same plan twice changes nothing; an amended plan updates what changed.
import type { PrismaClient } from '../prisma/client';
import { Prisma } from '../prisma/generated/client';
import type { TPlan } from '../domain/plan/plan';

const day = (value: string | null | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);

export async function upsertPlanRecords(prisma: PrismaClient, planId: string, plan: TPlan): Promise<{ agencies: number; tasks: number }> {
  await prisma.$transaction(
    async (tx) => {
      for (const agency of plan.agencies) {
        const data = {
          nameVi: agency.nameVi,
          nameEn: agency.nameEn,
          aliases: agency.aliases,
          kind: agency.kind,
          validFrom: day(agency.validFrom),
          validTo: day(agency.validTo),
        };
        await tx.agency.upsert({ where: { code: agency.code }, create: { code: agency.code, ...data }, update: data });
        await tx.agencyContact.deleteMany({ where: { agencyCode: agency.code } });
        if (agency.contacts.length) {
          await tx.agencyContact.createMany({ data: agency.contacts.map((contact) => ({ agencyCode: agency.code, ...contact })), skipDuplicates: true });
        }
      }
      for (const agency of plan.agencies) {
        for (const successor of agency.successors) {
          const key = { predecessorCode: agency.code, successorCode: successor.code, effectiveFrom: day(successor.effectiveFrom)! };
          await tx.agencySuccession.upsert({
            where: { predecessorCode_successorCode_effectiveFrom: key },
            create: { ...key, functions: successor.functions },
            update: { functions: successor.functions },
          });
        }
      }
      const planData = {
        number: plan.metadata.number,
        issuedOn: day(plan.metadata.date ?? plan.metadata.assumedIssueDate),
        title: plan.metadata.titleVi,
        issuer: plan.metadata.issuer,
        province: plan.metadata.province.nameVi,
        startsOn: day(plan.metadata.startDate),
        endsOn: day(plan.metadata.endDate),
        document: JSON.parse(JSON.stringify(plan)),
      };
      const existing = await tx.plan.findUnique({ where: { id: planId }, select: { document: true, version: true } });
      const changed = existing && JSON.stringify(existing.document) !== JSON.stringify(planData.document);
      await tx.plan.upsert({
        where: { id: planId },
        create: { id: planId, ...planData },
        update: { ...planData, version: changed ? existing!.version + 1 : undefined },
      });
      const tasks = [
        ...plan.tasks.map((task) => ({
          ref: task.ref,
          groupTitle: task.groupTitle,
          text: task.text,
          assignmentLine: task.assignmentLine,
          kind: task.kind,
          leadAgencyCode: task.lead,
          coordinatorCodes: task.coordinators,
          dueOn: day(task.deadline),
          recurrence: task.reportedIn ?? task.recurrence?.cycle ?? task.recurrence?.dueDays?.join(',') ?? null,
          deliverable: task.deliverable ?? null,
          indicatorCodes: task.indicators,
        })),
        // Reporting cycles are chased like tasks, under their own refs.
        ...plan.reportingCycles.map((cycle) => ({
          ref: cycle.id,
          groupTitle: 'Báo cáo định kỳ',
          text: cycle.nameVi,
          assignmentLine: null,
          kind: 'periodic' as const,
          leadAgencyCode: null,
          coordinatorCodes: [],
          dueOn: null,
          recurrence: cycle.dueDays.join(','),
          deliverable: null,
          indicatorCodes: cycle.indicators,
        })),
        ...plan.inspections.flatMap((programme) =>
          programme.rounds.map((round, index) => ({
            ref: `${programme.id}.${index + 1}`,
            groupTitle: 'Kiểm tra, giám sát',
            text: `${programme.nameVi} — ${round.labelVi}`,
            assignmentLine: null,
            kind: 'periodic' as const,
            leadAgencyCode: programme.lead,
            coordinatorCodes: [],
            dueOn: null,
            recurrence: round.dueMonthDay,
            deliverable: null,
            indicatorCodes: [],
          })),
        ),
        ...plan.reviews.map((review) => ({
          ref: review.id,
          groupTitle: 'Sơ kết, tổng kết',
          text: review.nameVi,
          assignmentLine: null,
          kind: 'one_off' as const,
          leadAgencyCode: review.lead,
          coordinatorCodes: [],
          dueOn: day(review.date),
          recurrence: null,
          deliverable: null,
          indicatorCodes: [],
        })),
      ];
      // When a task's period opens depends on the data period of the cycle it is (its ref) or is
      // reported in (its recurrence): kept on the task, so that status queries need no document.
      const dataPeriods = new Map(plan.reportingCycles.flatMap((cycle) => (cycle.dataPeriod ? [[cycle.id, cycle.dataPeriod] as const] : [])));
      for (const each of tasks) {
        const dataPeriod = dataPeriods.get(each.ref) ?? dataPeriods.get(each.recurrence ?? '') ?? null;
        const task = { ...each, dataPeriod: dataPeriod ?? Prisma.DbNull };
        await tx.task.upsert({
          where: { planId_ref: { planId, ref: task.ref } },
          create: { planId, ...task },
          update: { ...task, cancelledAt: null, cancelReason: null },
        });
      }
    },
    // A plan with a few hundred rows; the embedded database needs more than the 5 s default.
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { agencies: plan.agencies.length, tasks: plan.tasks.length + plan.reportingCycles.length + plan.inspections.reduce((sum, each) => sum + each.rounds.length, 0) + plan.reviews.length };
}
