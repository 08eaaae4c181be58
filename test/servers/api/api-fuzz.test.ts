// Generated malformed input across the write endpoints and the list queries (fast-check): the
// API never answers 500, never accepts it, always answers with the error shape, and the
// assignment is exactly as it was afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_BODIES } from '../../../api/routes/assignments';
import { ERROR_CODES } from '../../../client/errors';
import { statusQuery } from '../../../contracts';
import { idPath, startApiTestbed, type ApiTestbed, type TAnswer } from './api-testbed';

let api: ApiTestbed;
beforeAll(async () => {
  api = await startApiTestbed('api-fuzz');
});
afterAll(async () => {
  await api?.stop();
});

/** Who may send each action: the agency answering, or the monitoring department. */
const senders: Record<keyof typeof ACTION_BODIES, string> = {
  result: 'gddt.officer',
  'extension-request': 'gddt.officer',
  explanation: 'gddt.officer',
  review: 'monitor',
  'extension-decision': 'monitor',
  'explanation-request': 'monitor',
};

/** Values of every JSON type, including the ones a careless client sends. */
const jsonValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 5_001, maxLength: 6_000 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);
const fields = ['narrative', 'indicators', 'code', 'count', 'total', 'decision', 'note', 'newDueDay', 'reason', 'approve', 'text', 'actor'];
/** Bodies shaped like the real ones, with any field of any type, or no object at all. */
const body = fc.oneof(
  { weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...fields), jsonValue, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.record({ indicators: fc.array(fc.dictionary(fc.constantFrom('code', 'count', 'total'), jsonValue, { maxKeys: 3 }), { maxLength: 3 }), narrative: jsonValue }) },
  { weight: 1, arbitrary: jsonValue },
);

function expectErrorShape(answer: TAnswer, what: string): void {
  expect(answer.status, what).toBeGreaterThanOrEqual(400);
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.json?.error?.code, what).toBeOneOf([...ERROR_CODES]);
  expect(typeof answer.json.error.message, what).toBe('string');
  expect(typeof answer.json.error.messageVi, what).toBe('string');
  expect(Array.isArray(answer.json.error.fieldErrors), what).toBe(true);
}

describe('generated malformed input', () => {
  it('never gives a 500, never changes the assignment, always the error shape (1,200 bodies across the write endpoints)', { timeout: 300_000 }, async () => {
    const handle = api.bed.env.client.workflow.getHandle(api.education.assignmentId);
    const before = await handle.query(statusQuery);
    // Updates the workflow accepted: a refused or malformed request must add none. (The whole
    // history may still grow meanwhile: the first notice's activity completes on its own time.)
    const acceptedUpdates = async () => (await handle.fetchHistory()).events?.filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes).length;
    const updatesBefore = await acceptedUpdates();
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const path of Object.keys(ACTION_BODIES) as (keyof typeof ACTION_BODIES)[]) {
      const schema = ACTION_BODIES[path];
      await fc.assert(
        fc.asyncProperty(body.filter((candidate) => !schema.safeParse(candidate).success), async (candidate) => {
          const answer = await api.call('POST', `${idPath(api.education)}/${path}`, { as: senders[path], body: candidate });
          sent += 1;
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          expectErrorShape(answer, `${path} ${JSON.stringify(candidate).slice(0, 200)}`);
        }),
        { numRuns: 200 },
      );
    }
    // Text that is not JSON at all.
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }).filter((text) => !isJson(text)), async (text) => {
        const answer = await api.call('POST', `${idPath(api.education)}/result`, { as: 'gddt.officer', body: text });
        sent += 1;
        expectErrorShape(answer, `text ${JSON.stringify(text)}`);
      }),
      { numRuns: 50 },
    );
    expect(sent).toBeGreaterThanOrEqual(1_200);
    expect([...statuses.keys()].every((status) => status === 400)).toBe(true);
    expect(await handle.query(statusQuery)).toEqual(before);
    expect(await acceptedUpdates()).toBe(updatesBefore);
  });

  it('answers any query string of the list and the status with 200 or a 400 in the error shape', { timeout: 120_000 }, async () => {
    const keys = ['agency', 'state', 'overdue', 'colour', 'dueFrom', 'dueTo', 'plan', 'group', 'page', 'pageSize', 'dueWithinDays', 'x'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/assignments', '/api/status'), fc.dictionary(fc.constantFrom(...keys), fc.string({ maxLength: 12 }), { maxKeys: 4 }), async (path, query) => {
        const answer = await api.call('GET', `${path}?${new URLSearchParams(query).toString()}`, { as: 'monitor' });
        if (answer.status !== 200) expectErrorShape(answer, `${path} ${JSON.stringify(query)}`);
        else expect(answer.json.items ?? answer.json.agencies).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
