// Plans whose text was extracted from a signed PDF: each page's running header and number sit
// between the body's lines, and an appendix table comes one cell fragment per line, no delimiters.
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../../domain/importer';
import { markPageBreaks, PAGE_BREAK } from '../../../../domain/importer/page-furniture';
import { readStackedTable } from '../../../../domain/importer/read-stacked-table';
import { importText, taskRows } from './import-helpers';

const pageTop = (page: number) => ['', 'CÔNG BÁO/Số 88/Ngày 02-03-2026 ', `${page} `, ' ', ' '];
const HEADER = ['TT ', 'Nội dung công việc ', 'Cơ quan      ', 'chủ trì ', 'Cơ quan ', 'phối hợp ', 'Sản phẩm ', 'Thời hạn ', 'hoàn thành '];

/** Rows as the PDF gives them: number, the task's long lines, then each short cell's lines. */
const table = [
  ...HEADER,
  'I Công tác tuyên truyền, phổ biến chính sách mới về trẻ em ',
  '1 ',
  'Tổ chức tuyên truyền, phổ biến các quy định ',
  'mới về quyền trẻ em đến cán bộ, công chức ',
  'và người dân trên địa bàn ',
  'Sở Y tế ',
  'Công an tỉnh; Sở ',
  'Tư pháp ',
  'Hội nghị, ',
  'tài liệu ',
  'Quý II/2026 ',
  '2 ',
  'Xây dựng, ban hành văn bản hướng dẫn thực ',
  'hiện chế độ hỗ trợ trẻ em có hoàn cảnh đặc ',
  'biệt, bảo đảm đúng đối tượng, đúng quy định ',
  'Sở Lao động ',
  '- Thương ',
  'binh và Xã ',
  'hội ',
  'Sở Tài chính; ',
  'Ủy ban nhân ',
  'dân các ',
  'Văn bản ',
  'hướng dẫn ',
  'Trước ',
  'ngày ',
  '30/6/2026 ',
  ...pageTop(12),
  ...HEADER,
  'hiện hành của Nhà nước ',
  'xã, phường ',
  'II Kiểm tra, giám sát ',
  '1 ',
  'Kiểm tra việc thực hiện chính sách đối với ',
  'trẻ em tại các xã, phường ',
  'Sở Y tế ',
  'Công an tỉnh ',
  'Báo cáo kết ',
  'quả kiểm tra ',
  'Thường xuyên ',
  '(hoặc theo yêu ',
  'cầu của Ủy ban ',
  'nhân dân tỉnh) ',
];

describe('text extracted from a PDF', () => {
  it('turns running headers with growing page numbers into page breaks', () => {
    const lines = ['Kế hoạch thực hiện ', ...pageTop(10), 'công tác trẻ em. ', ...pageTop(11), 'Nội dung tiếp ', ...pageTop(12), 'theo.'];
    const marked = markPageBreaks(lines);
    expect(marked.filter((line) => line === PAGE_BREAK)).toHaveLength(3);
    expect(marked.join('\n')).not.toMatch(/CÔNG BÁO|^1[0-2] $/mu);
  });

  it('leaves a repeated table cell followed by row numbers alone', () => {
    const lines = ['Thường xuyên', '2', 'Việc hai', 'Thường xuyên', '3', 'Việc ba', 'Thường xuyên', '5', 'Việc năm', 'Thường xuyên', 'Hết'];
    expect(markPageBreaks(lines)).toEqual(lines);
  });

  it('leaves a repeated last cell alone when every row number after it follows on, with no page\'s edge beside it', () => {
    const lines = ['Việc một', 'Các đơn vị có liên quan ', '2 ', 'Việc hai', 'Các đơn vị có liên quan ', '3 ', 'Việc ba', 'Các đơn vị có liên quan ', '4 ', 'Việc bốn'];
    expect(markPageBreaks(lines)).toEqual(lines);
  });

  it('joins a paragraph cut by a page header', () => {
    const text = ['I. MỤC ĐÍCH', 'Bảo đảm mọi trẻ em được chăm sóc ', ...pageTop(3), 'và bảo vệ.', 'II. NHIỆM VỤ', ...pageTop(4), 'III. TỔ CHỨC', ...pageTop(5), 'Các sở thực hiện.'].join('\n');
    expect(textToBlocks(text)[1]).toEqual({ kind: 'paragraph', text: 'Bảo đảm mọi trẻ em được chăm sóc và bảo vệ.' });
  });

  it('reads a table given one cell fragment per line into rows, across a page break', () => {
    // A running header is known by its repeating on three pages at least.
    const lines = markPageBreaks([...pageTop(10), 'Phụ lục I', ...pageTop(11), ...table, '', 'Phụ lục II ']);
    const read = readStackedTable(lines, lines.indexOf(HEADER[0] as string));
    expect(read?.rows).toEqual([
      ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời hạn hoàn thành'],
      ['I', 'Công tác tuyên truyền, phổ biến chính sách mới về trẻ em', '', '', '', ''],
      ['1', 'Tổ chức tuyên truyền, phổ biến các quy định mới về quyền trẻ em đến cán bộ, công chức và người dân trên địa bàn', 'Sở Y tế', 'Công an tỉnh; Sở Tư pháp', 'Hội nghị, tài liệu', 'Quý II/2026'],
      [
        '2',
        'Xây dựng, ban hành văn bản hướng dẫn thực hiện chế độ hỗ trợ trẻ em có hoàn cảnh đặc biệt, bảo đảm đúng đối tượng, đúng quy định hiện hành của Nhà nước',
        'Sở Lao động - Thương binh và Xã hội',
        'Sở Tài chính; Ủy ban nhân dân các xã, phường',
        'Văn bản hướng dẫn',
        'Trước ngày 30/6/2026',
      ],
      ['II', 'Kiểm tra, giám sát', '', '', '', ''],
      ['1', 'Kiểm tra việc thực hiện chính sách đối với trẻ em tại các xã, phường', 'Sở Y tế', 'Công an tỉnh', 'Báo cáo kết quả kiểm tra', 'Thường xuyên (hoặc theo yêu cầu của Ủy ban nhân dân tỉnh)'],
    ]);
    expect(lines[read?.next ?? 0]?.trim()).toBe('Phụ lục II');
  });

  it('keeps a time cell in its column when a cell before it printed nothing', () => {
    const lines = ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian', '1', 'Rà soát, cập nhật danh sách trẻ em có hoàn cảnh ', 'đặc biệt trên địa bàn', 'Công an tỉnh', 'Năm 2026'];
    expect(readStackedTable(lines, 0)?.rows[1]).toEqual(['1', 'Rà soát, cập nhật danh sách trẻ em có hoàn cảnh đặc biệt trên địa bàn', 'Công an tỉnh', '', 'Năm 2026']);
  });

  it('reads "2. Title" on its number\'s line as the next group of "1.1", "1.2" rows, and "… công nghệ số" as a whole line (not "số" before a number)', () => {
    const lines = ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian', '1.', 'Hoàn thiện thể chế', '1.1', 'Rà soát các quy định về đầu tư, kinh doanh và xuất khẩu ', 'sản phẩm công nghệ số', 'Sở Tư pháp', 'Sở Tài chính', 'Quý IV/2026', '2. Phát triển nguồn nhân lực chất lượng cao', '2.1', 'Xây dựng chương trình đào tạo nguồn nhân lực về công nghệ ', 'số cho doanh nghiệp', 'Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Năm 2027'];
    expect(readStackedTable(lines, 0)?.rows.slice(1)).toEqual([
      ['1', 'Hoàn thiện thể chế', '', '', ''],
      ['1.1', 'Rà soát các quy định về đầu tư, kinh doanh và xuất khẩu sản phẩm công nghệ số', 'Sở Tư pháp', 'Sở Tài chính', 'Quý IV/2026'],
      ['2', 'Phát triển nguồn nhân lực chất lượng cao', '', '', ''],
      ['2.1', 'Xây dựng chương trình đào tạo nguồn nhân lực về công nghệ số cho doanh nghiệp', 'Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Năm 2027'],
    ]);
  });

  it('keeps "Giai đoạn" with the years on the next line, as one time cell', () => {
    const lines = ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian', '1', 'Sửa đổi, bổ sung quy hoạch hệ thống kho tàng dự trữ ', 'quốc gia đáp ứng khắc phục hậu quả thiên tai.', 'Bộ Tài chính', 'Bộ Quốc ', 'phòng, ', 'các bộ, ', 'cơ quan ', 'Giai đoạn ', '2026 - 2030'];
    expect(readStackedTable(lines, 0)?.rows[1]).toEqual(['1', 'Sửa đổi, bổ sung quy hoạch hệ thống kho tàng dự trữ quốc gia đáp ứng khắc phục hậu quả thiên tai.', 'Bộ Tài chính', 'Bộ Quốc phòng, các bộ, cơ quan', 'Giai đoạn 2026 - 2030']);
  });

  it('ends the task where a line opens a cell with an agency\'s name, when the columns are of like width', () => {
    const lines = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Đơn vị phối hợp', 'Tiến độ', '1', 'Ban hành khung chương trình ', 'đào tạo, bồi dưỡng nhân lực ', 'năng lượng nguyên tử ', 'Bộ Khoa học và ', 'Công nghệ ', 'Bộ Giáo dục và Đào tạo ', 'và các bộ, ngành, địa ', 'phương có liên quan ', '2026 - 2027'];
    expect(readStackedTable(lines, 0)?.rows[1]).toEqual(['1', 'Ban hành khung chương trình đào tạo, bồi dưỡng nhân lực năng lượng nguyên tử', 'Bộ Khoa học và Công nghệ', 'Bộ Giáo dục và Đào tạo và các bộ, ngành, địa phương có liên quan', '2026 - 2027']);
  });

  it('reads "-" items of a row as rows of their own, a cell merged over them printed once on the first, and "Bộ Công / Thương" as one name', () => {
    const lines = ['TT', 'Nội dung, nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', '1', 'Hoàn thiện hệ thống tiêu chuẩn, quy chuẩn kỹ thuật ', 'đối với hệ thống cơ sở hạ tầng.', '-', 'Công trình đê điều, hồ đập, công ', 'trình thoát lũ.', 'Bộ NN&MT', 'Bộ Khoa học ', 'và Công nghệ', 'Năm 2026 ', 'và các năm ', 'tiếp theo', '-', 'Công trình hạ tầng năng lượng.', 'Bộ Công ', 'Thương', '-', 'Công trình thông tin liên lạc.', 'Bộ Khoa học và ', 'Công nghệ', 'Các bộ, ', 'cơ quan', '2', 'Sửa đổi, bổ sung quy hoạch hệ thống kho tàng ', 'dự trữ quốc gia.', 'Bộ Tài chính', '-', 'Năm 2026'];
    expect(readStackedTable(lines, 0)?.rows.slice(1)).toEqual([
      ['1', 'Hoàn thiện hệ thống tiêu chuẩn, quy chuẩn kỹ thuật đối với hệ thống cơ sở hạ tầng.', '', '', ''],
      ['', 'Công trình đê điều, hồ đập, công trình thoát lũ.', 'Bộ NN&MT', 'Bộ Khoa học và Công nghệ', 'Năm 2026 và các năm tiếp theo'],
      ['', 'Công trình hạ tầng năng lượng.', 'Bộ Công Thương', 'Bộ Khoa học và Công nghệ', 'Năm 2026 và các năm tiếp theo'],
      ['', 'Công trình thông tin liên lạc.', 'Bộ Khoa học và Công nghệ', 'Các bộ, cơ quan', 'Năm 2026 và các năm tiếp theo'],
      // A "-" followed by a time is an empty cell, not an item.
      ['2', 'Sửa đổi, bổ sung quy hoạch hệ thống kho tàng dự trữ quốc gia.', 'Bộ Tài chính', '', 'Năm 2026'],
    ]);
  });

  it('keeps "Các / Bộ, ngành" one cell in a row cut by a page break, when the cells fit the columns as they are', () => {
    const lines = markPageBreaks([
      ...pageTop(10), 'Phụ lục', ...pageTop(11),
      ...HEADER,
      '1 ',
      'Nâng cao hiệu quả các cơ chế phối hợp, trao đổi ',
      'thông tin giữa các bộ, ngành, địa phương về công ',
      'Bộ Ngoại ', 'giao ', 'Các ', 'Bộ, ', 'ngành, ', 'địa ', 'phương ', 'Chương trình, kế ', 'hoạch ', 'Thường ', 'xuyên ',
      ...pageTop(12),
      ...HEADER,
      'tác phi chính phủ nước ngoài trong tình hình mới. ',
      '', 'Phụ lục II',
    ]);
    expect(readStackedTable(lines, lines.indexOf(HEADER[0] as string))?.rows[1]).toEqual([
      '1',
      'Nâng cao hiệu quả các cơ chế phối hợp, trao đổi thông tin giữa các bộ, ngành, địa phương về công tác phi chính phủ nước ngoài trong tình hình mới.',
      'Bộ Ngoại giao',
      'Các Bộ, ngành, địa phương',
      'Chương trình, kế hoạch',
      'Thường xuyên',
    ]);
  });

  it('reads coordinators listed one per line ("Bộ Tài chính / Cơ quan, tổ chức …") into the coordinators\' cell, and the lead before them as the lead', () => {
    const lines = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian', '1', 'Cấp phiếu hỗ trợ tài chính để thúc đẩy hoạt động ', 'đổi mới sáng tạo của doanh nghiệp. ', 'Bộ Khoa học và ', 'Công nghệ ', 'Bộ Tài chính ', 'Bộ Công Thương ', 'Cơ quan, tổ chức, ', 'doanh nghiệp liên ', 'quan ', 'Nhiệm vụ được ', 'triển khai ', 'Nhiệm vụ thường ', 'xuyên '];
    expect(readStackedTable(lines, 0)?.rows[1]).toEqual(['1', 'Cấp phiếu hỗ trợ tài chính để thúc đẩy hoạt động đổi mới sáng tạo của doanh nghiệp.', 'Bộ Khoa học và Công nghệ', 'Bộ Tài chính; Bộ Công Thương; Cơ quan, tổ chức, doanh nghiệp liên quan', 'Nhiệm vụ được triển khai', 'Nhiệm vụ thường xuyên']);
    // A product that opens like a name ("Bộ tiêu chí …") stays a product.
    const product = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian', '1', 'Xây dựng bộ tiêu chí đánh giá mức độ sẵn sàng của ', 'doanh nghiệp công nghệ số. ', 'Bộ Khoa học và ', 'Công nghệ ', 'Bộ Tài chính ', 'Bộ tiêu chí ', 'được ban hành ', 'Năm 2026 '];
    expect(readStackedTable(product, 0)?.rows[1]?.slice(2)).toEqual(['Bộ Khoa học và Công nghệ', 'Bộ Tài chính', 'Bộ tiêu chí được ban hành', 'Năm 2026']);
  });

  it('closes the task with its short last line, joins a product cut at a capital, and keeps "Và các cơ quan …" with the name before it', () => {
    const header = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian'];
    const closing = [...header, '1', 'Tổ chức các Gian hàng quốc gia trên các nền tảng ', 'thương mại điện tử để quảng bá sản phẩm, dịch vụ ', 'Make in Viet Nam. ', 'Bộ Khoa học và ', 'Công nghệ ', 'Bộ Công Thương ', 'Bộ Ngoại giao ', 'Cơ quan, tổ chức ', 'liên quan ', 'Gian hàng được ', 'vận hành ', 'Thường xuyên '];
    expect(readStackedTable(closing, 0)?.rows[1]).toEqual(['1', 'Tổ chức các Gian hàng quốc gia trên các nền tảng thương mại điện tử để quảng bá sản phẩm, dịch vụ Make in Viet Nam.', 'Bộ Khoa học và Công nghệ', 'Bộ Công Thương; Bộ Ngoại giao; Cơ quan, tổ chức liên quan', 'Gian hàng được vận hành', 'Thường xuyên']);
    const product = [...header, '1', 'Tổ chức Diễn đàn Doanh nghiệp Công nghệ số Việt Nam ', 'tại các thị trường chiến lược. ', 'Bộ Khoa học và ', 'Công nghệ ', 'Bộ Ngoại giao ', 'Bộ Công Thương ', 'Các Diễn đàn ', 'Doanh nghiệp công ', 'nghệ số được tổ chức ', 'Thường xuyên '];
    expect(readStackedTable(product, 0)?.rows[1]?.slice(2)).toEqual(['Bộ Khoa học và Công nghệ', 'Bộ Ngoại giao; Bộ Công Thương', 'Các Diễn đàn Doanh nghiệp công nghệ số được tổ chức', 'Thường xuyên']);
    const conjunction = [...header, '1', 'Xây dựng báo cáo hằng năm về thị trường, công nghệ ', 'mới nổi, xu hướng đầu tư. ', 'Bộ Khoa học và ', 'Công nghệ ', 'Bộ Ngoại giao ', 'Và các cơ quan, tổ ', 'chức liên quan ', 'Báo cáo ', 'hằng năm ', 'Thường xuyên '];
    expect(readStackedTable(conjunction, 0)?.rows[1]?.slice(2)).toEqual(['Bộ Khoa học và Công nghệ', 'Bộ Ngoại giao Và các cơ quan, tổ chức liên quan', 'Báo cáo hằng năm', 'Thường xuyên']);
  });

  it('ends a list of names where a line opens with no name ("Bộ Ngoại giao; / Hệ sinh thái …"), and keeps "Bộ Khoa học và / Công nghệ" whole in a row cut by a page break', () => {
    const lines = markPageBreaks([
      ...pageTop(10), 'Phụ lục', ...pageTop(11),
      'TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian',
      '1', 'Hình thành các hệ sinh thái nghiên cứu và phát ', 'triển quốc tế thông qua ', 'Bộ Khoa học và ', 'Công nghệ ', 'Bộ Công Thương; ', 'Bộ Ngoại giao; ', 'Hệ sinh thái được ', 'thành lập ', 'Thường xuyên ',
      ...pageTop(12),
      'TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian',
      'việc hợp tác với các trung tâm nghiên cứu tại các ', 'thị trường trọng điểm của Việt Nam. ', 'Cơ quan, tổ chức ', 'liên quan ',
      '', 'Phụ lục II',
    ]);
    expect(readStackedTable(lines, lines.indexOf('TT'))?.rows[1]?.slice(2)).toEqual(['Bộ Khoa học và Công nghệ', 'Bộ Công Thương; Bộ Ngoại giao; Cơ quan, tổ chức liên quan', 'Hệ sinh thái được thành lập', 'Thường xuyên']);
    // A list that ends on a comma, before the product.
    const comma = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian', '1', 'Nghiên cứu đề xuất bổ sung chức năng cho các cơ quan ', 'đại diện ở nước ngoài. ', 'Bộ Ngoại giao ', 'Bộ Tài chính, ', 'Chức năng, nhiệm vụ ', 'được bổ sung ', 'Quý IV/2026 '];
    expect(readStackedTable(comma, 0)?.rows[1]?.slice(2)).toEqual(['Bộ Ngoại giao', 'Bộ Tài chính,', 'Chức năng, nhiệm vụ được bổ sung', 'Quý IV/2026']);
  });

  it('reads a table of schemes whose task column is "Tên đề án"', () => {
    const lines = ['TT', 'Tên đề án', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', '1', 'Đề án phát triển nguồn nhân lực ngành năng lượng ', 'nguyên tử đến năm 2035. ', 'Bộ Khoa học và ', 'Công nghệ ', 'Bộ Giáo dục và Đào tạo ', 'Năm 2026'];
    expect(readStackedTable(lines, 0)?.rows[1]).toEqual(['1', 'Đề án phát triển nguồn nhân lực ngành năng lượng nguyên tử đến năm 2035.', 'Bộ Khoa học và Công nghệ', 'Bộ Giáo dục và Đào tạo', 'Năm 2026']);
  });

  it('keeps "… đại diện Việt / Nam tại nước ngoài" one cell', () => {
    const lines = ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', '1', 'Nâng cao vai trò chủ động của các cơ quan đại diện ', 'Việt Nam ở nước ngoài trong công tác vận động. ', 'Bộ Ngoại giao ', 'Các cơ quan đại ', 'diện Việt ', 'Nam tại nước ', 'ngoài ', 'Thường xuyên'];
    expect(readStackedTable(lines, 0)?.rows[1]?.slice(2)).toEqual(['Bộ Ngoại giao', 'Các cơ quan đại diện Việt Nam tại nước ngoài', 'Thường xuyên']);
  });

  it('keeps "… tổ / chức / PCPNN, / VTV" in a column one word wide as one cell', () => {
    const lines = ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', '1', 'Tuyên truyền, phổ biến và triển khai công tác phi ', 'chính phủ nước ngoài trong tình hình mới. ', 'Bộ Ngoại ', 'giao ', 'Các ', 'Bộ, ', 'ngành, ', 'Ủy ', 'ban Công tác ', 'về ', 'các ', 'tổ ', 'chức ', 'PCPNN, ', 'VTV ', 'Năm 2026'];
    expect(readStackedTable(lines, 0)?.rows[1]).toEqual(['1', 'Tuyên truyền, phổ biến và triển khai công tác phi chính phủ nước ngoài trong tình hình mới.', 'Bộ Ngoại giao', 'Các Bộ, ngành, Ủy ban Công tác về các tổ chức PCPNN, VTV', 'Năm 2026']);
  });

  it('keeps a last "PCPNN" alone on its line, and "Thanh / tra / Chính phủ," in a column one word wide, in their names\' cell', () => {
    const header = ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời hạn'];
    const lines = [...header, '1', 'Tuyên truyền, phổ biến và triển khai công tác phi ', 'chính phủ nước ngoài trong tình hình mới. ', 'Bộ Ngoại ', 'giao ', 'Các ', 'Bộ, ', 'ngành, ', 'về ', 'các ', 'tổ ', 'chức ', 'PCPNN ', 'Chương trình, kế ', 'hoạch ', 'Năm 2026'];
    expect(readStackedTable(lines, 0)?.rows[1]).toEqual(['1', 'Tuyên truyền, phổ biến và triển khai công tác phi chính phủ nước ngoài trong tình hình mới.', 'Bộ Ngoại giao', 'Các Bộ, ngành, về các tổ chức PCPNN', 'Chương trình, kế hoạch', 'Năm 2026']);
    const audit = [...header, '1', 'Xây dựng quy định, chế tài xử phạt phù hợp với tính ', 'chất, nội dung vi phạm trong hoạt động của tổ chức. ', 'Bộ Ngoại ', 'giao ', 'Thanh ', 'tra ', 'Chính phủ, ', 'Bộ Tư pháp ', 'Nghị định ', 'Năm 2026'];
    expect(readStackedTable(audit, 0)?.rows[1]).toEqual(['1', 'Xây dựng quy định, chế tài xử phạt phù hợp với tính chất, nội dung vi phạm trong hoạt động của tổ chức.', 'Bộ Ngoại giao', 'Thanh tra Chính phủ, Bộ Tư pháp', 'Nghị định', 'Năm 2026']);
  });

  it('reads a header written in capitals, one cell over two lines ("THỜI HẠN / HOÀN THÀNH", "CƠ QUAN PHỐI / HỢP")', () => {
    const capitals = ['TT', 'NHIỆM VỤ CỤ THỂ', 'CƠ QUAN', 'CHỦ TRÌ', 'CƠ QUAN PHỐI', 'HỢP', 'THỜI HẠN', 'HOÀN THÀNH', 'CẤP TRÌNH/', 'PHÊ DUYỆT', '1', 'Việc một'];
    expect(readStackedTable(capitals, 0)?.rows[0]).toEqual(['TT', 'NHIỆM VỤ CỤ THỂ', 'CƠ QUAN CHỦ TRÌ', 'CƠ QUAN PHỐI HỢP', 'THỜI HẠN HOÀN THÀNH', 'CẤP TRÌNH/ PHÊ DUYỆT']);
    // Under "CƠ QUAN THỰC HIỆN", "CHỦ TRÌ" and "PHỐI HỢP" are columns of their own.
    const split = ['TT', 'NỘI DUNG', 'CƠ QUAN THỰC HIỆN', 'CHỦ TRÌ', 'PHỐI HỢP', 'THỜI GIAN', '1', 'Việc một'];
    expect(readStackedTable(split, 0)?.rows[0]).toEqual(['TT', 'NỘI DUNG', 'CHỦ TRÌ', 'PHỐI HỢP', 'THỜI GIAN']);
  });

  it('keeps the time right after the task in its cell: a lead cell in numbered parts, a time line before the lead, too many cells after it', () => {
    const header = ['TT', 'NHIỆM VỤ', 'THỜI HẠN', 'HOÀN THÀNH', 'CƠ QUAN CHỦ TRÌ', 'CƠ QUAN PHỐI HỢP'];
    const parts = [...header, '1', 'Thể chế hoá các cơ chế, chính sách đặc thù tại một số địa phương ', 'được thực tiễn chứng minh là đúng, có hiệu quả ', 'Năm 2026 ', '1. Bộ Tài chính tổng kết, đánh ', 'giá cơ chế đặc thù. ', '2. Bộ Tư pháp, các bộ, cơ quan ', 'tham mưu, đề xuất ', 'Các địa phương và cơ ', 'quan, đơn vị liên quan '];
    expect(readStackedTable(parts, 0)?.rows[1]).toEqual(['1', 'Thể chế hoá các cơ chế, chính sách đặc thù tại một số địa phương được thực tiễn chứng minh là đúng, có hiệu quả', 'Năm 2026', '1. Bộ Tài chính tổng kết, đánh giá cơ chế đặc thù. 2. Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất', 'Các địa phương và cơ quan, đơn vị liên quan']);
    const onOneLine = [...header, '1', 'Tổng rà soát hệ thống pháp luật Việt Nam trong các lĩnh vực', 'Tháng 12/2026', 'Bộ Tư pháp', 'Các bộ, cơ quan', '2', 'Rà soát, phê duyệt điều chỉnh Quy hoạch sử dụng đất ', 'Quý II/2026 ', 'Bộ Nông nghiệp và Môi trường, các địa phương ', 'Bộ Công an '];
    expect(readStackedTable(onOneLine, 0)?.rows[2]).toEqual(['2', 'Rà soát, phê duyệt điều chỉnh Quy hoạch sử dụng đất', 'Quý II/2026', 'Bộ Nông nghiệp và Môi trường, các địa phương', 'Bộ Công an']);
    const tooMany = [...header, '1', 'Hoàn thành việc cắt giảm 50% thời gian giải quyết thủ tục hành ', 'chính của năm 2026 so với năm 2024 ', 'Quý II/2026 ', 'Bộ Tư pháp tổng hợp, đánh giá. ', 'Các bộ, cơ quan, địa ', 'phương liên quan ', 'Bộ Công an, Bộ Nội vụ ', 'phối hợp triển khai '];
    expect(readStackedTable(tooMany, 0)?.rows[1]?.slice(1, 3)).toEqual(['Hoàn thành việc cắt giảm 50% thời gian giải quyết thủ tục hành chính của năm 2026 so với năm 2024', 'Quý II/2026']);
  });

  it('reads the next row\'s number on its task\'s first line ("2 Xây dựng Đề án …", "3. Phát triển …"), only when it follows on', () => {
    const header = ['TT', 'NHIỆM VỤ', 'THỜI HẠN', 'HOÀN THÀNH', 'CƠ QUAN CHỦ TRÌ', 'CƠ QUAN PHỐI HỢP'];
    const lines = [...header, '1', 'Tổ chức tập huấn cho giáo viên về kỹ năng số trong các ', 'trường học', '2026', 'Bộ Giáo dục và Đào tạo', 'Các địa phương', '2 Xây dựng Đề án phát triển và ứng dụng trí tuệ nhân tạo trong ', 'giáo dục', '2026', 'Bộ Giáo dục và Đào tạo', 'Bộ Khoa học và Công nghệ', '5 Bộ trưởng các bộ', '3. Phát triển hạ tầng số, nhất là hạ tầng dữ liệu quốc gia', 'Quý IV/2026', 'Bộ Khoa học và Công nghệ', 'Bộ Công an'];
    const rows = readStackedTable(lines, 0)?.rows ?? [];
    expect(rows.slice(1).map((row) => row[0])).toEqual(['1', '2', '3']);
    // The first row of the next group goes on from the last number.
    const grouped = readStackedTable([...lines.slice(0, 6), 'I', ...lines.slice(6, 12), 'II Nhóm nhiệm vụ về phát triển hạ tầng', '2 Phát triển hạ tầng số, nhất là hạ tầng dữ liệu quốc gia', 'Quý IV/2026', 'Bộ Khoa học và Công nghệ', 'Bộ Công an'], 0)?.rows ?? [];
    expect(grouped.slice(1).map((row) => row[0])).toEqual(['I', '1', 'II', '2']);
    expect(rows[2]).toEqual(['2', 'Xây dựng Đề án phát triển và ứng dụng trí tuệ nhân tạo trong giáo dục', '2026', 'Bộ Giáo dục và Đào tạo', 'Bộ Khoa học và Công nghệ 5 Bộ trưởng các bộ']);
  });

  it('gives back to the coordinators "Các bộ, …" printed on the lead\'s last line ("Bộ Nông nghiệp và Môi trường Các bộ, cơ quan, địa")', () => {
    const header = ['TT', 'NHIỆM VỤ', 'THỜI HẠN', 'HOÀN THÀNH', 'CƠ QUAN CHỦ TRÌ', 'CƠ QUAN PHỐI HỢP'];
    const lines = [...header, '1', 'Rà soát, phê duyệt điều chỉnh Quy hoạch sử dụng đất cấp quốc gia ', 'Quý II/2026 ', 'Bộ Nông nghiệp và Môi trường Các bộ, cơ quan, địa ', 'phương '];
    expect(readStackedTable(lines, 0)?.rows[1]?.slice(3)).toEqual(['Bộ Nông nghiệp và Môi trường', 'Các bộ, cơ quan, địa phương']);
    const split = [...header, '1', 'Tính toán chính xác tỉ lệ che phủ rừng, diện tích đất rừng ', '2026 ', 'Bộ Nông nghiệp và Môi trường Các bộ, ', 'địa phương, đơn vị có liên quan '];
    expect(readStackedTable(split, 0)?.rows[1]?.slice(3)).toEqual(['Bộ Nông nghiệp và Môi trường', 'Các bộ, địa phương, đơn vị có liên quan']);
  });

  it('keeps "Các Bộ: Xây dựng, Công / Thương" one name', () => {
    const lines = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', '1', 'Rà soát, bổ sung, hoàn thiện hệ thống tiêu chuẩn quốc gia, quy chuẩn ', 'kỹ thuật quốc gia của các ngành, lĩnh vực ', 'Bộ Khoa học và Công nghệ ', 'Các Bộ: Xây dựng, Công ', 'Thương ', 'Quý II/2026'];
    expect(readStackedTable(lines, 0)?.rows[1]?.slice(2)).toEqual(['Bộ Khoa học và Công nghệ', 'Các Bộ: Xây dựng, Công Thương', 'Quý II/2026']);
  });

  it('is no table without a lead column, or when "TT" starts ordinary text', () => {
    expect(readStackedTable(['TT', 'Nội dung', 'Thời gian', 'Ghi chú', '1', 'Việc một'], 0)).toBeNull();
    expect(readStackedTable(['TT', 'Các sở, ngành chủ trì triển khai thực hiện nội dung của kế hoạch này trong năm 2026'], 0)).toBeNull();
  });

  it('imports the table rows as tasks with their lead, coordinators and deadline', () => {
    const text = ['KẾ HOẠCH', 'Thực hiện công tác trẻ em năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm quyền trẻ em.', ...pageTop(10), 'II. NHIỆM VỤ', 'Các nhiệm vụ tại Phụ lục kèm theo.', ...pageTop(11), 'Phụ lục', 'NHIỆM VỤ CỤ THỂ', ...table].join('\n');
    const rows = taskRows(importText(text).draft);
    expect(rows.map(([, lead, coordinators, , due]) => [lead, coordinators, due])).toEqual([
      ['SO_YT', ['CONG_AN_TINH', 'SO_TU_PHAP'], '2026-06-30'],
      ['SO_LDTBXH', ['SO_TC', 'UY_BAN_NHAN_DAN_CAC_XA_PHUONG'], '2026-06-30'],
      ['SO_YT', ['CONG_AN_TINH'], null],
    ]);
  });
});

describe('a time cell that is whole in itself', () => {
  it('ends "Hằng năm" there, so the product after it is a cell of its own and "Thể thao và / Du lịch" stays one name', () => {
    const lines = ['TT', 'Nhiệm vụ', 'Cơ quan', 'chủ trì', 'Cơ quan phối', 'hợp', 'Thời gian', 'hoàn thành', 'Sản phẩm', '1', 'Tuyên truyền, phổ biến chính sách bảo hiểm y tế đến người', 'dân, doanh nghiệp trên các phương tiện thông tin đại chúng', 'Bộ Văn hóa,', 'Thể thao và', 'Du lịch', 'Bộ Y tế', 'Hằng năm', 'Chương trình', 'truyền thông'];
    expect(readStackedTable(lines, 0)?.rows[1]).toEqual(['1', 'Tuyên truyền, phổ biến chính sách bảo hiểm y tế đến người dân, doanh nghiệp trên các phương tiện thông tin đại chúng', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Y tế', 'Hằng năm', 'Chương trình truyền thông']);
  });
});
