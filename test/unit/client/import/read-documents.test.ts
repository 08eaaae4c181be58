// Reading plan documents from files: a Word document with a real table, a PDF's text layer, and
// text in UTF-8 only. Each sample imports with every task, lead and deadline.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../../../client/import/decode-text';
import { htmlToBlocks } from '../../../../client/import/docx-blocks';
import { readPlanDocument } from '../../../../client/import/read-plan-document';
import { BINARY_FIXTURES } from '../../../fixtures/documents/generate-binary-fixtures';
import { pdfDocument } from '../../../fixtures/documents/build/pdf-writer';
import { fixturePath, importBlocks, taskRows, type TTaskRow } from '../../domain/importer/import-helpers';

describe('a Word document (thang-hanh-dong-vi-tre-em.docx)', async () => {
  const document = await readPlanDocument(fixturePath('thang-hanh-dong-vi-tre-em.docx'));
  const { draft, summary } = importBlocks(document.blocks);

  it('is read as a Word document, its tables as tables', () => {
    expect(document.format).toBe('docx');
    expect(document.blocks.filter((block) => block.kind === 'table')).toHaveLength(2);
  });

  it('imports every task, from the paragraphs and from the appendix table', () => {
    expect(taskRows(draft)).toEqual<TTaskRow[]>([
      ['II.1.1', 'SO_YT', ['SO_VHTTDL', 'BAO_KON_TUM'], 'one_off', '2025-06-30'],
      ['II.1.2', 'SO_YT', ['SO_VHTTDL', 'BAO_KON_TUM'], 'one_off', '2025-06-30'],
      ['II.2.1', null, ['TINH_DOAN', 'HOI_LHPN'], 'one_off', '2025-06-30'],
      ['II.2.2', null, ['TINH_DOAN', 'HOI_LHPN'], 'one_off', '2025-06-30'],
      ['III.1.1', 'SO_YT', [], 'one_off', '2025-07-15'],
      ['III.2.1', null, [], 'one_off', '2025-06-05'],
      ['II.3.1', 'SO_YT', ['UY_BAN_NHAN_DAN_THANH_PHO_KON_TUM'], 'one_off', '2025-05-31'],
      ['II.3.2', 'SO_YT', ['SO_VHTTDL', 'CONG_AN_TINH'], 'one_off', '2025-06-30'],
      ['II.3.3', 'SO_YT', ['ALL_DEPARTMENTS'], 'one_off', '2025-09-30'],
    ]);
  });

  it('repeats a lead merged over two rows in each row', () => {
    expect(draft.tasks.filter((task) => task.groupTitle === 'CÁC HOẠT ĐỘNG CAO ĐIỂM TRONG THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2025').map((task) => task.lead)).toEqual(['SO_YT', 'SO_YT', 'SO_YT']);
  });

  it('reads the header from the header table', () => {
    expect(draft.metadata).toMatchObject({ titleVi: 'Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2025', number: '88/KH-UBND', date: '2025-05-06', issuer: 'UBND_TINH' });
    expect(draft.metadata.province).toMatchObject({ nameVi: 'Kon Tum', source: 'document' });
    // "Công an tỉnh" is in the seed's registry since it took network security in 2025.
    expect(summary.unmappedAgencies.map((agency) => agency.name)).toEqual(['Báo Kon Tum', 'Ủy ban nhân dân thành phố Kon Tum']);
  });
});

describe('a PDF with a text layer (dinh-duong-mam-non.pdf)', async () => {
  const document = await readPlanDocument(fixturePath('dinh-duong-mam-non.pdf'));
  const { draft } = importBlocks(document.blocks);

  it('imports every task, with wrapped lines joined and the table\'s wrapped cell mended', () => {
    expect(document.format).toBe('pdf');
    expect(taskRows(draft)).toEqual<TTaskRow[]>([
      ['II.1.1', 'SO_GDDT', ['SO_YT'], 'one_off', '2025-09-30'],
      ['II.1.2', 'SO_GDDT', ['SO_YT'], 'continuous', null],
      ['II.2.1', null, ['SO_TC'], 'periodic', ['12-15']],
      ['II.2.2', 'SO_YT', ['SO_GDDT'], 'periodic', ['06-15', '12-15']],
      ['II.3.1', 'SO_GDDT', ['SO_YT'], 'one_off', '2025-06-30'],
      ['II.3.2', 'SO_GDDT', ['SO_YT'], 'one_off', '2025-12-31'],
    ]);
    expect(draft.tasks[0]?.groupTitle).toBe('Nâng cao năng lực chăm sóc dinh dưỡng cho đội ngũ cán bộ quản lý, giáo viên và nhân viên nuôi dưỡng trong các cơ sở giáo dục mầm non');
    expect(draft.tasks[0]?.text).toBe('Tổ chức tập huấn kiến thức dinh dưỡng, xây dựng thực đơn và chế biến món ăn cho nhân viên nuôi dưỡng của các trường mầm non công lập và ngoài công lập; hoàn thành trước ngày 30/9/2025.');
    expect(draft.tasks[4]?.text).toBe('Biên soạn tài liệu hướng dẫn thực đơn cho trẻ mầm non vùng khó khăn');
  });

  it('reads the header and the monitor', () => {
    expect(draft.metadata).toMatchObject({ number: '31/KH-UBND', date: '2025-02-10', issuer: 'UBND_TINH' });
    expect(draft.policy.monitor).toBe('SO_GDDT');
    expect(draft.reportingCycles[0]).toMatchObject({ frequency: 'annual', dueDays: ['12-10'] });
  });
});

describe('committed binary fixtures', () => {
  it.each(BINARY_FIXTURES.map((fixture) => [fixture.name, fixture]))('%s is what generate-binary-fixtures.ts builds', (name, fixture) => {
    expect(readFileSync(fixturePath(name)).equals(fixture.build())).toBe(true);
  });
});

describe('Word HTML from mammoth', () => {
  it('turns lists into bullets and numbers, and drops footnote markers', () => {
    const html = '<p>KẾ HOẠCH</p><ol><li>Truyền thông</li></ol><ul><li>Tuyên truyền<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> &amp; vận động</li></ul><ol><li id="footnote-1"><p>Chú thích</p></li></ol>';
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'paragraph', text: 'KẾ HOẠCH' },
      { kind: 'paragraph', text: '1. Truyền thông' },
      { kind: 'paragraph', text: '- Tuyên truyền & vận động' },
    ]);
  });

  it('fills cells merged across rows and columns', () => {
    const html = '<table><tr><td rowspan="2"><p>A</p></td><td colspan="2"><p>B</p></td></tr><tr><td><p>C</p></td><td><p>D</p></td></tr></table>';
    expect(htmlToBlocks(html)).toEqual([{ kind: 'table', rows: [['A', 'B', ''], ['A', 'C', 'D']] }]);
  });
});

describe('text encodings', () => {
  const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('Kế hoạch'), 'a.txt')).toBe('Kế hoạch');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kế hoạch')]), 'a.txt')).toBe('Kế hoạch');
  });

  it.each([
    ['UTF-16 with a byte-order mark', new Uint8Array([0xff, 0xfe, ...Buffer.from('Kế hoạch', 'utf16le')]), 'UTF-16 text (byte-order mark FF FE)'],
    ['UTF-16 without one', new Uint8Array(Buffer.from('KE HOACH phong chong duoi nuoc', 'utf16le')), 'UTF-16 text without a byte-order mark'],
    // Words whose letters Latin-1 has: text in a legacy code page looks like this to UTF-8.
    ['Latin-1', new Uint8Array(Buffer.from('KE HOACH: Cà Mau, Tây Ninh, Thái Bình', 'latin1')), 'byte 0xE0 at offset 11 is not valid UTF-8'],
    ['binary data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary'],
  ])('refuses %s with a message saying what to do', (_, bytes, reason) => {
    expect(() => decodeText(bytes, 'plan.txt')).toThrow(reason);
  });
});

describe('files that are not plan documents', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'dondoc-read-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), 'the file is empty'],
    ['blank.txt', Buffer.from('  \n\n\t\n'), 'only blank space'],
    ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old Word (.doc)'],
    ['sheet.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('xl/workbook.xml')]), 'not a Word document'],
    ['fake.pdf', Buffer.from('Kế hoạch'), 'its content is not a PDF'],
    ['broken.pdf', Buffer.from('%PDF-1.4\nnot really a pdf'), 'not a readable PDF'],
    ['scanned.pdf', pdfDocument([{ kind: 'gap' }]), 'no text layer'],
  ])('%s is refused', async (name, bytes, reason) => {
    const path = join(directory, name);
    await writeFile(path, bytes);
    await expect(readPlanDocument(path)).rejects.toThrow(reason);
  });

  it('a missing file is refused with its path', async () => {
    await expect(readPlanDocument(join(directory, 'missing.docx'))).rejects.toThrow('no such file');
  });
});
