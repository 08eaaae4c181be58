// An obstacle on the time-skipping server: reported, left unanswered past its deadline (the
// monitoring department is chased), forwarded, left undecided (the People's Committee is chased),
// decided as a plan amendment, and closed by the amended plan's load — read model, audit log and mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import * as messages from '../../../contracts';
import { obstacleWorkflow } from '../../../workflows/obstacle';
import type { TestDatabase } from '../../helpers/database';
import { startTestbed, type Testbed } from '../../helpers/workflow-testbed';
import { settle, sleepUntil, waitUntil, type SentNotice } from '../../helpers/assignment-fixtures';
import { seedObstacleSpec } from '../../helpers/obstacle-fixtures';

let bed: Testbed;
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let sent: SentNotice[];
const taskQueue = 'obstacle-tests';

beforeAll(async () => {
  bed = await startTestbed({ server: 'time-skipping', taskQueue });
  ({ env, database, sent } = bed);
});
afterAll(async () => {
  await bed?.stop();
});

const monitor = { agency: 'QNG_SO_YT', user: 'truong-phong@soldtbxh.kontum.example' };
const committee = { agency: 'QNG_UBND_TINH', user: 'chuyen-vien@vpubnd.kontum.example' };

describe('obstacle workflow', () => {
  it('chases each unanswered step after its deadline, then records the forward, the decision and the amended plan', async () => {
    await sleepUntil(env, '2027-03-01T02:00:00Z');
    const spec = seedObstacleSpec('2027-03-01T02:00:00Z');
    const handle = await env.client.workflow.start(obstacleWorkflow, { taskQueue, workflowId: spec.obstacleId, args: [{ spec }] });
    const row = () => database.prisma.obstacle.findUnique({ where: { id: spec.obstacleId } });
    await waitUntil('the report is recorded', async () => (await row()) !== null);
    expect(await row()).toMatchObject({ phase: 'reported', pendingAgency: 'QNG_SO_YT', dueAt: new Date('2027-03-15T16:59:59.999Z'), closed: false });

    // The reporting agency may not answer its own obstacle; nothing changes.
    const refused = await handle.executeUpdate(messages.answerObstacleUpdate, { args: [{ actor: { agency: 'QNG_SO_GDDT', user: 'cv@sogddt' }, text: 'xong' }] }).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(String((refused as WorkflowUpdateFailedError).cause?.message)).toContain('only QNG_SO_YT');

    // Unanswered after ten working days: the department's focal point on the next working day.
    await sleepUntil(env, '2027-03-16T02:00:00Z');
    await waitUntil('the first chase went out', () => sent.some((notice) => notice.key.startsWith(`${spec.obstacleId}|`)));
    const chases = () => sent.filter((notice) => notice.key.startsWith(`${spec.obstacleId}|`));
    expect(chases().map((notice) => [notice.kind, notice.step, notice.to, notice.at.toISOString().slice(0, 16)])).toEqual([['escalation', 'reported.1', ['dau-moi@soyt.quangngai.example'], '2027-03-16T01:00']]);
    await waitUntil('the chase is recorded', async () => (await row())?.chaseLevel === 1);

    const forwarded = await handle.executeUpdate(messages.forwardObstacleUpdate, { args: [{ actor: monitor, opinion: 'Đề nghị UBND tỉnh cho điều chỉnh thời hạn.' }] });
    expect(forwarded).toMatchObject({ phase: 'forwarded', pendingAgency: 'QNG_UBND_TINH', dueAt: '2027-04-06T16:59:59.999Z', chaseLevel: 0 });

    // Undecided after fifteen working days: the Committee's focal point, then its head.
    await sleepUntil(env, '2027-04-14T02:00:00Z');
    await waitUntil('both chases of the decision went out', () => chases().length === 3);
    expect(chases().slice(1).map((notice) => [notice.step, notice.to, notice.at.toISOString().slice(0, 16)])).toEqual([
      ['forwarded.1', ['theo-doi@vpubnd.quangngai.example'], '2027-04-07T01:00'],
      ['forwarded.2', ['chu-tich@ubnd.quangngai.example'], '2027-04-14T01:00'],
    ]);

    const decided = await handle.executeUpdate(messages.decideObstacleUpdate, { args: [{ actor: committee, outcome: 'amend-plan', text: 'Giao Sở LĐTBXH trình kế hoạch điều chỉnh.' }] });
    expect(decided).toMatchObject({ phase: 'decided', closed: false, decision: { outcome: 'amend-plan' } });
    await handle.executeUpdate(messages.recordAmendmentUpdate, { args: [{ actor: monitor, planId: 'kh135', planVersion: 'v2-digest' }] });
    const result = await handle.result();
    expect(result).toMatchObject({ phase: 'amended', closed: true, amendment: { planVersion: 'v2-digest' } });
    expect(await row()).toMatchObject({ phase: 'amended', outcome: 'amend-plan', closed: true, amendedBy: 'v2-digest', forwardOpinion: 'Đề nghị UBND tỉnh cho điều chỉnh thời hạn.' });

    const audit = await database.prisma.auditEvent.findMany({ where: { subjectType: 'obstacle', subjectId: spec.obstacleId }, orderBy: { sequence: 'asc' } });
    expect(audit.map((event) => `${event.action} ${event.actorAgency ?? '-'}`)).toEqual([
      'obstacle-reported QNG_SO_GDDT',
      'obstacle-chased -',
      'obstacle-forwarded QNG_SO_YT',
      'obstacle-chased -',
      'obstacle-chased -',
      'obstacle-decided QNG_UBND_TINH',
      'obstacle-amendment-loaded QNG_SO_YT',
    ]);
    await settle(handle);
  });
});
