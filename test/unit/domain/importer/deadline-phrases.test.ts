// Deadline phrases of Vietnamese plans, read into a task kind with a date or due days.
import { describe, expect, it } from 'vitest';
import { findDeadlineInText, readDeadlinePhrase } from '../../../../domain/importer';
import { readYearlessPhrase } from '../../../../domain/importer/deadline-phrases';
import { importText } from './import-helpers';

const QUARTER_20 = ['03-20', '06-20', '09-20', '12-20'];

describe('readDeadlinePhrase', () => {
  it.each([
    ['trước ngày 28/2/2023', { kind: 'one_off', deadline: '2023-02-28' }],
    ['Trước ngày 30/4/2024.', { kind: 'one_off', deadline: '2024-04-30' }],
    ['ngày 15 tháng 6 năm 2025', { kind: 'one_off', deadline: '2025-06-15' }],
    ['chậm nhất ngày 05.01.2026', { kind: 'one_off', deadline: '2026-01-05' }],
    ['Quý II/2025', { kind: 'one_off', deadline: '2025-06-30' }],
    ['quý 4 năm 2025', { kind: 'one_off', deadline: '2025-12-31' }],
    ['Quý I - 2026', { kind: 'one_off', deadline: '2026-03-31' }],
    ['Tháng 12/2025', { kind: 'one_off', deadline: '2025-12-31' }],
    ['Tháng 11 - 12/2025', { kind: 'one_off', deadline: '2025-12-31' }],
    ['Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê', { kind: 'continuous', fromYear: 2025, toYear: null }],
    ['tháng 2 năm 2024', { kind: 'one_off', deadline: '2024-02-29' }],
    ['Năm 2026', { kind: 'one_off', deadline: '2026-12-31' }],
    ['2026', { kind: 'one_off', deadline: '2026-12-31' }],
    ['6 tháng đầu năm 2025', { kind: 'one_off', deadline: '2025-06-30' }],
    ['hằng năm', { kind: 'periodic', frequency: 'annual', dueDays: ['12-15'], assumed: true }],
    ['Hàng năm', { kind: 'periodic', frequency: 'annual', dueDays: ['12-15'], assumed: true }],
    ['trước ngày 15/12 hằng năm', { kind: 'periodic', frequency: 'annual', dueDays: ['12-15'], assumed: false }],
    ['Tháng 12 hằng năm', { kind: 'periodic', frequency: 'annual', dueDays: ['12-31'], assumed: false }],
    ['định kỳ 6 tháng', { kind: 'periodic', frequency: 'semi_annual', dueDays: ['06-15', '12-15'], assumed: true }],
    ['Định kỳ 06 tháng, hằng năm', { kind: 'periodic', frequency: 'semi_annual', dueDays: ['06-15', '12-15'], assumed: true }],
    ['hằng quý', { kind: 'periodic', frequency: 'quarterly', dueDays: ['03-15', '06-15', '09-15', '12-15'], assumed: true }],
    ['trước ngày 20 tháng cuối quý', { kind: 'periodic', frequency: 'quarterly', dueDays: QUARTER_20, assumed: false }],
    ['Trước ngày 20 tháng cuối mỗi quý', { kind: 'periodic', frequency: 'quarterly', dueDays: QUARTER_20, assumed: false }],
    ['thường xuyên', { kind: 'continuous', fromYear: null, toYear: null }],
    ['Thường xuyên; báo cáo trước ngày 15/12 hằng năm', { kind: 'periodic', frequency: 'annual', dueDays: ['12-15'] }],
    ['2025 và những năm tiếp theo', { kind: 'continuous', fromYear: 2025, toYear: null }],
    ['Năm 2025 và các năm tiếp theo', { kind: 'continuous', fromYear: 2025, toYear: null }],
    ['Giai đoạn 2025 - 2030', { kind: 'continuous', fromYear: 2025, toYear: 2030 }],
    ['Theo yêu cầu của cấp có thẩm quyền', { kind: 'continuous', fromYear: null, toYear: null, note: 'theo yêu cầu của cấp có thẩm quyền (when asked for: no fixed date)' }],
    ['khi có yêu cầu', { kind: 'continuous', fromYear: null, toYear: null }],
    ['trước năm 2030', { kind: 'one_off', deadline: '2029-12-31' }],
    ['Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì', { kind: 'continuous', fromYear: null, toYear: null }],
    ['Sau khi Nghị định quy định chi tiết được ban hành', { kind: 'continuous', note: 'sau khi nghị định quy định chi tiết được ban hành (hangs on another schedule or event: no fixed date)', hangsOnEvent: true }],
    ['Triển khai đảm bảo theo lộ trình của Bộ', { kind: 'continuous', fromYear: null, toYear: null }],
  ])('%s', (phrase, expected) => {
    expect(readDeadlinePhrase(phrase)).toMatchObject(expected);
  });

  it.each([
    // A quarter written with an Arabic numeral is no month.
    ['Quý 2/2026', { kind: 'one_off', deadline: '2026-06-30' }],
    ['Trước 15 tháng 12 năm 2026', { kind: 'one_off', deadline: '2026-12-15' }],
    ['Nửa đầu năm 2026', { kind: 'one_off', deadline: '2026-06-30' }],
    ['Nửa cuối năm 2026', { kind: 'one_off', deadline: '2026-12-31' }],
    ['Trước ngày 15/6 và 15/12 hằng năm', { kind: 'periodic', frequency: 'semi_annual', dueDays: ['06-15', '12-15'], assumed: false }],
    ['6 tháng (trước 15/6), năm (trước 15/12)', { kind: 'periodic', frequency: 'semi_annual', dueDays: ['06-15', '12-15'], assumed: false }],
    ['Trước ngày 30/6/2026 và hằng năm', { kind: 'periodic', frequency: 'annual', dueDays: ['06-30'], assumed: false }],
    ['Giai đoạn 2026 - 2030 và các năm tiếp theo', { kind: 'continuous', fromYear: 2026, toYear: null }],
    ['Năm 2026 và duy trì các năm tiếp theo', { kind: 'continuous', fromYear: 2026, toYear: null }],
    ['Đột xuất', { kind: 'continuous', fromYear: null, toYear: null }],
    ['Khi cần thiết', { kind: 'continuous', fromYear: null, toYear: null }],
    ['Theo định kỳ hoặc đột xuất', { kind: 'continuous', fromYear: null, toYear: null }],
    ['Trước, trong và sau Tết Nguyên đán', { kind: 'continuous', hangsOnEvent: true }],
    ['Từ 15/11/2025 - 15/12/2025', { kind: 'one_off', deadline: '2025-12-15' }],
    ['Tháng 11/2025 và Tháng 12/2025', { kind: 'one_off', deadline: '2025-12-31' }],
    ['30 ngày kể từ ngày Kế hoạch được ban hành', { kind: 'continuous', hangsOnEvent: true }],
    ['Chậm nhất 15 ngày sau khi kết thúc đợt kiểm tra', { kind: 'continuous', hangsOnEvent: true }],
  ])('reads the day or the span the phrase names: %s', (phrase, expected) => {
    expect(readDeadlinePhrase(phrase)).toMatchObject(expected);
  });

  it('reads every date of a span without its year in the plan\'s year, and "Trong năm" as its end', () => {
    expect(readYearlessPhrase('Từ 15/11 đến 15/12', 2025)).toMatchObject({ kind: 'one_off', deadline: '2025-12-15' });
    expect(readYearlessPhrase('Trong năm', 2026)).toMatchObject({ kind: 'one_off', deadline: '2026-12-31' });
  });

  it('reads the day written after a monthly recurrence: "Hằng tháng (trước ngày 20)"', () => {
    expect(readDeadlinePhrase('Hằng tháng (trước ngày 20)')).toMatchObject({ kind: 'periodic', frequency: 'monthly', assumed: false, dueDays: expect.arrayContaining(['01-20', '12-20']) });
  });

  it('reads monthly due days, every month', () => {
    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
    expect(readDeadlinePhrase('trước ngày 25 hằng tháng')).toMatchObject({ kind: 'periodic', frequency: 'monthly', assumed: false, dueDays: months.map((month) => `${month}-25`) });
  });

  it.each(['tùy tình hình thực tế', 'trước ngày 31/2/2025', 'báo cáo khi có yêu cầu của Bộ', '', 'tháng 13/2025'])('cannot read "%s"', (phrase) => {
    expect(readDeadlinePhrase(phrase)).toBeNull();
  });

  it('reads the same phrase in decomposed Unicode (NFD) and in capitals', () => {
    expect(readDeadlinePhrase('QUÝ II/2025'.normalize('NFD'))).toMatchObject({ kind: 'one_off', deadline: '2025-06-30' });
    expect(readDeadlinePhrase('HẰNG NĂM'.normalize('NFD'))).toMatchObject({ kind: 'periodic', frequency: 'annual' });
  });
});

describe('several quarters or months named together', () => {
  it.each([
    ['Quý III, IV/2026', '2026-12-31'],
    ['Quý II và quý III năm 2026', '2026-09-30'],
    ['Tháng 11, 12/2026', '2026-12-31'],
  ])('reads "%s" as due at the end of the last one', (phrase, deadline) => {
    expect(readDeadlinePhrase(phrase)).toMatchObject({ kind: 'one_off', deadline });
  });
});

describe('spans and parts of a year', () => {
  it.each([
    ['Từ tháng 11/2025 đến tháng 12/2025', '2025-12-31'],
    ['Từ nay đến hết quý II/2026', '2026-06-30'],
    ['Đầu năm 2027', '2027-03-31'],
    ['Giữa năm 2026', '2026-06-30'],
  ])('reads "%s" as due %s', (phrase, deadline) => {
    expect(readDeadlinePhrase(phrase)).toMatchObject({ kind: 'one_off', deadline });
  });

  it('reads "từ năm 2026 đến năm 2030" as a period, and "6 tháng đầu năm và cả năm" as every six months', () => {
    expect(readDeadlinePhrase('Từ năm 2026 đến năm 2030')).toMatchObject({ kind: 'continuous', fromYear: 2026, toYear: 2030 });
    expect(readDeadlinePhrase('Báo cáo 6 tháng đầu năm và cả năm')).toMatchObject({ kind: 'periodic', frequency: 'semi_annual' });
  });
});

describe('the shorter forms tables use', () => {
  it.each([
    ['06/2026', '2026-06-30'],
    ['T12/2026', '2026-12-31'],
    ['Trước 10/2026', '2026-10-31'],
    ['Quý II, năm 2026', '2026-06-30'],
    ['Tháng 6, năm 2026', '2026-06-30'],
    ['Tháng 11/2025 - 12/2025', '2025-12-31'],
  ])('reads "%s" as due %s', (phrase, deadline) => {
    expect(readDeadlinePhrase(phrase)).toMatchObject({ kind: 'one_off', deadline });
  });

  it('does not take a document number for a month', () => {
    expect(readDeadlinePhrase('Theo Nghị định số 13/2023/NĐ-CP')?.kind).not.toBe('one_off');
    expect(readDeadlinePhrase('Văn bản số 12/2025')).toBeNull();
    expect(findDeadlineInText('Hoàn thành việc sửa đổi Thông tư 12/2025 của Bộ Y tế.')).toBeNull();
  });

  it.each(['Ngay sau khi Kế hoạch được ban hành', 'Khi có phát sinh', 'Khi Bộ Công an triển khai', 'Trong 30 ngày kể từ ngày Nghị định có hiệu lực', 'Theo quy định', 'Trong thời gian diễn ra Tháng hành động', 'Trước và trong Tháng hành động', 'Trước, trong và sau Đại hội', 'Từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội', 'Từ nay đến khi kết thúc Đợt thi đua'])(
    'reads "%s" as hanging on an event the plan does not date',
    (phrase) => {
      expect(readDeadlinePhrase(phrase)).toMatchObject({ kind: 'continuous', hangsOnEvent: true });
    },
  );
});

describe('a date written without its year', () => {
  it.each([
    ['Trước 31/12', '2026-12-31'],
    ['Trước ngày 15 tháng 10', '2026-10-15'],
    ['Trong tháng 9', '2026-09-30'],
    ['Quý IV', '2026-12-31'],
    ['Tháng 11-12', '2026-12-31'],
  ])('reads "%s" in the year given', (phrase, deadline) => {
    expect(readYearlessPhrase(phrase, 2026)).toMatchObject({ kind: 'one_off', deadline });
  });

  it('reads nothing when the phrase names a year or no date', () => {
    expect(readYearlessPhrase('Năm 2027', 2026)).toBeNull();
    expect(readYearlessPhrase('Theo quy định', 2026)).toBeNull();
  });

  const annualPlan = (title: string, date: string) =>
    ['ỦY BAN NHÂN DÂN TỈNH A', `Quảng Ngãi, ngày ${date}`, 'KẾ HOẠCH', title, 'II. NHIỆM VỤ', '1. Tuyên truyền', '- Tổ chức tuyên truyền về quyền trẻ em.', 'Cơ quan chủ trì: Sở Y tế', 'Thời gian thực hiện: Quý I', '- Tổng kết, báo cáo kết quả.', 'Cơ quan chủ trì: Sở Y tế', 'Thời gian thực hiện: Trước 15/12'].join('\n');

  it("puts it in the year the plan's title names, and says so in the draft", () => {
    const { draft, yaml } = importText(annualPlan('Công tác trẻ em năm 2027', '20 tháng 12 năm 2026'));
    expect(draft.tasks.map((task) => task.deadline)).toEqual(['2027-03-31', '2027-12-15']);
    expect(yaml.replace(/\n\s*# /gu, ' ')).toContain('MẶC ĐỊNH / DEFAULT: văn bản không ghi năm; lấy năm 2027');
  });

  it('else in the first year from the issue date that has the date', () => {
    const { draft } = importText(annualPlan('Công tác trẻ em', '20 tháng 2 năm 2026'));
    expect(draft.tasks.map((task) => task.deadline)).toEqual(['2026-03-31', '2026-12-15']);
    const late = importText(annualPlan('Công tác trẻ em', '20 tháng 4 năm 2026')).draft;
    expect(late.tasks.map((task) => task.deadline)).toEqual(['2027-03-31', '2026-12-15']);
  });

  it('dates "trước Tết Nguyên đán" without a year on the eve of the next lunar new year after the issue date, marked', () => {
    const text = ['CHÍNH PHỦ', 'Hà Nội, ngày 20 tháng 11 năm 2025', 'NGHỊ QUYẾT', 'Về khắc phục hậu quả mưa lũ', 'I. NHIỆM VỤ', '1. Khắc phục hậu quả', '- Bộ Xây dựng hoàn thành sửa chữa nhà ở cho người dân trước Tết Nguyên đán.', '- Bộ Y tế bảo đảm thuốc. Thời gian: Trước Tết Nguyên đán.', '- Bộ Công Thương bảo đảm hàng hóa trước Tết Nguyên đán hằng năm.'].join('\n');
    const { draft, yaml } = importText(text);
    expect(draft.tasks.map((task) => task.deadline ?? task.kind)).toEqual(['2026-02-16', '2026-02-16', 'periodic']);
    expect(yaml.replace(/\n\s*# /gu, ' ')).toContain('MẶC ĐỊNH / DEFAULT: văn bản không ghi năm; lấy năm 2026');
  });

  it('reads a yearless date in the task\'s own words too ("… hoàn thành trước ngày 15/12."), not a recurrence or a span', () => {
    const plan = (bullets: string[]) => ['CHÍNH PHỦ', 'Hà Nội, ngày 20 tháng 11 năm 2025', 'NGHỊ QUYẾT', 'Về khắc phục hậu quả mưa lũ', 'I. NHIỆM VỤ', '1. Khắc phục hậu quả', ...bullets].join('\n');
    const { draft, yaml } = importText(plan(['- Bộ Y tế hoàn thành việc cấp thuốc cho các địa phương trước ngày 15/12.', '- Bộ Xây dựng báo cáo Thủ tướng Chính phủ trong tháng 01.', '- Bộ Công an tổng hợp tình hình trong 6 tháng.']));
    expect(draft.tasks.map((task) => task.deadline ?? task.kind)).toEqual(['2025-12-15', '2026-01-31', 'continuous']);
    expect(yaml.replace(/\n\s*# /gu, ' ')).toContain('Thời hạn trong nội dung: "trước ngày 15/12" → 2025-12-15 (ngày 15/12/2025). MẶC ĐỊNH / DEFAULT: văn bản không ghi năm; lấy năm 2025');
  });
});

describe('findDeadlineInText', () => {
  it('finds a deadline introduced by "hoàn thành" or "trước ngày" in a task\'s wording', () => {
    expect(findDeadlineInText('Tổ chức tập huấn cho cán bộ cấp xã; hoàn thành trong Quý III/2025.')).toEqual({
      phrase: 'hoàn thành trong quý iii/2025',
      reading: { kind: 'one_off', deadline: '2025-09-30', note: 'quý III/2025: hết quý (end of the quarter)' },
    });
    expect(findDeadlineInText('Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng cuối quý.')?.reading).toMatchObject({ kind: 'periodic', dueDays: QUARTER_20 });
  });

  it('tries each place a deadline is introduced, and takes "hằng năm" written just before the date', () => {
    expect(findDeadlineInText('Hoàn thành việc rà soát quy hoạch lại các khu công nghiệp, cụm công nghiệp, làng nghề trước năm 2030.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2029-12-31' });
    expect(findDeadlineInText('Hằng năm, trước ngày 25 tháng 12, các cơ quan báo cáo kết quả thực hiện.')?.reading).toMatchObject({ kind: 'periodic', frequency: 'annual', dueDays: ['12-25'] });
  });

  it('finds "trong quý II/2026", "vào năm 2030", "trước 15/12/2026" in a task\'s words', () => {
    expect(findDeadlineInText('Tổ chức hội nghị sơ kết trong quý II/2026.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2026-06-30' });
    expect(findDeadlineInText('Tổng kết việc thực hiện vào năm 2030.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2030-12-31' });
    expect(findDeadlineInText('Báo cáo Ủy ban nhân dân tỉnh trước 15/12/2026.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2026-12-15' });
  });

  it('finds "trong Quý I năm 2026", and a date cut short by a comma ("trong năm 2026, nhân rộng từ năm 2027")', () => {
    expect(findDeadlineInText('Trình Ủy ban nhân dân tỉnh trong Quý I năm 2026.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2026-03-31' });
    expect(findDeadlineInText('Triển khai thí điểm trong năm 2026, nhân rộng từ năm 2027.')).toMatchObject({ phrase: 'trong năm 2026', reading: { kind: 'one_off', deadline: '2026-12-31' } });
  });

  it('finds a bracket that holds only a date, and a day "hằng năm" without an introducing word', () => {
    expect(findDeadlineInText('Tổ chức hội nghị tập huấn (Quý II/2026).')).toMatchObject({ phrase: 'quý ii/2026', reading: { kind: 'one_off', deadline: '2026-06-30' } });
    expect(findDeadlineInText('Tổ chức ngày hội vào dịp 19/5 hằng năm.')?.reading).toMatchObject({ kind: 'periodic', frequency: 'annual', dueDays: ['05-19'] });
    // A bracket that cites a document, or says more than a date, is no deadline.
    expect(findDeadlineInText('Thực hiện theo hướng dẫn (Thông tư 12/2025).')).toBeNull();
    expect(findDeadlineInText('Khảo sát các xã (gồm 12 xã, năm 2025 có 3 xã đạt chuẩn).')).toBeNull();
  });

  it('takes a labelled span ("Thời gian thực hiện: giai đoạn 2026-2030", "Tiến độ: hằng năm") and a bracketed recurrence ("(Quý IV hằng năm)")', () => {
    expect(findDeadlineInText('Tổ chức truyền thông trên báo, đài. Thời gian thực hiện: giai đoạn 2026-2030.')?.reading).toMatchObject({ kind: 'continuous', fromYear: 2026, toYear: 2030 });
    expect(findDeadlineInText('Kiểm tra, giám sát (Quý IV hằng năm)')?.reading).toMatchObject({ kind: 'periodic', frequency: 'annual', dueDays: ['12-31'] });
    expect(findDeadlineInText('Chủ trì tổ chức kiểm tra việc thực hiện. Tiến độ: hằng năm.')?.reading).toMatchObject({ kind: 'periodic', frequency: 'annual' });
    // An unlabelled span is no deadline: "… giai đoạn 2026-2030" names the programme.
    expect(findDeadlineInText('Triển khai Chương trình giai đoạn 2026-2030 trên địa bàn.')).toBeNull();
  });

  it('finds a range of months, "thời gian dự kiến …" and "từ ngày … đến ngày …" in a task\'s words', () => {
    expect(findDeadlineInText('Tăng cường tuyên truyền về bình đẳng giới trong tháng 11 và tháng 12/2025.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2025-12-31' });
    expect(findDeadlineInText('Tổ chức lễ mít tinh hưởng ứng Tháng hành động, thời gian dự kiến ngày 20/11/2025.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2025-11-20' });
    expect(findDeadlineInText('Treo băng rôn tại trụ sở cơ quan từ ngày 15/11/2025 đến ngày 15/12/2025.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2025-12-15' });
    // A date a law takes effect is no deadline.
    expect(findDeadlineInText('Thực hiện Nghị định có hiệu lực từ ngày 01/7/2025.')).toBeNull();
  });

  it('does not take the date of a cited document for a deadline', () => {
    expect(findDeadlineInText('Triển khai Kế hoạch số 3660/KH-UBND ngày 12 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh.')).toBeNull();
  });

  it('finds the event a task waits for ("…; khi Bộ Y tế có văn bản triển khai)"), but not a "khi" that only says how', () => {
    expect(findDeadlineInText('Tham mưu triển khai Tiểu dự án 2 (thuộc Dự án 3 của Bộ Y tế; khi Bộ Y tế có văn bản triển khai).')).toMatchObject({ phrase: 'khi bộ y tế có văn bản triển khai', reading: { kind: 'continuous', hangsOnEvent: true } });
    expect(findDeadlineInText('Hỗ trợ doanh nghiệp khi gặp khó khăn trong sản xuất.')).toBeNull();
    expect(findDeadlineInText('Báo cáo kết quả Đợt thi đua (qua Sở Nội vụ) khi tổng kết Đợt thi đua.')).toMatchObject({ phrase: 'khi tổng kết đợt thi đua', reading: { hangsOnEvent: true } });
    expect(findDeadlineInText('Phun khử khuẩn khu dân cư bằng Cloramin B sau khi nước rút.')).toMatchObject({ phrase: 'sau khi nước rút', reading: { hangsOnEvent: true } });
  });

  it('reads "trước ngày 30 tháng 01 của năm tiếp theo" as every year, for the year before', () => {
    expect(findDeadlineInText('Tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 của năm tiếp theo.')?.reading).toMatchObject({ kind: 'periodic', frequency: 'annual', dueDays: ['01-30'] });
    expect(readDeadlinePhrase('Trước 15/01 năm sau')).toMatchObject({ kind: 'periodic', frequency: 'annual', dueDays: ['01-15'] });
  });

  it('reads a date past the first introducing words, as far as the sentence goes ("hoàn thành việc … trước ngày …")', () => {
    expect(findDeadlineInText('Hoàn thành việc sửa chữa, xây dựng lại nhà ở cho các hộ bị hư hỏng trước ngày 31 tháng 12 năm 2025.')).toMatchObject({ phrase: 'trước ngày 31 tháng 12 năm 2025', reading: { deadline: '2025-12-31' } });
    expect(findDeadlineInText('Rà soát các dự án, báo cáo cấp có thẩm quyền xem xét, quyết định trước 15 tháng 12 năm 2025.')?.reading).toMatchObject({ deadline: '2025-12-15' });
  });

  it('reads "báo cáo Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 5 năm 2026" as due by the end of that month', () => {
    expect(findDeadlineInText('Bộ Công Thương bảo đảm cung ứng điện; báo cáo Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 5 năm 2026.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2026-05-31' });
  });

  it('reads "trước Tết Nguyên đán Bính Ngọ" as the day before that lunar new year, by its year or its stem and branch', () => {
    expect(findDeadlineInText('Hoàn thành việc sửa chữa nhà ở bị hư hỏng trước Tết Nguyên đán Bính Ngọ năm 2026.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2026-02-16' });
    expect(readDeadlinePhrase('Trước Tết Nguyên đán Đinh Mùi')).toMatchObject({ kind: 'one_off', deadline: '2027-02-05' });
    expect(readDeadlinePhrase('trước Tết năm 2030')).toMatchObject({ kind: 'one_off', deadline: '2030-02-02' });
    // No year: a lunar date a reviewer sets.
    expect(readDeadlinePhrase('Trước Tết Nguyên đán')).toMatchObject({ kind: 'continuous', hangsOnEvent: true });
  });

  it('reads "vào ngày 19 tháng 12 năm 2025" and "trong cuối năm 2025 và đầu năm 2026" in a task\'s words', () => {
    expect(findDeadlineInText('Phấn đấu khánh thành công trình vào ngày 19 tháng 12 năm 2025.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2025-12-19' });
    expect(findDeadlineInText('Đẩy mạnh xuất khẩu nông sản trong cuối năm 2025 và đầu năm 2026.')?.reading).toMatchObject({ kind: 'one_off', deadline: '2026-03-31' });
  });

  it('finds the schedule a task follows, "… theo lộ trình của Nghị quyết này", as no fixed date', () => {
    expect(findDeadlineInText('Chủ trì triển khai các nhiệm vụ theo lộ trình của Nghị quyết này.')).toMatchObject({ phrase: 'theo lộ trình của nghị quyết này', reading: { kind: 'continuous', hangsOnEvent: true } });
  });
});
