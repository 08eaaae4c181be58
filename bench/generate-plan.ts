// A valid plan file of any size for the benchmarks (#14): `tasks` one-off tasks, each assigned to
// a group of `agencies` communes, so that a plan of 10,000 assignments is 100 tasks × 100
// communes, the shape of a provincial plan that asks every commune for the same work, and stays
// far below the plan file's size limit. Pure: the YAML text is returned, the caller writes it.
import { stringify } from 'yaml';
import type { TPlanInput } from '../domain/plan';

export interface TGeneratePlanOptions {
  /** Assignments the plan starts: tasks × agencies, the last task taking the remainder. */
  assignments: number;
  /** Communes the work is spread over (at most `assignments`). */
  agencies?: number;
  /** The day the plan starts, YYYY-MM-DD (also its issue date). */
  startDay: string;
  /** Every task's deadline, YYYY-MM-DD. */
  deadline: string;
  /** policy.reminders.time, HH:MM. */
  reminderTime?: string;
  /** policy.reminders.offsetsWorkingDays. */
  reminderOffsets?: number[];
  /** policy.reminders.jitterMinutes; omitted when 0. */
  jitterMinutes?: number;
  /** Days made working days (calendar.extraWorkingDays), e.g. so that a bench runs on a Sunday. */
  extraWorkingDays?: string[];
}

const DEFAULT_AGENCIES = 100;

const communeCode = (index: number) => `XA_${String(index + 1).padStart(4, '0')}`;

/** The plan as the file's YAML text. */
export function generatePlanYaml(options: TGeneratePlanOptions): string {
  return stringify(generatePlan(options), { lineWidth: 0 });
}

export function generatePlan(options: TGeneratePlanOptions): TPlanInput {
  const { assignments, startDay, deadline } = options;
  if (!Number.isInteger(assignments) || assignments < 1) throw new RangeError(`assignments: expected a whole number ≥ 1, got ${assignments}`);
  const agencyCount = Math.min(options.agencies ?? DEFAULT_AGENCIES, assignments);
  const communes = Array.from({ length: agencyCount }, (_, index) => communeCode(index));
  const fullTasks = Math.floor(assignments / agencyCount);
  const remainder = assignments % agencyCount;
  const taskCount = fullTasks + (remainder ? 1 : 0);
  // Section II allows any number of groups; 50 bullets a group keeps refs short.
  const refOf = (index: number) => `II.${Math.floor(index / 50) + 1}.${(index % 50) + 1}`;
  const tasks = Array.from({ length: taskCount }, (_, index) => ({
    ref: refOf(index),
    groupTitle: `Nhóm việc ${Math.floor(index / 50) + 1}`,
    text: `Việc thử số ${index + 1}: rà soát và báo cáo kết quả thực hiện trên địa bàn xã.`,
    assignmentLine: 'Thực hiện: UBND các xã.',
    lead: null,
    assignees: index < fullTasks ? ['CAC_XA'] : communes.slice(0, remainder),
    kind: 'one_off' as const,
    deadline,
  }));
  const endYear = Number(deadline.slice(0, 4)) + 1;
  return {
    formatVersion: 1,
    metadata: {
      titleVi: `Kế hoạch thử tải ${assignments} việc`,
      number: `${assignments}/KH-BENCH`,
      date: startDay,
      issuer: 'UBND_TINH',
      province: { nameVi: 'Tỉnh Thử', source: 'document' },
      functions: ['children'],
      startDate: startDay,
      endDate: `${endYear}-12-31`,
    },
    agencies: [
      { code: 'UBND_TINH', nameVi: 'Ủy ban nhân dân tỉnh', nameEn: "Provincial People's Committee", kind: 'leadership' },
      { code: 'SO_LDTBXH', nameVi: 'Sở Lao động - Thương binh và Xã hội', nameEn: 'Department of Labour', kind: 'department', contacts: [{ name: 'Đầu mối Sở', role: 'focal_point' as const, email: 'dau-moi@so-ldtbxh.example' }] },
      ...communes.map((code, index) => ({
        code,
        nameVi: `UBND xã Thử ${index + 1}`,
        nameEn: `Test commune ${index + 1}`,
        kind: 'commune' as const,
        placeholder: true,
        // Every notice needs a recipient in the registry (activities/notices/resolve-recipients.ts).
        contacts: [{ name: `Đầu mối xã Thử ${index + 1}`, role: 'focal_point' as const, email: `dau-moi@${code.toLowerCase().replace('_', '-')}.example` }],
      })),
    ],
    groups: [{ code: 'CAC_XA', nameVi: 'UBND các xã', nameEn: 'All communes', members: communes }],
    tasks,
    policy: {
      monitor: 'SO_LDTBXH',
      leadership: 'UBND_TINH',
      reminders: {
        offsetsWorkingDays: options.reminderOffsets ?? [7, 3, 1],
        time: options.reminderTime ?? '08:00',
        ...(options.jitterMinutes ? { jitterMinutes: options.jitterMinutes } : {}),
      },
      escalation: [
        { level: 1, to: 'focal_point', afterWorkingDays: 1, repeatEveryWorkingDays: 2 },
        { level: 2, to: 'leadership', afterWorkingDays: 10, repeatEveryWorkingDays: null },
      ],
      obstacles: { reportTo: 'SO_LDTBXH', inWriting: true, forwardTo: 'UBND_TINH' },
    },
    ...(options.extraWorkingDays?.length
      ? { calendar: { extraWorkingDays: options.extraWorkingDays.map((day) => ({ day, reason: 'benchmark run (dondoc bench)' })) } }
      : {}),
  };
}
