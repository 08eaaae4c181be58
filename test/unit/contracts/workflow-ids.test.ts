// Workflow ids are business keys that running workflows already carry: a changed format would
// start a second workflow for the same work instead of finding the first. These are the formats
// the seed plan's workflows run under.
import { describe, expect, it } from 'vitest';
import {
  agencySuccessionWorkflowId,
  assignmentWorkflowId,
  noticePagePath,
  obstacleWorkflowId,
  periodCloseScheduleId,
  periodCloseWorkflowId,
  planLoadWorkflowId,
  remediationWorkflowId,
} from '../../../contracts/workflow-ids';
import { buildAssignmentSpecs } from '../../../domain/plan-assignments';
import { loadSeedPlan } from '../../helpers/assignment-fixtures';

describe('workflow ids', () => {
  it('names an assignment by plan, task and agency as written, and the answering unit when a group expands', () => {
    expect(assignmentWorkflowId({ planId: 'ke-hoach-135-tre-em', taskRef: 'ANNUAL_CHILDREN_REPORT', writtenAgency: 'SO_GDDT' })).toBe('ke-hoach-135-tre-em/ANNUAL_CHILDREN_REPORT/SO_GDDT');
    expect(assignmentWorkflowId({ planId: 'kh', taskRef: 'II.1.2', writtenAgency: 'UBND_HUYEN', answeringAgency: 'HUYEN_A' })).toBe('kh/II.1.2/UBND_HUYEN/HUYEN_A');
  });

  it('gives every assignment of the seed plan a distinct id built by the one function', () => {
    const { specs } = buildAssignmentSpecs(loadSeedPlan(), { planId: 'ke-hoach-135-tre-em', asOfDay: '2026-01-05' });
    const ids = specs.map((spec) => spec.assignmentId);
    expect(new Set(ids).size).toBe(ids.length);
    // The seed runs one report per unit: the unit's annual report is its own item beside one-off work.
    expect(ids).toContain('ke-hoach-135-tre-em/ANNUAL_CHILDREN_REPORT/SO_GDDT/report');
    expect(ids).toContain('ke-hoach-135-tre-em/II.1.1/SO_GDDT');
    for (const id of ids) expect(id.startsWith('ke-hoach-135-tre-em/')).toBe(true);
  });

  it('links a notice to the page of what it is about: an obstacle’s chase to the obstacle, anything else to its assignment', () => {
    const obstacle = obstacleWorkflowId({ planId: 'kh135', reportingAgency: 'SO_GDDT', reportedAt: 1 });
    expect(noticePagePath(obstacle)).toBe('/obstacles/obstacle%2Fkh135%2FSO_GDDT%2F1');
    expect(noticePagePath('kh135/II.1.1/SO_GDDT')).toBe('/assignments/kh135%2FII.1.1%2FSO_GDDT');
  });

  it('keys remediations, loads, successions, schedules and period closes', () => {
    expect(remediationWorkflowId({ roundId: 'kh/III.4/SO_LDTBXH', period: '2027', number: 12 })).toBe('kh/III.4/SO_LDTBXH/2027/finding-12');
    expect(planLoadWorkflowId({ planId: 'kh', fileDigest: '0123456789abcdef' })).toBe('plan-load/kh/0123456789abcdef');
    expect(agencySuccessionWorkflowId({ from: 'SO_LDTBXH', to: 'SO_YT', effectiveDay: '2025-03-01', requestedAt: 1 })).toBe('agency-succession/SO_LDTBXH/SO_YT/2025-03-01/1');
    expect(periodCloseScheduleId({ planId: 'kh', cycle: 'ANNUAL_CHILDREN_REPORT' })).toBe('kh/close/ANNUAL_CHILDREN_REPORT');
    expect(periodCloseWorkflowId({ planId: 'kh', cycle: 'ANNUAL_CHILDREN_REPORT', period: '2026-H1' })).toBe('kh/close/ANNUAL_CHILDREN_REPORT/2026-H1');
  });
});
