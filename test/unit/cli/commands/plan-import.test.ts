// `dondoc plan import` as a user runs it: a draft written and summarised, and bad input (empty,
// no tasks, binary, UTF-16, Latin-1) refused with exit code 2 and a message, never a crash.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePlan } from '../../../../domain/plan/validate-plan';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = (name: string) => join(repositoryRoot, 'test/fixtures/documents', name);
// Each run starts Node and the tsx loader (about a second); leave room on a busy machine.
const CLI_TIMEOUT_MS = 30_000;

interface TRun {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string[]): Promise<TRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, command, { cwd: repositoryRoot, timeout: CLI_TIMEOUT_MS }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

const dondoc = (...args: string[]) => run(['bin/dondoc.js', ...args]);

describe('dondoc plan import', { timeout: CLI_TIMEOUT_MS }, () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'dondoc-import-'));
  }, CLI_TIMEOUT_MS);
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('writes a valid draft with -o and summarises groups, unmapped agencies and deadlines', async () => {
    const output = join(directory, 'duoi-nuoc.yaml');
    const result = await dondoc('plan', 'import', fixture('phong-chong-duoi-nuoc-khoi.txt'), '-o', output);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`→ ${output}: 6 tasks.`);
    expect(result.stdout).toMatch(/II\.1 +2 {2}Tăng cường truyền thông về phòng, chống đuối nước trẻ em/u);
    // "Công an tỉnh" is in the seed's registry (network security, 2025); Sở Xây dựng is not.
    expect(result.stdout).toContain('"Sở Xây dựng" → SO_XAY_DUNG (II.2.1)');
    expect(result.stdout).not.toContain('"Công an tỉnh" →');
    expect(result.stdout).toContain('Deadlines: every deadline the document gives was read.');
    const validation = validatePlan(await readFile(output, 'utf8'));
    expect(validation.ok).toBe(true);
  });

  it('lists the paragraphs it left out because an appendix table assigns the tasks row by row', async () => {
    const rows = Array.from({ length: 10 }, (_, index) => `| ${index + 1} | Triển khai nền tảng số thứ ${index + 1} trong ngành y tế | Sở Y tế | Năm 2027 |`);
    const document = join(directory, 'kinh-te-so.txt');
    const prose = Array.from({ length: 22 }, (_, index) => `- Đẩy mạnh đầu tư hạ tầng số giai đoạn ${index + 1}.`);
    await writeFile(document, ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Phát triển kinh tế số năm 2026', 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Phát triển hạ tầng số', ...prose, 'PHỤ LỤC', '| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |', ...rows].join('\n'));
    const result = await dondoc('plan', 'import', document, '-o', join(directory, 'kinh-te-so.yaml'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(': 10 tasks.');
    expect(result.stdout).toContain('Left out (22): paragraphs of the tasks section that name no agency');
    expect(result.stdout).toContain('  "Đẩy mạnh đầu tư hạ tầng số giai đoạn 1."');
    // The terminal shows the first 20; --json has them all.
    expect(result.stdout).not.toContain('giai đoạn 21.');
    expect(result.stdout).toContain('  … and 2 more (all of them in --json, as leftOut).');
    expect(result.stdout).toContain('since the appendix table assigns the plan\'s tasks row by row');
  });

  it('says why when sections by agency give out the work the measures before them name nobody for', async () => {
    const document = join(directory, 'xay-dung-so.txt');
    const duties = (agency: string) => [agency, ...Array.from({ length: 4 }, (_, index) => `- Triển khai nhiệm vụ thứ ${index + 1} theo Kế hoạch.`)];
    await writeFile(document, ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026', 'II. NHIỆM VỤ VÀ GIẢI PHÁP', '1. Hoàn thiện thể chế', '- Rà soát các quy định về chuyển đổi số.', 'III. TỔ CHỨC THỰC HIỆN', ...duties('1. Sở Y tế'), ...duties('2. Sở Tư pháp')].join('\n'));
    const result = await dondoc('plan', 'import', document, '-o', join(directory, 'xay-dung-so.yaml'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(': 8 tasks.');
    expect(result.stdout).toContain("Left out (1): paragraphs of the tasks section that name no agency, since the sections by agency give out the plan's work duty by duty");
    expect(result.stdout).toContain('  "Rà soát các quy định về chuyển đổi số."');
  });

  it('prints the draft on stdout and the summary on stderr without -o', async () => {
    const result = await dondoc('plan', 'import', fixture('thang-hanh-dong-vi-tre-em.docx'));
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('# BẢN NHÁP do `dondoc plan import` tạo từ thang-hanh-dong-vi-tre-em.docx')).toBe(true);
    expect(validatePlan(result.stdout).ok).toBe(true);
    expect(result.stderr).toContain('9 tasks.');
  });

  it('--json gives the summary as data', async () => {
    const result = await dondoc('plan', 'import', fixture('dinh-duong-mam-non.pdf'), '-o', join(directory, 'mam-non.yaml'), '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ format: 'pdf', valid: true, problems: [], taskCount: 6, unmappedAgencies: [], unreadableDeadlines: [], unassignedTasks: [], tasksToCheck: [], leftOut: [] });
    expect(summary.groups).toEqual([
      { group: 'II.1', title: 'Nâng cao năng lực chăm sóc dinh dưỡng cho đội ngũ cán bộ quản lý, giáo viên và nhân viên nuôi dưỡng trong các cơ sở giáo dục mầm non', tasks: 2 },
      { group: 'II.2', title: 'Cải thiện chất lượng bữa ăn bán trú', tasks: 2 },
      { group: 'II.3', title: 'NHIỆM VỤ XÂY DỰNG TÀI LIỆU VÀ TỔNG KẾT', tasks: 2 },
    ]);
  });

  it('--registry maps names with another plan\'s registry', async () => {
    const registry = join(directory, 'registry.yaml');
    const first = await dondoc('plan', 'import', fixture('phong-chong-duoi-nuoc-khoi.txt'), '-o', registry);
    expect(first.code).toBe(0);
    // The first draft's registry knows "Công an tỉnh" (as the placeholder it made) but not the
    // Fatherland Front, which that plan never named.
    const result = await dondoc('plan', 'import', fixture('phong-chong-xam-hai-muc-iii.txt'), '--registry', registry, '--json', '-o', join(directory, 'xam-hai.yaml'));
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { registry: string; valid: boolean; unmappedAgencies: Array<{ name: string }> };
    expect(summary).toMatchObject({ registry, valid: true });
    expect(summary.unmappedAgencies.map((agency) => agency.name)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội tỉnh']);
    const draft = validatePlan(await readFile(join(directory, 'xam-hai.yaml'), 'utf8'));
    expect(draft.ok && draft.plan.tasks.filter((task) => task.lead === 'CONG_AN_TINH').map((task) => task.ref)).toEqual(['III.3.1', 'III.3.2']);
  });

  it('refuses a registry that is not a valid plan file', async () => {
    const registry = join(directory, 'bad-registry.yaml');
    await writeFile(registry, 'formatVersion: 1\n');
    const result = await dondoc('plan', 'import', fixture('dinh-duong-hoc-duong-giao.txt'), '--registry', registry);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a valid plan file');
  });

  describe('bad input: exit code 2 and a message', () => {
    const cases: Array<[string, Buffer | string, RegExp]> = [
      ['empty.txt', Buffer.alloc(0), /the file is empty \(0 bytes\)/u],
      ['cong-van.txt', 'CÔNG VĂN\nVề việc mời dự hội nghị tổng kết công tác trẻ em năm 2025.\nKính gửi: Các sở, ban, ngành.\n', /no task found/u],
      ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), /the file is binary, not text/u],
      ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('KẾ HOẠCH\nII. NHIỆM VỤ\n- Tuyên truyền.\n', 'utf16le')]), /UTF-16 text \(byte-order mark FF FE\); dondoc reads plain text in UTF-8 only/u],
      ['latin1.txt', Buffer.from('KE HOACH: Cà Mau, Tây Ninh, Thái Bình\n', 'latin1'), /not UTF-8 text \(byte 0xE0 at offset 11.*Windows-1258/u],
      ['scan.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), /not a readable PDF/u],
    ];
    it.each(cases)('%s', async (name, content, message) => {
      const path = join(directory, name);
      await writeFile(path, content);
      const output = join(directory, `${name}.yaml`);
      const result = await dondoc('plan', 'import', path, '-o', output);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^dondoc: /u);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /u);
      await expect(readFile(output)).rejects.toThrow();
    });

    it('a missing document', async () => {
      const result = await dondoc('plan', 'import', join(directory, 'missing.txt'));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('no such file');
    });

    it('an output that would overwrite the document', async () => {
      const result = await dondoc('plan', 'import', fixture('dinh-duong-hoc-duong-giao.txt'), '-o', fixture('dinh-duong-hoc-duong-giao.txt'));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('would overwrite the document');
    });
  });
});
