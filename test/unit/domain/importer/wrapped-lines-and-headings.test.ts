// Lines and headings as plans saved to text break them: a bold heading over two lines, a
// sentence cut after "và", a point whose heading is a sentence introducing the duties below.
// The text is written for the test.
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../../domain/importer';
import { importText, oneLine, taskRows } from './import-helpers';

const plan = (...lines: string[]) => ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Quan trắc môi trường năm 2026', ...lines].join('\n');

describe('lines a saved plan breaks', () => {
  it('joins a bold heading written over two lines', () => {
    const blocks = textToBlocks(plan('**IV. TỔ CHỨC', 'THỰC HIỆN**', '1. Sở Tài chính: Bố trí kinh phí.'));
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'IV. TỔ CHỨC THỰC HIỆN' });
  });

  it('goes on with a line left open after "và" or a comma, but not with a new item', () => {
    const blocks = textToBlocks(plan('II. TỔ CHỨC THỰC HIỆN', '1. Ủy ban nhân dân các xã, phường: Báo cáo kết quả về Sở Nông nghiệp và', 'Môi trường (qua Chi cục Thủy sản).', '2. Sở Tài chính: Bố trí kinh phí,', '- Hướng dẫn thanh quyết toán.'));
    expect(blocks.map((block) => (block.kind === 'paragraph' ? block.text : ''))).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH A',
      'KẾ HOẠCH',
      'Quan trắc môi trường năm 2026',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Ủy ban nhân dân các xã, phường: Báo cáo kết quả về Sở Nông nghiệp và Môi trường (qua Chi cục Thủy sản).',
      '2. Sở Tài chính: Bố trí kinh phí,',
      '- Hướng dẫn thanh quyết toán.',
    ]);
  });
});

describe('a name\'s apposition after a dash', () => {
  it('joins "- Cơ quan thường trực …" to a sentence left unfinished, but not to a heading', () => {
    const blocks = textToBlocks(
      plan(
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Sở Khoa học và Công nghệ theo dõi, đôn đốc các sở, ngành triển khai kế hoạch; báo cáo kết quả về Cục Cảnh sát quản lý hành chính',
        '- Cơ quan thường trực Tổ công tác Đề án 06 trước ngày 20 hằng tháng.',
        '2. Sở Tư pháp',
        '- Cơ quan thường trực Hội đồng phối hợp phổ biến pháp luật tỉnh tổ chức tuyên truyền.',
      ),
    );
    expect(blocks.slice(-3).map((block) => (block.kind === 'paragraph' ? block.text : ''))).toEqual([
      '1. Sở Khoa học và Công nghệ theo dõi, đôn đốc các sở, ngành triển khai kế hoạch; báo cáo kết quả về Cục Cảnh sát quản lý hành chính - Cơ quan thường trực Tổ công tác Đề án 06 trước ngày 20 hằng tháng.',
      '2. Sở Tư pháp',
      '- Cơ quan thường trực Hội đồng phối hợp phổ biến pháp luật tỉnh tổ chức tuyên truyền.',
    ]);
  });
});

describe('a point whose heading introduces the duties below it', () => {
  it('gives the duties to the agency that opens the sentence, not to the whole sentence', () => {
    const { draft, yaml } = importText(plan('III. TỔ CHỨC THỰC HIỆN', '1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy sản thực hiện các nội dung sau:', '- Lập dự toán kinh phí.', '- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.'));
    expect(taskRows(draft)).toEqual([
      ['III.1.1', 'SO_NONG_NGHIEP_VA_MOI_TRUONG', [], 'continuous', null],
      ['III.1.2', 'SO_NONG_NGHIEP_VA_MOI_TRUONG', [], 'one_off', '2026-12-15'],
    ]);
    expect(yaml).not.toMatch(/CHI_DAO/u);
  });
});

describe('a unit named after an agency in a list', () => {
  it('is a name of its own after a named agency, and one more member of a collective list', () => {
    const { draft } = importText(plan('III. TỔ CHỨC THỰC HIỆN', '1. Công an tỉnh: Phối hợp với Sở Nông nghiệp và Môi trường, đơn vị tư vấn được lựa chọn kiểm tra các cơ sở.', '2. Các sở, ngành, đơn vị: Phối hợp thực hiện.'));
    expect(draft.tasks[0]?.coordinators).toEqual(['SO_NONG_NGHIEP_VA_MOI_TRUONG', 'DON_VI_TU_VAN']);
    expect(draft.tasks[1]?.assignees).toHaveLength(1);
  });
});

describe('a group that describes, not assigns', () => {
  it('leaves out the bullets under "Hiện trạng" (the present state)', () => {
    const { draft } = importText(plan('II. NỘI DUNG THỰC HIỆN', '1. Hiện trạng', '- Toàn tỉnh hiện có 87 trạm phát sóng.', '2. Nhiệm vụ', '- Xây dựng trạm phát sóng mới tại các khu công nghiệp.'));
    expect(draft.tasks.map((task) => task.text)).toEqual(['Xây dựng trạm phát sóng mới tại các khu công nghiệp.']);
  });
});

describe('section III points that name a topic or a long agency name', () => {
  const duties = (...lines: string[]) => importText(plan('III. TỔ CHỨC THỰC HIỆN', ...lines)).draft;

  it('reads "1. Nguồn ngân sách: …" as a topic, not an agency called "Nguồn ngân sách"', () => {
    const draft = duties('1. Nguồn ngân sách: Hằng năm, các sở xây dựng dự toán kinh phí gửi Sở Tài chính tổng hợp.', '2. Cơ chế phối hợp', '- Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh.');
    expect(draft.agencies.map((agency) => agency.code)).not.toContain('NGUON_NGAN_SACH');
    expect(draft.agencies.map((agency) => agency.code)).not.toContain('CO_CHE_PHOI_HOP');
    expect(draft.tasks[1]?.lead).toBe('SO_TC');
  });

  it('keeps "Trung tâm Xúc tiến đầu tư, thương mại và du lịch" whole, and splits "Báo …, Cổng thông tin điện tử tỉnh" in two', () => {
    const draft = duties('1. Trung tâm Xúc tiến đầu tư, thương mại và du lịch', '- Tổ chức hội chợ thương mại.', '2. Báo Sơn La, Cổng thông tin điện tử tỉnh', '- Xây dựng phóng sự quảng bá sản phẩm.');
    expect(draft.tasks.map((task) => task.assignees)).toEqual([['TRUNG_TAM_XUC_TIEN_DAU_TU_THUONG_MAI_VA_DU_LICH'], ['BAO_SON_LA', 'CONG_THONG_TIN_DIEN_TU_TINH']]);
  });
});

describe('bullets that detail a task', () => {
  it('joins "Nội dung: …", "Hình thức: …", "Số lượng: …" to the task, here the group heading', () => {
    const { draft } = importText(plan('II. NỘI DUNG KẾ HOẠCH', '1. Tuyên truyền về quan trắc môi trường', '- Nội dung: Tuyên truyền các quy chuẩn về nước nuôi trồng thủy sản.', '- Hình thức: In tài liệu cấp phát cho cán bộ cấp xã.', '- Số lượng: 5.000 cuốn.', '2. Kiểm tra', '- Kiểm tra các cơ sở nuôi.', '- Địa điểm: các xã ven biển.'));
    expect(draft.tasks.map((task) => task.text)).toEqual([
      'Tuyên truyền về quan trắc môi trường: Nội dung: Tuyên truyền các quy chuẩn về nước nuôi trồng thủy sản; Hình thức: In tài liệu cấp phát cho cán bộ cấp xã; Số lượng: 5.000 cuốn.',
      'Kiểm tra các cơ sở nuôi; Địa điểm: các xã ven biển.',
    ]);
  });
});

describe('a point of the tasks section that is one task', () => {
  it('is a task of its own when its sentence opens with its actor and nothing is below it', () => {
    const { draft } = importText(plan('II. NHIỆM VỤ CỤ THỂ', '1. Đối với các sở, ban, ngành tỉnh', '- Rà soát phương án ứng phó thiên tai.', '2. Công an tỉnh chủ trì, phối hợp với Sở Y tế bảo đảm an ninh trật tự trong vùng thiên tai, hoàn thành trước ngày 30/6/2026.'));
    expect(taskRows(draft)[1]).toEqual(['II.2.1', 'CONG_AN_TINH', ['SO_YT'], 'one_off', '2026-06-30']);
  });
});

describe('sections numbered in Arabic numerals', () => {
  it('reads "2. NHIỆM VỤ, GIẢI PHÁP" in capitals as a section and "2.1. …" as its groups', () => {
    const { draft } = importText(
      plan(
        '1. MỤC ĐÍCH, YÊU CẦU',
        'Bảo đảm chuyển đổi số.',
        '2. NHIỆM VỤ, GIẢI PHÁP',
        '2.1. Hoàn thiện thể chế',
        '- Xây dựng quy chế quản lý dữ liệu. Cơ quan chủ trì: Sở Y tế; thời gian: Quý II/2026.',
        '2.2. Phát triển hạ tầng số',
        '- Nâng cấp trung tâm dữ liệu tỉnh (Giao Sở Tài chính chủ trì; hoàn thành trong quý IV/2026).',
        '3. TỔ CHỨC THỰC HIỆN',
        '3.1. Sở Tư pháp',
        'Bố trí kinh phí thực hiện Kế hoạch.',
      ),
    );
    expect(taskRows(draft)).toEqual([
      ['II.1.1', 'SO_YT', [], 'one_off', '2026-06-30'],
      ['II.2.1', 'SO_TC', [], 'one_off', '2026-12-31'],
      ['III.1.1', 'SO_TU_PHAP', [], 'continuous', null],
    ]);
    expect(draft.tasks.map((task) => task.groupTitle)).toEqual(['Hoàn thiện thể chế', 'Phát triển hạ tầng số', 'Sở Tư pháp']);
  });
});

describe("the draft's title and a table's group title", () => {
  it('keeps a subtitle in capitals as written, and skips "(Kèm theo …)" when naming the table\'s group', () => {
    const text = ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'PHÁT TRIỂN HẠ TẦNG SỐ TRÊN ĐỊA BÀN TỈNH', 'I. NHIỆM VỤ', 'PHỤ LỤC', 'NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH', '(Kèm theo Kế hoạch số 12/KH-UBND)', '| TT | Nội dung nhiệm vụ | Cơ quan chủ trì |', '| 1 | Nâng cấp trung tâm dữ liệu | Sở Y tế |'].join('\n');
    const { draft, summary } = importText(text);
    expect(summary.title).toBe('Kế hoạch PHÁT TRIỂN HẠ TẦNG SỐ TRÊN ĐỊA BÀN TỈNH');
    expect(draft.tasks[0]?.groupTitle).toBe('NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH');
  });
});

describe("a decision's articles", () => {
  it('reads "Điều 2. Tổ chức thực hiện" as the duties section, and nothing after "Điều 3. Điều khoản thi hành" as a task', () => {
    const text = [
      'Điều 1. Phê duyệt Đề án hỗ trợ doanh nghiệp công nghệ số vươn ra toàn cầu với các nội dung sau:',
      'I. MỤC TIÊU',
      'Phát triển doanh nghiệp công nghệ số.',
      'Điều 2. Tổ chức thực hiện',
      '1. Bộ Tài chính',
      'a) Bố trí kinh phí thực hiện Đề án.',
      '2. Bộ Ngoại giao',
      'a) Hỗ trợ doanh nghiệp tại thị trường nước ngoài.',
      'Điều 3.  Điều khoản thi hành',
      '1. Quyết định này có hiệu lực kể từ ngày ký ban hành.',
      '2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Quyết định này./.',
      'KT. THỦ TƯỚNG',
      'PHÓ THỦ TƯỚNG',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => task.text.trim())).toEqual(['Bố trí kinh phí thực hiện Đề án.', 'Hỗ trợ doanh nghiệp tại thị trường nước ngoài.']);
  });
});

describe('a numbered point with nothing below it that names nobody', () => {
  it('is a task when it says what to do and by when, and no task when it only says what (a line of the plan\'s content)', () => {
    const text = [
      'KẾ HOẠCH', 'Triển khai Đề án', 'II. NHIỆM VỤ CHUNG',
      '1. Rà soát, thống kê các trường thông tin cần khai thác (hoàn thành trong Quý IV/2023).',
      '2. Tập huấn, hướng dẫn thực hiện kiểm kê.',
      '3. Tổng kết, đánh giá việc thực hiện Đề án (thường xuyên).',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [oneLine(task.text).slice(0, 30), task.kind, task.deadline ?? null])).toEqual([
      ['Rà soát, thống kê các trường t', 'one_off', '2023-12-31'],
      ['Tổng kết, đánh giá việc thực h', 'continuous', null],
    ]);
  });
});
