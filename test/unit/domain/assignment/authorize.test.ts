// Who may do what: the answering agency acts on its work, the monitor decides, auditors only read.
import { describe, expect, it } from 'vitest';
import { authorize, decideReassign, decideTransferOversight, type TActor } from '../../../../domain/assignment';
import { auditor, dolisa, education, educationTask, seedSpec, startedState, system } from './seed-assignment';

const spec = educationTask();
const state = startedState(spec, '2027-02-01T01:00:00Z');
const healthOfficer: TActor = { agency: 'SO_YT', user: 'chuyen-vien@soyt.kontum.example', role: 'officer' };

describe('authorize', () => {
  it('lets the answering agency submit, ask for more time and explain, and the monitor decide', () => {
    for (const action of ['submit-result', 'request-extension', 'submit-explanation'] as const) expect(() => authorize(education, action, spec, state)).not.toThrow();
    for (const action of ['decide-extension', 'request-explanation', 'review-result', 'reassign', 'transfer-oversight', 'cancel', 'change-deadline'] as const) {
      expect(() => authorize(dolisa, action, spec, state)).not.toThrow();
    }
  });

  it('refuses the monitor the answering agency’s actions, naming the agency that may', () => {
    expect(() => authorize(dolisa, 'submit-result', spec, state)).toThrow('SO_LDTBXH may not submit-result on kh135/II.2.2/SO_GDDT: only SO_GDDT (the agency that answers for it) may.');
  });

  it('refuses the answering agency the monitor’s decisions, naming the monitor', () => {
    expect(() => authorize(education, 'decide-extension', spec, state)).toThrow('only SO_LDTBXH (the monitoring agency) may');
    expect(() => authorize(education, 'review-result', spec, state)).toThrow('only SO_LDTBXH (the monitoring agency) may');
  });

  it('lets auditors read but not act, whatever their agency', () => {
    expect(() => authorize(auditor, 'submit-result', spec, state)).toThrow('kiem-toan@thanhtra.kontum.example (THANH_TRA_TINH) is an auditor: auditors can read assignments but not submit-result.');
    expect(() => authorize({ ...education, role: 'auditor' }, 'submit-result', spec, state)).toThrow('auditors can read assignments');
  });

  it('follows the work to a successor: the new agency answers, the old one no longer may', () => {
    const moved = decideReassign({ spec, state, now: new Date('2027-02-02T02:00:00Z') }, { actor: dolisa, toAgency: 'SO_YT', effectiveDay: '2027-02-02', reason: 'Chức năng chuyển sang Sở Y tế' }).state;
    expect(() => authorize(education, 'submit-result', spec, moved)).toThrow('only SO_YT (the agency that answers for it) may');
    expect(() => authorize(healthOfficer, 'submit-result', spec, moved)).not.toThrow();
  });

  it('follows the monitoring role to a successor', () => {
    const transferred = decideTransferOversight(
      { spec, state, now: new Date('2027-02-02T02:00:00Z') },
      { actor: system, fromAgency: 'SO_LDTBXH', toAgency: 'SO_YT', effectiveDay: '2027-02-02', reason: 'Sắp xếp tổ chức bộ máy' },
    ).state;
    expect(() => authorize(dolisa, 'review-result', spec, transferred)).toThrow('only SO_YT (the monitoring agency) may');
  });

  it('lets the system (a reorganisation, the plan loader) act for anyone', () => {
    expect(() => authorize(system, 'submit-result', spec, state)).not.toThrow();
    expect(() => authorize(system, 'cancel', spec, state)).not.toThrow();
  });

  it('gives an inspection round’s findings to the inspecting agency, not to the monitor', () => {
    const round = seedSpec('ANNUAL_CHILDREN_REPORT', 'SO_GDDT', '2027-06-30T16:59:59.999Z', { kind: 'inspection', inspectedUnits: ['SO_YT'] });
    const roundState = startedState(round, '2027-05-01T01:00:00Z');
    expect(() => authorize(education, 'record-finding', round, roundState)).not.toThrow();
    expect(() => authorize(dolisa, 'record-finding', round, roundState)).toThrow('only SO_GDDT (the agency that answers for it) may');
  });
});
