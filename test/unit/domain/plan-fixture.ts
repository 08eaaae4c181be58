// A small valid plan file for tests that break one thing at a time, and a helper that finds the
// line a test edited, so expected line numbers are read from the text instead of hard-coded.

export const MINIMAL_PLAN = `formatVersion: 1
metadata:
  titleVi: Kế hoạch thử nghiệm
  number: 1/KH-UBND
  date: 2024-05-15
  issuer: UBND_TINH
  province: { nameVi: Tỉnh Thử, source: document }
  functions: [children]
  startDate: 2024-05-15
  endDate: 2030-12-31
agencies:
  - code: UBND_TINH
    nameVi: Ủy ban nhân dân tỉnh
    nameEn: Provincial People's Committee
    kind: leadership
  - code: SO_A
    nameVi: Sở A
    nameEn: Department A
    aliases: [Sở Ây]
    kind: department
    validTo: 2025-02-28
    successors:
      - { code: SO_B, effectiveFrom: 2025-03-01, functions: [children] }
  - code: SO_B
    nameVi: Sở B
    nameEn: Department B
    kind: department
groups:
  - code: ALL_DEPARTMENTS
    nameVi: Các Sở
    nameEn: All departments
    members: [SO_A, SO_B]
tasks:
  - ref: II.1.1
    groupTitle: Nhóm một
    text: Việc thứ nhất.
    assignmentLine: "Thực hiện: Sở A chủ trì, phối hợp với các Sở."
    lead: SO_A
    coordinators: [ALL_DEPARTMENTS]
    assignees: [SO_A, ALL_DEPARTMENTS]
    kind: one_off
    deadline: 2024-06-14
  - ref: II.1.2
    groupTitle: Nhóm một
    text: Việc thứ hai.
    assignmentLine: "Thực hiện: Các Sở."
    lead: null
    assignees: [ALL_DEPARTMENTS]
    kind: continuous
policy:
  monitor: SO_A
  leadership: UBND_TINH
  reminders:
    offsetsWorkingDays: [7, 3, 1]
    time: "08:00"
  escalation:
    - { level: 1, to: focal_point, afterWorkingDays: 1, repeatEveryWorkingDays: 2 }
    - { level: 2, to: leadership, afterWorkingDays: 10, repeatEveryWorkingDays: null }
  obstacles: { reportTo: SO_A, inWriting: true, forwardTo: UBND_TINH }
`;

/** The plan with one exact piece of text replaced; fails loudly if the piece is not there once. */
export function planWith(search: string, replacement: string, base = MINIMAL_PLAN): string {
  const count = base.split(search).length - 1;
  if (count !== 1) throw new Error(`fixture edit: expected "${search}" once, found ${count} times`);
  return base.replace(search, replacement);
}

/** 1-based number of the only line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const lines = text.split('\n');
  const matches = lines.flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));
  if (matches.length !== 1) throw new Error(`expected one line with "${needle}", found ${matches.length}`);
  return matches[0] ?? 0;
}
