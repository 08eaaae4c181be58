// Appendix tables name their columns in many ways: "Cơ quan thực hiện" spanning "Chủ trì |
// Phối hợp" on a second header row, one "Đơn vị thực hiện" column for who does the task, "Lộ
// trình" for when. Each layout below is written for the test, in the forms a saved plan takes.
import { describe, expect, it } from 'vitest';
import { mergeHeaderRows, readTaskTable } from '../../../../domain/importer/read-task-table';
import { readStackedTable } from '../../../../domain/importer/read-stacked-table';
import { importText, taskRows } from './import-helpers';

const opening = ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Thực hiện chương trình chăm sóc trẻ em', 'I. NHIỆM VỤ', 'Chi tiết tại Phụ lục kèm theo.', 'PHỤ LỤC'];

/** What a reviewer checks: each task's text, lead, coordinators and due date. */
function tasksOf(lines: readonly string[]) {
  const { draft } = importText([...opening, ...lines].join('\n'));
  return draft.tasks.map((task, index) => [task.text, ...(taskRows(draft)[index] as unknown[]).slice(1, 3), task.deadline ?? null]);
}

describe('a table header on two rows', () => {
  it('reads "Năm thực hiện", "Mốc hoàn thành" and "Hạn hoàn thành" as the time column', () => {
    for (const time of ['Năm thực hiện', 'Mốc hoàn thành', 'Hạn hoàn thành']) {
      const rows = [['TT', 'Nội dung', 'Cơ quan chủ trì', time], ['1', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Quý II/2026']];
      expect(readTaskTable(rows)?.[0]?.tasks[0]?.deadlineText).toBe('Quý II/2026');
    }
  });

  it('reads "Tên đề án ưu tiên" as the task column of a table of schemes to draw up', () => {
    const rows = [['TT', 'Tên đề án ưu tiên', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'], ['1', 'Đề án xử lý, cải tạo các bãi chôn lấp rác thải không hợp vệ sinh', 'Ủy ban nhân dân các tỉnh', 'Các bộ, ngành', '2030']];
    expect(readTaskTable(rows)?.[0]?.tasks.map((task) => [task.text, task.leadText, task.deadlineText])).toEqual([['Đề án xử lý, cải tạo các bãi chôn lấp rác thải không hợp vệ sinh', 'Ủy ban nhân dân các tỉnh', '2030']]);
  });

  it('merges "Cơ quan thực hiện" over "Chủ trì | Phối hợp", whether the lower row keeps every column or only those under the span', () => {
    expect(mergeHeaderRows(['TT', 'Nội dung', 'Cơ quan thực hiện', '', 'Thời gian'], ['', '', 'Chủ trì', 'Phối hợp', ''])).toEqual(['TT', 'Nội dung', 'Cơ quan thực hiện Chủ trì', 'Cơ quan thực hiện Phối hợp', 'Thời gian']);
    expect(mergeHeaderRows(['TT', 'Nội dung', 'Cơ quan thực hiện', 'Thời gian'], ['', '', 'Chủ trì', 'Phối hợp', ''])).toEqual(['TT', 'Nội dung', 'Cơ quan thực hiện Chủ trì', 'Cơ quan thực hiện Phối hợp', 'Thời gian']);
    expect(mergeHeaderRows(['TT', 'Nội dung', 'Đơn vị thực hiện', 'Thời gian'], ['Chủ trì', 'Phối hợp'])).toEqual(['TT', 'Nội dung', 'Đơn vị thực hiện Chủ trì', 'Đơn vị thực hiện Phối hợp', 'Thời gian']);
  });

  it('takes the end of a time span written "Thời gian" over "Bắt đầu | Hoàn thành" as the deadline, never the start', () => {
    expect(mergeHeaderRows(['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian'], ['Bắt đầu', 'Hoàn thành'])).toEqual(['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian Bắt đầu', 'Thời gian Hoàn thành']);
    const rows = [
      '| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |',
      '| Bắt đầu | Hoàn thành |',
      '| 1 | Tổ chức phổ biến Nghị định | Sở Tư pháp | Sở Y tế | 01/2026 | Quý II/2026 |',
    ];
    expect(tasksOf(rows)).toEqual([['Tổ chức phổ biến Nghị định', 'SO_TU_PHAP', ['SO_YT'], '2026-06-30']]);
  });

  it('merges the two rows of a Word table, where cells merged down both rows are written in each', () => {
    // As the .docx reader gives them: a merged-across cell then an empty one, a merged-down cell repeated.
    const rows = [
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan thực hiện', '', 'Thời gian hoàn thành'],
      ['TT', 'Nội dung nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
      ['1', 'Rà soát cơ sở dữ liệu trẻ em', 'Sở Y tế', 'Sở Tài chính', 'Quý I/2026'],
    ];
    expect(readTaskTable(rows)?.[0]?.tasks[0]).toMatchObject({ text: 'Rà soát cơ sở dữ liệu trẻ em', leadText: 'Sở Y tế', coordinatorText: 'Sở Tài chính', deadlineText: 'Quý I/2026' });
  });

  it('reads the tasks of a pipe table whose header spans two rows', () => {
    const rows = [
      '| TT | Nội dung nhiệm vụ | Cơ quan thực hiện | Thời gian hoàn thành |',
      '| | | Chủ trì | Phối hợp | |',
      '| 1 | Xây dựng tài liệu tuyên truyền về quyền trẻ em | Sở Văn hóa, Thể thao và Du lịch | Sở Y tế | Quý I/2026 |',
      '| 2 | Rà soát cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt | Sở Y tế | Sở Tài chính; Công an tỉnh | Tháng 6/2026 |',
    ];
    expect(tasksOf(rows)).toEqual([
      ['Xây dựng tài liệu tuyên truyền về quyền trẻ em', 'SO_VHTTDL', ['SO_YT'], '2026-03-31'],
      ['Rà soát cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt', 'SO_YT', ['SO_TC', 'CONG_AN_TINH'], '2026-06-30'],
    ]);
  });

  it('reads a table saved one cell per run of lines whose second header row holds only the cells under the span', () => {
    const cells = (row: string[]) => [...row.flatMap((cell) => ['|', cell]), '|'];
    const lines = [...cells(['**TT**', '**Nhiệm vụ**', '**Cơ quan thực hiện**', '**Thời gian hoàn thành**']), ...cells(['**Chủ trì**', '**Phối hợp**']), ...cells(['1', 'Xây dựng tài liệu\ntuyên truyền về quyền trẻ em', 'Sở Y tế', 'Sở Tài chính', 'Quý I/2026']), ...cells(['2', 'Kiểm tra việc thực hiện chính sách', 'Sở Tài chính', 'Sở Y tế', 'Năm 2026'])];
    expect(tasksOf(lines)).toEqual([
      ['Xây dựng tài liệu tuyên truyền về quyền trẻ em', 'SO_YT', ['SO_TC'], '2026-03-31'],
      ['Kiểm tra việc thực hiện chính sách', 'SO_TC', ['SO_YT'], '2026-12-31'],
    ]);
  });

  it('drops the span from a header taken from a PDF, one fragment per line', () => {
    const lines = ['TT', 'Nội dung công việc', 'Cơ quan thực', 'hiện', 'Chủ trì', 'Phối hợp', 'Thời hạn', '1', 'Tổ chức tuyên truyền, phổ biến các quy định mới về', 'quyền trẻ em đến cán bộ, công chức và người dân', 'Sở Y tế', 'Công an tỉnh', 'Quý II/2026', '', 'Phụ lục II'];
    expect(readStackedTable(lines, 0)?.rows).toEqual([
      ['TT', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Thời hạn'],
      ['1', 'Tổ chức tuyên truyền, phổ biến các quy định mới về quyền trẻ em đến cán bộ, công chức và người dân', 'Sở Y tế', 'Công an tỉnh', 'Quý II/2026'],
    ]);
  });
});

describe('one column for who does the task', () => {
  it('reads "X chủ trì, phối hợp Y" in a "Đơn vị thực hiện" column as lead and coordinators, a single name as the lead, and "Lộ trình" as the deadline', () => {
    const rows = [
      '| STT | Nhiệm vụ | Đơn vị thực hiện | Lộ trình |',
      '| 1 | Xây dựng tài liệu tuyên truyền về quyền trẻ em | Sở Văn hóa, Thể thao và Du lịch | Năm 2026 |',
      '| 2 | Rà soát cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt | Sở Y tế chủ trì, phối hợp với Sở Tài chính | Năm 2027 |',
    ];
    expect(tasksOf(rows)).toEqual([
      ['Xây dựng tài liệu tuyên truyền về quyền trẻ em', 'SO_VHTTDL', [], '2026-12-31'],
      ['Rà soát cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt', 'SO_YT', ['SO_TC'], '2027-12-31'],
    ]);
  });

  it('reads a "Đơn vị thực hiện" column beside a "Đơn vị phối hợp" one as the lead, "Sở Xây dựng" included', () => {
    const rows = [
      '| STT | Nhiệm vụ, giải pháp | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện |',
      '| 1 | Rà soát văn bản quy phạm pháp luật về trẻ em | Sở Tư pháp | Sở Y tế; Công an tỉnh | Năm 2026 |',
      '| 2 | Cải tạo điểm vui chơi cho trẻ em tại khu dân cư | Sở Xây dựng | Sở Tài chính | Quý III/2026 |',
    ];
    expect(tasksOf(rows)).toEqual([
      ['Rà soát văn bản quy phạm pháp luật về trẻ em', 'SO_TU_PHAP', ['SO_YT', 'CONG_AN_TINH'], '2026-12-31'],
      ['Cải tạo điểm vui chơi cho trẻ em tại khu dân cư', 'SO_XAY_DUNG', ['SO_TC'], '2026-09-30'],
    ]);
  });

  it('reads a table of proposals handed out to be dealt with: "Thông tin đề xuất" the task, "Bộ phụ trách tiếp nhận, xử lý" who does it, not "Tỉnh kiến nghị"', () => {
    const rows = [
      '| TT | Tỉnh kiến nghị | Thông tin đề xuất | Bộ phụ trách tiếp nhận, xử lý |',
      '| 1 | Lào Cai | Đề nghị hỗ trợ kinh phí cải tạo trụ sở làm việc cấp xã | Sở Tài chính |',
      '| 2 | Hà Tĩnh, Nghệ An | Đề nghị điều chỉnh số lượng phòng chuyên môn cấp xã | Sở Nội vụ |',
    ];
    expect(tasksOf(rows)).toEqual([
      ['Đề nghị hỗ trợ kinh phí cải tạo trụ sở làm việc cấp xã', 'SO_TC', [], null],
      ['Đề nghị điều chỉnh số lượng phòng chuyên môn cấp xã', 'SO_NV', [], null],
    ]);
  });

  it('gives a group row\'s agencies and time, merged down over its rows, to the numbered rows below that name none; a group row with no row below is the task', () => {
    const rows = [
      '| TT | Nhiệm vụ cụ thể | Chủ trì | Phối hợp | Thời gian hoàn thành |',
      '| I | Tuyên truyền, phổ biến | Sở Văn hóa, Thể thao và Du lịch | Sở Y tế | Năm 2026 |',
      '| 1 | Tuyên truyền trên báo, đài | | | |',
      '| 2 | Tuyên truyền tại cơ sở | | | |',
      '| II | Rà soát văn bản về trẻ em | Sở Tư pháp | | Quý III/2026 |',
      '| III | Kiểm tra | | | |',
      '| 1 | Kiểm tra liên ngành | Sở Tài chính | Công an tỉnh | Quý IV/2026 |',
    ];
    expect(tasksOf(rows)).toEqual([
      ['Tuyên truyền trên báo, đài', 'SO_VHTTDL', ['SO_YT'], '2026-12-31'],
      ['Tuyên truyền tại cơ sở', 'SO_VHTTDL', ['SO_YT'], '2026-12-31'],
      ['Rà soát văn bản về trẻ em', 'SO_TU_PHAP', [], '2026-09-30'],
      ['Kiểm tra liên ngành', 'SO_TC', ['CONG_AN_TINH'], '2026-12-31'],
    ]);
  });

  it('reads the first row as a task, not as a second header row, when its cell says "X chủ trì, phối hợp Y"', () => {
    const rows = [
      '| STT | Nhiệm vụ | Đơn vị thực hiện | Thời gian |',
      '| 1 | Tổ chức tập huấn kỹ năng bảo vệ trẻ em cho cán bộ | Sở Y tế chủ trì, phối hợp Công an tỉnh | Quý III/2026 |',
      '| 2 | Kiểm tra việc thực hiện chính sách | Sở Tài chính | Quý IV/2026 |',
    ];
    expect(tasksOf(rows)).toEqual([
      ['Tổ chức tập huấn kỹ năng bảo vệ trẻ em cho cán bộ', 'SO_YT', ['CONG_AN_TINH'], '2026-09-30'],
      ['Kiểm tra việc thực hiện chính sách', 'SO_TC', [], '2026-12-31'],
    ]);
  });

  it('reads the names a lead cell opens with when it says what they do, and the first of its numbered parts as the lead', () => {
    const rows = [
      '| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |',
      '| 1 | Tổng rà soát các văn bản về trẻ em | Sở Tư pháp chủ trì hướng dẫn, tổng hợp, báo cáo | Sở Y tế | Quý IV/2026 |',
      '| 2 | Lập kế hoạch kiểm tra liên ngành | Sở Tài chính đôn đốc, hướng dẫn | Công an tỉnh | Quý III/2026 |',
      '| 3 | Thể chế hoá các chính sách đặc thù | 1. Sở Y tế tổng kết, đánh giá (trong Quý II/2026). 2. Sở Tư pháp, các sở tham mưu, đề xuất | Sở Tài chính | Năm 2026 |',
      '| 4 | Rà soát quản lý nhà nước trong từng lĩnh vực | 1. Về y tế: Sở Y tế chủ trì. 2. Về tài chính: Sở Tài chính chủ trì. | Công an tỉnh | Năm 2026 |',
    ];
    expect(tasksOf(rows).map(([, lead, coordinators]) => [lead, coordinators])).toEqual([
      ['SO_TU_PHAP', ['SO_YT']],
      ['SO_TC', ['CONG_AN_TINH']],
      ['SO_YT', ['SO_TC']],
      [null, ['CONG_AN_TINH']],
    ]);
    // Parts by topic share the task: no lead; each part's actor is an assignee, with the coordinators.
    expect(importText([...opening, ...rows].join('\n')).draft.tasks[3]?.assignees).toEqual(['SO_YT', 'SO_TC', 'CONG_AN_TINH']);
  });

  it('does not take a header without a task column for a task table', () => {
    expect(readTaskTable([['TT', 'Chỉ tiêu', 'Đơn vị thực hiện'], ['1', 'Tỷ lệ trẻ em được tiêm chủng', 'Sở Y tế']])).toBeNull();
  });
});
