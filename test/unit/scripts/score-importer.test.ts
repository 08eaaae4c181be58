// The importer's scoring on a made-up document: matching by opening words, agency names against
// the draft's codes, deadlines read or defaulted, criteria taken for tasks, the goal.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDraftView } from '../../../scripts/importer-score/draft-view';
import { ZExpectedResults } from '../../../scripts/importer-score/expected-results';
import { matchText, pairTasks } from '../../../scripts/importer-score/match-tasks';
import { belowFloor } from '../../../scripts/importer-score/floor';
import { AgencyComparer, agencyKey, scoreDocument } from '../../../scripts/importer-score/score-document';
import { importText } from '../domain/importer/import-helpers';

const DRAFT = `
metadata:
  titleVi: Kế hoạch thử
agencies:
  - code: SO_YT
    nameVi: Sở Y tế
    aliases: [SYT]
  - code: SO_TC
    nameVi: Sở Tài chính
  - code: CONG_AN_TINH
    nameVi: Công an tỉnh
groups:
  - code: UBND_XA
    nameVi: Ủy ban nhân dân cấp xã
    aliases: ["Ủy ban nhân dân các xã, phường"]
    members: [SO_YT]
tasks:
  - ref: II.1.1
    groupTitle: Tuyên truyền
    text: "Nội dung thực hiện: Tổ chức tuyên truyền, phổ biến Luật Khám bệnh, chữa bệnh đến người dân"
    lead: SO_YT
    coordinators: [SO_TC, UBND_XA]
    assignees: [SO_YT]
    # "Quý IV/2025" → 2025-12-31.
    kind: one_off
    deadline: 2025-12-31
  - ref: II.1.2
    groupTitle: Tuyên truyền
    text: Rà soát, đánh giá việc thực hiện chính sách bảo hiểm y tế tại cơ sở
    lead: SO_TC
    coordinators: []
    assignees: [SO_TC]
    # MẶC ĐỊNH / DEFAULT: văn bản không ghi thời hạn.
    kind: continuous
  - ref: II.1.3
    groupTitle: Tuyên truyền
    text: Ủy ban nhân dân các xã, phường kiểm tra cơ sở y tế trên địa bàn
    lead: null
    coordinators: [CONG_AN_TINH]
    assignees: [UBND_XA]
    kind: continuous
  - ref: II.1.5
    groupTitle: Tuyên truyền
    text: Tổ chức hội nghị sơ kết hằng năm
    lead: SO_YT
    coordinators: []
    assignees: [SO_YT]
    # Văn bản ghi: "Hằng năm" (hằng năm (every year)). MẶC ĐỊNH / DEFAULT: văn bản không
    # ghi ngày; hạn ngày 15 tháng cuối kỳ (12-15).
    kind: periodic
    recurrence:
      dueDays: [12-15]
  - ref: II.1.4
    groupTitle: Chỉ tiêu
    text: 100% trạm y tế xã có bác sĩ làm việc
    lead: null
    coordinators: []
    assignees: [CHUA_XAC_DINH]
    kind: continuous
`;

const EXPECTED = ZExpectedResults.parse({
  document: 'thu_2025.txt',
  heldOut: false,
  tasks: [
    { text: 'Tổ chức tuyên truyền, phổ biến Luật Khám bệnh, chữa bệnh', lead: 'Sở Y tế', coordinators: ['Sở Tài chính', 'Uỷ ban nhân dân các xã, phường'], deadline: 'Quý IV/2025' },
    { text: 'Rà soát, đánh giá việc thực hiện chính sách bảo hiểm y tế', lead: 'Sở Tài chính', coordinators: [], deadline: 'Năm 2026' },
    { text: 'Ủy ban nhân dân các xã, phường kiểm tra cơ sở y tế', lead: 'Ủy ban nhân dân các xã, phường', coordinators: ['Công an tỉnh', 'Sở Y tế'], deadline: null },
    { text: 'Sở Y tế tổng hợp, báo cáo kết quả thực hiện', lead: 'Sở Y tế', coordinators: [], deadline: null },
  ],
  notATask: ['100% trạm y tế xã có bác sĩ'],
});

describe('matching a draft task to the opening words', () => {
  it('reads across Unicode forms, tone placement, case and line breaks', () => {
    expect(matchText('Tổ chức TUYÊN truyền,\nphổ biến', 'To\u0302\u0309 chức tuyên truyền, phổ biến Luật')).toEqual({ tier: 1, overlap: 1 });
    expect(matchText('Uỷ ban nhân dân', 'Giao Ủy ban nhân dân tỉnh')?.tier).toBe(2);
  });

  it('accepts 80 % of the words, not fewer', () => {
    // 10 words, one changed: 90 %.
    expect(matchText('một hai ba bốn năm sáu bảy tám chín mười', 'một hai ba bốn năm sáu bảy tám chín mươi')?.tier).toBe(3);
    // 10 words, three changed: 70 %.
    expect(matchText('một hai ba bốn năm sáu bảy tám chín mười', 'một hai ba bốn năm sáu bảy x y z')).toBeNull();
  });

  it('pairs one to one: a merged draft task counts once', () => {
    expect(pairTasks([['Rà soát văn bản'], ['Rà soát văn bản pháp luật']], ['Rà soát văn bản pháp luật về y tế'])).toEqual([null, 0]);
  });
});

describe('scoring a document', () => {
  const draft = readDraftView(DRAFT, []);
  const score = scoreDocument(EXPECTED, draft);

  it('reads every task of the draft, and a default as a deadline not read, unless it only fills in a day the phrase read does not give', () => {
    expect(draft.tasks.map((task) => task.deadlineRead)).toEqual([true, false, true, true, true]);
    expect(readDraftView(DRAFT, ['II.1.1']).tasks[0]?.deadlineRead).toBe(false);
  });

  it('counts found tasks, right leads and coordinators, deadlines and criteria taken for tasks', () => {
    expect(score).toMatchObject({ expected: 4, found: 3, leadsRight: 3, coordinatorsRight: 2, deadlinesExpected: 2, deadlinesRead: 1, notATaskFound: 1, draftTasks: 5, meetsGoal: false });
    expect(score.misses).toEqual([
      expect.stringContaining('deadline "Năm 2026" not read'),
      expect.stringContaining('coordinators [CONG_AN_TINH], expected [Công an tỉnh; Sở Y tế]'),
      expect.stringContaining('not found'),
    ]);
  });

  it('meets the goal when every figure does', () => {
    const perfect = ZExpectedResults.parse({ ...EXPECTED, tasks: EXPECTED.tasks.slice(0, 1) });
    expect(scoreDocument(perfect, draft).meetsGoal).toBe(true);
  });

  it('compares names as written with the codes, fairly but strictly', () => {
    expect(agencyKey('các sở, ban, ngành thành phố')).toBe(agencyKey('Các Sở, ban, ngành'));
    expect(agencyKey('Sở Y tế')).not.toBe(agencyKey('Sở'));
    // A head stands for the body, as the importer reads it; a title alone names no body.
    expect(agencyKey('Chủ tịch Ủy ban nhân dân các tỉnh')).toBe(agencyKey('Ủy ban nhân dân các tỉnh'));
    expect(agencyKey('Thủ trưởng các sở, ban, ngành')).toBe(agencyKey('Các sở, ban, ngành'));
    expect(agencyKey('Bộ trưởng Bộ Công Thương')).toBe(agencyKey('Bộ Công Thương'));
    expect(agencyKey('Thống đốc Ngân hàng Nhà nước Việt Nam')).toBe(agencyKey('Ngân hàng Nhà nước Việt Nam'));
    expect(agencyKey('Bộ trưởng')).not.toBe(agencyKey(''));
    expect(agencyKey('Các Sở, ban, ngành cấp tỉnh')).toBe(agencyKey('Các sở, ban, ngành'));
    expect(agencyKey('Các sở, ngành của Thành phố')).toBe(agencyKey('các sở, ngành'));
    expect(agencyKey('Chủ tịch')).not.toBe(agencyKey(''));
  });

  it('takes a place after a name as its place ("Sở Y tế Hà Nội"), but not a second name or a list', () => {
    const comparer = new AgencyComparer(readDraftView(DRAFT, []).agencies);
    expect(comparer.same('Sở Y tế Hà Nội', 'SO_YT')).toBe(true);
    expect(comparer.same('Sở Y tế Hà Nội', 'SO_TC')).toBe(false);
    expect(comparer.same('Sở Y tế, Sở Tài chính', 'SO_YT')).toBe(false);
    expect(comparer.same('Sở Y tế Bệnh viện Đa khoa', 'SO_YT')).toBe(false);
  });
});

describe('scoring the real importer on a made-up plan', () => {
  const imported = importText(
    [
      'ỦY BAN NHÂN DÂN TỈNH KON TUM',
      'Số: 12/KH-UBND',
      'KẾ HOẠCH',
      'Phòng chống đuối nước trẻ em năm 2025',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Nâng cao nhận thức của người dân về phòng chống đuối nước.',
      'II. NHIỆM VỤ',
      '1. Tuyên truyền phòng chống đuối nước cho học sinh',
      '- Cơ quan chủ trì: Sở Y tế.',
      '- Cơ quan phối hợp: Sở Giáo dục và Đào tạo.',
      '- Thời gian thực hiện: Quý IV/2025.',
      '2. Kiểm tra an toàn các bể bơi',
      '- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.',
      '- Cơ quan phối hợp: Công an tỉnh.',
    ].join('\n'),
  );
  const draft = readDraftView(imported.yaml, imported.summary.unreadableDeadlines.map((deadline) => deadline.ref));
  const expected = ZExpectedResults.parse({
    document: 'kon_tum_12_2025.txt',
    heldOut: true,
    tasks: [
      { text: 'Tuyên truyền phòng chống đuối nước cho học sinh', lead: 'Sở Y tế', coordinators: ['Sở Giáo dục và Đào tạo'], deadline: 'Quý IV/2025' },
      { text: 'Kiểm tra an toàn các bể bơi', lead: 'Sở Văn hóa, Thể thao và Du lịch', coordinators: ['Công an tỉnh'], deadline: null },
    ],
    notATask: ['Nâng cao nhận thức của người dân về phòng chống đuối nước'],
  });

  it('meets the goal where the importer reads the document right', () => {
    expect(scoreDocument(expected, draft)).toMatchObject({ expected: 2, found: 2, leadsRight: 2, coordinatorsRight: 2, deadlinesExpected: 1, deadlinesRead: 1, notATaskFound: 0, meetsGoal: true });
  });

  it('falls below it on a wrong lead or a deadline the draft only defaults', () => {
    const stricter = ZExpectedResults.parse({ ...expected, tasks: [expected.tasks[0], { ...expected.tasks[1], lead: 'Sở Y tế', deadline: 'Năm 2026' }] });
    expect(scoreDocument(stricter, draft)).toMatchObject({ found: 2, leadsRight: 1, deadlinesExpected: 2, deadlinesRead: 1, meetsGoal: false });
  });
});

describe('the recorded floor, the gate CI runs', () => {
  const score = scoreDocument(EXPECTED, readDraftView(DRAFT, []));

  it('passes a document at or above its figures, and one with none recorded', () => {
    expect(belowFloor([score], { 'thu_2025.txt': { found: 3, leadsRight: 3, coordinatorsRight: 2, deadlinesRead: 1 } })).toEqual([]);
    expect(belowFloor([score], {})).toEqual([]);
  });

  it('names each figure that fell', () => {
    expect(belowFloor([score], { 'thu_2025.txt': { found: 4, leadsRight: 3, coordinatorsRight: 3, deadlinesRead: 1 } })).toEqual([
      'thu_2025.txt: found 3, recorded 4',
      'thu_2025.txt: coordinatorsRight 2, recorded 3',
    ]);
  });
});

describe('the script on a corpus and expected results of its own (--corpus, --expected)', () => {
  it('scores the documents in the folder it is given, not the repo\'s fixtures', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const corpus = mkdtempSync(join(tmpdir(), 'dondoc-corpus-'));
    const expected = mkdtempSync(join(tmpdir(), 'dondoc-expected-'));
    writeFileSync(
      join(corpus, 'kon_tum_12_2025.txt'),
      ['ỦY BAN NHÂN DÂN TỈNH KON TUM', 'Số: 12/KH-UBND', '', 'KẾ HOẠCH', 'Phòng chống đuối nước trẻ em năm 2025', 'I. NHIỆM VỤ', '1. Tuyên truyền phòng chống đuối nước cho học sinh', '- Cơ quan chủ trì: Sở Y tế.', '- Thời gian thực hiện: Quý IV/2025.', '2. Kiểm tra an toàn các bể bơi', '- Cơ quan chủ trì: Công an tỉnh.', ''].join('\n'),
    );
    writeFileSync(
      join(expected, 'kon_tum_12_2025.yaml'),
      ['document: "kon_tum_12_2025.txt"', 'heldOut: false', 'tasks:', '  - text: "Tuyên truyền phòng chống đuối nước cho học sinh"', '    lead: "Sở Y tế"', '    coordinators: []', '    deadline: "Quý IV/2025"', '  - text: "Kiểm tra an toàn các bể bơi"', '    lead: "Sở Y tế"', '    coordinators: []', '    deadline: null', ''].join('\n'),
    );
    let output = '';
    try {
      execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/score-importer.ts', '--corpus', corpus, '--expected', expected, '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // The second task's lead is not the one expected: below the goal, exit 1.
      expect((error as { status: number }).status).toBe(1);
      output = (error as { stdout: string }).stdout;
    }
    const { documents } = JSON.parse(output) as { documents: { document: string; expected: number; found: number; leadsRight: number; deadlinesRead: number }[] };
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ document: 'kon_tum_12_2025.txt', expected: 2, found: 2, leadsRight: 1, deadlinesRead: 1 });
  }, 60_000);
});
