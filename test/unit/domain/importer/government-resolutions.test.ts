// A Government resolution after its regular meeting: sections about topics ("I. VỀ TÌNH HÌNH
// KINH TẾ - XÃ HỘI"), points that open with a minister's or a governor's title.
import { describe, expect, it } from 'vitest';
import { spellOutKindLists, spellOutPlaceLists } from '../../../../domain/importer/kind-lists';
import { importText, oneLine, taskRows } from './import-helpers';

const opening = ['CHÍNH PHỦ', 'Số: 901/NQ-CP', 'NGHỊ QUYẾT', 'Phiên họp Chính phủ thường kỳ tháng 4 năm 2026', 'QUYẾT NGHỊ:'];

describe('a resolution whose sections are topics', () => {
  it('reads the points under "I. VỀ …" as tasks when no section says "nhiệm vụ", and leaves the aims out', () => {
    const text = [
      ...opening,
      'I. MỤC TIÊU',
      '1. Các bộ, ngành phấn đấu tăng trưởng trên 8 %.',
      'II. VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI',
      '1. Chính phủ thống nhất đánh giá tình hình tháng 4 tiếp tục chuyển biến tích cực.',
      '2. Các bộ, cơ quan, địa phương thực hiện các nhiệm vụ sau:',
      'a) Bộ Công Thương chủ trì, phối hợp với Bộ Tài chính bảo đảm cung ứng đủ điện cho sản xuất.',
      'b) Bộ Xây dựng hoàn thiện hồ sơ dự án luật, trình Chính phủ trong tháng 5 năm 2026.',
      'III. VỀ CÔNG TÁC XÂY DỰNG PHÁP LUẬT',
      '1. Bộ Tư pháp chủ trì tổng hợp các kiến nghị, báo cáo Chính phủ trong tháng 6 năm 2026.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => oneLine(task.text).slice(0, 20))).toEqual(['Bộ Công Thương chủ t', 'Bộ Xây dựng hoàn thi', 'Bộ Tư pháp chủ trì t']);
    expect(taskRows(draft).map(([, lead, coordinators, , due]) => [lead, coordinators, due])).toEqual([
      ['BO_CONG_THUONG', ['BO_TAI_CHINH'], null],
      ['BO_XAY_DUNG', [], '2026-05-31'],
      ['BO_TU_PHAP', [], '2026-06-30'],
    ]);
  });
});

describe('a point that opens with a head\'s title', () => {
  it('reads "Thống đốc …", "Bộ trưởng, Chủ nhiệm …" and "Tổng Thanh tra …" as the bodies they head', () => {
    const text = [
      ...opening,
      'I. NHIỆM VỤ, GIẢI PHÁP',
      '1. Điều hành kinh tế vĩ mô',
      'a) Thống đốc Ngân hàng Nhà nước Việt Nam điều hành chính sách tiền tệ chủ động, linh hoạt.',
      'b) Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Nghị quyết này.',
      'c) Tổng Thanh tra Chính phủ chủ trì, phối hợp với Bộ Công an giải quyết dứt điểm các vụ việc khiếu nại đông người.',
      'd) Tổng Giám đốc Bảo hiểm xã hội Việt Nam giải quyết kịp thời chế độ cho người lao động.',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft).map(([, lead, coordinators]) => [lead, coordinators])).toEqual([
      ['NGAN_HANG_NHA_NUOC_VIET_NAM', []],
      ['VAN_PHONG_CHINH_PHU', []],
      ['THANH_TRA_CHINH_PHU', ['BO_CONG_AN']],
      ['BAO_HIEM_XA_HOI_VIET_NAM', []],
    ]);
  });
});

describe('the end of a resolution', () => {
  it('keeps the last point when the signature comes before the recipients, and reads a Deputy Prime Minister as the actor', () => {
    const text = [
      ...opening,
      'I. VỀ CÔNG TÁC KHẮC PHỤC HẬU QUẢ MƯA LŨ',
      '1. Giao Phó Thủ tướng Chính phủ Trần Văn An chỉ đạo các bộ, địa phương khắc phục hậu quả mưa lũ.',
      '2. Giao Bộ Quốc phòng, Bộ Công an huy động lực lượng hỗ trợ người dân sửa chữa nhà ở.',
      'TM. CHÍNH PHỦ',
      'THỦ TƯỚNG',
      'Nơi nhận:',
      '- Ban Bí thư Trung ương Đảng;',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => oneLine(task.text))).toEqual([
      'Giao Phó Thủ tướng Chính phủ Trần Văn An chỉ đạo các bộ, địa phương khắc phục hậu quả mưa lũ.',
      'Giao Bộ Quốc phòng, Bộ Công an huy động lực lượng hỗ trợ người dân sửa chữa nhà ở.',
    ]);
    expect(draft.tasks[0]?.lead).toBe('PHO_THU_TUONG_CHINH_PHU_TRAN_VAN_AN');
  });
});

describe('the title of a resolution', () => {
  it('is the kind of document and its subject, not the place and date line, so a yearless date falls after the issue date', () => {
    const text = [
      'CHÍNH PHỦ', 'Hà Nội, ngày 20 tháng 11 năm 2025', 'NGHỊ QUYẾT', 'Về khắc phục hậu quả mưa lũ tại các tỉnh miền Trung',
      'I. NHIỆM VỤ', '1. Khắc phục hậu quả', '- Bộ Xây dựng báo cáo Thủ tướng Chính phủ trong tháng 01.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.metadata.titleVi).toBe('Nghị quyết về khắc phục hậu quả mưa lũ tại các tỉnh miền Trung');
    expect(draft.tasks[0]?.deadline).toBe('2026-01-31');
  });
});

describe('a point that asks named bodies', () => {
  it('reads "Yêu cầu Bộ Y tế:" as the actor of the bullets below it, not as requirements, and "các tỉnh: A, B, C:" as each province\'s committee', () => {
    const text = [
      ...opening,
      'I. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
      '1. Yêu cầu Bộ Y tế:',
      '- Bảo đảm đủ thuốc, vật tư y tế cho vùng lũ.',
      '2. Yêu cầu Ủy ban nhân dân các tỉnh: Quảng Trị, Huế, Đà Nẵng:',
      '- Bảo đảm không để người dân nào bị đói, rét.',
      '3. Yêu cầu:',
      '- Bảo đảm an toàn tuyệt đối cho lực lượng cứu hộ.',
    ].join('\n');
    const { draft } = importText(text);
    // Each named province's committee is assigned the task ("tỉnh Quảng Trị" is read as the
    // registry's own provincial committee, as "Sở Y tế Hà Nội" is its Sở Y tế).
    expect(draft.tasks.map((task) => [oneLine(task.text), task.lead ?? task.assignees])).toEqual([
      ['Bảo đảm đủ thuốc, vật tư y tế cho vùng lũ.', 'BO_YT'],
      ['Bảo đảm không để người dân nào bị đói, rét.', ['UBND_TINH', 'UY_BAN_NHAN_DAN_THANH_PHO_HUE', 'UY_BAN_NHAN_DAN_THANH_PHO_DA_NANG']],
    ]);
  });
});

describe('a telegram', () => {
  it('leaves out its addressees after "… điện:", and reads "các Bộ: Quốc phòng, Công an" as each ministry', () => {
    const text = [
      'THỦ TƯỚNG CHÍNH PHỦ', 'Số: 230/CĐ-TTg', 'CÔNG ĐIỆN', 'Về việc khắc phục hậu quả mưa lũ',
      'THỦ TƯỚNG CHÍNH PHỦ điện:',
      '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Trị, Huế, Đà Nẵng;',
      '- Bộ trưởng các Bộ: Quốc phòng, Công an, Xây dựng, Y tế.',
      'Để nhanh chóng khắc phục hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu:',
      '1. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng đóng trên địa bàn hỗ trợ người dân.',
      '2. Giao các Sở: Tài chính, Nông nghiệp và Môi trường phối hợp với Bộ Y tế hướng dẫn các địa phương.',
      'Nơi nhận:',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [oneLine(task.text).slice(0, 24), task.lead ?? task.assignees, task.coordinators])).toEqual([
      ['Bộ trưởng các Bộ: Quốc p', ['BO_QUOC_PHONG', 'BO_CONG_AN'], []],
      ['Giao các Sở: Tài chính, ', ['SO_TC', 'SO_NONG_NGHIEP_VA_MOI_TRUONG', 'BO_YT'], ['BO_YT']],
    ]);
  });
});

describe('provinces named as the actors', () => {
  it('reads "Các tỉnh Nghệ An, Quảng Ngãi …", "Thành phố Hà Nội và các tỉnh …" as each province, and a region as no province', () => {
    const text = [
      ...opening,
      'I. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
      '1. Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương hoàn thiện báo cáo nghiên cứu khả thi.',
      '2. Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh tiến độ giải phóng mặt bằng.',
      '3. Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Huế quyết liệt chỉ đạo thi công.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => task.assignees)).toEqual([
      ['TINH_NGHE_AN', 'TINH_QUANG_NGAI', 'TINH_CAO_BANG'],
      ['THANH_PHO_HA_NOI', 'TINH_BAC_NINH', 'TINH_GIA_LAI'],
      ['UBND_TINH', 'UY_BAN_NHAN_DAN_THANH_PHO_HUE'],
    ]);
  });

  it('spells out a list of places after one kind, but not a list of regions', () => {
    expect(spellOutPlaceLists('Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Huế')).toBe('Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị, Chủ tịch Ủy ban nhân dân thành phố Huế');
    expect(spellOutPlaceLists('các tỉnh Tây Nguyên, Đông Nam Bộ')).toBe('các tỉnh Tây Nguyên, Đông Nam Bộ');
    expect(spellOutKindLists('Các Bộ trưởng: Văn hóa, Thể thao và Du lịch, Y tế')).toBe('Bộ Văn hóa, Thể thao và Du lịch, Bộ Y tế');
    expect(spellOutKindLists('Giám đốc các Sở: Y tế, Tài chính')).toBe('Sở Y tế, Sở Tài chính');
    expect(spellOutKindLists('các Bộ: Quốc phòng, Công an và Ủy ban nhân dân các tỉnh')).toBe('Bộ Quốc phòng, Bộ Công an và Ủy ban nhân dân các tỉnh');
  });
});

describe('a duties section of a resolution', () => {
  it('reads "Trách nhiệm Tổ công tác …:" (without "của") as the actor, and "tổng kết, đánh giá hàng năm" as every year', () => {
    const text = [
      ...opening,
      'Điều 2. Tổ chức thực hiện',
      '1. Trách nhiệm Tổ công tác triển khai Đề án 06:',
      'a) Chỉ đạo tổ chức xây dựng, triển khai thực hiện Đề án.',
      'b) Tổ chức tổng kết, đánh giá hàng năm việc thực hiện Đề án.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.lead, task.kind])).toEqual([
      ['TO_CONG_TAC_TRIEN_KHAI_DE_AN_06', 'continuous'],
      ['TO_CONG_TAC_TRIEN_KHAI_DE_AN_06', 'periodic'],
    ]);
  });
});

describe('committees of several named provinces', () => {
  it('reads each province\'s committee as a body of its own, and "các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi" as one collective', () => {
    const text = [
      ...opening,
      'I. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
      '1. Ủy ban nhân dân các tỉnh: Quảng Trị, Hà Tĩnh, Nghệ An chỉ đạo sơ tán người dân khỏi vùng nguy hiểm.',
      '2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi tiếp tục theo dõi chặt chẽ diễn biến mưa lũ.',
      '3. Các Bộ trưởng: Quốc phòng, Công an chỉ đạo lực lượng hỗ trợ người dân.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => task.lead ?? task.assignees)).toEqual([
      ['UY_BAN_NHAN_DAN_TINH_QUANG_TRI', 'UY_BAN_NHAN_DAN_TINH_HA_TINH', 'UY_BAN_NHAN_DAN_TINH_NGHE_AN'],
      ['UY_BAN_NHAN_DAN_CAC_TINH_THANH_PHO'],
      ['BO_QUOC_PHONG', 'BO_CONG_AN'],
    ]);
  });
});

describe('a directive whose sections are topics beside its duties section', () => {
  it('reads the points of "I. VỀ …" that name who acts as their duties, and not the prose that names nobody', () => {
    const text = [
      'THỦ TƯỚNG CHÍNH PHỦ', 'CÔNG ĐIỆN', 'Về việc cắt giảm thủ tục hành chính',
      'I. VỀ HOÀN THIỆN THỂ CHẾ',
      'Thời gian qua, các bộ đã cắt giảm nhiều thủ tục hành chính.',
      '1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ',
      'Tập trung chỉ đạo sửa đổi, bổ sung các văn bản quy phạm pháp luật, hoàn thành trong năm 2025.',
      '2. Bộ trưởng Bộ Công Thương hoàn thành việc rà soát phương án cắt giảm điều kiện kinh doanh.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [oneLine(task.text).slice(0, 20), task.lead ?? task.assignees])).toEqual([
      ['Tập trung chỉ đạo sử', ['CAC_BO_THU_TRUONG_CO_QUAN_NGANG_BO']],
      ['Bộ trưởng Bộ Công Th', 'BO_CONG_THUONG'],
      ['Văn phòng Chính phủ ', 'VAN_PHONG_CHINH_PHU'],
    ]);
  });
});

describe('items numbered in brackets under a lettered point', () => {
  it('reads "(1) Bộ Tài chính giải quyết …" as a task of its own when it names who acts, and not a criterion "(1) Tỷ lệ …"', () => {
    const text = [
      ...opening,
      'I. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN',
      '1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ',
      'a) Các Bộ: Tài chính, Y tế khẩn trương khắc phục các bất cập của hệ thống thông tin, hoàn thành trong tháng 11 năm 2025, cụ thể:',
      '(1) Bộ Tài chính giải quyết các vấn đề tồn đọng của Cổng Thông tin một cửa quốc gia.',
      '(2) Bộ Y tế hoàn thành nâng cấp hệ thống quản lý cấp phép hành nghề.',
      'b) Bảo đảm các chỉ tiêu sau:',
      '(1) Tỷ lệ hồ sơ trực tuyến đạt 80 %.',
    ].join('\n');
    const { draft } = importText(text);
    const rows = draft.tasks.map((task) => [oneLine(task.text).slice(0, 22), task.lead ?? task.assignees, task.deadline ?? null]);
    expect(rows).toContainEqual(['Bộ Tài chính giải quyế', 'BO_TAI_CHINH', '2025-11-30']);
    expect(rows).toContainEqual(['Bộ Y tế hoàn thành nân', 'BO_YT', '2025-11-30']);
    expect(rows.some(([text]) => (text as string).startsWith('Tỷ lệ'))).toBe(false);
  });
});

describe('a city\'s letter on bidding', () => {
  it('reads investors and expert teams as actors, and not the closing call "… yêu cầu các đơn vị nghiêm túc triển khai thực hiện./."', () => {
    const text = [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'Số: 7000/UBND-KT', 'V/v tăng cường quản lý công tác đấu thầu',
      'Để tăng cường công tác quản lý đấu thầu, Ủy ban nhân dân Thành phố yêu cầu:',
      '1. Chủ đầu tư chịu trách nhiệm toàn diện về kết quả lựa chọn nhà thầu.',
      '2. Tổ chuyên gia, tổ thẩm định thực hiện đúng quy định về đánh giá hồ sơ dự thầu.',
      '3. Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp:',
      '- Tạo điều kiện về mặt bằng cho các doanh nghiệp viễn thông.',
      'Ủy ban nhân dân Thành phố yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.',
      'Nơi nhận:',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => task.lead ?? task.assignees)).toEqual([
      'CHU_DAU_TU',
      'TO_CHUYEN_GIA_TO_THAM_DINH',
      ['CAC_CHU_DAU_TU_XAY_DUNG_VA_KINH_DOANH_HA_TANG_KHU_CONG_NGHIEP'],
    ]);
  });
});

describe('a letter\'s opening ask', () => {
  it.each([
    'Ủy ban nhân dân Thành phố giao:',
    'Để thực hiện tốt công tác đấu thầu trong thời gian tới, Chủ tịch Ủy ban nhân dân Thành phố yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường thực hiện một số nội dung sau:',
  ])('after "%s", reads the points as duties, and "Yêu cầu các chủ đầu tư:" as a request, not requirements', (ask) => {
    const text = [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'Số: 7000/UBND-KT', 'V/v tăng cường quản lý công tác đấu thầu', ask,
      '1. Sở Tài chính:', 'a) Hướng dẫn các chủ đầu tư thực hiện đúng quy định về đấu thầu.',
      '2. Yêu cầu các chủ đầu tư, bên mời thầu:', '- Công khai thông tin đấu thầu trên Hệ thống mạng đấu thầu quốc gia.',
      'Nơi nhận:',
    ].join('\n');
    expect(taskRows(importText(text).draft).map(([ref, lead]) => [ref, lead])).toEqual([
      ['III.1.1', 'SO_TC'],
      ['III.2.1', null],
    ]);
    expect(importText(text).draft.tasks[1]?.assignees).toEqual(['CAC_CHU_DAU_TU_BEN_MOI_THAU']);
  });
});

describe('"các tỉnh, thành phố nêu trên" in a telegram', () => {
  it('means the provinces its address lists', () => {
    const text = [
      'THỦ TƯỚNG CHÍNH PHỦ', 'CÔNG ĐIỆN', 'Về việc tập trung ứng phó mưa lũ', 'THỦ TƯỚNG CHÍNH PHỦ điện:',
      '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế;',
      '- Bộ trưởng các Bộ: Quốc phòng, Công an.',
      'Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:',
      '1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên tiếp tục chỉ đạo theo dõi chặt chẽ diễn biến mưa lũ.',
      'Nơi nhận:',
    ].join('\n');
    expect(importText(text).draft.tasks[0]?.assignees).toEqual(['UY_BAN_NHAN_DAN_TINH_HA_TINH', 'UY_BAN_NHAN_DAN_TINH_QUANG_TRI', 'UY_BAN_NHAN_DAN_THANH_PHO_HUE']);
  });
});

describe("a council's resolution asking the People's Committee to direct its departments", () => {
  const text = [
    'NGHỊ QUYẾT',
    'VỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM',
    'QUYẾT NGHỊ:',
    'Điều 2. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một số công việc sau:',
    '1. Về lĩnh vực Tài nguyên Môi trường:',
    '- Chỉ đạo Sở Tài nguyên và Môi trường: Thường xuyên kiểm tra, đôn đốc các huyện đẩy nhanh tiến độ lập kế hoạch sử dụng đất.',
    '2. Về đầu tư xây dựng các công trình, dự án:',
    '- Chỉ đạo Sở Nông nghiệp và PTNT:',
    '+ Thực hiện việc nghiệm thu, bàn giao công trình dự án kè bờ tây Sông',
    'Lô đưa vào sử dụng trong tháng 7/2027.',
    '+ Chủ động phối hợp với Sở Tài chính khắc phục, sửa chữa công trình hồ chứa nước.',
    '3. Về lĩnh vực Quốc phòng:',
    'Đề nghị UBND tỉnh chỉ đạo Công an tỉnh phối hợp với Sở Tài chính xây dựng phương án thanh toán kinh phí đền bù.',
  ].join('\n');

  it('gives each duty to the body directed: "Chỉ đạo Sở X: …", "- Chỉ đạo Sở X:" over "+" bullets, "Đề nghị UBND tỉnh chỉ đạo X phối hợp với Y …"', () => {
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [oneLine(task.text).slice(0, 36), task.lead, task.coordinators])).toEqual([
      ['Chỉ đạo Sở Tài nguyên và Môi trường:', 'SO_TAI_NGUYEN_VA_MOI_TRUONG', []],
      ['Thực hiện việc nghiệm thu, bàn giao ', 'SO_NONG_NGHIEP_VA_PTNT', []],
      ['Chủ động phối hợp với Sở Tài chính k', 'SO_NONG_NGHIEP_VA_PTNT', ['SO_TC']],
      ['Đề nghị UBND tỉnh chỉ đạo Công an tỉ', 'CONG_AN_TINH', ['SO_TC']],
    ]);
    // The bullet cut by a line break is one duty, with its deadline.
    expect(oneLine(draft.tasks[1]?.text ?? '')).toContain('Lô đưa vào sử dụng trong tháng 7/2027.');
    expect(draft.tasks[1]).toMatchObject({ kind: 'one_off', deadline: '2027-07-31' });
  });
});

describe("a directive whose points name their actor in a line that introduces a list", () => {
  const text = [
    'CHỈ THỊ',
    'Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '3. Tạo thuận lợi cho sản xuất kinh doanh',
    'a) Bộ Công Thương:',
    '- Chủ trì, phối hợp với các Bộ: Nông nghiệp và Phát triển nông thôn, Xây dựng và các cơ quan liên quan rà soát nhu cầu nguyên vật liệu.',
    '6. Tập trung xử lý vướng mắc về lao động',
    'Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, địa phương khẩn trương xử lý các vướng mắc, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2026 các vấn đề sau:',
    '- Tình hình lao động, việc làm trong các doanh nghiệp.',
    '- Thực trạng quản lý lao động nước ngoài đang làm việc tại Việt Nam.',
    '7. Bảo đảm thông tin',
    'a) Bộ Y tế chủ trì:',
    '- Chỉ đạo các cơ sở y tế cập nhật tình hình dịch bệnh.',
    '5',
    '--- PAGE BREAK ---',
    '- Hướng dẫn các địa phương.',
  ].join('\n');

  it('gives the bullets below "X chủ trì, phối hợp với Y …:" to X, with Y and the time it gives; reads "phối hợp với các Bộ: A, B" and an extractor\'s page-break line', () => {
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [oneLine(task.text).slice(0, 30), task.lead, task.coordinators, task.kind === 'one_off' ? task.deadline : task.kind])).toEqual([
      ['Chủ trì, phối hợp với các Bộ: ', 'BO_CONG_THUONG', ['BO_NONG_NGHIEP_VA_PHAT_TRIEN_NONG_THON', 'BO_XAY_DUNG', 'CAC_CO_QUAN_LIEN_QUAN'], 'continuous'],
      ['Tình hình lao động, việc làm t', 'BO_LDTBXH', ['CAC_CO_QUAN_DIA_PHUONG'], '2026-03-31'],
      ['Thực trạng quản lý lao động nư', 'BO_LDTBXH', ['CAC_CO_QUAN_DIA_PHUONG'], '2026-03-31'],
      ['Chỉ đạo các cơ sở y tế cập nhậ', 'BO_YT', [], 'continuous'],
      ['Hướng dẫn các địa phương.', 'BO_YT', [], 'continuous'],
    ]);
  });
});

describe("a tasks section whose opening sentence asks named bodies to carry out its tasks", () => {
  const tasksSection = (heading: string[]) => [
    'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.', ...heading,
    '1. Hoàn thiện thể chế', '- Rà soát các quy định về đất đai.', '2. Sở Y tế chủ trì tổ chức tập huấn.',
    'III. TỔ CHỨC THỰC HIỆN', '1. Sở Tư pháp', '- Theo dõi việc thực hiện.',
  ].join('\n');

  it('gives the tasks that name nobody to those bodies, whether the sentence stands under the heading or a saved page ran it into the heading', () => {
    const ask = 'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban nhân dân các huyện tập trung thực hiện quyết liệt các nhiệm vụ, giải pháp chủ yếu sau:';
    for (const heading of [['II. NHIỆM VỤ VÀ GIẢI PHÁP', ask], [`II. NHIỆM VỤ VÀ GIẢI PHÁP ${ask}`]]) {
      const { draft } = importText(tasksSection(heading));
      expect(draft.tasks.map((task) => [task.ref, task.lead, task.assignees])).toEqual([
        ['II.1.1', null, ['ALL_DEPARTMENTS', 'UY_BAN_NHAN_DAN_CAC_HUYEN']],
        ['II.2.1', 'SO_YT', ['SO_YT']],
        ['III.1.1', 'SO_TU_PHAP', ['SO_TU_PHAP']],
      ]);
    }
    // An opening sentence that asks nobody by name leaves them to the reviewer.
    const { draft } = importText(tasksSection(['II. NHIỆM VỤ VÀ GIẢI PHÁP', 'Để đạt mục tiêu trên, cần tập trung thực hiện các nhiệm vụ sau:']));
    expect(draft.tasks[0]?.assignees).toEqual(['CHUA_XAC_DINH']);
  });
});

describe("a council's resolution whose article asks the People's Committee to carry out the points below", () => {
  it('gives the points that name nobody to the body asked, and "Về lĩnh vực …: Đề nghị UBND tỉnh chỉ đạo X:" to X', () => {
    const text = [
      'NGHỊ QUYẾT',
      'VỀ CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN TẠI KỲ HỌP THỨ NĂM',
      'QUYẾT NGHỊ:',
      'Điều 1. Hội đồng nhân dân tỉnh đánh giá cao tinh thần trách nhiệm của các đại biểu.',
      'Điều 2. Hội đồng nhân dân tỉnh cơ bản thống nhất với các giải pháp đã trả lời và đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một số công việc sau:',
      '1. Về lĩnh vực Tài nguyên Môi trường:',
      '- Xem xét sớm phê duyệt quy hoạch điều chỉnh Kế hoạch sử dụng đất.',
      '2. Về lĩnh vực Tư pháp: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:',
      '- Tăng cường kỷ luật, kỷ cương trong toàn ngành.',
      'Điều 3. Thường trực Hội đồng nhân dân tỉnh có trách nhiệm giám sát việc thực hiện Nghị quyết này.',
    ].join('\n');
    const { draft } = importText(text);
    const byOpening = (opening: string) => draft.tasks.find((task) => task.text.startsWith(opening));
    expect(byOpening('Xem xét sớm phê duyệt')?.assignees).toEqual(['UBND_TINH']);
    expect(byOpening('Tăng cường kỷ luật')).toMatchObject({ lead: 'CONG_AN_TINH', assignees: ['CONG_AN_TINH'] });
  });
});
