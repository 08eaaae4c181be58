// A plan file read for `dondoc plan load` / `plan validate`: one too large, with a task text over
// its limit, or with a bidirectional override is refused with the limit or the code point, as bad
// input, before anything is sent (loadPlanFile starts the loader only with the plan this returns).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../client/errors';
import { loadPlan } from '../../../../client/plans/read-plan-file';
import { refuseOversizedFile } from '../../../../client/files/file-size';
import { MINIMAL_PLAN, planWith } from '../../domain/plan-fixture';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dondoc-plan-limits-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function refusalOf(text: string): Promise<AppError> {
  const file = join(folder, `plan-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(file, text);
  try {
    await loadPlan(file);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the plan to be refused');
}

describe('plan file limits', () => {
  it('accepts the small plan as it is', async () => {
    const file = join(folder, 'ok.yaml');
    await writeFile(file, MINIMAL_PLAN);
    expect((await loadPlan(file)).tasks).toHaveLength(2);
  });

  it('refuses a plan file with a 2 MB task text by its size, before reading it', async () => {
    const error = await refusalOf(planWith('text: Việc thứ hai.', `text: "${'Việc thứ hai. '.repeat(150_000)}"`));
    expect(error.code).toBe('bad_input');
    expect(error.message).toMatch(/^the plan file .+ is 2\.\d MB; at most 1\.0 MB is accepted\./);
    expect(error.message).toContain('Nothing was sent.');
  });

  it('refuses a task text over 10,000 characters at its line, with the limit', async () => {
    const error = await refusalOf(planWith('text: Việc thứ hai.', `text: "${'â'.repeat(12_000)}"`));
    expect(error.code).toBe('bad_input');
    expect(error.message).toContain('tasks[1].text');
    expect(error.message).toContain('expected: at most 10,000 characters');
    expect(error.message).toContain('the text is 24 kB (12,000 characters); at most 10,000 characters are accepted; shorten it');
  });

  it('refuses bidirectional overrides in a task text and direction marks in an agency name, naming the code point', async () => {
    const error = await refusalOf(planWith('nameVi: Sở B', 'nameVi: "Sở\u200F B"', planWith('text: Việc thứ nhất.', 'text: "Việc \u202Ethứ nhất."')));
    expect(error.message).toContain('agencies[2].nameVi');
    expect(error.message).toContain('U+200F (RIGHT-TO-LEFT MARK)');
    expect(error.message).toContain('tasks[0].text');
    expect(error.message).toContain('U+202E (RIGHT-TO-LEFT OVERRIDE) at character 6');
    // Shown back escaped, so the message itself is not reversed by the character.
    expect(error.message).toContain('found:    "Việc \\u{202E}thứ nhất."');
    expect(error.message).not.toContain('\u202E');
  });

  it('refuses any file over a limit by its size alone', async () => {
    const file = join(folder, 'large.bin');
    await writeFile(file, Buffer.alloc(2_000));
    await expect(refuseOversizedFile(file, 1_000, 'the report file')).rejects.toThrow(`the report file ${file} is 2 kB; at most 1 kB is accepted. Nothing was sent.`);
    await expect(refuseOversizedFile(join(folder, 'missing.yaml'), 1_000, 'the report file')).resolves.toBeUndefined();
  });
});
