// Plans saved from a legal-text site: paragraphs hard-wrapped at a fixed width between blank
// lines, and tables stored one cell per run of lines between lines holding only "|".
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../../domain/importer';
import { squareMergedRows } from '../../../../domain/importer/document-blocks';
import { readTaskTable } from '../../../../domain/importer/read-task-table';
import { importText, oneLine, taskRows } from './import-helpers';

/** Ten short paragraphs wrapped mid-sentence, as such a page is saved. */
const wrappedPage = [
  '**II. NHIỆM', 'VỤ, GIẢI PHÁP**', '',
  ...Array.from({ length: 10 }, (_, index) => [`- Tổ chức tuyên truyền về nội`, `dung thứ ${index + 1} của Kế hoạch.`, '']).flat(),
].join('\n');

describe('a page saved from a legal-text site', () => {
  it('joins the lines of a hard-wrapped paragraph, headings included', () => {
    const blocks = textToBlocks(wrappedPage);
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: 'II. NHIỆM VỤ, GIẢI PHÁP' });
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: '- Tổ chức tuyên truyền về nội dung thứ 1 của Kế hoạch.' });
    expect(blocks).toHaveLength(11);
  });

  it('joins them so too when a long saved table sits among the paragraphs, and a line opening with a capital goes on', () => {
    const table = ['|', 'STT', '|', 'Nội dung', '|', 'Cơ quan chủ trì', '|', ...Array.from({ length: 40 }, (_, index) => ['|', String(index + 1), '|', 'Rà soát văn bản', 'quy phạm pháp luật', '|', 'Sở Tư pháp', '|']).flat(), ''];
    const page = [wrappedPage, '', '**16.** Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng', 'Nai chỉ đạo các cơ sở đoàn tham gia.', '', ...table].join('\n');
    expect(textToBlocks(page)).toContainEqual({ kind: 'paragraph', text: '16. Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai chỉ đạo các cơ sở đoàn tham gia.' });
  });

  it('keeps lines apart when each ends its sentence (a block of fields under a bullet)', () => {
    const fields = Array.from({ length: 10 }, () => ['- Tổ chức tuyên truyền.', 'Cơ quan chủ trì: Sở Y tế.', 'Thời gian thực hiện: Quý II/2025.', '']).flat().join('\n');
    expect(textToBlocks(fields).slice(0, 3)).toEqual([
      { kind: 'paragraph', text: '- Tổ chức tuyên truyền.' },
      { kind: 'paragraph', text: 'Cơ quan chủ trì: Sở Y tế.' },
      { kind: 'paragraph', text: 'Thời gian thực hiện: Quý II/2025.' },
    ]);
  });

  it('reads a table stored one cell per run of lines, rows split by two "|" lines', () => {
    const text = ['|', '**STT**', '|', '**Nội dung**', '|', '**Cơ quan chủ trì**', '|', '|', '**I.', 'TUYÊN TRUYỀN**', '|', '|', '1', '|', 'Tổ chức hội nghị', 'phổ biến Luật', '|', 'Sở Tư pháp', '|', '', 'Đoạn sau bảng.'].join('\n');
    expect(textToBlocks(text)).toEqual([
      { kind: 'table', rows: [['STT', 'Nội dung', 'Cơ quan chủ trì'], ['I. TUYÊN TRUYỀN', '', ''], ['1', 'Tổ chức hội nghị phổ biến Luật', 'Sở Tư pháp']], wholeRows: true },
      { kind: 'paragraph', text: 'Đoạn sau bảng.' },
    ]);
  });

  it('ends such a table when a full row is followed by text', () => {
    const text = ['|', 'ỦY BAN NHÂN DÂN', '|', 'CỘNG HÒA', '|', '|', 'Số: 12/KH-UBND', '|', 'Hà Nội, ngày 1 tháng 12 năm 2025', '|', 'KẾ HOẠCH', 'Về phòng, chống thiên tai'].join('\n');
    expect(textToBlocks(text)).toEqual([
      { kind: 'table', rows: [['ỦY BAN NHÂN DÂN', 'CỘNG HÒA'], ['Số: 12/KH-UBND', 'Hà Nội, ngày 1 tháng 12 năm 2025']], wholeRows: true },
      { kind: 'paragraph', text: 'KẾ HOẠCH' },
      { kind: 'paragraph', text: 'Về phòng, chống thiên tai' },
    ]);
  });

  it('ends the signature row ("Nơi nhận" | signer) before the appendix that follows it', () => {
    const text = ['|', 'Nơi nhận:', '- Như Điều 3;', '|', 'KT. CHỦ TỊCH', '|', 'PHỤ LỤC I', 'BẢNG PHÂN CÔNG'].join('\n');
    expect(textToBlocks(text)).toEqual([
      { kind: 'table', rows: [['Nơi nhận: - Như Điều 3;', 'KT. CHỦ TỊCH']], wholeRows: true },
      { kind: 'paragraph', text: 'PHỤ LỤC I' },
      { kind: 'paragraph', text: 'BẢNG PHÂN CÔNG' },
    ]);
  });

  it('ends the header table where a page saved without blank lines runs on into the body ("Điều 1.", "I. QUAN ĐIỂM")', () => {
    // The site's own box ("| Tình trạng: | Đã biết |") makes the first row wider than the document's header row.
    const text = ['|', 'Văn bản', '|', 'Tình trạng:', '|', 'Đã biết', '|', '|', 'Số: 12/QĐ-TTg', '|', 'Hà Nội, ngày 1 tháng 12 năm 2025', '|', '**QUYẾT ĐỊNH**', 'Phê duyệt Chương trình', '**Điều 1.** Phê duyệt Chương trình với những nội dung sau:', '**I. QUAN ĐIỂM**', '1. Lấy người dân làm trung tâm.'].join('\n');
    expect(textToBlocks(text)).toEqual([
      { kind: 'table', rows: [['Văn bản', 'Tình trạng:', 'Đã biết'], ['Số: 12/QĐ-TTg', 'Hà Nội, ngày 1 tháng 12 năm 2025', 'QUYẾT ĐỊNH Phê duyệt Chương trình']], wholeRows: true },
      { kind: 'paragraph', text: 'Điều 1. Phê duyệt Chương trình với những nội dung sau:' },
      { kind: 'paragraph', text: 'I. QUAN ĐIỂM' },
      { kind: 'paragraph', text: '1. Lấy người dân làm trung tâm.' },
    ]);
  });

  it('starts a new table at "| PHỤ LỤC II", its caption a paragraph above it, not a column', () => {
    const text = [
      '|', 'TT', '|', 'Chỉ tiêu', '|', 'Cơ quan chủ trì', '|', '|', '1', '|', 'Tỷ lệ hồ sơ trực tuyến', '|', 'Bộ Công an', '|',
      'PHỤ LỤC II', 'DANH MỤC NHIỆM VỤ', '|', 'TT', '|', 'Nhiệm vụ', '|', 'Cơ quan chủ trì', '|', 'Thời gian', '|', '|', '1', '|', 'Xây dựng Luật Chuyển đổi số', '|', 'Bộ Khoa học và Công nghệ', '|', 'Tháng 12/2025', '|', '',
    ].join('\n');
    expect(textToBlocks(text)).toEqual([
      { kind: 'table', rows: [['TT', 'Chỉ tiêu', 'Cơ quan chủ trì'], ['1', 'Tỷ lệ hồ sơ trực tuyến', 'Bộ Công an']], wholeRows: true },
      { kind: 'paragraph', text: 'PHỤ LỤC II DANH MỤC NHIỆM VỤ' },
      { kind: 'table', rows: [['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'], ['1', 'Xây dựng Luật Chuyển đổi số', 'Bộ Khoa học và Công nghệ', 'Tháng 12/2025']], wholeRows: true },
    ]);
  });

  it('reads a "|" line followed by a blank line as no table, without failing', () => {
    expect(textToBlocks(['Đoạn trước.', '|', '', 'Đoạn sau.'].join('\n'))).toEqual([
      { kind: 'paragraph', text: 'Đoạn trước.' },
      { kind: 'paragraph', text: 'Đoạn sau.' },
    ]);
  });

  it('gives a row narrowed by merged cells the cells of the row above, and leaves a heading row on the left', () => {
    expect(squareMergedRows([['STT', 'Chủ trì', 'Nội dung', 'Thời hạn'], ['A.', 'BỘ Y TẾ'], ['1', 'Bộ Y tế', 'Việc một', '2026'], ['Việc hai', '2027']])).toEqual([
      ['STT', 'Chủ trì', 'Nội dung', 'Thời hạn'],
      ['A.', 'BỘ Y TẾ', '', ''],
      ['1', 'Bộ Y tế', 'Việc một', '2026'],
      ['1', 'Bộ Y tế', 'Việc hai', '2027'],
    ]);
  });

  it('keeps a numbered row on the left when the merged cell is on the right, and starts a sub-row of task and lead at the task column', () => {
    const header = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Nguồn kinh phí'];
    const first = ['1', 'Rà soát văn bản quy phạm pháp luật về quy hoạch', 'Sở Tài chính', 'Các sở, ngành', 'Quý IV/2025', 'Chi thường xuyên'];
    expect(squareMergedRows([header, first, ['2', 'Xây dựng quy định về cơ sở dữ liệu quy hoạch', 'Sở Tài chính', 'Các sở, ngành', 'Năm 2026']])[2]).toEqual([
      '2',
      'Xây dựng quy định về cơ sở dữ liệu quy hoạch',
      'Sở Tài chính',
      'Các sở, ngành',
      'Năm 2026',
      'Chi thường xuyên',
    ]);
    expect(squareMergedRows([header, first, ['Xây dựng hạ tầng kỹ thuật dự phòng phục vụ sao lưu và phục hồi dữ liệu sau sự cố', 'Trung tâm Chuyển đổi số']])[2]).toEqual([
      '1',
      'Xây dựng hạ tầng kỹ thuật dự phòng phục vụ sao lưu và phục hồi dữ liệu sau sự cố',
      'Trung tâm Chuyển đổi số',
      'Các sở, ngành',
      'Quý IV/2025',
      'Chi thường xuyên',
    ]);
  });

  it('puts the cells of a numbered row around a lead merged in the middle, when the left would put a time under the coordinators', () => {
    const header = ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
    const first = ['1', 'Tổ chức tuyên truyền nội dung Nghị định đến Nhân dân', 'Bộ Chỉ huy Quân sự tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', 'Năm 2026', 'Tin, bài'];
    expect(squareMergedRows([header, first, ['2', 'Tổ chức hội nghị quán triệt Nghị định', 'Các sở, ban, ngành cấp tỉnh', 'Quý I/2026', 'Hội nghị']])[2]).toEqual([
      '2',
      'Tổ chức hội nghị quán triệt Nghị định',
      'Bộ Chỉ huy Quân sự tỉnh',
      'Các sở, ban, ngành cấp tỉnh',
      'Quý I/2026',
      'Hội nghị',
    ]);
  });

  it('reads each row of a saved table with a task of its own as a task, under the lead merged over it; a list mark is no part of the task', () => {
    const rows = [['STT', 'Cơ quan chủ trì', 'Nội dung nhiệm vụ', 'Thời hạn'], ['1', 'Bộ Y tế', '- Việc một', '2026'], ['', 'Bộ Y tế', '- Việc hai', '2026']];
    expect(readTaskTable(rows, true)?.[0]?.tasks.map((task) => [task.text, task.leadText])).toEqual([
      ['Việc một', 'Bộ Y tế'],
      ['Việc hai', 'Bộ Y tế'],
    ]);
    // Copied from Word, a row without a number is more of the cell above.
    expect(readTaskTable(rows)?.[0]?.tasks).toHaveLength(1);
  });

  it('takes "Nội dung nhiệm vụ" as the task column even after "Thuộc nhóm nhiệm vụ", and "Tên dự án, nhiệm vụ" over the "Nội dung chính" that details it', () => {
    const segments = readTaskTable([['STT', 'Cơ quan chủ trì', 'Thuộc nhóm nhiệm vụ', 'Nội dung nhiệm vụ'], ['1', 'Bộ Y tế', 'Nhóm một', 'Việc một']]);
    expect(segments?.[0]?.tasks[0]).toMatchObject({ text: 'Việc một', leadText: 'Bộ Y tế' });
    const named = readTaskTable([['STT', 'Tên dự án, nhiệm vụ', 'Nội dung chính', 'Cơ quan chủ trì'], ['1', 'Việc một', '- Chi tiết của việc một', 'Bộ Y tế']]);
    expect(named?.[0]?.tasks[0]).toMatchObject({ text: 'Việc một', leadText: 'Bộ Y tế' });
  });
});

describe('an appendix table saved in parts', () => {
  /** One cell per run of lines: each row opens with "|", each cell closes with one. */
  const saved = (...rows: string[][]) => rows.flatMap((row) => ['|', ...row.flatMap((cell) => [cell, '|'])]);

  it('reads a part that opens with its group rows, writes the header again without its number column, and has a group row wider than the header', () => {
    const header = ['**Nội dung**', '**Đơn vị thực hiện**', '**Đơn vị phối hợp**', '**Thời gian thực hiện**', '**Sản phẩm đầu ra**'];
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Phát triển kinh tế số năm 2026', 'I. NHIỆM VỤ', 'Chi tiết tại Phụ lục kèm theo.', '', '**PHỤ LỤC**', '',
      ...saved(['**STT**', '**Nhiệm vụ, giải pháp**', '**Đơn vị thực hiện**', '**Đơn vị phối hợp**', '**Thời gian thực hiện**', '**Sản phẩm đầu ra**'], ['**A**', '**NỀN MÓNG**'], ['1.1', 'Rà soát văn bản quy phạm\npháp luật về kinh tế số', 'Sở Tư pháp', 'Các sở, ban, ngành', '2026', 'Báo cáo']),
      '', '',
      ...saved(['**B**', '**NGÀNH, LĨNH VỰC**'], ['**I**', '**Y tế**'], header, ['1.1', 'Triển khai hồ sơ bệnh án điện tử', 'Sở Y tế', 'Sở Tài chính', 'Quý IV/2026', 'Hệ thống'],
        ['**II**', '**Thương mại và công nghiệp**'], header, ['**2.1**', '** **', '**Thương mại**', '** **', '** **', '** **', '** **'],
        ['2.1.1', 'Triển khai thương mại điện tử tại nông thôn', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường', 'Năm 2027', 'Chương trình']),
      '',
    ].join('\n');
    expect(taskRows(importText(text).draft).map(([, lead, coordinators, , due]) => [lead, coordinators, due])).toEqual([
      ['SO_TU_PHAP', ['ALL_DEPARTMENTS'], '2026-12-31'],
      ['SO_YT', ['SO_TC'], '2026-12-31'],
      ['SO_CONG_THUONG', ['SO_NONG_NGHIEP_VA_MOI_TRUONG'], '2027-12-31'],
    ]);
  });

  it('reads the rows after a page break, saved as a table without its header, under the header above', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Thực hiện Nghị định về phòng thủ dân sự', '', 'II. NHIỆM VỤ', '', 'Chi tiết tại Phụ lục.', '', '**PHỤ LỤC**', '',
      ...saved(['**TT**', '**Nội dung công việc**', '**Cơ quan chủ trì**', '**Cơ quan phối hợp**', '**Thời gian thực hiện**'], ['1', 'Tổ chức phổ biến Nghị định', 'Sở Tư pháp', 'Các sở, ban, ngành', 'Quý I/2026']),
      '', '',
      ...saved(['2', 'Xây dựng kế hoạch phòng thủ dân sự cấp tỉnh', 'Sở Y tế', 'Công an tỉnh', 'Năm 2026']),
      '',
    ].join('\n');
    expect(taskRows(importText(text).draft).map(([, lead, coordinators, , due]) => [lead, coordinators, due])).toEqual([
      ['SO_TU_PHAP', ['ALL_DEPARTMENTS'], '2026-03-31'],
      ['SO_YT', ['CONG_AN_TINH'], '2026-12-31'],
    ]);
  });
});

describe('a task listed in the text and again in the appendix table', () => {
  it('is kept once, as the table row with its lead and deadline', () => {
    const text = [
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Nâng cao nhận thức',
      'a) Triển khai nền tảng đào tạo trực tuyến mở cho người dân, doanh nghiệp.',
      'PHỤ LỤC',
      '| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |',
      '| 1 | Triển khai nền tảng đào tạo trực tuyến mở cho người dân, doanh nghiệp. | Sở Y tế | Quý IV/2025 |',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft).map(([, lead, , kind, due]) => [lead, kind, due])).toEqual([['SO_YT', 'one_off', '2025-12-31']]);
  });

  it('leaves out, and lists, the paragraphs that name nobody when a table assigns the tasks row by row; not those that name who does them', () => {
    const rows = Array.from({ length: 10 }, (_, index) => `| ${index + 1} | Triển khai nền tảng số thứ ${index + 1} trong ngành y tế | Sở Y tế | Năm 2027 |`);
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Phát triển kinh tế số năm 2026',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Phát triển hạ tầng số',
      '- Đẩy mạnh đầu tư hạ tầng số đồng bộ, hiện đại, kết nối rộng khắp trên địa bàn tỉnh.',
      '- Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.',
      'PHỤ LỤC',
      '| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |',
      ...rows,
    ].join('\n');
    const { draft, summary } = importText(text);
    expect(draft.tasks.map((task) => task.lead)).toEqual(['SO_TC', ...rows.map(() => 'SO_YT')]);
    expect(summary.leftOut).toEqual(['Đẩy mạnh đầu tư hạ tầng số đồng bộ, hiện đại, kết …']);
    // With fewer rows than that the table is one part of the plan: the paragraph stays, for a reviewer to assign.
    const { draft: few, summary: fewSummary } = importText(text.split('\n').slice(0, -7).join('\n'));
    expect(few.tasks).toHaveLength(5);
    expect(fewSummary.leftOut).toEqual([]);
  });

  it('leaves out, and lists, the measures that name nobody when sections by agency then give out the work duty by duty', () => {
    const duties = (agency: string, count: number) => [agency, ...Array.from({ length: count }, (_, index) => `- Triển khai nhiệm vụ thứ ${index + 1} của ${agency} theo Kế hoạch.`)];
    const measures = ['II. NHIỆM VỤ VÀ GIẢI PHÁP', '1. Hoàn thiện thể chế', '- Rà soát, hoàn thiện các quy định về chuyển đổi số trong hoạt động xây dựng.', '- Đẩy mạnh ứng dụng mô hình BIM trong quản lý công trình.', '- Phát triển nền tảng dữ liệu ngành xây dựng.', '- Sở Tài chính bố trí kinh phí thực hiện.'];
    const text = ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026', ...measures, 'III. TỔ CHỨC THỰC HIỆN', ...duties('1. Sở Y tế', 4), ...duties('2. Sở Tư pháp', 4)].join('\n');
    const { draft, summary } = importText(text);
    expect(draft.tasks.map((task) => task.lead)).toEqual(['SO_TC', ...Array(4).fill('SO_YT'), ...Array(4).fill('SO_TU_PHAP')]);
    expect(summary.leftOut).toHaveLength(3);
    expect(summary.leftOutBecause).toBe('duties');
    // Fewer duties than 8, or measures that mostly name who does them: the measures stay, for a reviewer to assign.
    expect(importText(text.split('\n').slice(0, -1).join('\n')).draft.tasks).toHaveLength(11);
    const assigned = [...measures.slice(0, 3), '- Sở Y tế đẩy mạnh ứng dụng mô hình BIM.', ...measures.slice(4)];
    expect(importText(['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Chuyển đổi số năm 2026', ...assigned, 'III. TỔ CHỨC THỰC HIỆN', ...duties('1. Sở Y tế', 4), ...duties('2. Sở Tư pháp', 4)].join('\n')).summary.leftOut).toEqual([]);
  });

  it('is kept once when it is short, only if the row says exactly the same', () => {
    const text = [
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Hoàn thiện thể chế',
      '- Xây dựng Luật An ninh dữ liệu.',
      '- Xây dựng Luật Dữ liệu.',
      'PHỤ LỤC',
      '| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |',
      '| 1 | Xây dựng Luật An ninh dữ liệu. | Công an tỉnh | Tháng 12/2026 |',
      '| 2 | Xây dựng Luật Dữ liệu cá nhân. | Sở Tư pháp | Tháng 6/2026 |',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.text, task.lead ?? null])).toEqual([
      ['Xây dựng Luật Dữ liệu.', null],
      ['Xây dựng Luật An ninh dữ liệu.', 'CONG_AN_TINH'],
      ['Xây dựng Luật Dữ liệu cá nhân.', 'SO_TU_PHAP'],
    ]);
  });
});

describe("a ministry's letter saved from a legal-text site", () => {
  const prose = 'Thủ tướng Chính phủ đã ban hành Chỉ thị số 33/CT-TTg về đẩy mạnh việc thực hiện đúng tiến độ các nhiệm vụ được giao. Thời gian qua, Bộ đã ban hành nhiều văn bản đôn đốc, giao nhiệm vụ; tuy nhiên tiến độ, kết quả công việc còn chưa đạt yêu cầu, chưa có sự chuyển biến rõ nét trong khi khối lượng công việc nhiều, ngày càng tăng. Trước tình hình đó, Bộ Văn hóa, Thể thao và Du lịch yêu cầu:';
  const letter = [
    '|',
    '**Kính gửi:**',
    '|',
    '- Các cơ quan tham mưu thuộc Bộ;',
    '- Trung tâm Chuyển đổi số.',
    '|',
    ...prose.match(/.{1,80}(?:\s|$)/gu)!.map((line) => line.trim()),
    '**1. Vụ Tổ chức cán bộ**',
    '-',
    'Quán triệt, hướng dẫn các cơ quan, đơn vị đưa kết quả thực hiện nhiệm vụ vào công tác thi đua, khen thưởng.',
    '**2. Văn phòng Bộ**',
    '- Phối hợp với Trung tâm Chuyển đổi số nhập liệu tiến độ trên Hệ thống thông tin giám sát.',
    '|',
    'Nơi nhận:',
    '- Như trên.',
    '|',
    '',
    'Danh mục các văn bản đã ban hành',
    'I. QUYẾT ĐỊNH',
    '1.',
    'Quyết định số 1381/QĐ-BVHTTDL ngày 15/5/2025 của Bộ trưởng.',
  ].join('\n');

  it('reads the opening prose kept in the address table as the first paragraph, and "-" alone with the words below it as one item', () => {
    const paragraphs = textToBlocks(letter).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(paragraphs).toContain(prose);
    expect(paragraphs).toContain('- Quán triệt, hướng dẫn các cơ quan, đơn vị đưa kết quả thực hiện nhiệm vụ vào công tác thi đua, khen thưởng.');
  });

  it('takes the points after "… yêu cầu:" as the duties of the units they name, though the sections come only in the list attached', () => {
    const { draft } = importText(letter);
    expect(draft.tasks.map((task) => [task.text.slice(0, 20), task.lead ?? task.assignees])).toEqual([
      ['Quán triệt, hướng dẫ', 'VU_TO_CHUC_CAN_BO'],
      ['Phối hợp với Trung t', 'VAN_PHONG_BO'],
    ]);
  });
});

describe("a notice of the Government Office's conclusions", () => {
  const notice = [
    '|',
    '**VĂN PHÒNG CHÍNH PHỦ**',
    '|',
    '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
    '|',
    '|',
    'Số: 659/TB-VPCP',
    '|',
    '*Hà Nội, ngày 29 tháng 11 năm 2025*',
    '|',
    '**THÔNG BÁO**',
    'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI CUỘC HỌP VỀ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT',
    'Ngày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ đã chủ trì',
    'cuộc họp về tình hình thực hiện Nghị quyết. Sau khi nghe báo cáo của Bộ Tư pháp, Phó',
    'Thủ tướng Chính phủ kết luận như sau:',
    '1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ theo',
    'chức năng, nhiệm vụ, thẩm quyền trực tiếp chỉ đạo thực hiện hiệu quả Nghị quyết số',
    '140/NQ-CP; trong đó lưu ý chú trọng thực hiện tốt một số nội dung trọng tâm sau:',
    '- Khẩn trương chỉ đạo tập trung rà soát, hoàn thiện các báo cáo tình hình triển khai',
    'Nghị quyết số 66-NQ/TW và Nghị quyết số 140/NQ-CP. Các Báo cáo trên gửi Bộ Tư pháp',
    'trước ngày 05 tháng 12 năm 2025.',
    '2. Bộ Tư pháp có trách nhiệm kiểm tra, đôn đốc các Bộ, cơ quan ngang Bộ trong việc',
    'thực hiện các Nghị quyết, kịp thời báo cáo Thủ tướng Chính phủ những vấn đề phát sinh.',
    'Văn phòng Chính phủ thông báo để Bộ Tư pháp và các cơ quan liên quan biết, thực hiện./.',
    '|',
    'Nơi nhận:',
    '- Các Bộ, cơ quan ngang Bộ;',
    '|',
    'KT. BỘ TRƯỞNG, CHỦ NHIỆM',
    '|',
    '',
    '- Bạn vừa bị Đăng xuất khỏi Tài khoản.',
    '- Hỗ trợ: (028) 3930.3279',
  ].join('\n');

  it('reads the conclusions after "… kết luận như sau:" as the duties of those they name ("Các đồng chí" no part of the name), and nothing after the signature', () => {
    const { draft } = importText(notice);
    expect(draft.tasks.map((task) => [task.text.slice(0, 24), task.lead])).toEqual([
      ['Khẩn trương chỉ đạo tập ', 'BO_TRUONG_THU_TRUONG_CO_QUAN_NGANG_BO_CO_QUAN_THUOC_CHINH_PHU'],
      ['Bộ Tư pháp có trách nhiệ', 'BO_TU_PHAP'],
    ]);
  });
});

describe('text wrapped at a fixed width with no blank lines', () => {
  // Twenty-odd lines of about 80 characters: the width the text is wrapped at.
  const filler = Array.from({ length: 24 }, (_, index) => `- Nhiệm vụ số ${index + 1} được triển khai đồng bộ, thống nhất trên phạm vi toàn quốc trong năm.`);
  it('goes on with a full line that ends no sentence, even when the next starts with a capital; not after a short one', () => {
    const text = [
      ...filler,
      '- Khẩn trương hoàn thiện các báo cáo tình hình triển khai, kết quả thực hiện đầy đủ',
      'Nghị quyết số 66-NQ/TW và Nghị quyết số 140/NQ-CP của Chính phủ; các báo cáo gửi Bộ',
      'Tư pháp trước ngày 05 tháng 12 năm 2025.',
      'Tổ chức thực hiện',
      'Các bộ, ngành triển khai.',
    ].join('\n');
    const paragraphs = textToBlocks(text).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(paragraphs.slice(-3)).toEqual([
      '- Khẩn trương hoàn thiện các báo cáo tình hình triển khai, kết quả thực hiện đầy đủ Nghị quyết số 66-NQ/TW và Nghị quyết số 140/NQ-CP của Chính phủ; các báo cáo gửi Bộ Tư pháp trước ngày 05 tháng 12 năm 2025.',
      'Tổ chức thực hiện',
      'Các bộ, ngành triển khai.',
    ]);
  });
});

describe('a telegram saved from a legal-text site', () => {
  const page = [
    '## Tăng cường sử dụng hàng dự trữ quốc gia',
    'Thủ tướng Chính phủ yêu cầu Bộ Tài chính chủ trì:',
    '- Rà soát các mặt hàng dự trữ quốc gia.',
    'Xem chi tiết tại Công điện 226/CĐ-TTg ngày 21/11/2025.',
    '|', '**THỦ TƯỚNG CHÍNH PHỦ**', '|', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '|', '|', 'Số: 226/CĐ-TTg', '|', '*Hà Nội, ngày 21 tháng 11 năm 2025*', '|',
    '**CÔNG ĐIỆN**', 'VỀ VIỆC SỬ DỤNG HÀNG DỰ TRỮ QUỐC GIA', '**THỦ TƯỚNG CHÍNH PHỦ điện:**',
    '|', '- Bộ trưởng các Bộ:', '|', 'Quốc phòng, Công an, Tài chính.', '|', '|',
    'Trong tháng 11 năm 2025, mưa lũ lớn tại khu vực Trung Bộ đã gây thiệt hại nặng nề về người và tài sản của Nhân dân, Thủ tướng Chính phủ yêu cầu các Bộ trưởng tập trung thực hiện ngay các nhiệm vụ sau:',
    '**1.** Bộ Tài chính chủ trì, phối hợp với các địa phương:',
    'a) Rà soát các mặt hàng dự trữ quốc gia bảo đảm chủng loại, số lượng.',
    '**2.** Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ, thẩm quyền chủ trì, phối hợp với các địa phương:',
    'a) Huy động lực lượng tham gia vận chuyển hàng dự trữ quốc gia.',
    '|', 'Nơi nhận:', '- Như trên;', '|', '**THỦ TƯỚNG**',
  ].join('\n');

  it('leaves out the site\'s summary before the document, and reads the points after the address table', () => {
    const { draft } = importText(page);
    expect(draft.tasks.map((task) => [oneLine(task.text), task.lead ?? task.assignees])).toEqual([
      ['Rà soát các mặt hàng dự trữ quốc gia bảo đảm chủng loại, số lượng.', 'BO_TAI_CHINH'],
      ['Huy động lực lượng tham gia vận chuyển hàng dự trữ quốc gia.', ['BO_QUOC_PHONG', 'BO_CONG_AN', 'CAC_DIA_PHUONG']],
    ]);
  });
});

describe("a decision saved by a site that sets the document's name before each article", () => {
  const page = [
    'Quyết định 3176/QĐ-BYT năm 2024. BỘ Y TẾ -------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
    'Số: 3176/QĐ-BYT',
    'Hà Nội, ngày 29 tháng 10 năm 2024 QUYẾT ĐỊNH SỬA ĐỔI CHUẨN DỮ LIỆU ĐẦU RA BỘ TRƯỞNG BỘ Y TẾ',
    'QUYẾT ĐỊNH:',
    '',
    'Quyết định 3176/QĐ-BYT năm 2024. Điều 1. ',
    'Sửa đổi, bổ sung tạm thời các Bảng chỉ tiêu dữ liệu tại Phụ lục kèm theo Quyết định này.',
    '',
    'Quyết định 3176/QĐ-BYT năm 2024. Điều 2. Tổ chức thực hiện',
    '1. Bảo hiểm xã hội Việt Nam',
    'a) Bảo đảm các điều kiện cần thiết để triển khai tiếp nhận dữ liệu;',
    'b) Bố trí nhân lực hỗ trợ, xử lý kịp thời các vướng mắc.',
    '2. Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương khẩn trương chỉ đạo, hướng dẫn các cơ sở khám bệnh, chữa bệnh triển khai thực hiện.',
    '3. Thủ trưởng các cơ sở khám bệnh, chữa bệnh trong toàn quốc trực tiếp chỉ đạo tổ chức triển khai thực hiện đầy đủ, đúng tiến độ.',
    '',
    'Quyết định 3176/QĐ-BYT năm 2024. Điều 3.',
    'Quyết định này có hiệu lực kể từ ngày ký, ban hành.',
    '',
    'Quyết định 3176/QĐ-BYT năm 2024. Điều 4.',
    'Các Ông, Bà Chánh Văn phòng Bộ Y tế và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    'Nơi nhận:',
    '- Như Điều 4;',
  ].join('\n');

  it('reads "Điều 2. Tổ chức thực hiện" under the prefix as the duties, and an article with no title ends them', () => {
    const { draft } = importText(page);
    expect(draft.tasks.map((task) => [oneLine(task.text).slice(0, 40), task.lead ?? task.assignees])).toEqual([
      ['Bảo đảm các điều kiện cần thiết để triển', 'BAO_HIEM_XA_HOI_VIET_NAM'],
      ['Bố trí nhân lực hỗ trợ, xử lý kịp thời c', 'BAO_HIEM_XA_HOI_VIET_NAM'],
      ['Giám đốc Sở Y tế các tỉnh, thành phố trự', 'SO_YT'],
      ['Thủ trưởng các cơ sở khám bệnh, chữa bện', ['CAC_CO_SO_KHAM_BENH_CHUA_BENH']],
    ]);
  });
});

describe('a decision saved with its points numbered in an older style', () => {
  const page = [
    'Quyết định 1056/QĐ-CT',
    'UỶ BAN NHÂN DÂN TỈNH A --------',
    'QUYẾT ĐỊNH:',
    'Điều 1.',
    'Ban hành mức trợ giúp cho các đối tượng bảo trợ xã hội.',
    'Điều 2.',
    'Tổ chức thực hiện:',
    '1',
    '- Thời gian thực hiện mức trợ giúp quy định tại Điều 1:',
    '- Đối tượng mới được hưởng từ ngày ghi trong quyết định.',
    '2 - Sở Tài chính có trách nhiệm.',
    '- Thẩm định dự toán kinh phí bảo đảm xã hội cho cấp huyện;',
    '- Bố trí kinh phí thực hiện.',
    '3',
    '- Uỷ ban nhân dân các huyện, thành phố:',
    '- Quản lý đối tượng bảo trợ xã hội trên địa bàn;',
    '- Hướng dẫn, kiểm tra, giám sát cấp xã.',
    'Điều 3.',
    'Quyết định này có hiệu lực thi hành kể từ ngày ký.',
  ].join('\n');

  it('reads "2 - Sở Tài chính có trách nhiệm." as a point, and a number alone on its line with its text as a bullet below', () => {
    const { draft } = importText(page);
    const rows = draft.tasks.map((task) => [oneLine(task.text).slice(0, 30), task.lead ?? task.assignees]);
    expect(rows.slice(-4)).toEqual([
      ['Thẩm định dự toán kinh phí bảo', 'SO_TC'],
      ['Bố trí kinh phí thực hiện.', 'SO_TC'],
      ['Quản lý đối tượng bảo trợ xã h', ['ALL_DISTRICTS']],
      ['Hướng dẫn, kiểm tra, giám sát ', ['ALL_DISTRICTS']],
    ]);
  });

  it('does not take a page number alone on its line for a point number', () => {
    const text = ['II. NHIỆM VỤ', '1. Sở Y tế:', '- Tổ chức tập huấn.', '17', '- Kiểm tra, giám sát.'].join('\n');
    expect(importText(text).draft.tasks.map((task) => task.lead)).toEqual(['SO_YT', 'SO_YT']);
  });
});
