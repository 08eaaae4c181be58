// The least the database needs for notices about a real assignment: the agencies and their
// contacts (whom deliverNotice resolves the recipients from), a plan, a task, the assignment.
import { type PrismaClient } from '../../../prisma/client';
import { FOCAL_POINT, MONITOR } from '../../fixtures/notification-workflows/notice-builder';

export const ASSIGNMENT_ID = 'II.2.4:SO_GDDT:2026';

/** SO_GDDT answers for the work, with FOCAL_POINT as its focal point; SO_LDTBXH monitors it, with MONITOR. */
export async function seedContacts(prisma: PrismaClient): Promise<void> {
  await prisma.agency.upsert({ where: { code: 'SO_GDDT' }, update: {}, create: { code: 'SO_GDDT', nameVi: 'Sở Giáo dục và Đào tạo', kind: 'department' } });
  await prisma.agency.upsert({
    where: { code: 'SO_LDTBXH' },
    update: {},
    create: { code: 'SO_LDTBXH', nameVi: 'Sở Lao động - Thương binh và Xã hội', kind: 'department' },
  });
  for (const person of [FOCAL_POINT, MONITOR]) {
    await prisma.agencyContact.upsert({
      where: { agencyCode_email_role: { agencyCode: person.agencyCode, email: person.email, role: 'focal_point' } },
      update: {},
      create: { agencyCode: person.agencyCode, name: person.name, email: person.email, role: 'focal_point' },
    });
  }
}

export async function seedAssignment(prisma: PrismaClient, assignmentId = ASSIGNMENT_ID): Promise<void> {
  await seedContacts(prisma);
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
