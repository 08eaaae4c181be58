import { describe, expect, it } from 'vitest';
import { CIVIL_CODE_DEADLINE_RULE, ZCalendarSettings } from '../../../domain/calendar';
import { planJsonSchema } from '../../../domain/plan';
import { footnote, loadSeedPlan } from './plan-seed-helpers';

const plan = loadSeedPlan();
const agency = (code: string) => {
  const found = plan.agencies.find((entry) => entry.code === code);
  if (!found) throw new Error(`agency ${code} missing from the seed registry`);
  return found;
};
const successorsOf = (code: string) => agency(code).successors.map((successor) => `${successor.code}@${successor.effectiveFrom}`);

describe('seed plan: metadata', () => {
  it('marks the missing number and date as unknown and names the parent documents', () => {
    expect(plan.metadata).toMatchObject({ number: null, date: null, unknown: ['number', 'date'], issuer: 'UBND_TINH' });
    expect(plan.metadata.parents.map((document) => [document.number, document.date])).toEqual([
      ['135-KH/TU', '2024-03-25'],
      ['28-CT/TW', '2023-12-25'],
    ]);
    expect(plan.metadata.province).toMatchObject({ nameVi: 'Kon Tum', source: 'inferred', mergedInto: { nameVi: 'Quảng Ngãi', effectiveFrom: '2025-07-01' } });
  });

  it('cites the programmes of footnote 1 as references', () => {
    const notes = footnote('¹');
    const programmes = plan.references.filter((document) => ['programme', 'strategy'].includes(document.kind));
    expect(programmes).toHaveLength(6);
    for (const programme of programmes) expect(notes, programme.id).toContain(programme.titleVi);
    expect(plan.tasks.find((task) => task.ref === 'II.2.2')?.documents).toEqual(expect.arrayContaining(programmes.map((programme) => programme.id)));
  });
});

describe('seed plan: indicators and reporting', () => {
  it('has the six indicators of footnote 2, in its order', () => {
    const notes = footnote('²').toLowerCase();
    expect(plan.indicators).toHaveLength(6);
    let position = -1;
    for (const indicator of plan.indicators) {
      // The names follow the units of 1/7/2025: the document's "thị trấn" (towns) are gone,
      // "đặc khu" (special zones) are new. Otherwise the name is the document's.
      expect(indicator.nameVi).not.toContain('thị trấn');
      const asWritten = indicator.nameVi.toLowerCase().replace('xã, phường, đặc khu', 'xã, phường, thị trấn');
      const next = notes.indexOf(asWritten);
      expect(next, indicator.code).toBeGreaterThan(position);
      position = next;
    }
  });

  it('asks the communes (and, before 1/7/2025, the districts) for every figure, and no unit may leave one out', () => {
    for (const indicator of plan.indicators) {
      expect(indicator, indicator.code).toMatchObject({ suppliedBy: ['district', 'commune'], optional: false });
      if (indicator.wholeVi) expect(indicator.wholeVi).not.toContain('thị trấn');
    }
  });

  it('has the annual report to DOLISA and the consolidated report DOLISA sends upward', () => {
    const [annual, consolidated] = plan.reportingCycles;
    expect(annual).toMatchObject({
      frequency: 'annual',
      dueDays: ['12-15'],
      dataPeriod: { startMonthDay: '12-15', startsPreviousYear: true, endMonthDay: '12-14' },
      recipients: ['SO_LDTBXH'],
    });
    expect(annual?.reporters).toEqual(expect.arrayContaining(['ALL_DEPARTMENTS', 'ALL_DISTRICTS']));
    expect(annual?.indicators).toEqual(plan.indicators.map((indicator) => indicator.code));
    expect(consolidated).toMatchObject({
      dueDays: ['12-25'],
      reporters: ['SO_LDTBXH'],
      recipients: ['BO_LDTBXH', 'THUONG_TRUC_TINH_UY', 'UBND_TINH'],
      consolidates: annual?.id,
    });
  });

  it('schedules semi-annual inspections and the 2027 and 2030 reviews', () => {
    expect(plan.inspections[0]).toMatchObject({ frequency: 'semi_annual', lead: 'SO_LDTBXH' });
    expect(plan.inspections[0]?.rounds).toHaveLength(2);
    expect(plan.reviews.map((review) => [review.kind, review.date.slice(0, 4)])).toEqual([
      ['preliminary', '2027'],
      ['final', '2030'],
    ]);
  });

  it('reminds 7, 3 and 1 working days ahead at 08:00 and escalates in four steps', () => {
    expect(plan.policy.reminders).toEqual({ offsetsWorkingDays: [7, 3, 1], time: '08:00' });
    expect(plan.policy.escalation.map((step) => [step.to, step.afterWorkingDays, step.repeatEveryWorkingDays])).toEqual([
      ['focal_point', 1, 2],
      ['agency_head', 3, 3],
      ['monitoring_agency', 5, 5],
      ['leadership', 10, null],
    ]);
    expect(plan.policy).toMatchObject({ monitor: 'SO_LDTBXH', leadership: 'UBND_TINH' });
  });

  it('carries calendar settings that domain/calendar accepts', () => {
    const settings = ZCalendarSettings.parse(plan.calendar);
    expect(settings.reminderTime).toBe(plan.policy.reminders.time);
    expect(settings.deadlineRule).toEqual(CIVIL_CODE_DEADLINE_RULE);
  });
});

describe('seed plan: registry and the 2025 reorganisation', () => {
  it('names every department of the document, with its aliases as written', () => {
    expect(agency('SO_LDTBXH').aliases).toEqual(expect.arrayContaining(['Sở LĐTBXH', 'Sở Lao động-Thương binh và Xã hội']));
    for (const code of ['SO_GDDT', 'SO_VHTTDL', 'SO_TTTT', 'SO_KHDT']) expect(agency(code).kind).toBe('department');
  });

  it('moves DOLISA to Health (children) and Home Affairs from 1 March 2025', () => {
    expect(successorsOf('SO_LDTBXH')).toEqual(['SO_YT@2025-03-01', 'SO_NV@2025-03-01']);
    expect(agency('SO_LDTBXH').successors[0]?.functions).toContain('children');
    expect(agency('SO_LDTBXH').successors[1]?.functions).not.toContain('children');
    expect(successorsOf('SO_KHDT')).toEqual(['SO_TC@2025-03-01']);
    // Merged into Science and Technology, but II.3.5 (harmful information online) follows its
    // function to Culture (online content) and the Police (network security).
    expect(successorsOf('SO_TTTT')).toEqual(['SO_KHCN@2025-03-01', 'SO_VHTTDL@2025-03-01', 'CONG_AN_TINH@2025-03-01']);
    expect(agency('SO_TTTT').successors.map((successor) => successor.tasks ?? [])).toEqual([[], ['II.3.5'], ['II.3.5']]);
    expect(successorsOf('BO_LDTBXH')).toEqual(['BO_YT@2025-03-01', 'BO_NV@2025-03-01']);
  });

  it('hands districts to communes and the province to Quảng Ngãi from 1 July 2025', () => {
    const districts = plan.groups.find((group) => group.code === 'ALL_DISTRICTS')?.members ?? [];
    expect(districts.length).toBeGreaterThan(0);
    for (const code of districts) {
      expect(agency(code)).toMatchObject({ kind: 'district', placeholder: true, validTo: '2025-06-30' });
      for (const successor of agency(code).successors) expect(agency(successor.code).kind).toBe('commune');
    }
    expect(successorsOf('UBND_TINH')).toEqual(['QNG_UBND_TINH@2025-07-01']);
    expect(successorsOf('SO_YT')).toEqual(['QNG_SO_YT@2025-07-01']);
  });

  it('uses only placeholder contacts under the reserved .example domain', () => {
    const contacts = plan.agencies.flatMap((entry) => entry.contacts);
    expect(contacts.length).toBeGreaterThan(40);
    for (const contact of contacts) {
      expect(contact.email, contact.name).toMatch(/\.example$/);
      expect(contact.name).toContain('(ví dụ)');
    }
  });
});

describe('planJsonSchema', () => {
  it('describes the plan file, rejecting unknown task keys', () => {
    const schema = planJsonSchema() as { properties: Record<string, { items?: { additionalProperties?: boolean; required?: string[] } }> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['metadata', 'agencies', 'groups', 'tasks', 'reportingCycles', 'policy', 'calendar']));
    expect(schema.properties.tasks?.items?.additionalProperties).toBe(false);
    expect(schema.properties.tasks?.items?.required).toEqual(expect.arrayContaining(['ref', 'text', 'lead', 'assignees', 'kind']));
  });
});
