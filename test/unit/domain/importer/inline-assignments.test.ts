// Assignments written inside a task's paragraph, in the forms plans use besides "(Giao X chủ
// trì, phối hợp với Y)". The text is written for the test.
import { describe, expect, it } from 'vitest';
import { readAssignment, readInlineAssignment } from '../../../../domain/importer/read-assignment';
import { importText, taskRows } from './import-helpers';

const plan = (...tasks: string[]) =>
  ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Thực hiện chương trình chăm sóc trẻ em năm 2026', 'II. NHIỆM VỤ VÀ GIẢI PHÁP', '1. Tăng cường công tác tuyên truyền', ...tasks.map((task) => `- ${task}`)].join('\n');

describe('an assignment inside the task paragraph', () => {
  it('reads "(X chủ trì, phối hợp với Y thực hiện; thời gian: …)" without "Giao"', () => {
    const { draft } = importText(plan('Tổ chức tuyên truyền về quyền trẻ em (Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Y tế thực hiện; thời gian: thường xuyên).'));
    expect(taskRows(draft)).toEqual([['II.1.1', 'SO_VHTTDL', ['SO_YT'], 'continuous', null]]);
    expect(draft.tasks[0]?.text).toBe('Tổ chức tuyên truyền về quyền trẻ em.');
  });

  it('reads "(Giao: X thực hiện; hoàn thành trong …)" with a colon after "Giao"', () => {
    const { draft } = importText(plan('Xây dựng chuyên mục bảo vệ trẻ em trên Cổng thông tin điện tử tỉnh (Giao: Sở Y tế thực hiện; hoàn thành trong quý II/2026).'));
    expect(taskRows(draft)).toEqual([['II.1.1', 'SO_YT', [], 'one_off', '2026-06-30']]);
  });

  it('reads the fields of a block written after the task in the same paragraph', () => {
    const { draft } = importText(plan('Rà soát văn bản quy phạm pháp luật về trẻ em. Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Sở Y tế, Sở Tài chính; thời gian hoàn thành: tháng 6/2026.'));
    expect(taskRows(draft)).toEqual([['II.1.1', 'SO_TU_PHAP', ['SO_YT', 'SO_TC'], 'one_off', '2026-06-30']]);
    expect(draft.tasks[0]?.text).toBe('Rà soát văn bản quy phạm pháp luật về trẻ em.');
  });

  it('reads the assignment in the paragraph under a heading, with no bullet below, as the heading\'s task', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Thực hiện chương trình chăm sóc trẻ em năm 2026', 'II. NHIỆM VỤ',
      '1. Công tác kiểm tra, giám sát',
      'Tổ chức kiểm tra liên ngành việc thực hiện chính sách đối với trẻ em (Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh).',
      '2. Công tác tuyên truyền',
      'Tổ chức tuyên truyền trên báo, đài (Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; thời gian: tháng 9/2026).',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft)).toEqual([
      ['II.1.1', 'SO_YT', ['CONG_AN_TINH'], 'continuous', null],
      ['II.2.1', 'SO_VHTTDL', [], 'one_off', '2026-09-30'],
    ]);
    expect(draft.tasks[1]?.text).toBe('Công tác tuyên truyền. Tổ chức tuyên truyền trên báo, đài.');
  });

  it('reads a block whose fields share one line: "Đơn vị chủ trì: X; đơn vị phối hợp: Y. Thời gian: Z"', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Thực hiện chương trình chăm sóc trẻ em năm 2026', 'II. NỘI DUNG HOẠT ĐỘNG',
      '1. Kiểm tra, giám sát',
      'Kiểm tra việc thực hiện chính sách đối với trẻ em tại một số xã.',
      'Đơn vị chủ trì: Sở Y tế; đơn vị phối hợp: Sở Tài chính, Công an tỉnh. Thời gian: Tháng 9/2026.',
    ].join('\n');
    const { draft } = importText(text);
    expect(taskRows(draft)).toEqual([['II.1.1', 'SO_YT', ['SO_TC', 'CONG_AN_TINH'], 'one_off', '2026-09-30']]);
  });

  it('reads "X (chủ trì); Y (phối hợp)" and "X chủ trì; Y phối hợp" after "Cơ quan thực hiện:" closing a run of bullets', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Thực hiện chương trình chăm sóc trẻ em năm 2026', 'II. NHIỆM VỤ TRỌNG TÂM',
      '1. Công tác tuyên truyền',
      '- Tổ chức truyền thông về quyền trẻ em trên báo, đài.',
      '- Biên soạn tài liệu tuyên truyền về phòng, chống xâm hại trẻ em.',
      '- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch (chủ trì); Sở Y tế, Công an tỉnh (phối hợp).',
      '2. Công tác kiểm tra',
      '- Kiểm tra việc thực hiện chính sách đối với trẻ em.',
      '- Đơn vị thực hiện: Sở Y tế chủ trì; Sở Tài chính, Sở Tư pháp phối hợp.',
      'Thời gian thực hiện: Quý IV/2026.',
    ].join('\n');
    expect(taskRows(importText(text).draft)).toEqual([
      ['II.1.1', 'SO_VHTTDL', ['SO_YT', 'CONG_AN_TINH'], 'continuous', null],
      ['II.1.2', 'SO_VHTTDL', ['SO_YT', 'CONG_AN_TINH'], 'continuous', null],
      ['II.2.1', 'SO_YT', ['SO_TC', 'SO_TU_PHAP'], 'one_off', '2026-12-31'],
    ]);
  });

  it('gives a time written right under a heading to the bullets below it, and to the heading when no bullet follows', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Thực hiện chương trình chăm sóc trẻ em năm 2026', 'II. NỘI DUNG HOẠT ĐỘNG',
      '1. Hoạt động kiểm tra',
      'Thời gian thực hiện: Tháng 10/2026.',
      '- Kiểm tra việc thực hiện chính sách đối với trẻ em.',
      '- Báo cáo kết quả kiểm tra trước ngày 20/11/2026.',
      'Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với Công an tỉnh.',
      '2. Rà soát văn bản quy phạm pháp luật về trẻ em',
      'Thời gian thực hiện: Quý III/2026.',
      'Cơ quan thực hiện: Sở Tư pháp.',
    ].join('\n');
    expect(taskRows(importText(text).draft)).toEqual([
      ['II.1.1', 'SO_YT', ['CONG_AN_TINH'], 'one_off', '2026-10-31'],
      ['II.1.2', 'SO_YT', ['CONG_AN_TINH'], 'one_off', '2026-11-20'],
      ['II.2.1', 'SO_TU_PHAP', [], 'one_off', '2026-09-30'],
    ]);
  });

  it('reads no coordinators before a "phối hợp" that only names a rule ("… quy chế phối hợp giữa …")', () => {
    expect(readAssignment('Sở Tư pháp chủ trì, tham mưu xây dựng quy chế phối hợp giữa các sở', null).assignment).toMatchObject({ form: 'lead', leadText: 'Sở Tư pháp', coordinatorText: null });
    expect(readAssignment('Sở Nội vụ chủ trì; các sở, ngành liên quan phối hợp', null).assignment).toMatchObject({ leadText: 'Sở Nội vụ', coordinatorText: 'các sở, ngành liên quan' });
  });

  it('reads "(Chủ trì: X; phối hợp: Y)" and "(Đơn vị thực hiện: X)"', () => {
    expect(readInlineAssignment('Kiểm tra cơ sở (Chủ trì: Sở Y tế; phối hợp: Công an tỉnh).')).toMatchObject({ text: 'Kiểm tra cơ sở.', assignment: { leadText: 'Sở Y tế', coordinatorText: 'Công an tỉnh' } });
    expect(readInlineAssignment('Kiểm tra cơ sở (Đơn vị thực hiện: Sở Y tế; thời hạn: năm 2026).')).toMatchObject({ assignment: { form: 'everyone', namesText: 'Sở Y tế' }, deadlinePhrase: 'năm 2026' });
  });

  it('reads the actor in the last clause: "…, do X chủ trì thực hiện …" and "…; X thực hiện, hoàn thành …"', () => {
    const { draft } = importText(
      plan('Kiểm tra việc thực hiện chính sách tại các xã, do Sở Tài chính chủ trì thực hiện, hoàn thành trước ngày 30/9/2026.', 'Thu thập thông tin tại cơ sở; Công an tỉnh chủ trì, phối hợp với Sở Y tế thực hiện, hoàn thành trước ngày 30/6/2026.'),
    );
    expect(taskRows(draft)).toEqual([
      ['II.1.1', 'SO_TC', [], 'one_off', '2026-09-30'],
      ['II.1.2', 'CONG_AN_TINH', ['SO_YT'], 'one_off', '2026-06-30'],
    ]);
    expect(draft.tasks.map((task) => task.text)).toEqual(['Kiểm tra việc thực hiện chính sách tại các xã.', 'Thu thập thông tin tại cơ sở.']);
  });

  it('leaves a bracket that assigns nothing in the task', () => {
    expect(readInlineAssignment('Tổ chức hội nghị (trực tiếp hoặc trực tuyến) tại các xã.')).toBeNull();
    expect(readInlineAssignment('Ngầm hóa mạng cáp đồng bộ với hạ tầng ngành khác (giao thông, xây dựng, chiếu sáng) theo nguyên tắc dùng chung.')).toBeNull();
    expect(readInlineAssignment('Tiếp tục thực hiện: rà soát hồ sơ trẻ em.')).toBeNull();
    expect(readInlineAssignment('Nâng cao chất lượng dịch vụ do các cơ sở y tế cung cấp; bảo đảm trẻ em được tiếp cận.')).toBeNull();
  });
});

describe('fields below a titled step', () => {
  it('belong to the step whose title they follow, not to the sentences before it', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH A',
      'KẾ HOẠCH',
      'Giám sát chương trình năm 2026',
      'II. QUY TRÌNH THỰC HIỆN',
      '1. Quy trình giám sát',
      'Bước 1: Thu thập thông tin tại các xã, phường.',
      'Bước 2: Tổng hợp, báo cáo kết quả giám sát',
      '- Đơn vị thực hiện: Sở Y tế',
      '- Thời gian: Quý III/2026',
    ].join('\n');
    expect(taskRows(importText(text).draft)).toEqual([
      ['II.1.1', null, [], 'continuous', null],
      ['II.1.2', 'SO_YT', [], 'one_off', '2026-09-30'],
    ]);
  });
});
