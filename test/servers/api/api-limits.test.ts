// Limits at the boundary, against a real dev server and real PostgreSQL: a report whose narrative
// is larger than Temporal accepts (3 MB) or holds a bidirectional override is refused before
// anything is sent, with a message that states the limit or the code point, as bad input (exit
// code 2 for the CLI); the refusal is in the audit log, its long text cut; the assignment is as it was.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../../cli/commands/report-file';
import { exitCodeOf } from '../../../cli/exit-codes';
import { submitResult } from '../../../client/assignments/results';
import { AppError } from '../../../client/errors';
import { idPath, startApiTestbed, type ApiTestbed } from './api-testbed';

let api: ApiTestbed;
let folder: string;
beforeAll(async () => {
  api = await startApiTestbed('api-limits');
  folder = await mkdtemp(join(tmpdir(), 'dondoc-limits-'));
});
afterAll(async () => {
  await api?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function refusalsOf(assignmentId: string) {
  const events = await api.bed.database.prisma.auditEvent.findMany({ where: { subjectId: assignmentId, action: 'update-refused' }, orderBy: { sequence: 'asc' } });
  return events.map((event) => event.payload as { reason: string; refusedBy: string; input: unknown });
}

async function refusedBy(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('limits on what is sent to an assignment', () => {
  it('a report file with a 3 MB narrative is refused before Temporal, exit code 2, and the refusal is recorded', async () => {
    const { education } = api;
    const file = join(folder, 'bao-cao-3mb.yaml');
    await writeFile(file, `narrative: "${'Đã triển khai. '.repeat(200_000)}"\n`);
    const before = (await refusalsOf(education.assignmentId)).length;
    // What `dondoc report submit --file` runs in local mode.
    const actor = { agency: 'SO_GDDT', user: 'gddt.officer', role: 'officer' as const };
    const error = await refusedBy(() => submitResult(api.context, actor, { assignmentId: education.assignmentId, report: () => readReportFile(file), source: { file } }));
    expect(error.code).toBe('bad_input');
    expect(exitCodeOf[error.code]).toBe(2);
    expect(error.message).toMatch(/is 3\.\d MB; at most 1\.0 MB is accepted\. A narrative holds at most 20,000 characters\. Nothing was sent\./);
    expect(error.message).not.toMatch(/Workflow Update failed/);
    const refusals = await refusalsOf(education.assignmentId);
    expect(refusals.length).toBe(before + 1);
    expect(refusals.at(-1)).toMatchObject({ refusedBy: 'client', input: { file } });
    expect(refusals.at(-1)!.reason).toContain('at most 1.0 MB');
  });

  it('through the API: a narrative over 20,000 characters or with U+202E is a 400 naming the limit or the code point, recorded with its text cut; the assignment is unchanged', async () => {
    const { education } = api;
    const path = `${idPath(education)}/result`;
    const before = (await refusalsOf(education.assignmentId)).length;
    const statusBefore = await api.call('GET', idPath(education), { as: 'gddt.officer' });
    const long = await api.call('POST', path, { as: 'gddt.officer', body: { narrative: 'ư'.repeat(300_000) } });
    expect(long.status).toBe(400);
    expect(long.json.error.message).toContain('narrative: the text is 600 kB (300,000 characters); at most 20,000 characters are accepted; shorten it');
    const bidi = await api.call('POST', path, { as: 'gddt.officer', body: { narrative: 'Đã làm \u202Exong' } });
    expect(bidi.status).toBe(400);
    expect(bidi.json.error.message).toContain('U+202E (RIGHT-TO-LEFT OVERRIDE) at character 8');

    const refusals = (await refusalsOf(education.assignmentId)).slice(before);
    expect(refusals.map((refusal) => refusal.refusedBy)).toEqual(['client', 'client']);
    const recorded = (refusals[0]!.input as { narrative: string }).narrative;
    expect(recorded.length).toBeLessThan(20_100);
    expect(recorded).toMatch(/\[cut here: 300,000 characters in all\]$/);
    expect(refusals[1]!.reason).toContain('U+202E');

    const status = await api.call('GET', idPath(education), { as: 'gddt.officer' });
    expect(status.json).toEqual(statusBefore.json);
  });

  it('an API body over 1 MiB is refused whole, with its limit', async () => {
    const answer = await api.call('POST', `${idPath(api.culture)}/result`, { as: 'vhttdl.officer', body: { narrative: 'x'.repeat(1_100_000) } });
    expect(answer.status).toBe(413);
    expect(answer.json.error.message).toContain('larger than 1048576 bytes');
  });
});
