// The assignment page's pure parts: which actions it offers (role and agency AND the phase), the
// monitor's review form validation, and what the page shows an auditor (no form at all).
import { describe, expect, it } from 'vitest';
import type { TAuditReport } from '../../../client/audit/audit-timeline';
import { loadConfig } from '../../../config/config';
import type { TAssignmentStatus } from '../../../domain/assignment/status';
import { renderAssignmentBody } from '../../../web/assignment/assignment-view';
import { fieldErrorsOf, ZReviewForm } from '../../../web/assignment/forms';
import { temporalHistoryLink } from '../../../web/audit/temporal-link';
import { deskPathOf, explanationAwaited, pageActionsOf, type TActionStatus } from '../../../web/assignment/page-actions';

const now = new Date('2026-06-01T03:00:00Z');
const status: TActionStatus = {
  phase: 'open',
  pendingExtension: null,
  dueAt: '2026-07-01T10:00:00.000Z',
  classification: null,
  responsibleAgency: 'SO_GDDT',
  assigneeAsWritten: 'SO_GDDT',
  monitoringAgency: 'SO_LDTBXH',
};
const officer = { agency: 'SO_GDDT', roles: ['officer' as const] };
const otherOfficer = { agency: 'SO_VHTTDL', roles: ['officer' as const] };
const monitor = { agency: 'SO_LDTBXH', roles: ['monitor' as const] };
const auditor = { agency: null, roles: ['auditor' as const] };
const quiet = { now, explanationAwaited: false };

describe('pageActionsOf', () => {
  it('offers the answering agency its result and extension request while the work is open, and nothing to anyone else', () => {
    expect(pageActionsOf(officer, status, quiet)).toEqual(['submit-result', 'request-extension']);
    expect(pageActionsOf(otherOfficer, status, quiet)).toEqual([]);
    expect(pageActionsOf(auditor, { ...status, phase: 'submitted', pendingExtension: { reason: 'r', newDueDay: '2026-08-01', requestedBy: { agency: 'SO_GDDT', user: 'a', role: 'officer' }, requestedAt: now.toISOString() } }, { now: new Date('2027-01-01'), explanationAwaited: true })).toEqual([]);
  });

  it('offers the review only once a result is submitted, and the extension decision only while one is pending', () => {
    expect(pageActionsOf(monitor, status, quiet)).toEqual([]);
    expect(pageActionsOf(monitor, { ...status, phase: 'submitted' }, quiet)).toEqual(['review']);
    const pending = { reason: 'r', newDueDay: '2026-08-01', requestedBy: { agency: 'SO_GDDT', user: 'a', role: 'officer' as const }, requestedAt: now.toISOString() };
    expect(pageActionsOf(monitor, { ...status, pendingExtension: pending }, quiet)).toEqual(['decide-extension']);
    expect(pageActionsOf(officer, { ...status, pendingExtension: pending }, quiet)).toEqual(['submit-result']);
  });

  it('offers an explanation request only past the due day, and only to the monitoring agency', () => {
    const late = { now: new Date('2026-07-02T00:00:00Z'), explanationAwaited: false };
    expect(pageActionsOf(monitor, status, late)).toEqual(['request-explanation']);
    expect(pageActionsOf({ ...monitor, agency: 'SO_TC' }, status, late)).toEqual([]);
    expect(pageActionsOf(monitor, { ...status, classification: { status: 'not_yet_received' } as TActionStatus['classification'] }, late)).toEqual([]);
    expect(pageActionsOf(officer, status, { ...late, explanationAwaited: true })).toEqual(['submit-result', 'request-extension', 'submit-explanation']);
  });

  it('reads from the timeline whether an explanation is awaited, and links officers to the desk', () => {
    const entry = (action: string) => ({ at: now, source: 'audit' as const, kind: 'audit-event' as const, action, actor: null, summary: action, details: {}, ref: '' });
    expect(explanationAwaited([entry('explanation-requested')])).toBe(true);
    expect(explanationAwaited([entry('explanation-requested'), entry('explanation-submitted')])).toBe(false);
    expect(deskPathOf('kh135/A/SO_GDDT#x', 'request-extension')).toBe('/desk/assignments/kh135%2FA%2FSO_GDDT%23x/extension');
  });
});

describe('the review form', () => {
  it('needs a note and a new due day to return a result, and nothing more to accept it', () => {
    expect(ZReviewForm.safeParse({ decision: 'accept' }).success).toBe(true);
    const returned = ZReviewForm.safeParse({ decision: 'return', note: ' ', newDueDay: '31/12/2026' });
    expect(returned.success).toBe(false);
    expect(fieldErrorsOf(returned.error!)).toEqual({ note: 'noteRequired', newDueDay: 'dayRequired' });
    expect(fieldErrorsOf(ZReviewForm.safeParse({}).error!)).toEqual({ decision: 'chooseDecision' });
    expect(ZReviewForm.parse({ decision: 'return', note: 'Bổ sung', newDueDay: '2026-12-31' })).toMatchObject({ note: 'Bổ sung', newDueDay: '2026-12-31' });
  });
});

describe('renderAssignmentBody', () => {
  const live = { ...status, assignmentId: 'kh135/A/SO_GDDT#x', taskRef: 'II.2.4', period: '2026', leadershipAgency: 'UBND', nextNoticeAt: null, escalationLevel: 0, deliveryProblem: false, lastEvents: [], phase: 'submitted' } as TAssignmentStatus;
  const report: TAuditReport = {
    assignmentId: live.assignmentId,
    runs: 1,
    earlierRunsMissing: false,
    historyAvailable: true,
    timeline: [{ at: now, source: 'temporal', kind: 'notice', action: 'assignment', actor: null, summary: '<script>x</script>', details: { recipients: ['dau-moi@so.example'] }, ref: 'run r event 1' }],
    deadlineChanges: [{ at: now, action: 'assigned', period: '2026', from: null, to: '2026-07-01T10:00:00.000Z', by: null, reason: null }],
    notes: [],
  };
  const model = { assignmentId: live.assignmentId, lang: 'vi' as const, csrfToken: 't0k', status: live, report, record: null, attachments: [], form: null, done: false, auditLinks: null };

  it('shows the monitor the review form with its token, and an auditor no form at all', () => {
    const forMonitor = renderAssignmentBody({ ...model, actions: ['review'] }).value;
    expect(forMonitor).toContain('action="/assignments/kh135%2FA%2FSO_GDDT%23x/review"');
    expect(forMonitor).toContain('name="_csrf" value="t0k"');
    const forAuditor = renderAssignmentBody({ ...model, actions: [] }).value;
    expect(forAuditor).not.toContain('<form');
    expect(forAuditor).toContain('dau-moi@so.example');
    expect(forAuditor).toContain('17:00 01/07/2026');
    expect(forAuditor).not.toContain('<script>');
  });

  it("shows the task's text, and what the database knows when the workflow cannot answer", () => {
    const record = { id: live.assignmentId, taskRef: 'II.2.4', taskText: 'Tăng cường truyền thông', period: '2026', responsibleAgency: 'SO_GDDT', assigneeAsWritten: 'SO_GDDT', state: 'assigned', dueAt: new Date('2026-07-01T10:00:00Z') };
    expect(renderAssignmentBody({ ...model, record, actions: [] }).value).toContain('II.2.4 — Tăng cường truyền thông');
    const withoutWorkflow = renderAssignmentBody({ ...model, status: null, record, actions: [] }).value;
    expect(withoutWorkflow).toContain('Trạng thái trực tiếp từ quy trình không có');
    expect(withoutWorkflow).toContain('<dd class="due-now">17:00 01/07/2026</dd>');
  });

  it('lists the attached documents with their download link and SHA-256, escaping the file name', () => {
    const sha256 = 'a'.repeat(64);
    const attachment = { assignmentId: live.assignmentId, sha256, fileName: 'Báo cáo <ký>.pdf', mediaType: 'application/pdf', sizeBytes: 2_500, uploadedBy: 'gddt.officer', agency: 'SO_GDDT', uploadedAt: now };
    const body = renderAssignmentBody({ ...model, attachments: [attachment], actions: [] }).value;
    expect(body).toContain(`href="/attachments/kh135%2FA%2FSO_GDDT%23x/${sha256}"`);
    expect(body).toContain('Báo cáo &lt;ký&gt;.pdf');
    expect(body).toContain(sha256);
    expect(renderAssignmentBody({ ...model, actions: [] }).value).toContain('Chưa có văn bản đính kèm.');
  });

  it('keeps what was typed and puts each message beside its field', () => {
    const body = renderAssignmentBody({ ...model, actions: ['review'], form: { form: 'review', values: { decision: 'return', note: '', newDueDay: '2026-12-31' }, fieldErrors: { note: 'noteRequired' } } }).value;
    expect(body).toContain('id="review-note" name="note" aria-invalid="true" aria-describedby="review-note-error"');
    expect(body).toContain('<div class="field-error" id="review-note-error">Khi trả lại, hãy ghi rõ nội dung cần sửa.</div>');
    expect(body).toContain('value="2026-12-31"');
    expect(body).toMatch(/value="return" checked/);
  });

  it("shows the workflow's refusal above the form it answers", () => {
    const body = renderAssignmentBody({ ...model, actions: ['review'], form: { form: 'review', values: { decision: 'accept' }, fieldErrors: {}, formError: 'There is no submitted result waiting for review.' } }).value;
    expect(body).toMatch(/<form[^>]*id="form-review"><h3>[^<]*<\/h3>\n<div class="notice error" role="alert">There is no submitted result waiting for review.<\/div>/);
  });
});

describe('the Temporal Web UI link', () => {
  it('defaults to the embedded UI port and takes DONDOC_TEMPORAL_UI_URL without its trailing slash', () => {
    expect(loadConfig({ DONDOC_TEMPORAL_UI_PORT: '9233' }).temporalUiUrl).toBe('http://127.0.0.1:9233');
    const config = loadConfig({ DONDOC_TEMPORAL_UI_URL: 'https://temporal.example.org/', TEMPORAL_NAMESPACE: 'dondoc' });
    expect(temporalHistoryLink(config, 'kh135/A/SO_GDDT#x')).toBe('https://temporal.example.org/namespaces/dondoc/workflows/kh135%2FA%2FSO_GDDT%23x');
    expect(() => loadConfig({ DONDOC_TEMPORAL_UI_URL: 'not a url' })).toThrow(/DONDOC_TEMPORAL_UI_URL/);
  });
});
