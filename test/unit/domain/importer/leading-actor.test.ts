// The actor a task or a heading names by its own words: "Sở Xây dựng chủ trì …", "Sở Công
// Thương: hướng dẫn …", "1.2. Sở Tài chính - Cơ quan thường trực", "Đối với các sở, ngành:".
import { describe, expect, it } from 'vitest';
import { readAssignment } from '../../../../domain/importer/read-assignment';
import { cleanActorNames, coordinatorsLater, readActorHeading, readLeadingActor } from '../../../../domain/importer/read-leading-actor';
import { readDutyHeading } from '../../../../domain/importer/read-duty-heading';
import { importText, taskRows } from './import-helpers';

describe('the actor a task opens with', () => {
  it('reads the lead before "chủ trì" and the coordinators after "phối hợp với"', () => {
    expect(readLeadingActor('Sở Xây dựng chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn các địa phương.')).toMatchObject({ leadText: 'Sở Xây dựng', coordinatorText: 'các sở, ngành liên quan' });
  });

  it('ends the name before "đầu mối", "tổng kết", but keeps "Cơ quan đầu mối" whole', () => {
    expect(readLeadingActor('Sở Tài chính đầu mối phối hợp với các sở tổng hợp, đề xuất.')).toMatchObject({ leadText: 'Sở Tài chính', coordinatorText: 'các sở' });
    expect(readLeadingActor('Sở Y tế tổng kết, đánh giá việc thực hiện.')).toMatchObject({ leadText: 'Sở Y tế' });
    expect(readLeadingActor('Cơ quan đầu mối tổng hợp báo cáo.')).toMatchObject({ leadText: 'Cơ quan đầu mối' });
  });

  it('reads the names before the first action word, capitalised words of a name excepted', () => {
    expect(readLeadingActor('Ủy ban nhân dân cấp xã thành lập Tổ công tác.')).toMatchObject({ leadText: 'Ủy ban nhân dân cấp xã', coordinatorText: null });
    expect(readLeadingActor('Sở Kế hoạch và Đầu tư tổng hợp nhu cầu vốn.')).toMatchObject({ leadText: 'Sở Kế hoạch và Đầu tư' });
  });

  it('ends the names at more verbs of field work: "tham gia", "mở", "chi trả", "khắc phục"', () => {
    expect(readLeadingActor('Các ngân hàng thương mại tham gia phối hợp với Sở Y tế triển khai chi trả.')).toMatchObject({ leadText: 'Các ngân hàng thương mại' });
    expect(readLeadingActor('Sở Y tế chủ trì, phối hợp với Sở Tài chính mở tài khoản cho đối tượng.')).toMatchObject({ leadText: 'Sở Y tế', coordinatorText: 'Sở Tài chính' });
    expect(readLeadingActor('Ủy ban nhân dân cấp xã khắc phục hậu quả sau lũ.')).toMatchObject({ leadText: 'Ủy ban nhân dân cấp xã' });
  });

  it('ends the coordinators at what they do with data: "thu thập", "chuẩn hóa", "vận hành"', () => {
    expect(readLeadingActor('Sở Xây dựng chủ trì, phối hợp với các sở, ngành, đơn vị có liên quan thu thập, biên tập, chuẩn hóa dữ liệu quy hoạch.')).toMatchObject({ leadText: 'Sở Xây dựng', coordinatorText: 'các sở, ngành, đơn vị có liên quan' });
  });

  it('ends the coordinators after "… có liên quan" when what they do follows, whatever the verb', () => {
    expect(readLeadingActor('Sở Tư pháp chủ trì, phối hợp với Sở Y tế và các cơ quan có liên quan soạn thảo văn bản hướng dẫn.')).toMatchObject({ coordinatorText: 'Sở Y tế và các cơ quan có liên quan' });
    expect(readLeadingActor('Sở Tư pháp chủ trì, phối hợp với các cơ quan có liên quan và Công an tỉnh soạn thảo văn bản.')).toMatchObject({ coordinatorText: expect.stringContaining('Công an tỉnh') });
    expect(readAssignment('Các sở, ngành có liên quan soạn thảo văn bản hướng dẫn.', null).assignment).toMatchObject({ form: 'everyone', namesText: 'Các sở, ngành có liên quan' });
  });

  it('reads the names before a colon, with "phối hợp" among them', () => {
    expect(readLeadingActor('Sở Công Thương: hướng dẫn kiểm kê chợ.')).toMatchObject({ leadText: 'Sở Công Thương', coordinatorText: null });
    expect(readLeadingActor('Sở Tài chính phối hợp Ban Quản lý Khu kinh tế: hướng dẫn kiểm kê.')).toMatchObject({ leadText: 'Sở Tài chính', coordinatorText: 'Ban Quản lý Khu kinh tế' });
  });

  it('keeps "quản lý" in "Ban quản lý Khu kinh tế" as part of the name, not the verb "quản lý"', () => {
    expect(readLeadingActor('Sở Tài chính, Ban quản lý Khu kinh tế tỉnh có trách nhiệm công bố thông tin về quy hoạch.')).toMatchObject({ leadText: 'Sở Tài chính, Ban quản lý Khu kinh tế tỉnh' });
    expect(readLeadingActor('Sở Xây dựng quản lý chặt chẽ các dự án.')).toMatchObject({ leadText: 'Sở Xây dựng' });
  });

  it('keeps "giao" in "Bộ Ngoại giao" as part of the name, not the verb "giao"', () => {
    expect(readLeadingActor('Bộ Ngoại giao chủ trì, phối hợp với các bộ, ngành theo dõi, đôn đốc việc triển khai.')).toMatchObject({ leadText: 'Bộ Ngoại giao', coordinatorText: 'các bộ, ngành' });
  });

  it('reads "…, phối hợp với Y" further on in the first sentence as the coordinators', () => {
    expect(readLeadingActor('Bộ Y tế chủ trì các chương trình nghiên cứu, phối hợp với Bộ Công Thương triển khai; báo cáo hằng năm.')).toMatchObject({ leadText: 'Bộ Y tế', coordinatorText: 'Bộ Công Thương' });
    expect(coordinatorsLater('Phối hợp với các cơ quan Trung ương, Bộ Tài chính trong việc chỉ đạo kiểm kê.')).toBe('các cơ quan Trung ương, Bộ Tài chính');
  });

  it('reads "Phối hợp, hỗ trợ X …" as coordinating with X', () => {
    expect(coordinatorsLater('Phối hợp, hỗ trợ Bộ Khoa học và Công nghệ, Bộ Giáo dục và Đào tạo triển khai đào tạo nhân lực.')).toBe('Bộ Khoa học và Công nghệ, Bộ Giáo dục và Đào tạo');
  });

  it('reads "Phối hợp Công an tỉnh …" without "với", but not "phối hợp tổ chức …"', () => {
    expect(coordinatorsLater('Phối hợp Công an tỉnh và các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh khen thưởng.')).toBe('Công an tỉnh và các đơn vị liên quan');
    expect(coordinatorsLater('Phối hợp tổ chức hội nghị sơ kết.')).toBeNull();
    // A second "phối hợp" names more coordinators, unless it is done by someone the task directs.
    expect(coordinatorsLater('Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Quốc phòng triển khai.')).toBe('các đơn vị liên quan; Bộ Quốc phòng');
    expect(coordinatorsLater('Phối hợp với Sở Giáo dục và Đào tạo chỉ đạo hệ thống y tế cơ sở phối hợp với các cơ sở giáo dục mầm non triển khai.')).toBe('Sở Giáo dục và Đào tạo');
    // "chủ đầu tư", "nhà đầu tư" are who, not "đầu tư" (to invest).
    expect(coordinatorsLater('Chủ động phối hợp với chủ đầu tư hạ tầng khu công nghiệp và các cơ quan chức năng kiểm tra.')).toBe('chủ đầu tư hạ tầng khu công nghiệp và các cơ quan chức năng');
  });

  it('finds no actor in a task that opens with what to do', () => {
    expect(readLeadingActor('Tổ chức hội nghị phổ biến Luật.')).toBeNull();
    expect(readLeadingActor('Ban hành kế hoạch kiểm tra.')).toBeNull();
  });

  it('reads the agency a head stands for ("Bộ trưởng Bộ Công an"), and ends the names at ", trên cơ sở …"', () => {
    expect(readLeadingActor('Bộ trưởng Bộ Công an có trách nhiệm giúp Thủ tướng Chính phủ theo dõi việc thực hiện.')).toMatchObject({ leadText: 'Bộ Công an' });
    expect(readLeadingActor('Sở Tài chính, trên cơ sở đề xuất của các cơ quan, tổng hợp, tham mưu bố trí kinh phí.')).toMatchObject({ leadText: 'Sở Tài chính' });
  });

  it('reads "tổ chức" after "cơ quan," as part of the names, and leaves out "trong phạm vi chức năng, nhiệm vụ của mình"', () => {
    expect(readLeadingActor('Các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ chức có liên quan căn cứ Kế hoạch này, xây dựng kế hoạch.')).toMatchObject({ leadText: 'Các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ chức có liên quan' });
    expect(readLeadingActor('Các sở, cơ quan trực thuộc Sở trong phạm vi chức năng, nhiệm vụ của mình tổ chức triển khai thực hiện Kế hoạch.')).toMatchObject({ leadText: 'Các sở, cơ quan trực thuộc Sở' });
  });
});

describe('the words after an actor\'s names', () => {
  it('drops an apposition after a dash, "đơn vị" as well as "cơ quan" (a Vietnamese last letter is no word boundary to \\b)', () => {
    expect(cleanActorNames('Sở Nội vụ - đơn vị thường trực của Ban Chỉ đạo')).toBe('Sở Nội vụ');
    expect(cleanActorNames('Sở Y tế - cơ quan thường trực')).toBe('Sở Y tế');
  });
});

describe('where a leader\'s or a body\'s name ends', () => {
  it.each([
    ['Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo kiểm tra tiến độ.', 'Bộ Xây dựng'],
    ['Bộ Xây dựng đẩy nhanh tiến độ phê duyệt báo cáo nghiên cứu khả thi.', 'Bộ Xây dựng'],
    ['Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công chỉ đạo các bộ.', 'các Phó Thủ tướng Chính phủ'],
    ['Giao Phó Thủ tướng Chính phủ Trần Văn An trước ngày 15 tháng 11 năm 2025 trực tiếp làm việc với các địa phương.', 'Phó Thủ tướng Chính phủ Trần Văn An'],
    ['Bộ Tài chính xem xét, bố trí kinh phí cho các dự án.', 'Bộ Tài chính'],
  ])('reads the actor of "%s" as "%s"', (sentence, leadText) => {
    expect(readLeadingActor(sentence)).toMatchObject({ form: 'lead', leadText });
  });
});

describe('a duty led together', () => {
  it('reads "Đồng chủ trì với Y, phối hợp với Z" under X as no single lead: X and Y assignees, Z coordinating', () => {
    const text = ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Chăm sóc trẻ em năm 2026', 'III. TỔ CHỨC THỰC HIỆN', '1. Sở Y tế', 'Đồng chủ trì với Sở Tư pháp, phối hợp với Công an tỉnh rà soát chính sách bảo vệ trẻ em.'].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft).map((row) => row.slice(0, 3))).toEqual([['III.1.1', null, ['CONG_AN_TINH']]]);
    expect(draft.tasks[0]?.assignees).toEqual(['SO_YT', 'SO_TU_PHAP', 'CONG_AN_TINH']);
  });
});

describe('an actor after a label', () => {
  it('reads the actor that opens the sentence after "Thực hiện mở tài khoản và phát hành thẻ:"', () => {
    const text = ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Chi trả không dùng tiền mặt năm 2026', 'II. NHIỆM VỤ', '1. Tổ chức thực hiện chi trả', 'a) Thực hiện mở tài khoản và phát hành thẻ: Sở Y tế phối hợp với Sở Tài chính thực hiện mở tài khoản cho đối tượng;'].join('\n');
    expect(taskRows(importText(text).draft).map((row) => row.slice(0, 3))).toEqual([['II.1.1', 'SO_YT', ['SO_TC']]]);
  });
});

describe('coordinators named later in the sentence', () => {
  it('takes "các ngành liên quan", "cấp ủy, chính quyền các cấp", "các lực lượng" after "phối hợp với", and no verb phrase', () => {
    expect(coordinatorsLater('Phối hợp với các ngành liên quan phát triển thị trường cho sản phẩm.')).toBe('các ngành liên quan');
    expect(coordinatorsLater('Phối hợp chặt chẽ với cấp ủy, chính quyền các cấp, phát huy vai trò của Nhân dân.')).toBe('cấp ủy, chính quyền các cấp');
    expect(coordinatorsLater('Phối hợp các lực lượng và UBND các xã, phường huy động ca nô.')).toBe('các lực lượng và UBND các xã, phường');
    expect(coordinatorsLater('Phối hợp tổ chức hội nghị sơ kết.')).toBeNull();
  });
});

describe('a heading that names an actor', () => {
  it('gives the names without "Trách nhiệm của", "Đối với" or an aside', () => {
    expect(readActorHeading('Trách nhiệm của các sở, ban, ngành')).toBe('các sở, ban, ngành');
    expect(readActorHeading('Đối với Ủy ban nhân dân các cấp:')).toBe('Ủy ban nhân dân các cấp');
    expect(readActorHeading('Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo')).toBe('Sở Tài chính');
    expect(readActorHeading('Các cơ quan tham mưu quản lý ngành (gồm các Sở: Xây dựng, Công Thương)')).toBe('Các cơ quan tham mưu quản lý ngành');
    // "Trách nhiệm của" says an actor follows, even one that is no agency's name.
    expect(readActorHeading('Trách nhiệm của đối tượng thực hiện kiểm kê:')).toBe('đối tượng thực hiện kiểm kê');
  });

  it('reads health and school facilities as actors ("Các cơ sở KCB BHYT trên địa bàn Thành phố"), not "Cơ sở dữ liệu" or "Cơ sở vật chất"', () => {
    expect(readActorHeading('Các cơ sở KCB BHYT trên địa bàn Thành phố')).toBe('Các cơ sở KCB BHYT trên địa bàn Thành phố');
    expect(readActorHeading('Các cơ sở giáo dục mầm non:')).toBe('Các cơ sở giáo dục mầm non');
    expect(readActorHeading('Trạm y tế xã, phường')).toBe('Trạm y tế xã, phường');
    expect(readActorHeading('Cơ sở dữ liệu quốc gia về dân cư')).toBeNull();
    expect(readActorHeading('Cơ sở vật chất, trang thiết bị')).toBeNull();
  });

  it('reads bodies named from "Trung ương …", "các tổ chức …", "Doanh nghiệp …", but not "Tổ chức tập huấn"', () => {
    expect(readActorHeading('Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam')).toBe('Trung ương Mặt trận Tổ quốc Việt Nam');
    expect(readActorHeading('Đề nghị các tổ chức chính trị - xã hội')).toBe('các tổ chức chính trị - xã hội');
    expect(readActorHeading('Các doanh nghiệp viễn thông')).toBe('Các doanh nghiệp viễn thông');
    // Named by what they do: still only a name.
    expect(readActorHeading('Đề nghị các tổ chức cung cấp dịch vụ chi trả')).toBe('các tổ chức cung cấp dịch vụ chi trả');
    expect(readActorHeading('Tổ chức tập huấn')).toBeNull();
    // A sentence closed by its full stop says what they do: no heading.
    expect(readActorHeading('Các doanh nghiệp nhà nước tiên phong, dẫn dắt sự phát triển kinh tế số.')).toBeNull();
  });

  it('reads the tax office of a province ("Thuế tỉnh Đắk Lắk", since the 2025 reorganisation) as a body, not the word "thuế"', () => {
    expect(readActorHeading('Thuế tỉnh Đắk Lắk')).toBe('Thuế tỉnh Đắk Lắk');
    expect(readActorHeading('Thuế thu nhập doanh nghiệp')).toBeNull();
  });

  it('reads "Đề nghị: X, Y" as a request to X and Y, not as a duty after the colon', () => {
    expect(readActorHeading('Đề nghị: Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh')).toBe('Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh');
    expect(readDutyHeading('Đề nghị: Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh')).toMatchObject({ actors: 'Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh', mandate: 'request', inlineDuty: null });
  });

  it('is not a heading that says what to do, nor a field label', () => {
    expect(readActorHeading('Phòng ngừa bạo lực, xâm hại trẻ em')).toBeNull();
    expect(readActorHeading('Sở Y tế tổ chức tập huấn')).toBeNull();
    expect(readActorHeading('Cơ quan thực hiện:')).toBeNull();
  });
});

describe('tasks under an actor heading in the tasks section', () => {
  const text = [
    'II. NHIỆM VỤ CỤ THỂ',
    '1. Nhiệm vụ của các thành viên',
    '1.1. Sở Tài chính - Cơ quan thường trực',
    '- Tham mưu triển khai kế hoạch kiểm kê.',
    'Thời gian hoàn thành: Tháng 12/2025.',
    '- Phối hợp với các cơ quan liên quan hướng dẫn biểu mẫu.',
    '1.2. Các sở, ban, ngành',
    '- Sở Công Thương: hướng dẫn kiểm kê chợ.',
  ].join('\n');

  it('belong to the heading, unless they open with their own actor', () => {
    const { draft } = importText(text);
    expect(taskRows(draft).map(([, lead, , kind, due]) => [lead, kind, due])).toEqual([
      ['SO_TC', 'one_off', '2025-12-31'],
      ['SO_TC', 'continuous', null],
      ['SO_CONG_THUONG', 'continuous', null],
    ]);
  });
});

describe('those a point encourages ("Khuyến khích X …")', () => {
  it('reads X as asked to act, as after "Đề nghị", and "tiên phong, dẫn dắt" as what they do', () => {
    expect(readLeadingActor('Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây dựng kế hoạch hành động.')).toMatchObject({ leadText: 'Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh', mandate: 'request' });
    expect(readLeadingActor('Các doanh nghiệp nhà nước, Tổng công ty tiên phong, dẫn dắt trong chuyển đổi số.')).toMatchObject({ leadText: 'Các doanh nghiệp nhà nước, Tổng công ty' });
  });

  it('keeps the actors of the heading above for "Khuyến khích các doanh nghiệp …" under it', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Phát triển kinh tế số năm 2026', 'III. TỔ CHỨC THỰC HIỆN',
      '1. Hội Liên hiệp Phụ nữ tỉnh',
      '- Khuyến khích các doanh nghiệp do phụ nữ làm chủ tham gia sàn thương mại điện tử.',
      '2. Khuyến khích Mặt trận Tổ quốc Việt Nam tỉnh phát huy vai trò trong giám sát thực hiện Kế hoạch.',
    ].join('\n');
    expect(taskRows(importText(text).draft).map(([, lead]) => lead)).toEqual(['HOI_LHPN', 'MTTQ_TINH']);
  });
});

describe('a duty that names its coordinators mid-sentence', () => {
  it('reads "… phối hợp (với) Y …" anywhere in the first sentence, a later clause of it too, not in a later sentence', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế',
      '- Bố trí các đội y tế lưu động phối hợp Công an tỉnh tổ chức khám bệnh tại các điểm sơ tán.',
      '- Cử cán bộ y tế tham gia đoàn kiểm tra; tổng hợp kết quả, phối hợp với Sở Tài chính báo cáo.',
      '- Cử cán bộ y tế tham gia đoàn kiểm tra. Sở Tư pháp phối hợp với Công an tỉnh hướng dẫn.',
      '- Chủ trì phối hợp với BHXH tỉnh kiểm tra công tác khám, chữa bệnh.',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft).map(([, lead, coordinators]) => [lead, coordinators.length])).toEqual([
      ['SO_YT', 1],
      ['SO_YT', 1],
      ['SO_YT', 0],
      ['SO_YT', 1],
    ]);
    expect(draft.tasks[1]?.coordinators).toEqual(['SO_TC']);
  });
});

describe('a heading that gives the time for its bullets', () => {
  it('gives "(hoàn thành trong Quý I/2026)" to each bullet that names no time of its own', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Rà soát hệ thống văn bản (hoàn thành trong Quý I/2026)',
      '- Rà soát các văn bản quy phạm pháp luật về trẻ em.',
      '- Đề xuất sửa đổi các văn bản chưa phù hợp trong tháng 6/2026.',
      'Cơ quan chủ trì: Sở Tư pháp.',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft).map(([, lead, , , due]) => [lead, due])).toEqual([
      ['SO_TU_PHAP', '2026-03-31'],
      ['SO_TU_PHAP', '2026-06-30'],
    ]);
  });
});

describe('lettered labels over a block of fields', () => {
  it('reads "c) Thời gian thực hiện: …" as the block\'s deadline and "b) Cơ quan thực hiện:" as a label', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Về dữ liệu',
      'a) Nhiệm vụ:',
      '- Rà soát danh mục dữ liệu.',
      'b) Cơ quan thực hiện:',
      '- Đơn vị chủ trì: Sở Y tế.',
      'c) Thời gian thực hiện: Quý IV/2025.',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft)).toEqual([['II.1.1', 'SO_YT', [], 'one_off', '2025-12-31']]);
  });

  it('gives "c) Đơn vị thực hiện: …" after "b) Thời gian thực hiện: …" to the tasks the time went to, or to the heading when it has none', () => {
    const text = [
      'II. NỘI DUNG HOẠT ĐỘNG',
      '1. Hoạt động truyền thông',
      'a) Nội dung:',
      '- Treo băng rôn, khẩu hiệu tại trụ sở cơ quan.',
      '- Tổ chức truyền thông trên mạng xã hội.',
      'b) Thời gian thực hiện: Từ ngày 15/11/2025 đến ngày 15/12/2025.',
      'c) Đơn vị thực hiện: Sở Y tế chủ trì, phối hợp với Công an tỉnh.',
      '2. Thăm, tặng quà cho trẻ em có hoàn cảnh khó khăn',
      '- Thời gian: Trong tháng 12/2025.',
      '- Đơn vị thực hiện: Sở Tài chính.',
    ].join('\n');
    expect(taskRows(importText(text).draft)).toEqual([
      ['II.1.1', 'SO_YT', ['CONG_AN_TINH'], 'one_off', '2025-12-15'],
      ['II.1.2', 'SO_YT', ['CONG_AN_TINH'], 'one_off', '2025-12-15'],
      ['II.2.1', 'SO_TC', [], 'one_off', '2025-12-31'],
    ]);
  });
});

describe('an actor after an opening clause ("Để …,", "Đối với …,")', () => {
  it('reads the actor after a purpose clause with commas of its own', () => {
    expect(readLeadingActor('Để nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư, tăng cường công tác kiểm tra, các Sở, ngành, UBND cấp xã triển khai thực hiện những nội dung sau:', true)).toMatchObject({ leadText: 'các Sở, ngành, UBND cấp xã' });
  });

  it('takes "1. Về phân cấp …" as a topic, and the actor each point names after "Đối với …,"', () => {
    const text = [
      'BAN CHỈ ĐẠO', 'Kính gửi: Các đồng chí Giám đốc sở', 'Ban Chỉ đạo yêu cầu các đồng chí Giám đốc sở khẩn trương chỉ đạo thực hiện các nội dung sau:',
      '1. Về phân cấp, phân quyền khi vận hành chính quyền địa phương 2 cấp',
      '1.1. Đối với 35 nhiệm vụ cần ban hành văn bản (danh mục theo Báo cáo số 112/BC-SNV), Sở Tư pháp khẩn trương rà soát, ban hành các văn bản hướng dẫn. Thời hạn hoàn thành chậm nhất ngày 25/12/2025.',
      '2. Về việc tháo gỡ khó khăn',
      '2.1. Sở Y tế tiếp tục phối hợp với Công an tỉnh rà soát văn bản.',
    ].join('\n');
    expect(taskRows(importText(text).draft)).toEqual([
      ['III.1.1', 'SO_TU_PHAP', [], 'one_off', '2025-12-25'],
      ['III.2.1', 'SO_YT', ['CONG_AN_TINH'], 'continuous', null],
    ]);
  });
});

describe('a resolution whose articles are sentences', () => {
  it('reads "Điều 2. X có trách nhiệm …" as X\'s task, and not the closing formula "… chịu trách nhiệm thi hành Nghị quyết này"', () => {
    const text = [
      'CHÍNH PHỦ', 'NGHỊ QUYẾT', 'Về việc thanh toán chi phí khám bệnh, chữa bệnh năm 2026', 'QUYẾT NGHỊ:',
      'Điều 1. Cho phép sử dụng quỹ dự phòng để thanh toán chi phí khám bệnh, chữa bệnh năm 2025.',
      'Điều 2. Sở Y tế có trách nhiệm thanh toán chi phí cho các cơ sở khám bệnh, chữa bệnh, hoàn thành trước ngày 30 tháng 6 năm 2026.',
      'Điều 3. Sở Tài chính chủ trì, phối hợp với Công an tỉnh kiểm tra việc thực hiện Nghị quyết này.',
      'Điều 4. Nghị quyết này có hiệu lực từ ngày ký. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị quyết này./.',
    ].join('\n');
    expect(taskRows(importText(text).draft).map(([, lead, coordinators, , due]) => [lead, coordinators, due])).toEqual([
      ['SO_YT', [], '2026-06-30'],
      ['SO_TC', ['CONG_AN_TINH'], null],
    ]);
  });
});

describe('a field whose value is on the line below', () => {
  it('reads "Cơ quan chủ trì:" then "Sở Nội vụ" as the field and its value', () => {
    const text = [
      'II. NỘI DUNG', '', '1. Kiểm tra việc thi hành Luật', '', 'Cơ quan chủ trì:', '', 'Sở Y tế', '', 'Cơ quan phối hợp:', '', 'Công an tỉnh', '', 'Thời gian:', '', 'Quý III/2026',
    ].join('\n');
    expect(taskRows(importText(text).draft)).toEqual([['II.1.1', 'SO_YT', ['CONG_AN_TINH'], 'one_off', '2026-09-30']]);
  });

  it('takes a bullet opening in lower case under a value cut short for the rest of it, not for a task', () => {
    const text = [
      'II. NỘI DUNG',
      'a) Tổ chức hội thảo đánh giá kết quả phối hợp năm 2026',
      '- Đơn vị chủ trì: Sở Y tế.',
      '- Đơn vị phối hợp: Sở Tư pháp, Công an',
      '- tỉnh, Sở Tài chính.',
      '- Thời gian thực hiện: Quý IV/2026.',
      'b) Tập huấn nghiệp vụ',
      '- Đơn vị chủ trì: Sở Tư pháp.',
      '- Thời gian thực hiện: Quý III/2026.',
      '- tổ chức tại các huyện miền núi.',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft)).toEqual([
      ['II.1.1', 'SO_YT', ['SO_TU_PHAP', 'CONG_AN_TINH', 'SO_TC'], 'one_off', '2026-12-31'],
      ['II.1.2', 'SO_TU_PHAP', [], 'one_off', '2026-09-30'],
      ['II.1.3', null, [], 'continuous', null],
    ]);
  });
});

describe('a time field after an assignment line', () => {
  it('gives its deadline to the tasks the line assigned', () => {
    const text = ['II. NHIỆM VỤ', '1. Phổ biến Luật', '- Tổ chức phổ biến Luật.', '- Cơ quan thực hiện: Sở Y tế chủ trì.', '- Thời gian thực hiện: Quý IV/2025.'].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft)).toEqual([['II.1.1', 'SO_YT', [], 'one_off', '2025-12-31']]);
  });
});

describe('an assignment line', () => {
  it('reads the names on both sides of "trong phạm vi chức năng, nhiệm vụ …", which names nobody', () => {
    expect(readAssignment('Sở Nội vụ, các sở, ban, ngành tỉnh trong phạm vi chức năng, nhiệm vụ của mình và các cơ quan, tổ chức khác có liên quan.', null).assignment).toMatchObject({
      form: 'everyone',
      namesText: 'Sở Nội vụ, các sở, ban, ngành tỉnh và các cơ quan, tổ chức khác có liên quan',
    });
    expect(readAssignment('Các sở, ngành có liên quan theo chức năng, nhiệm vụ quản lý được giao.', null).assignment).toMatchObject({ namesText: 'Các sở, ngành có liên quan' });
  });
});

describe("a ministry's department (Vụ) as actor and coordinator", () => {
  it('reads "Vụ Pháp chế …" where an actor may open, but not "Vụ việc …"', () => {
    expect(coordinatorsLater('Phối hợp với Vụ Pháp chế - Ủy ban Dân tộc triển khai thực hiện các nội dung của Kế hoạch.')).toBe('Vụ Pháp chế - Ủy ban Dân tộc');
    expect(readLeadingActor('Vụ Pháp chế chủ trì, phối hợp với Cục Kiểm soát thủ tục hành chính rà soát các văn bản.')).toMatchObject({ leadText: 'Vụ Pháp chế', coordinatorText: 'Cục Kiểm soát thủ tục hành chính' });
    expect(readLeadingActor('Vụ việc phức tạp được báo cáo ngay.')).toBeNull();
  });
});

describe('coordinators in a later clause of a duty that opens with its actor', () => {
  it('reads "Bộ X: Tăng cường …; phối hợp với các Bộ: Y tế, Công Thương …" as X with those coordinators', () => {
    const text = ['II. NHIỆM VỤ', '1. Các Bộ, cơ quan:', 'c) Bộ Khoa học và Công nghệ: Tăng cường kiểm tra hoạt động công nhận; phối hợp với các Bộ: Y tế, Công Thương rà soát các tiêu chuẩn quốc gia.'].join('\n');
    expect(taskRows(importText(text).draft)).toEqual([['III.1.1', 'BO_KHOA_HOC_VA_CONG_NGHE', ['BO_YT', 'BO_CONG_THUONG'], 'continuous', null]]);
  });
});

describe("a duty that directs another body to coordinate", () => {
  it('gives the section\'s actor no coordinators for "Chỉ đạo X … phối hợp với Y", but keeps its own "…; phối hợp với Y" after the clause', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ',
      '- Chỉ đạo Hội Cựu chiến binh tỉnh tăng cường phối hợp với chính quyền, các đoàn thể vận động hội viên tham gia.',
      '- Chỉ đạo, tham mưu chỉ đạo các đơn vị chủ rừng phối hợp với Ủy ban nhân dân cấp xã rà soát hiện trạng.',
      '- Chỉ đạo các cơ sở y tế thực hiện nghiêm quy trình; phối hợp với Sở Tài chính bố trí kinh phí.',
      '- Hướng dẫn, phối hợp với Sở Tư pháp tổ chức tập huấn.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => task.coordinators)).toEqual([[], [], ['SO_TC'], ['SO_TU_PHAP']]);
  });
});
