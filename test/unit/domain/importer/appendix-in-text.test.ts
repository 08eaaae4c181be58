// An appendix that lists tasks in text ("PHỤ LỤC / NHIỆM VỤ CỤ THỂ CỦA CÁC SỞ" then "1. Sở Y tế
// chủ trì, phối hợp với …: a) …"), as a Government's monthly resolution does: its points are read
// like a section's, its headings name who leads and coordinates each item below them.
import { describe, expect, it } from 'vitest';
import { importText, taskRows } from './import-helpers';

const opening = ['ỦY BAN NHÂN DÂN TỈNH AN GIANG', 'Số: 12/NQ-UBND', 'NGHỊ QUYẾT', 'Phiên họp thường kỳ tháng 4 năm 2026', 'I. Về tình hình kinh tế - xã hội', 'Tình hình tiếp tục chuyển biến tích cực.', 'II. Về các nhiệm vụ cụ thể (chi tiết tại Phụ lục kèm theo).'];

const appendix = (title: string, firstHeading: string) => [
  'PHỤ LỤC',
  title,
  '(Kèm theo Nghị quyết số 12/NQ-UBND ngày 06 tháng 5 năm 2026)',
  firstHeading,
  'a) Theo dõi sát tình hình giá cả thị trường, kịp thời tham mưu các giải pháp điều hành.',
  'b) Phối hợp với Công an tỉnh rà soát các quy định về đấu thầu, hoàn thành trong quý III năm 2026.',
  '2. Sở Y tế:',
  'a) Bảo đảm đủ thuốc, vật tư y tế cho khám, chữa bệnh trong mùa mưa bão năm 2026.',
  'TM. ỦY BAN NHÂN DÂN',
];

const rows = (text: string) => taskRows(importText(text).draft).map(([, lead, coordinators, , due]) => [lead, coordinators, due]);

describe('an appendix that lists tasks in text', () => {
  it('reads its points by agency, a heading\'s coordinators for each item (and an item\'s own), whatever its title says', () => {
    for (const title of ['NHIỆM VỤ CỤ THỂ CỦA CÁC SỞ, NGÀNH', 'MỘT SỐ NHIỆM VỤ TRỌNG TÂM']) {
      const text = [...opening, ...appendix(title, '1. Sở Tài chính chủ trì, phối hợp với các sở, ngành:')].join('\n');
      expect(rows(text)).toEqual([
        ['SO_TC', ['CAC_SO_NGANH'], null],
        ['SO_TC', ['CAC_SO_NGANH', 'CONG_AN_TINH'], '2026-09-30'],
        ['SO_YT', [], null],
      ]);
    }
  });

  it('reads "X chủ trì, phối hợp với Y" with no colon as a heading over its items, not as a task', () => {
    const text = [...opening, ...appendix('NHIỆM VỤ CỤ THỂ CỦA CÁC SỞ, NGÀNH', '1. Sở Tài chính chủ trì, phối hợp với Công an tỉnh')].join('\n');
    const draft = importText(text).draft;
    expect(draft.tasks.map((task) => task.text.slice(0, 20))).toEqual(['Theo dõi sát tình hì', 'Phối hợp với Công an', 'Bảo đảm đủ thuốc, vậ']);
    expect(draft.tasks[0]?.lead).toBe('SO_TC');
    expect(draft.tasks[0]?.coordinators).toEqual(['CONG_AN_TINH']);
  });

  it('takes no task from an appendix whose tasks are a table, nor from what follows the table', () => {
    const text = [
      ...opening,
      'PHỤ LỤC',
      'DANH MỤC NHIỆM VỤ TRỌNG TÂM',
      '(Kèm theo Nghị quyết số 12/NQ-UBND)',
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |',
      '| --- | --- | --- | --- |',
      '| 1 | Rà soát quy hoạch sử dụng đất | Sở Nông nghiệp và Môi trường | Quý II/2026 |',
      '- Bạn vừa bị đăng xuất khỏi tài khoản.',
      '- Hỗ trợ: (028) 3930.3279',
    ].join('\n');
    expect(importText(text).draft.tasks.map((task) => task.text)).toEqual(['Rà soát quy hoạch sử dụng đất']);
  });
});
