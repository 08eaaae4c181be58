import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const { prisma } = database;
  await prisma.agency.createMany({
    data: [
      { code: 'SO_LDTBXH', nameVi: 'Sở Lao động - Thương binh và Xã hội', aliases: ['Sở LĐTBXH'], kind: 'department', validTo: new Date('2025-02-28') },
      { code: 'SO_YT', nameVi: 'Sở Y tế', kind: 'department' },
    ],
  });
  await prisma.plan.create({
    data: {
      id: 'ke-hoach-135-tre-em',
      title: 'Kế hoạch thực hiện Chỉ thị 28-CT/TW về công tác chăm sóc, giáo dục và bảo vệ trẻ em',
      issuer: 'UBND tỉnh',
      document: { source: 'test' },
      tasks: {
        create: {
          ref: 'II.2.1',
          text: 'Thực hiện có hiệu quả các chương trình, đề án về chăm sóc, giáo dục và bảo vệ trẻ em',
          kind: 'continuous',
          leadAgencyCode: 'SO_LDTBXH',
          coordinatorCodes: ['SO_YT'],
        },
      },
    },
  });
});
afterAll(async () => {
  await database?.drop();
});

describe(`database (${process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'})`, () => {
  it('keeps Vietnamese text intact and links an assignment to both the written and the answering agency', async () => {
    const { prisma } = database;
    await prisma.agencySuccession.create({
      data: { predecessorCode: 'SO_LDTBXH', successorCode: 'SO_YT', effectiveFrom: new Date('2025-03-01'), functions: ['bảo vệ trẻ em'] },
    });
    const task = await prisma.task.findUniqueOrThrow({ where: { planId_ref: { planId: 'ke-hoach-135-tre-em', ref: 'II.2.1' } } });
    await prisma.assignment.create({
      data: {
        id: 'ke-hoach-135-tre-em/II.2.1/SO_LDTBXH/2025',
        taskId: task.id,
        period: '2025',
        assigneeAsWrittenCode: 'SO_LDTBXH',
        responsibleAgencyCode: 'SO_YT',
        dueAt: new Date('2025-12-15T16:59:59.999Z'),
      },
    });
    const stored = await prisma.assignment.findFirstOrThrow({
      include: { assigneeAsWritten: true, responsibleAgency: { include: { predecessors: true } }, task: true },
    });
    expect(stored.assigneeAsWritten.nameVi).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(stored.assigneeAsWritten.aliases).toEqual(['Sở LĐTBXH']);
    expect(stored.responsibleAgency.predecessors[0]?.functions).toEqual(['bảo vệ trẻ em']);
    expect(stored.task.text).toBe('Thực hiện có hiệu quả các chương trình, đề án về chăm sóc, giáo dục và bảo vệ trẻ em');
    expect(stored.state).toBe('assigned');
  });

  it('claims a notification idempotency key once: a second claim is refused', async () => {
    const { prisma } = database;
    const key = 'ke-hoach-135-tre-em/II.2.1/SO_LDTBXH/2025:reminder:7:2025-12-15';
    await prisma.notification.create({ data: { idempotencyKey: key, kind: 'reminder', recipients: ['dau-moi@so-ldtbxh.example'] } });
    await expect(
      prisma.notification.create({ data: { idempotencyKey: key, kind: 'reminder', recipients: ['dau-moi@so-ldtbxh.example'] } }),
    ).rejects.toMatchObject({ code: 'P2002' });
    expect(await prisma.notification.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it('refuses negative counts and parts larger than their whole', async () => {
    const { prisma } = database;
    const assignment = await prisma.assignment.findFirstOrThrow();
    const report = await prisma.report.create({
      data: { assignmentId: assignment.id, submittedBy: 'SO_YT', submittingUser: 'chuyen-vien', submittedAt: new Date() },
    });
    await expect(prisma.indicatorValue.create({ data: { reportId: report.id, indicatorCode: 'XA_PHUONG_PHU_HOP', count: -1 } })).rejects.toThrow(
      /IndicatorValue_count_check/,
    );
    await expect(
      prisma.indicatorValue.create({ data: { reportId: report.id, indicatorCode: 'XA_PHUONG_PHU_HOP', count: 120, total: 100 } }),
    ).rejects.toThrow(/IndicatorValue_count_check/);
    await prisma.indicatorValue.create({ data: { reportId: report.id, indicatorCode: 'XA_PHUONG_PHU_HOP', count: 86, total: 102 } });
    expect(await prisma.indicatorValue.count()).toBe(1);
  });

  it('keeps the audit log append-only: updates and deletes are refused by the database', async () => {
    const { prisma } = database;
    const event = await prisma.auditEvent.create({
      data: {
        occurredAt: new Date('2025-12-16T01:00:00Z'),
        actorAgency: 'SO_LDTBXH',
        action: 'assignment.escalated',
        subjectType: 'assignment',
        subjectId: 'ke-hoach-135-tre-em/II.2.1/SO_LDTBXH/2025',
        payload: { level: 1 },
        previousHash: '0'.repeat(64),
        hash: 'a'.repeat(64),
      },
    });
    await expect(prisma.auditEvent.update({ where: { sequence: event.sequence }, data: { action: 'forged' } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { sequence: event.sequence } })).rejects.toThrow(/append-only/);
    expect((await prisma.auditEvent.findUniqueOrThrow({ where: { sequence: event.sequence } })).action).toBe('assignment.escalated');
  });
});
