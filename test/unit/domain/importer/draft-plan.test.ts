// The draft as a file: valid against the plan schema, every assumption commented as a default,
// names the registry lacks marked, and documents it cannot use refused with a reason.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importPlanDocument, textToBlocks } from '../../../../domain/importer';
import { IMPORT_DATE, importFixture, importText, seedRegistry, taskRows } from './import-helpers';

const MINIMAL = ['II. NHIỆM VỤ', '1. Truyền thông', '- Tuyên truyền về quyền trẻ em.', '- Biểu dương mô hình điển hình.', 'Thực hiện: Sở Y tế chủ trì, phối hợp với Công an tỉnh triển khai thực hiện; thời hạn: tùy tình hình thực tế.'].join('\n');

describe('the draft plan file', () => {
  it('writes the same plan it reports, with a header and a comment on every default', () => {
    const { yaml, plan } = importFixture('phong-chong-duoi-nuoc-khoi.txt');
    expect(parse(yaml)).toEqual(plan);
    expect(yaml.startsWith('# BẢN NHÁP do `dondoc plan import` tạo từ test ngày 2026-01-05.')).toBe(true);
    // Comments wrap over several lines; read them as one.
    const comments = yaml.replace(/\n\s*# /gu, ' ');
    expect(comments).toMatch(/Văn bản ghi: "Hằng năm" \(hằng năm \(every year\)\)\. MẶC ĐỊNH \/ DEFAULT: văn bản không ghi ngày; hạn ngày 15/u);
    expect(comments).toMatch(/Văn bản ghi: "Quý II\/2024" → 2024-06-30/u);
    expect(comments).toMatch(/CHƯA CÓ TRONG DANH BẠ \/ NOT IN THE REGISTRY: "Sở Xây dựng" \(II\.2\.1\)/u);
    expect(yaml).toContain('time: "08:00"');
  });

  it('copies the registry entries it uses with their group members and successors, and nothing else', () => {
    const { draft } = importFixture('phong-chong-duoi-nuoc-khoi.txt');
    const codes = draft.agencies.map((agency) => agency.code);
    expect(codes).toEqual(expect.arrayContaining(['SO_LDTBXH', 'SO_YT', 'QNG_SO_YT', 'HUYEN_VI_DU_A', 'XA_VI_DU_A1', 'CONG_AN_TINH']));
    expect(codes).not.toContain('BO_LDTBXH');
    expect(draft.groups.map((group) => group.code)).toEqual(['ALL_DEPARTMENTS', 'ALL_DISTRICTS']);
  });

  it('marks an undated document\'s issue date as assumed and counts default deadlines from it', () => {
    const { draft } = importText(['KẾ HOẠCH', 'Thí điểm mô hình', 'III. TỔ CHỨC THỰC HIỆN', '1. Ủy ban nhân dân các huyện, thành phố: Xây dựng kế hoạch thực hiện tại địa phương.'].join('\n'));
    expect(draft.metadata).toMatchObject({ number: null, date: null, unknown: ['number', 'date'], assumedIssueDate: IMPORT_DATE, startDate: IMPORT_DATE });
    expect(draft.tasks[0]).toMatchObject({ ref: 'III.1.1', lead: null, assignees: ['ALL_DISTRICTS'], kind: 'one_off', deadline: '2026-02-04' });
  });

  it('reports a deadline it cannot read and keeps the task as ongoing work', () => {
    const { draft, summary, yaml } = importText(MINIMAL);
    expect(summary.unreadableDeadlines).toEqual([
      { ref: 'II.1.1', phrase: 'tùy tình hình thực tế' },
      { ref: 'II.1.2', phrase: 'tùy tình hình thực tế' },
    ]);
    expect(draft.tasks.map((task) => task.kind)).toEqual(['continuous', 'continuous']);
    expect(yaml).toContain('nhưng không đọc được');
  });

  it('gives tasks that name no agency a stand-in assignee, and says so', () => {
    const { draft, summary } = importText(['II. NHIỆM VỤ', '1. Truyền thông', '- Tuyên truyền về quyền trẻ em.'].join('\n'));
    expect(draft.tasks[0]).toMatchObject({ ref: 'II.1.1', lead: null, assignees: ['CHUA_XAC_DINH'], assignmentLine: '(văn bản không ghi cơ quan thực hiện)' });
    expect(summary.unassignedTasks).toEqual(['II.1.1']);
  });

  it('lists the tasks a reviewer must check, each with why, in the summary and above the task in the draft', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Truyền thông',
      '- Tuyên truyền về quyền trẻ em (Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh; thời gian: hằng năm).',
      '- Phấn đấu 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế (Giao Sở Y tế chủ trì; thời gian: hằng năm).',
      '- Xây dựng nhà văn hóa thiếu nhi (Giao Sở Xây dựng chủ trì, phối hợp với Sở Y tế; thời gian: theo kế hoạch của Bộ).',
      '- Biểu dương mô hình điển hình.',
      '- Kiểm tra nhà văn hóa thiếu nhi (Giao Sở Xây dựng chủ trì; thời gian: năm 2026).',
    ].join('\n');
    const { summary, yaml } = importText(text);
    expect(summary.taskCount).toBe(5);
    // The first task is read whole: it is not on the list. An agency the registry lacks is listed
    // once, with the tasks naming it, not on each task: II.1.5 has nothing else to check.
    expect(summary.tasksToCheck).toEqual([
      { ref: 'II.1.2', reasons: ['reads like a target, not a task: "Phấn đấu 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế."'] },
      { ref: 'II.1.3', reasons: ['deadline "theo kế hoạch của Bộ" hangs on another schedule or event: ongoing work until a date is set'] },
      { ref: 'II.1.4', reasons: ['no agency named for it (assignee CHUA_XAC_DINH)'] },
    ]);
    expect(summary.unmappedAgencies).toEqual([{ name: 'Sở Xây dựng', code: 'SO_XAY_DUNG', refs: ['II.1.3', 'II.1.5'] }]);
    const comments = yaml.replace(/\n\s*# /gu, ' ');
    expect(comments).toContain('KIỂM TRA / CHECK: deadline "theo kế hoạch của Bộ" hangs on another schedule or event: ongoing work until a date is set.');
    expect(comments.match(/KIỂM TRA \/ CHECK/gu)).toHaveLength(3);
  });

  it('leaves out the funding sources listed under "Kinh phí", and keeps the duties that say who does what', () => {
    const text = [
      'II. NHIỆM VỤ', '1. Hỗ trợ nhu yếu phẩm', '- Cấp phát nhu yếu phẩm cho các hộ bị ảnh hưởng (Giao Sở Công Thương chủ trì; thời gian: tháng 12/2025).',
      'III. KINH PHÍ THỰC HIỆN', '1. Nguồn kinh phí:', '- Ngân sách tỉnh và kinh phí hỗ trợ từ Trung ương.', '- Nguồn xã hội hóa từ các tổ chức, cá nhân trong và ngoài tỉnh.',
      '2. Sở Tài chính', '- Tham mưu bố trí kinh phí thực hiện Kế hoạch.',
    ].join('\n');
    expect(taskRows(importText(text).draft).map((row) => row.slice(0, 2))).toEqual([['II.1.1', 'SO_CONG_THUONG'], ['III.2.1', 'SO_TC']]);
  });

  it('reads a closing paragraph that asks named bodies to brief their staff or draw up a plan as their duty; not one that only says to carry out the plan and report (the reporting cycle)', () => {
    const text = [
      'II. NHIỆM VỤ', '1. Truyền thông', '- Tuyên truyền về quyền trẻ em (Giao Sở Y tế chủ trì; thời gian: năm 2026).',
      'III. TỔ CHỨC THỰC HIỆN', '1. Sở Y tế', '- Theo dõi, đôn đốc việc thực hiện Kế hoạch.',
      'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện; định kỳ trước ngày 30 tháng 11 hằng năm báo cáo kết quả về Sở Y tế để tổng hợp.',
      'Thủ trưởng các sở, ban, ngành tổ chức quán triệt Kế hoạch này đến cán bộ, công chức trong tháng 01/2026.',
      'Chủ tịch Ủy ban nhân dân các xã nghiêm túc triển khai thực hiện Kế hoạch này./.',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft).map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
      ['II.1.1', 'SO_YT', 'one_off', '2026-12-31'],
      ['III.1.1', 'SO_YT', 'continuous', null],
      ['III.1.2', null, 'one_off', '2026-01-31'],
    ]);
    expect(draft.tasks[2]?.assignees).toEqual(['ALL_DEPARTMENTS']);
    expect(draft.reportingCycles[0]).toMatchObject({ dueDays: ['11-30'] });
  });

  it('flags a "Tỷ lệ …" bullet as a target, not a task', () => {
    const { summary } = importText(['II. NHIỆM VỤ', '1. Chăm sóc sức khỏe', '- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95% (Giao Sở Y tế chủ trì; thời gian: hằng năm).'].join('\n'));
    expect(summary.tasksToCheck).toEqual([{ ref: 'II.1.1', reasons: ['reads like a target, not a task: "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95%."'] }]);
  });

  it('completes an assignment line with the coordinator and time fields below it', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Nâng cao năng lực đội ngũ',
      '- Tổ chức tập huấn kỹ năng cho cán bộ làm công tác trẻ em.',
      '- Biên soạn tài liệu hướng dẫn.',
      'Đơn vị thực hiện: Sở Y tế, Công an tỉnh.',
      'Đơn vị phối hợp: Tỉnh Đoàn.',
      'Thời gian thực hiện: Hằng năm.',
      '2. Kiểm tra',
      '- Kiểm tra việc thực hiện tại cơ sở.',
      'Đơn vị thực hiện: Sở Y tế.',
      'Cơ quan phối hợp: Công an tỉnh.',
    ].join('\n');
    const { draft } = importText(text);
    const view = draft.tasks.map((task) => ({ ref: task.ref, lead: task.lead, coordinators: task.coordinators, kind: task.kind }));
    expect(view).toEqual([
      // Two units do the work side by side: no single lead; the field's unit helps them.
      { ref: 'II.1.1', lead: null, coordinators: ['TINH_DOAN'], kind: 'periodic' },
      { ref: 'II.1.2', lead: null, coordinators: ['TINH_DOAN'], kind: 'periodic' },
      { ref: 'II.2.1', lead: 'SO_YT', coordinators: ['CONG_AN_TINH'], kind: 'continuous' },
    ]);
    expect(draft.tasks[0]!.assignees).toEqual(['SO_YT', 'CONG_AN_TINH', 'TINH_DOAN']);
    expect(draft.tasks[0]!.assignmentLine).toBe('Đơn vị thực hiện: Sở Y tế, Công an tỉnh. Đơn vị phối hợp: Tỉnh Đoàn.');
  });

  it('reads the longer field labels of a block ("Đơn vị chủ trì tham mưu thực hiện:", "Cơ quan, đơn vị phối hợp thực hiện:")', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Bồi dưỡng',
      '- Tổ chức bồi dưỡng kỹ năng cho cán bộ.',
      'Đơn vị chủ trì tham mưu thực hiện: Sở Y tế.',
      'Cơ quan, đơn vị phối hợp thực hiện: Công an tỉnh.',
      'Thời gian triển khai: Quý II/2026.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks[0]).toMatchObject({ ref: 'II.1.1', lead: 'SO_YT', coordinators: ['CONG_AN_TINH'], kind: 'one_off', deadline: '2026-06-30' });
  });

  it('reads the "+" bullets under a field left empty ("- Thời gian thực hiện:") as its value, not as tasks', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Rà soát văn bản quy phạm pháp luật về trẻ em',
      '- Nội dung: rà soát các văn bản quy phạm pháp luật có liên quan.',
      '- Cơ quan chủ trì: Sở Tư pháp.',
      '- Cơ quan phối hợp: Sở Y tế.',
      '- Thời gian thực hiện:',
      '+ Các sở, ngành gửi kết quả rà soát về Sở Tư pháp trước ngày 15 tháng 11 năm 2026.',
      '+ Sở Tư pháp tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.',
      '2. Tổ chức tập huấn cho cán bộ',
      '- Cơ quan chủ trì: Sở Y tế.',
      '- Thời gian thực hiện: Quý III/2026.',
      '3. Kiểm tra việc thực hiện',
      'a) Kiểm tra tại các xã',
      'Cơ quan chủ trì: Sở Tư pháp.',
      'Thời gian thực hiện:',
      'b) Kiểm tra tại các trường học',
      'Cơ quan chủ trì: Sở Y tế.',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft)).toEqual([
      ['II.1.1', 'SO_TU_PHAP', ['SO_YT'], 'one_off', '2026-11-15'],
      ['II.2.1', 'SO_YT', [], 'one_off', '2026-09-30'],
      // A lettered item after an empty field is the next task.
      ['II.3.1', 'SO_TU_PHAP', [], 'continuous', null],
      ['II.3.2', 'SO_YT', [], 'continuous', null],
    ]);
  });

  it('reads a merged cell written again on each row it spans once', () => {
    const text = [
      'II. NHIỆM VỤ',
      '| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '| 1 | Xây dựng tài liệu hướng dẫn | Sở Xây dựng | Công an tỉnh | Quý II/2026 |',
      '|  | về phòng, chống đuối nước trẻ em | Sở Xây dựng | Công an tỉnh | Quý II/2026 |',
      '| 2 | Kiểm tra việc thực hiện | Công an tỉnh | Sở Y tế | Quý IV/2026 |',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.text, task.lead, task.coordinators, task.deadline])).toEqual([
      // A name the registry lacks becomes a placeholder from the cell's words: from the name once.
      ['Xây dựng tài liệu hướng dẫn về phòng, chống đuối nước trẻ em', 'SO_XAY_DUNG', ['CONG_AN_TINH'], '2026-06-30'],
      ['Kiểm tra việc thực hiện', 'CONG_AN_TINH', ['SO_YT'], '2026-12-31'],
    ]);
  });

  it.each([
    {
      says: 'a lettered duty that introduces them ("…, cụ thể:") to that duty\'s actor',
      point: ['1. Phân công thực hiện', 'a) Sở Y tế chủ trì, phối hợp với Công an tỉnh tổ chức tập huấn cho cán bộ y tế cơ sở.', 'b) Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm triển khai Kế hoạch trên địa bàn, cụ thể:'],
      actors: ['SO_YT', 'ALL_DISTRICTS', 'ALL_DISTRICTS', 'ALL_DISTRICTS'],
    },
    {
      // "… có trách nhiệm" after a point's names is no name.
      says: '"b) Giao X chỉ đạo … có trách nhiệm:" to X',
      point: ['1. Ủy ban nhân dân các huyện, thành phố có trách nhiệm', 'a) Bố trí kinh phí thực hiện.', 'b) Giao Sở Y tế chỉ đạo các trạm y tế xã có trách nhiệm:'],
      actors: ['ALL_DISTRICTS', 'SO_YT', 'SO_YT', 'SO_YT'],
    },
  ])('gives the bullets after $says', ({ point, actors }) => {
    const text = ['III. TỔ CHỨC THỰC HIỆN', ...point, '- Xây dựng kế hoạch của địa phương.', '- Bố trí kinh phí thực hiện.'].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.lead ?? task.assignees.join(',')])).toEqual(actors.map((actor, index) => [`III.1.${index + 1}`, actor]));
  });

  it('gives the time a "Thời gian thực hiện" point states to the duties after it that give none, and takes it for no duty', () => {
    const text = [
      'V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN',
      '1. Thời gian thực hiện',
      'Đợt thi đua được triển khai từ ngày ban hành Kế hoạch đến khi tổng kết Đợt thi đua.',
      '2. Trách nhiệm thực hiện',
      '- Sở Y tế tổ chức phát động thi đua trong ngành.',
      '- Sở Nội vụ tổng hợp, báo cáo kết quả trước ngày 15/12/2026.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.lead, task.kind, task.deadline ?? null])).toEqual([
      ['SO_YT', 'continuous', null],
      ['SO_NV', 'one_off', '2026-12-15'],
    ]);
    expect(importText(text).yaml).toMatch(/từ ngày ban hành Kế hoạch đến khi tổng kết Đợt thi đua/u);
  });

  it('gives a paragraph to the body a later sentence names ("… . Giao X chủ trì, phối hợp Y đôn đốc …")', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ủy ban nhân dân các huyện, thành phố',
      'Tăng cường kiểm tra công tác bảo vệ trẻ em tại cơ sở.',
      'Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương nghiêm túc thực hiện những nội dung trên. Giao Sở Y tế chủ trì, phối hợp Công an tỉnh đôn đốc các đơn vị triển khai thực hiện; tổng hợp báo cáo kết quả.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.lead ?? task.assignees.join(','), task.coordinators])).toEqual([
      ['ALL_DISTRICTS', []],
      ['SO_YT', ['CONG_AN_TINH']],
    ]);
  });

  it('gives the "+" bullets under a dash bullet that introduces them ("- X cần …, như sau:") to X, and the next dash bullet back to the point', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ủy ban nhân dân các huyện, thành phố',
      '- Bố trí kinh phí thực hiện.',
      '- Sở Y tế cần tập trung một số nhiệm vụ như sau:',
      '+ Tổ chức khám sức khỏe cho trẻ em.',
      '+ Tập huấn cán bộ y tế cơ sở.',
      '- Báo cáo kết quả thực hiện.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.lead ?? task.assignees.join(',')])).toEqual([
      ['III.1.1', 'ALL_DISTRICTS'],
      ['III.1.2', 'SO_YT'],
      ['III.1.3', 'SO_YT'],
      ['III.1.4', 'SO_YT'],
      ['III.1.5', 'ALL_DISTRICTS'],
    ]);
  });

  it('reads lettered labels "a) Chủ trì, phối hợp với Y" and "b) Phối hợp với Z" as the coordinators of the bullets below each, not as duties', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế',
      'a) Chủ trì, phối hợp với Sở Tài chính và Công an tỉnh',
      '- Tổ chức khám sức khỏe định kỳ cho trẻ em.',
      '- Hướng dẫn các cơ sở y tế lập hồ sơ theo dõi.',
      'b) Phối hợp với Sở Giáo dục và Đào tạo',
      '- Kiểm tra an toàn thực phẩm tại trường học.',
      '- Chủ động phối hợp với Công an tỉnh xử lý vi phạm.',
      'c) Tổng hợp, báo cáo kết quả thực hiện.',
      'd) Chủ trì, phối hợp',
      '- Sở Tài chính và Công an tỉnh tham mưu bố trí kinh phí thực hiện.',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft).map(([ref, lead, coordinators]) => [ref, lead, coordinators])).toEqual([
      ['III.1.1', 'SO_YT', ['SO_TC', 'CONG_AN_TINH']],
      ['III.1.2', 'SO_YT', ['SO_TC', 'CONG_AN_TINH']],
      ['III.1.3', 'SO_YT', ['SO_GDDT']],
      ['III.1.4', 'SO_YT', ['CONG_AN_TINH']],
      ['III.1.5', 'SO_YT', []],
      // "d) Chủ trì, phối hợp" alone: each bullet below opens with its coordinators.
      ['III.1.6', 'SO_YT', ['SO_TC', 'CONG_AN_TINH']],
    ]);
  });

  it('gives the "+" bullets under a dash bullet that only names an actor ("- Bộ Công Thương") to that actor, in the tasks section too', () => {
    const text = [
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Hoàn thiện thể chế về quản lý rác thải',
      '- Sở Y tế',
      '+ Nghiên cứu, rà soát các quy định về xử lý chất thải y tế.',
      '+ Ban hành hướng dẫn phân loại chất thải tại cơ sở y tế.',
      '- Công an tỉnh:',
      '+ Kiểm tra, xử lý vi phạm về môi trường.',
      '- Tổ chức tuyên truyền về phân loại rác tại nguồn.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.text, task.lead ?? null])).toEqual([
      ['Nghiên cứu, rà soát các quy định về xử lý chất thải y tế.', 'SO_YT'],
      ['Ban hành hướng dẫn phân loại chất thải tại cơ sở y tế.', 'SO_YT'],
      ['Kiểm tra, xử lý vi phạm về môi trường.', 'CONG_AN_TINH'],
      ['Tổ chức tuyên truyền về phân loại rác tại nguồn.', null],
    ]);
  });

  it('reads the duties of a "Chế độ báo cáo" section, and of "Tổ chức theo dõi, kiểm tra và chế độ báo cáo"', () => {
    for (const title of ['V. CHẾ ĐỘ BÁO CÁO', 'VI. TỔ CHỨC THEO DÕI, KIỂM TRA VÀ CHẾ ĐỘ BÁO CÁO']) {
      const text = [
        'II. NHIỆM VỤ',
        '1. Tổ chức tập huấn cho cán bộ.',
        '- Cơ quan chủ trì: Sở Y tế.',
        title,
        '1. Công tác theo dõi, kiểm tra',
        '- Sở Y tế chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch.',
        '- Công an tỉnh báo cáo kết quả thực hiện trước ngày 20/11 hằng năm về Sở Y tế.',
      ].join('\n');
      const { draft } = importText(text);
      expect(draft.tasks.map((task) => [task.ref, task.lead ?? null])).toEqual([
        ['II.1.1', 'SO_YT'],
        ['III.1.1', 'SO_YT'],
        ['III.1.2', 'CONG_AN_TINH'],
      ]);
    }
  });

  it('reads a lettered line with bullets below it ("a) Tuyên truyền" then "- …") as their title, not a task; one with none below stays a task', () => {
    const text = [
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Công tác truyền thông',
      'a) Tuyên truyền về quyền trẻ em',
      '- Tổ chức tuyên truyền trên báo, đài.',
      '- Biên soạn tài liệu tuyên truyền.',
      'Thực hiện: Công an tỉnh.',
      'b) Tập huấn cho cán bộ cấp xã',
      'Thực hiện: Sở Y tế chủ trì, phối hợp Công an tỉnh.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.text, task.lead ?? null])).toEqual([
      ['Tổ chức tuyên truyền trên báo, đài.', 'CONG_AN_TINH'],
      ['Biên soạn tài liệu tuyên truyền.', 'CONG_AN_TINH'],
      ['Tập huấn cho cán bộ cấp xã', 'SO_YT'],
    ]);
  });

  it('gives the bullets after a line that only names an actor ("Ủy ban nhân dân tỉnh …:") to that actor, until the next sub-heading', () => {
    const text = [
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Hoàn thiện hạ tầng thu gom rác thải',
      'a) Đầu tư hạ tầng kỹ thuật',
      'Sở Xây dựng:',
      '- Rà soát danh mục các dự án đầu tư hạ tầng thu gom rác thải.',
      '- Bố trí trang thiết bị thu gom, vận chuyển rác thải.',
      'b) Tuyên truyền',
      '- Tổ chức tuyên truyền về phân loại rác tại nguồn.',
    ].join('\n');
    const { draft } = importText(text);
    // Only the bullets are checked: "a)" is followed by the actor's line, not by bullets, so it stays a task.
    const bullets = draft.tasks.filter((task) => task.text.endsWith('.'));
    expect(bullets.map((task) => [task.text, task.lead ?? null])).toEqual([
      ['Rà soát danh mục các dự án đầu tư hạ tầng thu gom rác thải.', 'SO_XAY_DUNG'],
      ['Bố trí trang thiết bị thu gom, vận chuyển rác thải.', 'SO_XAY_DUNG'],
      ['Tổ chức tuyên truyền về phân loại rác tại nguồn.', null],
    ]);
  });

  it('gives the time an introducing item states ("… (khi Bộ Y tế có văn bản triển khai):") to the items below it that state none', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế',
      'a) Tổ chức triển khai các dự án thành phần (khi Bộ Y tế có văn bản triển khai):',
      '- Dự án 1: Nâng cao năng lực y tế cơ sở.',
      '- Dự án 2: Truyền thông về chăm sóc sức khỏe, hoàn thành trong quý IV/2026.',
      'b) Kiểm tra việc thực hiện chính sách.',
    ].join('\n');
    const { draft, summary } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.kind, task.deadline ?? null])).toEqual([
      ['III.1.1', 'continuous', null],
      ['III.1.2', 'continuous', null],
      ['III.1.3', 'one_off', '2026-12-31'],
      ['III.1.4', 'continuous', null],
    ]);
    const waits = summary.tasksToCheck.filter((task) => task.reasons.some((reason) => reason.toLowerCase().includes('khi bộ y tế có văn bản triển khai'))).map((task) => task.ref);
    expect(waits).toEqual(['III.1.1', 'III.1.2']);
  });

  it('reads a numbered point of section III whose sentence opens with its actor as that actor\'s duty', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế chủ trì, phối hợp với Công an tỉnh tổ chức tập huấn cho cán bộ y tế cơ sở.',
      '2. Ủy ban nhân dân các huyện, thành phố',
      '- Bố trí kinh phí thực hiện.',
      '3. Giao Sở Tư pháp theo dõi, đôn đốc triển khai thực hiện Kế hoạch này./.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.lead ?? task.assignees.join(','), task.coordinators])).toEqual([
      ['III.1.1', 'SO_YT', ['CONG_AN_TINH']],
      ['III.2.1', 'ALL_DISTRICTS', []],
      ['III.3.1', 'SO_TU_PHAP', []],
    ]);
  });

  it('leaves aims out of the tasks ("a) Mục tiêu", "1. Quan điểm"), and takes coordinators from "Chủ trì, phối hợp với Y …:" above a point\'s duties', () => {
    const text = [
      'II. NỘI DUNG',
      '1. Nhiệm vụ trọng tâm',
      'a) Mục tiêu phát triển',
      '- Mạng lưới cơ sở y tế đồng bộ, hiện đại.',
      'b) Nhiệm vụ cụ thể',
      '- Xây dựng trạm y tế xã (Giao Sở Y tế chủ trì; thời gian: năm 2026).',
      '2. Quan điểm',
      '- Lấy người dân làm trung tâm.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế',
      'Chủ trì, phối hợp với Công an tỉnh tham mưu cho Ủy ban nhân dân tỉnh:',
      'a) Kiểm tra an toàn thực phẩm.',
      'b) Báo cáo kết quả.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.lead, task.coordinators])).toEqual([
      ['II.1.1', 'SO_YT', []],
      ['III.1.1', 'SO_YT', ['CONG_AN_TINH']],
      ['III.1.2', 'SO_YT', ['CONG_AN_TINH']],
    ]);
  });

  it('reads "Thời hạn ban hành:", an assignment whose clauses each open with their actor, and the duties of a "Kinh phí" section', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Rà soát văn bản',
      '- Rà soát các quyết định về trẻ em.',
      '- Cơ quan thực hiện: Sở Tư pháp tiến hành rà soát văn bản của tỉnh; Ủy ban nhân dân các huyện, thành phố rà soát văn bản của địa phương.',
      '- Thời hạn ban hành: trước ngày 31 tháng 12 năm 2026.',
      'III. KINH PHÍ THỰC HIỆN',
      '1. Sở Tài chính chủ trì tổng hợp, trình cấp có thẩm quyền bố trí kinh phí thực hiện Kế hoạch.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.lead, task.assignees, task.deadline])).toEqual([
      ['II.1.1', null, ['SO_TU_PHAP', 'ALL_DISTRICTS'], '2026-12-31'],
      ['III.1.1', 'SO_TC', ['SO_TC'], undefined],
    ]);
  });

  it('reads a recurrence the task\'s words give ("Hằng năm, …", "… báo cáo … hằng quý"), and a deadline that hangs on another schedule', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế',
      '- Hằng năm, tổ chức kiểm tra việc thực hiện Kế hoạch.',
      '- Theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện hằng quý.',
      '- Theo dõi số liệu; báo cáo định kỳ, đột xuất việc thực hiện Kế hoạch.',
      '2. Công an tỉnh',
      '- Triển khai số hóa hồ sơ.',
      'Thời gian thực hiện: Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ Y tế.',
    ].join('\n');
    const { draft, summary } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.kind, task.recurrence?.dueDays ?? null])).toEqual([
      ['III.1.1', 'periodic', ['12-15']],
      ['III.1.2', 'periodic', ['03-15', '06-15', '09-15', '12-15']],
      ['III.1.3', 'periodic', null],
      ['III.2.1', 'continuous', null],
    ]);
    expect(summary.tasksToCheck.find((task) => task.ref === 'III.2.1')?.reasons).toEqual(['deadline "Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ Y tế" hangs on another schedule or event: ongoing work until a date is set']);
  });

  it('reads "hàng tháng" and "hằng ngày" anywhere in a task\'s words: monthly, and ongoing as the document says', () => {
    const text = ['III. TỔ CHỨC THỰC HIỆN', '1. Sở Y tế', '- Thực hiện chi trả trợ cấp cho người hưởng qua tài khoản hàng tháng.', '- Tổng hợp số liệu thiệt hại, báo cáo trước 19 giờ hằng ngày.', '- Huy động nguồn lực tại chỗ; báo cáo 02 lần/ngày về tình hình.'].join('\n');
    const { draft, yaml } = importText(text);
    expect(draft.tasks.map((task) => [task.kind, task.recurrence?.dueDays?.length ?? null])).toEqual([
      ['periodic', 12],
      ['continuous', null],
      ['continuous', null],
    ]);
    expect(yaml).toMatch(/"02 lần\/ngày"/u);
    const [, second] = yaml.replace(/\n\s*# /gu, ' ').split(/\n\s*- ref: /u).slice(1);
    expect(second).toMatch(/"hằng ngày"/u);
  });

  it('reads "Thường xuyên" in a task\'s words as ongoing work the document states, and "Định kỳ …" with no period as the plan\'s cycle, not defaults', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế',
      '- Thường xuyên nắm bắt tình hình, đề xuất giải quyết khó khăn.',
      '- Kiểm tra việc thực hiện Kế hoạch.',
      '- Chỉ đạo Báo tỉnh thường xuyên đưa tin về phong trào.',
      '- Định kỳ rà soát, đề xuất sửa đổi các tiêu chuẩn kỹ thuật.',
    ].join('\n');
    const { draft, yaml } = importText(text);
    expect(draft.tasks.map((task) => task.kind)).toEqual(['continuous', 'continuous', 'continuous', 'periodic']);
    // Each task's comment sits above its "- ref:" line; read them as one line each.
    const [first, second, third, fourth] = yaml.replace(/\n\s*# /gu, ' ').split(/\n\s*- ref: /u).slice(1);
    expect(first).toMatch(/Nội dung: "Thường xuyên"/u);
    expect(first).not.toMatch(/MẶC ĐỊNH/u);
    expect(second).toMatch(/MẶC ĐỊNH/u);
    expect(third).not.toMatch(/MẶC ĐỊNH/u);
    expect(fourth).toMatch(/Định kỳ …", không ghi chu kỳ/u);
  });

  it('reads the steps of a procedure ("Bước 1: …") as tasks, each with the unit named in it or in the fields below it', () => {
    const text = [
      'II. NỘI DUNG',
      '1. Quy trình rà soát trẻ em có hoàn cảnh đặc biệt',
      'Bước 1: Công an tỉnh cung cấp danh sách trẻ em bị xâm hại; thời gian: trước ngày 15/9/2026.',
      'Bước 2: Tổ chức họp thống nhất kết quả rà soát',
      '- Cơ quan chủ trì: Sở Lao động - Thương binh và Xã hội.',
      '- Cơ quan phối hợp: Sở Y tế.',
      '- Thời gian thực hiện: Tháng 10/2026.',
      'Bước 3. Sở Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.text.slice(0, 20), task.lead, task.coordinators, task.deadline])).toEqual([
      ['II.1.1', 'Công an tỉnh cung cấ', 'CONG_AN_TINH', [], '2026-09-15'],
      ['II.1.2', 'Tổ chức họp thống nh', 'SO_LDTBXH', ['SO_YT'], '2026-10-31'],
      ['II.1.3', 'Sở Giáo dục và Đào t', 'SO_GDDT', [], '2026-12-15'],
    ]);
  });

  it('gives a run of section III bullets to the unit a closing "Cơ quan thực hiện:" line names', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Các sở, ban, ngành',
      '- Tổ chức lễ phát động Tháng hành động.',
      '- Treo băng rôn, khẩu hiệu tại trụ sở.',
      'Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Y tế; thời gian: tháng 6/2026.',
      '- Báo cáo kết quả.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.lead, task.coordinators, task.deadline])).toEqual([
      ['III.1.1', 'SO_LDTBXH', ['SO_YT'], '2026-06-30'],
      ['III.1.2', 'SO_LDTBXH', ['SO_YT'], '2026-06-30'],
      ['III.1.3', null, [], undefined],
    ]);
    // The bullet after the line is the point's own again.
    expect(draft.tasks[2]?.assignees).toEqual(['ALL_DEPARTMENTS']);
  });

  it('reads a heading followed by a paragraph that names who does it as one task, and a point opening "Căn cứ …, các sở …" as theirs', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Xây dựng văn bản quy định chi tiết',
      'Sở, ban, ngành thuộc Ủy ban nhân dân tỉnh có trách nhiệm rà soát, tham mưu ban hành văn bản quy định chi tiết.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Căn cứ nội dung Kế hoạch này và tình hình thực tiễn, các sở, ban, ngành được giao nhiệm vụ chủ động xây dựng kế hoạch thực hiện.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.text.slice(0, 24), task.lead ?? task.assignees.join(',')])).toEqual([
      ['II.1.1', 'Xây dựng văn bản quy địn', 'ALL_DEPARTMENTS'],
      ['III.1.1', 'Căn cứ nội dung Kế hoạch', 'ALL_DEPARTMENTS'],
    ]);
  });

  it('reads a section II heading with only a paragraph under it as one task: the heading, then the paragraph', () => {
    const text = [
      'II. NHIỆM VỤ',
      '1. Học tập kinh nghiệm',
      'Tham mưu tổ chức đoàn học tập kinh nghiệm bảo vệ trẻ em tại các tỉnh.',
      '- Đơn vị chủ trì: Sở Tư pháp.',
      '2. Triển khai chiến lược quốc gia về trẻ em',
      'Thời gian thực hiện sau khi chiến lược được ban hành.',
      '3. Truyền thông',
      '- Tuyên truyền về quyền trẻ em (Giao Sở Y tế chủ trì).',
    ].join('\n');
    const { draft, summary } = importText(text);
    // "Thời gian thực hiện sau khi …" is read: the task waits on the strategy, and the reviewer is told to date it.
    expect(summary.tasksToCheck.find((task) => task.ref === 'II.2.1')?.reasons).toContain('deadline "sau khi chiến lược được ban hành" hangs on another schedule or event: ongoing work until a date is set');
    expect(draft.tasks.map((task) => [task.ref, task.text, task.lead])).toEqual([
      ['II.1.1', 'Học tập kinh nghiệm. Tham mưu tổ chức đoàn học tập kinh nghiệm bảo vệ trẻ em tại các tỉnh.', 'SO_TU_PHAP'],
      ['II.2.1', 'Triển khai chiến lược quốc gia về trẻ em. Thời gian thực hiện sau khi chiến lược được ban hành.', null],
      ['II.3.1', 'Tuyên truyền về quyền trẻ em.', 'SO_YT'],
    ]);
  });

  it('reads a paragraph after a sentence-duty point that names its own actors as their duty, with "Hằng năm … báo cáo" as its recurrence', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Giám đốc Sở Y tế, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thực hiện Kế hoạch này.',
      'Căn cứ nội dung Kế hoạch này và tình hình thực tiễn, Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch chi tiết. Hằng năm hoặc đột xuất báo cáo kết quả về Sở Y tế.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.lead ?? task.assignees.join(','), task.kind, task.recurrence?.dueDays ?? null])).toEqual([
      ['III.1.1', 'SO_YT,ALL_DISTRICTS', 'continuous', null],
      ['III.1.2', 'ALL_DISTRICTS', 'periodic', ['12-15']],
    ]);
  });

  it('gives a time field to the duty above it and to that duty\'s sub-bullets', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Các sở quản lý ngành',
      '- Hướng dẫn các địa phương rà soát số liệu trẻ em, trong đó:',
      '+ Sở Y tế: hướng dẫn rà soát số liệu tiêm chủng.',
      '+ Sở Giáo dục và Đào tạo: hướng dẫn rà soát số liệu học sinh.',
      'Thời gian thực hiện: Quý II/2026.',
      '- Tổng hợp kết quả rà soát.',
      'Thời hạn hoàn thành: Trước ngày 15/12/2026.',
    ].join('\n');
    const { draft, yaml, summary } = importText(text);
    expect(draft.tasks.map((task) => [task.ref, task.lead ?? task.assignees.join(','), task.deadline])).toEqual([
      ['III.1.1', 'CAC_SO_QUAN_LY_NGANH', '2026-06-30'],
      ['III.1.2', 'SO_YT', '2026-06-30'],
      ['III.1.3', 'SO_GDDT', '2026-06-30'],
      ['III.1.4', 'CAC_SO_QUAN_LY_NGANH', '2026-12-15'],
    ]);
    // "Các sở quản lý ngành" is several bodies: a group in the draft, its members for the reviewer to list.
    expect(draft.tasks[0]?.lead).toBeNull();
    expect(draft.groups.find((group) => group.code === 'CAC_SO_QUAN_LY_NGANH')).toMatchObject({ nameVi: 'Các sở quản lý ngành', members: ['CHUA_XAC_DINH'] });
    expect(yaml.replace(/\n\s*# /gu, ' ')).toContain('NHÓM CHƯA CÓ TRONG DANH BẠ / GROUP NOT IN THE REGISTRY: "Các sở quản lý ngành" (III.1.1, III.1.4). Liệt kê các cơ quan thành viên thay cho CHUA_XAC_DINH.');
    // The group is fixed once, where the draft defines it and in the summary's list of agencies, not on each task.
    expect(summary.tasksToCheck).toEqual([]);
    expect(summary.unmappedAgencies).toEqual([{ name: 'Các sở quản lý ngành', code: 'CAC_SO_QUAN_LY_NGANH', refs: ['III.1.1', 'III.1.4'] }]);
    // Every task here names its agency: the stand-in is there for the group alone, and says so.
    expect(yaml.replace(/\n\s*# /gu, ' ')).toContain('A stand-in member of a group the registry lacks: replace it with the members.');
    expect(yaml).not.toContain('Some tasks name no agency');
  });

  it('takes "Sở, ban, ngành liên quan" for kinds of unit listed, a group, not one agency that can lead', () => {
    const text = ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Công tác dân số năm 2026', 'III. TỔ CHỨC THỰC HIỆN', '1. Sở, ban, ngành liên quan', 'Chủ động phối hợp với Sở Y tế triển khai Kế hoạch.'].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks[0]?.lead).toBeNull();
    expect(draft.groups.find((group) => group.code === 'SO_BAN_NGANH_LIEN_QUAN')).toMatchObject({ members: ['CHUA_XAC_DINH'] });
  });

  it('reads a document with no Roman sections as a list of tasks', () => {
    const { draft } = importText(['1. Phòng, chống đuối nước', '- Dạy bơi cho học sinh (Giao Sở GDĐT chủ trì thực hiện; thời gian: hằng năm).'].join('\n'));
    expect(draft.tasks[0]).toMatchObject({ ref: 'II.1.1', lead: 'SO_GDDT', kind: 'periodic', recurrence: { dueDays: ['12-15'] } });
  });

  it('refuses a document with no task, and one with no text', () => {
    const options = { registry: seedRegistry(), importDate: IMPORT_DATE, sourceName: 'test' };
    const noTasks = importPlanDocument(textToBlocks('CÔNG VĂN\nVề việc mời họp tổng kết năm 2025.\nKính gửi các sở, ban, ngành.'), options);
    expect(noTasks).toMatchObject({ ok: false, problem: 'no_tasks' });
    expect(noTasks.ok ? '' : noTasks.message).toContain('no task found');
    expect(importPlanDocument(textToBlocks('  \n\n '), options)).toMatchObject({ ok: false, problem: 'empty' });
  });
});

describe('text documents', () => {
  it('reads Markdown bullets, escapes and emphasis, and drops footnotes', () => {
    const text = ['## II. NHIỆM VỤ', '1\\. Truyền thông', '* Tuyên truyền về quyền trẻ em¹.', '¹ Luật Trẻ em năm 2016.', '* *Thực hiện:* **Sở Y tế** chủ trì, phối hợp với Tỉnh Đoàn triển khai thực hiện.'].join('\n');
    const { draft } = importText(text);
    expect(draft.tasks).toHaveLength(1);
    expect(draft.tasks[0]).toMatchObject({ text: 'Tuyên truyền về quyền trẻ em¹.', assignmentLine: 'Thực hiện: Sở Y tế chủ trì, phối hợp với Tỉnh Đoàn triển khai thực hiện.', lead: 'SO_YT', coordinators: ['TINH_DOAN'] });
  });

  it('mends a paragraph broken by a page or a footnote', () => {
    const blocks = textToBlocks(['- Xây dựng môi trường an toàn, bảo', '', '² Chú thích.', '', 'đảm cho trẻ em phát triển.', 'Thực hiện: Sở Y tế.'].join('\n'));
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '- Xây dựng môi trường an toàn, bảo đảm cho trẻ em phát triển.' },
      { kind: 'paragraph', text: 'Thực hiện: Sở Y tế.' },
    ]);
  });

  it('reads pipe and tab rows as tables, and skips the Markdown separator row', () => {
    expect(textToBlocks('| STT | Nội dung |\n|---|---|\n| 1 | A \\| B |\n\nA\tB\tC\n1\t2\t3')).toEqual([
      { kind: 'table', rows: [['STT', 'Nội dung'], ['1', 'A | B']] },
      { kind: 'table', rows: [['A', 'B', 'C'], ['1', '2', '3']] },
    ]);
  });
});
