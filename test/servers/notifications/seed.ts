// The least the database needs for notices about a real assignment: an agency, a plan, a task.
import { type PrismaClient } from '../../../prisma/client';

export const ASSIGNMENT_ID = 'II.2.4:SO_GDDT:2026';

export async function seedAssignment(prisma: PrismaClient, assignmentId = ASSIGNMENT_ID): Promise<void> {
  await prisma.agency.upsert({ where: { code: 'SO_GDDT' }, update: {}, create: { code: 'SO_GDDT', nameVi: 'Sở Giáo dục và Đào tạo', kind: 'department' } });
  await prisma.plan.upsert({
    where: { id: 'KH_135' },
    update: {},
    create: { id: 'KH_135', number: '135-KH/TU', title: 'Kế hoạch thực hiện Chỉ thị 28-CT/TW', issuer: 'UBND_TINH', document: {} },
  });
  const task = await prisma.task.upsert({
    where: { planId_ref: { planId: 'KH_135', ref: 'II.2.4' } },
    update: {},
    create: { planId: 'KH_135', ref: 'II.2.4', text: 'Tăng cường công tác truyền thông', kind: 'one_off', leadAgencyCode: 'SO_GDDT' },
  });
  await prisma.assignment.create({
    data: { id: assignmentId, taskId: task.id, period: assignmentId, assigneeAsWrittenCode: 'SO_GDDT', responsibleAgencyCode: 'SO_GDDT' },
  });
}
