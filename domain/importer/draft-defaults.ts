// Chasing settings a draft starts with. Plan documents almost never give them, so they are the
// seed plan's defaults, each explained in a comment of the draft (see docs/plan-file.md).

/** The reporting cycle every draft task reports in, unless the document says otherwise. */
export const DRAFT_REPORT_CYCLE = 'PLAN_REPORT';

export const DEFAULT_REMINDERS = {
  // A week to act, then two calls near the deadline; 08:00 is the start of office hours.
  offsetsWorkingDays: [7, 3, 1],
  time: '08:00',
};

/** The seed plan's ladder: focal point, head of the agency, the monitor, then the leadership. */
export const DEFAULT_ESCALATION = [
  { level: 1, to: 'focal_point', afterWorkingDays: 1, repeatEveryWorkingDays: 2 },
  { level: 2, to: 'agency_head', afterWorkingDays: 3, repeatEveryWorkingDays: 3 },
  { level: 3, to: 'monitoring_agency', afterWorkingDays: 5, repeatEveryWorkingDays: 5 },
  { level: 4, to: 'leadership', afterWorkingDays: 10, repeatEveryWorkingDays: null },
];

export const DEFAULT_CALENDAR = {
  deadlineRule: { excludeFirstDay: true, rollForward: 'next-working-day', dayCount: 'calendar' },
  reminderTime: '08:00',
  extraHolidays: [],
  extraWorkingDays: [],
};

export const HEADER_COMMENT = (source: string, importDate: string, registrySource: string) =>
  [
    ` BẢN NHÁP do \`dondoc plan import\` tạo từ ${source} ngày ${importDate}.`,
    ` DRAFT made by \`dondoc plan import\` from ${source} on ${importDate}.`,
    ' Đối chiếu từng nhiệm vụ với văn bản gốc trước khi dùng. Mọi giá trị ghi "MẶC ĐỊNH / DEFAULT" là',
    ' giả định, không có trong văn bản: sửa lại rồi chạy `dondoc plan validate`.',
    ' Check every task against the signed document before use. Every value marked "MẶC ĐỊNH /',
    ' DEFAULT" is an assumption, not in the document: edit it, then run `dondoc plan validate`.',
    ` Danh bạ cơ quan lấy từ ${registrySource}; cơ quan ghi "CHƯA CÓ TRONG DANH BẠ" có mã tạm.`,
    ` Agencies come from the registry in ${registrySource}; those marked "CHƯA CÓ TRONG DANH BẠ /`,
    ' NOT IN THE REGISTRY" have placeholder codes: add them to the registry or fix the names.',
  ].join('\n');
