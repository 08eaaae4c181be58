import { describe, expect, it } from 'vitest';
import type { TTask } from '../../../domain/plan';
import { documentSection, loadSeedPlan, normaliseWhitespace, seedDocumentText } from './plan-seed-helpers';

const plan = loadSeedPlan();
const sectionTwo = plan.tasks.filter((task) => task.ref.startsWith('II.'));
const inGroup = (group: number) => sectionTwo.filter((task) => task.ref.startsWith(`II.${group}.`));
const countByLead = (tasks: TTask[]) => {
  const counts: Record<string, number> = {};
  for (const task of tasks) counts[task.lead ?? 'none'] = (counts[task.lead ?? 'none'] ?? 0) + 1;
  return counts;
};

describe('seed plan: section II tasks', () => {
  it('has exactly 16 tasks: 2, 7, 6 and 1 in groups 1 to 4', () => {
    expect(sectionTwo).toHaveLength(16);
    expect([1, 2, 3, 4].map((group) => inGroup(group).length)).toEqual([2, 7, 6, 1]);
  });

  it('numbers the tasks II.<group>.<n> in document order', () => {
    expect(sectionTwo.map((task) => task.ref)).toEqual([
      'II.1.1', 'II.1.2',
      'II.2.1', 'II.2.2', 'II.2.3', 'II.2.4', 'II.2.5', 'II.2.6', 'II.2.7',
      'II.3.1', 'II.3.2', 'II.3.3', 'II.3.4', 'II.3.5', 'II.3.6',
      'II.4.1',
    ]);
  });

  it('has the leads the document gives, counted per group', () => {
    expect(countByLead(inGroup(1))).toEqual({ none: 2 });
    expect(countByLead(inGroup(2))).toEqual({ SO_LDTBXH: 3, SO_VHTTDL: 2, SO_GDDT: 2 });
    expect(countByLead(inGroup(3))).toEqual({ SO_LDTBXH: 4, SO_TTTT: 1, SO_KHDT: 1 });
    expect(countByLead(inGroup(4))).toEqual({ none: 1 });
  });

  it('assigns the groups where a line names no single lead', () => {
    for (const task of [...inGroup(1), ...inGroup(4)]) {
      expect(task.assignees, task.ref).toEqual(['ALL_DEPARTMENTS', 'ALL_DISTRICTS']);
      expect(task.coordinators, task.ref).toEqual([]);
    }
  });

  it('has the coordinators each "Thực hiện" line names', () => {
    const coordinators = Object.fromEntries(sectionTwo.map((task) => [task.ref, task.coordinators]));
    expect(coordinators['II.2.1']).toEqual(['SO_GDDT', 'ALL_DISTRICTS']);
    expect(coordinators['II.2.5']).toEqual(['ALL_DISTRICTS']);
    expect(coordinators['II.2.7']).toEqual(['ALL_DISTRICTS']);
    expect(coordinators['II.3.4']).toEqual(['ALL_DEPARTMENTS', 'ALL_DISTRICTS']);
    expect(coordinators['II.3.5']).toEqual(['ALL_DEPARTMENTS', 'ALL_DISTRICTS']);
    expect(coordinators['II.3.6']).toEqual(['SO_LDTBXH', 'ALL_DISTRICTS']);
  });

  it('copies every task text, group title and assignment line verbatim from the document', () => {
    const documentText = seedDocumentText();
    for (const task of plan.tasks) {
      expect(documentText, `${task.ref} text`).toContain(normaliseWhitespace(task.text));
      expect(documentText, `${task.ref} group title`).toContain(normaliseWhitespace(task.groupTitle));
      if (task.assignmentLine !== null) expect(documentText, `${task.ref} assignment line`).toContain(normaliseWhitespace(task.assignmentLine));
    }
  });

  it('keeps specific tasks word for word, including the document\'s own slips', () => {
    const byRef = new Map(plan.tasks.map((task) => [task.ref, task]));
    expect(byRef.get('II.2.3')?.text).toContain('triển khai thực Kế hoạch số 3660/KH-UBND ngày 12 tháng 10 năm 2021');
    expect(byRef.get('II.2.7')?.text).toContain('thân thiện, bảo đảm cho trẻ em có cơ hội phát triển');
    expect(byRef.get('II.3.6')?.assignmentLine).toBe(
      'Thực hiện: Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Lao động-Thương binh và Xã hội, Ủy ban nhân dân các huyện, thành phố triển khai thực hiện.',
    );
    expect(byRef.get('II.4.1')?.text).toBe(byRef.get('II.4.1')?.groupTitle);
  });

  it('turns every dash bullet of section II into a task, and uses each "Thực hiện" line', () => {
    const section = documentSection('II. NHIỆM VỤ, GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN');
    const bullets = section.split('\n').filter((line) => line.startsWith('- ')).map((line) => normaliseWhitespace(line.slice(2)).slice(0, 60));
    const assignmentLines = section.split('\n').filter((line) => line.includes('Thực hiện:')).map((line) => normaliseWhitespace(line.replace(/\*/g, '')));
    expect(bullets).toHaveLength(15);
    expect(sectionTwo.filter((task) => task.ref !== 'II.4.1').map((task) => task.text.slice(0, 60))).toEqual(bullets);
    // Consecutive tasks under the same line share it; groups 1 and 4 use identical wording twice.
    const linesInTaskOrder = sectionTwo.map((task) => task.assignmentLine).filter((line, index, all) => line !== all[index - 1]);
    expect(assignmentLines).toHaveLength(9);
    expect(linesInTaskOrder).toEqual(assignmentLines);
  });
});

describe('seed plan: section III duties', () => {
  const sectionThree = plan.tasks.filter((task) => task.ref.startsWith('III.'));

  it('lists the standing duties per actor', () => {
    expect(sectionThree.map((task) => `${task.ref} ${task.assignees.join('+')}`)).toEqual([
      'III.1.1 SO_LDTBXH',
      'III.1.2 SO_LDTBXH',
      'III.2.1 ALL_DEPARTMENTS',
      'III.3.1 ALL_DISTRICTS',
      'III.3.2 ALL_DISTRICTS',
      'III.4.1 MTTQ_TINH+ALL_SOCIO_POLITICAL_ORGANISATIONS+HOI_BVQTE',
      'III.4.2 TINH_DOAN',
      'III.4.3 HOI_BVQTE',
    ]);
  });

  it('asks, rather than orders, the Fatherland Front and the organisations', () => {
    expect(sectionThree.filter((task) => task.mandate === 'request').map((task) => task.ref)).toEqual(['III.4.1', 'III.4.2', 'III.4.3']);
  });

  it('gives the own implementation plans a deadline 30 days after the assumed issue date', () => {
    expect(plan.metadata.assumedIssueDate).toBe('2024-05-15');
    const ownPlans = sectionThree.filter((task) => task.kind === 'one_off');
    expect(ownPlans.map((task) => [task.ref, task.deadline])).toEqual([
      ['III.2.1', '2024-06-14'],
      ['III.3.1', '2024-06-14'],
    ]);
  });
});
