// Plans written in the other common formats (test/fixtures/documents): each imports with every
// task, its lead, coordinators and deadline, and the names the registry lacks are reported.
import { describe, expect, it } from 'vitest';
import { importFixture, importText, oneLine, taskRows, type TTaskRow } from './import-helpers';

const SEMI_ANNUAL = ['06-15', '12-15'];
const QUARTER_END_20 = ['03-20', '06-20', '09-20', '12-20'];

describe('blocks "Cơ quan chủ trì / Cơ quan phối hợp / Thời gian thực hiện" (phong-chong-duoi-nuoc-khoi.txt)', () => {
  const { draft, summary } = importFixture('phong-chong-duoi-nuoc-khoi.txt');

  it('finds every task with its lead, coordinators and deadline', () => {
    expect(taskRows(draft)).toEqual<TTaskRow[]>([
      ['II.1.1', 'SO_TTTT', ['DAI_PHAT_THANH_VA_TRUYEN_HINH_TINH', 'SO_LDTBXH'], 'one_off', '2024-06-30'],
      ['II.1.2', null, ['HOI_LHPN', 'TINH_DOAN'], 'continuous', null],
      ['II.2.1', null, ['SO_NONG_NGHIEP_VA_PHAT_TRIEN_NONG_THON', 'SO_XAY_DUNG'], 'one_off', '2024-04-30'],
      ['II.2.2', 'SO_VHTTDL', ['SO_YT', 'CONG_AN_TINH'], 'one_off', '2024-05-31'],
      ['II.3.1', 'SO_GDDT', ['SO_VHTTDL', 'ALL_DISTRICTS'], 'periodic', ['12-15']],
      ['II.3.2', 'SO_LDTBXH', ['ALL_DEPARTMENTS', 'ALL_DISTRICTS'], 'periodic', SEMI_ANNUAL],
    ]);
  });

  it('assigns a task led by a group to the group, with no single lead', () => {
    expect(draft.tasks[1]?.assignees).toEqual(['ALL_DISTRICTS', 'HOI_LHPN', 'TINH_DOAN']);
  });

  it('keeps the block as the assignment line and the product as the deliverable', () => {
    expect(draft.tasks[0]?.assignmentLine).toBe('Cơ quan chủ trì: Sở Thông tin và Truyền thông. Cơ quan phối hợp: Đài Phát thanh và Truyền hình tỉnh; Sở Lao động - Thương binh và Xã hội.');
    expect(draft.tasks[0]?.deliverable).toBe('Chuyên mục phát sóng hằng tuần trong tháng 5 và tháng 6.');
  });

  it('reads the header and the reporting paragraph', () => {
    expect(draft.metadata).toMatchObject({ titleVi: 'Kế hoạch phòng, chống đuối nước trẻ em trên địa bàn tỉnh năm 2024', number: '112/KH-UBND', date: '2024-03-12', issuer: 'UBND_TINH', startDate: '2024-03-12', endDate: '2024-12-31' });
    expect(draft.metadata.province).toMatchObject({ nameVi: 'Đồng Tháp', source: 'document' });
    expect(draft.policy.monitor).toBe('SO_LDTBXH');
    expect(draft.reportingCycles[0]).toMatchObject({ frequency: 'semi_annual', dueDays: SEMI_ANNUAL });
  });

  it('reports the three agencies the registry lacks, where they appear', () => {
    expect(summary.unmappedAgencies).toEqual([
      { name: 'Đài Phát thanh và Truyền hình tỉnh', code: 'DAI_PHAT_THANH_VA_TRUYEN_HINH_TINH', refs: ['II.1.1'] },
      { name: 'Sở Nông nghiệp và Phát triển nông thôn', code: 'SO_NONG_NGHIEP_VA_PHAT_TRIEN_NONG_THON', refs: ['II.2.1'] },
      { name: 'Sở Xây dựng', code: 'SO_XAY_DUNG', refs: ['II.2.1'] },
    ]);
    // The provincial Police is in the seed's registry (it took network security in 2025): copied
    // from it, with its successor, not made up.
    expect(draft.agencies.find((agency) => agency.code === 'SO_XAY_DUNG')).toMatchObject({ nameVi: 'Sở Xây dựng', placeholder: true });
    expect(draft.agencies.find((agency) => agency.code === 'CONG_AN_TINH')).toMatchObject({ nameVi: 'Công an tỉnh', nameEn: 'Provincial Police' });
    expect(draft.agencies.find((agency) => agency.code === 'CONG_AN_TINH')?.placeholder ?? false).toBe(false);
  });
});

describe('inline "(Giao X chủ trì, phối hợp với Y …)" (dinh-duong-hoc-duong-giao.txt)', () => {
  const { draft, summary } = importFixture('dinh-duong-hoc-duong-giao.txt');

  it('finds every task with its lead, coordinators and deadline', () => {
    expect(taskRows(draft)).toEqual<TTaskRow[]>([
      ['II.1.1', 'SO_GDDT', ['SO_YT'], 'one_off', '2025-08-15'],
      ['II.1.2', 'SO_GDDT', ['ALL_DISTRICTS'], 'periodic', SEMI_ANNUAL],
      ['II.2.1', 'SO_YT', ['SO_GDDT', 'SO_NONG_NGHIEP_VA_MOI_TRUONG'], 'periodic', QUARTER_END_20],
      ['II.2.2', 'SO_YT', [], 'one_off', '2025-09-30'],
      ['II.3.1', 'SO_GDDT', ['TINH_DOAN', 'HOI_LHPN'], 'continuous', null],
      ['II.4.1', 'SO_TC', ['SO_GDDT'], 'one_off', '2025-12-31'],
    ]);
  });

  it('takes the parenthesis out of the task text and keeps it as the assignment line', () => {
    expect(draft.tasks[0]?.text).toBe('Xây dựng thực đơn mẫu bảo đảm dinh dưỡng hợp lý cho trẻ mầm non và học sinh tiểu học bán trú.');
    expect(draft.tasks[0]?.assignmentLine).toBe('Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế thực hiện; hoàn thành trước ngày 15/8/2025');
  });

  it('keeps "2025 và những năm tiếp theo" as ongoing work with its start in a note', () => {
    expect(draft.tasks[4]).toMatchObject({ kind: 'continuous', note: 'Thời gian thực hiện: 2025 và những năm tiếp theo' });
  });

  it('reads a group heading that carries its own assignment as the task', () => {
    expect(draft.tasks[5]?.groupTitle).toBe('Bố trí kinh phí thực hiện Kế hoạch từ nguồn chi sự nghiệp giáo dục và các nguồn hợp pháp khác.');
  });

  it('maps the issuer and the report cycle', () => {
    expect(draft.metadata).toMatchObject({ number: '205/KH-UBND', date: '2025-07-08', issuer: 'QNG_UBND_TINH' });
    expect(draft.policy.monitor).toBe('SO_GDDT');
    expect(draft.reportingCycles[0]).toMatchObject({ frequency: 'annual', dueDays: ['05-25'] });
    expect(summary.unmappedAgencies.map((agency) => agency.name)).toEqual(['Sở Nông nghiệp và Môi trường']);
  });
});

describe('duties per agency in section III (phong-chong-xam-hai-muc-iii.txt)', () => {
  const { draft, summary } = importFixture('phong-chong-xam-hai-muc-iii.txt');

  it('finds every duty with its actor and deadline', () => {
    expect(taskRows(draft)).toEqual<TTaskRow[]>([
      ['III.1.1', 'SO_YT', [], 'periodic', QUARTER_END_20],
      ['III.1.2', 'SO_YT', [], 'one_off', '2025-09-30'],
      ['III.1.3', 'SO_YT', [], 'continuous', null],
      ['III.2.1', 'SO_GDDT', [], 'one_off', '2025-12-31'],
      ['III.3.1', 'CONG_AN_TINH', ['SO_YT'], 'continuous', null], // "…; phối hợp với Sở Y tế bảo đảm an toàn …"
      ['III.3.2', 'CONG_AN_TINH', [], 'periodic', SEMI_ANNUAL],
      ['III.4.1', null, [], 'one_off', '2025-09-14'],
      ['III.4.2', null, [], 'periodic', ['12-15']],
      ['III.5.1', null, [], 'continuous', null],
    ]);
  });

  it('assigns groups and requests ("Đề nghị") as the headings say', () => {
    expect(draft.tasks.find((task) => task.ref === 'III.4.1')?.assignees).toEqual(['ALL_DISTRICTS']);
    expect(draft.tasks.find((task) => task.ref === 'III.5.1')).toMatchObject({ assignees: ['MTTQ_TINH', 'ALL_SOCIO_POLITICAL_ORGANISATIONS'], mandate: 'request' });
  });

  it('does not take the closing paragraph for a duty', () => {
    expect(draft.tasks.some((task) => task.text.startsWith('Căn cứ nội dung'))).toBe(false);
    expect(draft.reportingCycles[0]).toMatchObject({ frequency: 'annual', dueDays: ['12-15'], recipients: ['SO_YT'] });
    expect(draft.metadata.endDate).toBe('2030-12-31');
    // "Công an tỉnh" is in the seed's registry since 2025 (network security).
    expect(summary.unmappedAgencies).toEqual([]);
  });
});

describe('an appendix table in pipe-separated rows (an-toan-thuc-pham-truong-hoc-bang.md)', () => {
  const { draft, summary } = importFixture('an-toan-thuc-pham-truong-hoc-bang.md');

  it('finds every row with its lead, coordinators and deadline, grouped by the table\'s Roman rows', () => {
    expect(taskRows(draft)).toEqual<TTaskRow[]>([
      ['II.1.1', 'SO_GDDT', ['SO_YT'], 'one_off', '2025-08-31'],
      ['II.1.2', 'SO_YT', ['SO_GDDT', 'HOI_LHPN'], 'continuous', null],
      ['II.2.1', 'SO_YT', ['SO_GDDT', 'SO_CONG_THUONG', 'ALL_DISTRICTS'], 'periodic', SEMI_ANNUAL],
      ['II.2.2', 'SO_NONG_NGHIEP_VA_PHAT_TRIEN_NONG_THON', ['SO_YT', 'SO_CONG_THUONG'], 'continuous', null],
      ['II.2.3', 'SO_TC', ['SO_YT'], 'one_off', '2025-03-31'],
      ['II.2.4', 'SO_YT', ['SO_GDDT'], 'one_off', '2026-12-31'],
    ]);
    expect(summary.groups.map((group) => [group.group, group.title])).toEqual([
      ['II.1', 'Công tác chỉ đạo, truyền thông'],
      ['II.2', 'Kiểm tra, giám sát'],
    ]);
  });

  it('joins a cell continued on the next row and keeps the product', () => {
    expect(draft.tasks[2]?.text).toBe('Kiểm tra liên ngành về an toàn thực phẩm tại bếp ăn tập thể, căng tin trường học và nhà ăn của các trường phổ thông dân tộc nội trú');
    expect(draft.tasks[2]?.deliverable).toBe('Báo cáo kết quả kiểm tra');
    expect(draft.tasks[2]?.assignmentLine).toBe('Chủ trì: Sở Y tế; phối hợp: Sở Giáo dục và Đào tạo; Sở Công Thương; UBND các huyện, thành phố');
  });

  it('reads the Markdown header and the quarterly reporting', () => {
    expect(draft.metadata).toMatchObject({ titleVi: 'Kế hoạch bảo đảm an toàn thực phẩm trong các cơ sở giáo dục trên địa bàn tỉnh năm 2025', number: '47/KH-UBND', date: '2025-01-20' });
    expect(draft.reportingCycles[0]).toMatchObject({ frequency: 'quarterly', dueDays: QUARTER_END_20, recipients: ['SO_YT'] });
  });
});

describe('a task table in tab-separated rows with continued cells (day-boi-an-toan-bang-tab.txt)', () => {
  const { draft, summary } = importFixture('day-boi-an-toan-bang-tab.txt');

  it('finds every row with its lead, coordinators and deadline', () => {
    expect(taskRows(draft)).toEqual<TTaskRow[]>([
      ['II.1.1', 'SO_GDDT', ['ALL_DISTRICTS'], 'one_off', '2026-02-28'],
      ['II.1.2', null, ['SO_GDDT', 'SO_TC', 'SO_VHTTDL'], 'one_off', '2026-06-30'],
      ['II.1.3', 'SO_VHTTDL', ['SO_GDDT', 'TINH_DOAN'], 'periodic', ['12-15']],
      ['II.1.4', 'SO_GDDT', ['SO_VHTTDL'], 'periodic', QUARTER_END_20],
      ['II.1.5', 'SO_YT', ['SO_GDDT'], 'one_off', '2026-03-31'],
      ['II.1.6', 'SO_GDDT', ['ALL_DEPARTMENTS', 'ALL_DISTRICTS'], 'one_off', '2027-12-31'],
    ]);
    expect(summary.unmappedAgencies).toEqual([]);
  });

  it('joins every continued cell into its task', () => {
    expect(draft.tasks[0]?.text).toBe('Khảo sát, thống kê số trẻ em từ 6 đến 15 tuổi biết bơi và chưa biết bơi trên địa bàn tỉnh');
    expect(draft.tasks[1]?.text).toBe('Lắp đặt bể bơi di động, bể bơi lắp ghép tại các trường tiểu học vùng sông nước');
    expect(oneLine(draft.tasks[1]?.assignmentLine)).toBe('Chủ trì: UBND các huyện, thành phố; phối hợp: Sở Giáo dục và Đào tạo; Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch');
    expect(draft.tasks[4]?.text).toBe('Tập huấn kỹ năng sơ cứu người bị đuối nước cho giáo viên, nhân viên y tế trường học');
  });

  it('titles the group by the section the table stands in', () => {
    expect(draft.tasks[0]?.groupTitle).toBe('NHIỆM VỤ CỤ THỂ');
    expect(draft.metadata).toMatchObject({ startDate: '2025-12-05', endDate: '2027-12-31' });
  });
});

describe("the report cycle a plan's closing paragraph sets", () => {
  it('takes its day from "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo … về Sở X", a department the registry lacks, over a sentence that names no day', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Xây dựng',
      '- Chủ trì, hướng dẫn triển khai Kế hoạch; định kỳ hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
      '2. Các sở, ngành',
      '- Triển khai các nhiệm vụ được giao.',
      'Trên đây là Kế hoạch chuyển đổi số trong hoạt động xây dựng. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo Ủy ban nhân dân tỉnh.',
    ].join('\n');
    expect(importText(text).draft.reportingCycles[0]).toMatchObject({ frequency: 'annual', dueDays: ['11-30'] });
  });

  it('reads "… báo cáo kết quả thực hiện về UBND Thành phố (qua Sở Y tế)": the day, and the department the reports pass through as the monitor', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Giáo dục và Đào tạo',
      '- Triển khai các nhiệm vụ được giao.',
      '2. Sở Y tế',
      '- Hướng dẫn các cơ sở y tế thực hiện Kế hoạch.',
      'Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã nghiêm túc triển khai thực hiện; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố (qua Sở Y tế). Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh về Sở Y tế.',
    ].join('\n');
    const { draft } = importText(text);
    expect(draft.reportingCycles[0]).toMatchObject({ frequency: 'annual', dueDays: ['11-30'], recipients: ['SO_YT'] });
    expect(draft.policy.monitor).toBe('SO_YT');
  });
});
