// Reads the deadline phrases of Vietnamese plans ("trước ngày 28/2/2023", "Quý II/2025",
// "hằng năm", "định kỳ 6 tháng", "thường xuyên", "2025 và những năm tiếp theo" …) into a task
// kind with a date or a recurrence. A period ("Quý II/2025", "Năm 2026") is due on its last day,
// because the plan allows the whole period. A recurrence without a day ("hằng năm") gets a
// default day, flagged `assumed`, so the draft can mark it for review.

export type TRecurrenceFrequency = 'annual' | 'semi_annual' | 'quarterly' | 'monthly';

export type TDeadlineReading =
  | { kind: 'one_off'; deadline: string; note: string }
  | { kind: 'periodic'; frequency: TRecurrenceFrequency; dueDays: string[]; assumed: boolean; note: string }
  | { kind: 'continuous'; fromYear: number | null; toYear: number | null; note: string; hangsOnEvent?: true };

/**
 * The 15th is the default due day of a recurring report: Vietnamese statistical reporting closes
 * its periods on the 14th (the annual period runs 15/12 to 14/12), so reports fall due as the
 * period closes.
 */
export const DEFAULT_DUE_DAY = 15;
const QUARTER_END_MONTHS = [3, 6, 9, 12];
const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const pad = (value: number) => String(value).padStart(2, '0');
const monthDay = (month: number, day: number) => `${pad(month)}-${pad(day)}`;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Lower case, one spelling of "hằng"/"hàng" and "quý"/"quí", single spaces. */
function normalisePhrase(phrase: string): string {
  return phrase
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\bhàng\b/gu, 'hằng')
    .replace(/quí/gu, 'quý')
    .replace(/\s+/g, ' ')
    .trim();
}

type TRule = (text: string) => TDeadlineReading | null;

const periodicRules: TRule[] = [
  (text) => {
    // "trước ngày 30 tháng 01 của năm tiếp theo", "trước 15/01 năm sau": every year, for the year before.
    const match = /(?:ngày (\d{1,2}) tháng (\d{1,2})|(\d{1,2})\/(\d{1,2}))(?!\/\d) (?:của )?năm (?:tiếp theo|sau)/u.exec(text);
    if (!match) return null;
    const [day, month] = [Number(match[1] ?? match[3]), Number(match[2] ?? match[4])];
    if (isoDate(2024, month, day) === null) return null;
    return { kind: 'periodic', frequency: 'annual', dueDays: [monthDay(month, day)], assumed: false, note: `ngày ${day}/${month} năm sau (every year on ${day}/${month}, for the year before)` };
  },
  (text) => {
    const match = /ngày (\d{1,2}) (?:của )?tháng cuối (?:của )?(?:mỗi |hằng )?quý/u.exec(text);
    if (!match) return null;
    const day = Number(match[1]);
    return day > 30 ? null : { kind: 'periodic', frequency: 'quarterly', dueDays: QUARTER_END_MONTHS.map((month) => monthDay(month, day)), assumed: false, note: `ngày ${day} tháng cuối mỗi quý (day ${day} of each quarter's last month)` };
  },
  (text) => {
    // "trước ngày 25 hằng tháng", "Hằng tháng (trước ngày 20)".
    const match = /ngày (\d{1,2}) (?:của )?(?:hằng|mỗi) tháng/u.exec(text) ?? /(?:hằng|mỗi|định kỳ) tháng[\s,(:]+(?:trước |chậm nhất |vào )*ngày (\d{1,2})(?![/.\d])/u.exec(text);
    if (!match) return null;
    const day = Number(match[1]);
    return day > 28 ? null : { kind: 'periodic', frequency: 'monthly', dueDays: range(12).map((month) => monthDay(month, day)), assumed: false, note: `ngày ${day} hằng tháng (day ${day} of every month)` };
  },
  (text) => {
    if (!/(?:hằng|mỗi) năm/u.test(text)) return null;
    // "trước ngày 15/6 và 15/12 hằng năm": twice a year, on the days given.
    const days = daysOfTheYear(text);
    if (days.length >= 2) {
      const named = days.map(([day, month]) => `${day}/${month}`).join(', ');
      return { kind: 'periodic', frequency: days.length === 2 ? 'semi_annual' : days.length === 4 ? 'quarterly' : 'annual', dueDays: days.map(([day, month]) => monthDay(month, day)), assumed: false, note: `ngày ${named} hằng năm (every year on ${named})` };
    }
    // "Trước ngày 30/6/2026 và hằng năm": the first date's day, every year after.
    const dayMonth = /(\d{1,2})[/.-](\d{1,2})(?![/.-]?\d)/u.exec(text) ?? /ngày (\d{1,2}) tháng (\d{1,2})(?! năm \d)/u.exec(text) ?? /(\d{1,2})[/.-](\d{1,2})[/.-]\d{4},? (?:và|rồi) (?:duy trì )?(?:hằng|mỗi) năm/u.exec(text);
    if (dayMonth) {
      const [day, month] = [Number(dayMonth[1]), Number(dayMonth[2])];
      // 2024 is a leap year, so 29/2 is accepted as a day of the year.
      if (isoDate(2024, month, day) === null) return null;
      return { kind: 'periodic', frequency: 'annual', dueDays: [monthDay(month, day)], assumed: false, note: `ngày ${day}/${month} hằng năm (every year on ${day}/${month})` };
    }
    const quarter = /quý (iv|iii|ii|i|[1-4])\b/u.exec(text);
    if (quarter) {
      const month = (ROMAN_QUARTERS[quarter[1] as string] as number) * 3;
      return { kind: 'periodic', frequency: 'annual', dueDays: [monthDay(month, daysInMonth(2025, month))], assumed: false, note: `quý ${(quarter[1] as string).toUpperCase()} hằng năm: hết quý (end of that quarter, every year)` };
    }
    const month = /tháng (\d{1,2})\b/u.exec(text);
    if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
      const value = Number(month[1]);
      return { kind: 'periodic', frequency: 'annual', dueDays: [monthDay(value, daysInMonth(2025, value))], assumed: false, note: `tháng ${value} hằng năm: hết tháng (end of that month, every year)` };
    }
    return null;
  },
  (text) => (/(?:0?6|sáu) tháng(?: đầu năm)?,? và (?:cả |01 |1 )?năm/u.test(text) ? semiAnnual(text, '6 tháng và cả năm (every six months)') : null),
  (text) => (/(?<!\d)(?:0?6|sáu) tháng(?! (?:đầu|cuối) năm)|nửa năm/u.test(text) && !/(?:0?6|sáu) tháng (?:đầu|cuối) năm \d{4}/u.test(text) ? semiAnnual(text, 'định kỳ 6 tháng (every six months)') : null),
  (text) => (/(?:hằng|mỗi|định kỳ) quý/u.test(text) ? periodicDefault('quarterly', QUARTER_END_MONTHS, 'hằng quý (every quarter)') : null),
  (text) => (/(?:hằng|mỗi|định kỳ) tháng/u.test(text) ? periodicDefault('monthly', range(12), 'hằng tháng (every month)') : null),
  (text) => (/(?:hằng|mỗi) năm|định kỳ năm/u.test(text) ? periodicDefault('annual', [12], 'hằng năm (every year)') : null),
];

const continuingRules: TRule[] = [
  (text) => {
    // "Từ tháng 11/2025 đến tháng 12/2025", "từ nay đến hết quý II/2026": due when the span ends.
    const years = /từ (?:năm )?(\d{4}) đến (?:hết )?(?:năm )?(\d{4})/u.exec(text);
    if (years !== null && Number(years[1]) < Number(years[2])) return { kind: 'continuous', fromYear: Number(years[1]), toYear: Number(years[2]), note: `giai đoạn ${years[1]}-${years[2]} (ongoing ${years[1]}–${years[2]})` };
    const match = /(?:^|\s)từ\s.+?\sđến\s+(?:hết\s+|ngày\s+)?(.+)$/u.exec(text);
    const end = match === null ? null : readDeadlinePhrase(match[1] as string);
    return end?.kind === 'one_off' ? end : null;
  },
  (text) => {
    const match = /từ (?:tháng \d{1,2}|quý (?:iv|iii|ii|i|[1-4]))(?: ?\/ ?| ?- ?| năm )(\d{4})/u.exec(text);
    return match ? { kind: 'continuous', fromYear: Number(match[1]), toYear: null, note: `từ năm ${match[1]} trở đi (ongoing from ${match[1]})` } : null;
  },
  (text) => {
    // "Giai đoạn 2026-2030 và các năm tiếp theo", "Năm 2026 và duy trì các năm tiếp theo": from the first year.
    const match = /(\d{4})(?: ?- ?\d{4})?,? và (?:duy trì |tiếp tục )?(?:trong )?(?:những|các) năm (?:tiếp theo|sau)/u.exec(text) ?? /từ (?:năm )?(\d{4})(?! ?- ?\d)/u.exec(text);
    return match ? { kind: 'continuous', fromYear: Number(match[1]), toYear: null, note: `từ năm ${match[1]} trở đi (ongoing from ${match[1]})` } : null;
  },
  (text) => {
    const match = /(?:giai đoạn |năm )?(\d{4}) ?- ?(\d{4})/u.exec(text);
    return match && Number(match[1]) < Number(match[2]) ? { kind: 'continuous', fromYear: Number(match[1]), toYear: Number(match[2]), note: `giai đoạn ${match[1]}-${match[2]} (ongoing ${match[1]}–${match[2]})` } : null;
  },
];

const oneOffRules: TRule[] = [
  (text) => {
    // "Trước Tết Nguyên đán Bính Ngọ năm 2026", "trước Tết Nguyên đán năm 2027": the day before the
    // lunar new year the words name (by its year or its stem and branch).
    const match = /trước tết(?: nguyên đán)?((?: [\p{L}]+){2})?(?:,? (?:năm )?(\d{4}))?/u.exec(text);
    const year = match === null ? undefined : (match[2] !== undefined ? Number(match[2]) : lunarYearNamed(match[1]?.trim()));
    const eve = year === undefined ? undefined : LUNAR_NEW_YEAR_EVE[year];
    return eve === undefined ? null : { kind: 'one_off', deadline: eve, note: `trước Tết Nguyên đán ${year}: ngày ${eve.slice(8)}/${eve.slice(5, 7)}/${year} (the day before the lunar new year)` };
  },
  (text) => {
    // "Tháng 11/2025 - 12/2025": due at the end of the second month.
    const match = /tháng (\d{1,2}) ?\/ ?(\d{4}) ?(?:-|đến|và|,) ?(?:tháng )?(\d{1,2}) ?\/ ?(\d{4})/u.exec(text);
    if (!match) return null;
    const [month, year] = [Number(match[3]), Number(match[4])];
    const deadline = month >= 1 && month <= 12 ? isoDate(year, month, daysInMonth(year, month)) : null;
    return deadline === null ? null : { kind: 'one_off', deadline, note: `tháng ${match[1]}/${match[2]}-${month}/${year}: hết tháng ${month}/${year} (end of the span's last month)` };
  },
  (text) => {
    // "Tháng 11 - 12/2025": due at the end of the range's last month.
    const match = /tháng (\d{1,2}) ?(?:-|đến|,|và) ?(?:tháng )?(\d{1,2})(?: ?\/ ?| năm )(\d{4})/u.exec(text);
    if (!match) return null;
    const [month, year] = [Number(match[2]), Number(match[3])];
    const deadline = month >= 1 && month <= 12 ? isoDate(year, month, daysInMonth(year, month)) : null;
    return deadline === null ? null : { kind: 'one_off', deadline, note: `tháng ${match[1]}-${month}/${year}: hết tháng ${month} (end of the range's last month)` };
  },
  (text) => {
    const match = /(?:(?:0?6|sáu) tháng|nửa) (đầu|cuối) năm (\d{4})/u.exec(text);
    if (!match) return null;
    const year = Number(match[2]);
    const deadline = match[1] === 'đầu' ? `${year}-06-30` : `${year}-12-31`;
    return { kind: 'one_off', deadline, note: `${match[0]}: hết kỳ (end of the half-year)` };
  },
  (text) => {
    // "ngày 15 tháng 6 năm 2025", and "trước 15 tháng 12 năm 2026" without the word "ngày".
    // "Từ 15/11/2025 - 15/12/2025": a span is due on its last day.
    const dates = [...text.matchAll(/(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/gu)];
    const span = dates.length === 2 && /^(?:từ|cao điểm|trong)\s|\d{4}\s*(?:-|–|đến)\s*(?:ngày\s+)?\d/u.test(text);
    const match = (span ? dates[1] : dates[0]) ?? /(?:^|ngày |trước |đến |hạn )(\d{1,2}) tháng (\d{1,2}),? năm (\d{4})/u.exec(text);
    if (!match) return null;
    const deadline = isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
    return deadline === null ? null : { kind: 'one_off', deadline, note: `ngày ${match[1]}/${match[2]}/${match[3]}` };
  },
  (text) => {
    // "06/2026", "T12/2026" in a table's time column: the end of that month. "số 12/2025",
    // "Thông tư 12/2025" number a document.
    const match = /(?:^|[\s(])t?(\d{1,2}) ?\/ ?(\d{4})(?![/\d-])/u.exec(text);
    // "Quý 2/2026" is a quarter, read by the rules for quarters.
    if (!match || /(?:số|thông tư|nghị định|nghị quyết|quyết định|kế hoạch|công văn|chỉ thị|văn bản|luật|quý):?\s*$/u.test(text.slice(0, match.index + 1))) return null;
    const [month, year] = [Number(match[1]), Number(match[2])];
    const deadline = month >= 1 && month <= 12 ? isoDate(year, month, daysInMonth(year, month)) : null;
    return deadline === null ? null : { kind: 'one_off', deadline, note: `tháng ${month}/${year}: hết tháng (end of the month)` };
  },
  (text) => {
    // "Quý III, IV/2026", "Quý III và IV năm 2026": by the end of the last quarter named.
    const match = /quý ((?:iv|iii|ii|i|[1-4])(?:\s*(?:,|và|-)\s*(?:quý )?(?:iv|iii|ii|i|[1-4]))+)(?: ?\/ ?| năm | )(\d{4})/u.exec(text);
    if (!match) return null;
    const last = (match[1] as string).split(/\s*(?:,|và|-)\s*(?:quý )?/u).pop() as string;
    const [year, month] = [Number(match[2]), (ROMAN_QUARTERS[last] as number) * 3];
    return { kind: 'one_off', deadline: isoDate(year, month, daysInMonth(year, month)) as string, note: `quý ${(match[1] as string).replace(/\b(?:iv|iii|ii|i)\b/gu, (numeral) => numeral.toUpperCase())}/${year}: hết quý ${last.toUpperCase()} (end of the last quarter named)` };
  },
  (text) => {
    const match = /quý (iv|iii|ii|i|[1-4])(?: ?\/ ?| ?- ?|,? năm | )(\d{4})/u.exec(text);
    if (!match) return null;
    const year = Number(match[2]);
    const month = (ROMAN_QUARTERS[match[1] as string] as number) * 3;
    return { kind: 'one_off', deadline: isoDate(year, month, daysInMonth(year, month)) as string, note: `quý ${(match[1] as string).toUpperCase()}/${year}: hết quý (end of the quarter)` };
  },
  (text) => {
    const match = /tháng (\d{1,2})(?: ?\/ ?| ?- ?|,? năm )(\d{4})/u.exec(text);
    if (!match) return null;
    const [month, year] = [Number(match[1]), Number(match[2])];
    const deadline = month >= 1 && month <= 12 ? isoDate(year, month, daysInMonth(year, month)) : null;
    return deadline === null ? null : { kind: 'one_off', deadline, note: `tháng ${month}/${year}: hết tháng (end of the month)` };
  },
  (text) => {
    // "Đầu năm 2027": by the end of its first quarter; "giữa năm 2026": by the end of June.
    const match = /(đầu|giữa) năm (\d{4})/u.exec(text);
    if (!match) return null;
    const month = match[1] === 'đầu' ? 3 : 6;
    return { kind: 'one_off', deadline: isoDate(Number(match[2]), month, daysInMonth(Number(match[2]), month)) as string, note: `${match[1]} năm ${match[2]}: hết ${month === 3 ? 'quý I' : 'tháng 6'} (by the end of ${month === 3 ? 'the first quarter' : 'June'})` };
  },
  (text) => {
    // "Trước năm 2030": by the end of the year before.
    const match = /trước năm (\d{4})/u.exec(text);
    return match ? { kind: 'one_off', deadline: `${Number(match[1]) - 1}-12-31`, note: `trước năm ${match[1]}: hết năm ${Number(match[1]) - 1} (by the end of the year before)` } : null;
  },
  (text) => {
    const match = /năm (\d{4})/u.exec(text) ?? /^(\d{4})\.?$/u.exec(text);
    return match ? { kind: 'one_off', deadline: `${match[1]}-12-31`, note: `năm ${match[1]}: hết năm (end of the year)` } : null;
  },
];

const continuousRule: TRule = (text) => {
  if (/thường xuyên|liên tục|hằng ngày|kịp thời|hằng tuần/u.test(text)) return { kind: 'continuous', fromYear: null, toYear: null, note: 'thường xuyên (ongoing)' };
  // "Theo yêu cầu của cấp có thẩm quyền": no date of its own; the task stays open until asked for.
  // So is "Đột xuất" and "Khi cần thiết".
  if (/^(?:(?:theo|khi có) (?:yêu cầu|chỉ đạo)|(?:theo )?(?:định kỳ (?:hoặc|và) )?đột xuất|khi cần(?: thiết)?(?=$|[,;.)]))/u.test(text)) return { kind: 'continuous', fromYear: null, toYear: null, note: `${text} (when asked for: no fixed date)` };
  // "Theo tiến độ xây dựng dự thảo …", "Sau khi Nghị định … được ban hành", "Triển khai đảm bảo
  // theo lộ trình …": the date hangs on another schedule or event the plan does not date.
  // So do "Ngay sau khi …", "Khi có phát sinh", "Trong 30 ngày kể từ …", "Trong thời gian diễn ra
  // Tháng hành động", "Trước, trong và sau Đại hội" and "Từ ngày ban hành Kế hoạch đến khi tổ chức
  // thành công Đại hội …".
  // "Trước Tết Nguyên đán", "Dịp Tết Nguyên đán Bính Ngọ": a lunar date a reviewer sets.
  if (/^(?:(?:triển khai|thực hiện)(?: đảm bảo| bảo đảm)?\s+)?(?:(?:trước|trong|sau|dịp)(?:,?\s+(?:trong|và|sau))*\s+(?:dịp\s+)?tết(?!\p{L})|theo (?:tiến độ|lộ trình|kế hoạch|hướng dẫn|quy định)|(?:ngay )?(?:sau )?khi|kể từ|(?:trong (?:vòng )?|chậm nhất )?\d{1,3} ngày(?= (?:làm việc )?(?:kể từ|sau|trước))|trong (?:vòng )?\d{1,3} ngày|trong thời gian (?:diễn ra|tổ chức)|trước và trong|trước,? trong và sau(?= \p{L})|từ (?:nay|ngày\s.{0,60}?)\sđến (?:khi|lúc))(?=[\s,]|$)/u.test(text)) {
    return { kind: 'continuous', fromYear: null, toYear: null, note: `${text} (hangs on another schedule or event: no fixed date)`, hangsOnEvent: true };
  }
  return null;
};


/** The day before each lunar new year (Tết Nguyên đán), by the Gregorian year it falls in. */
const LUNAR_NEW_YEAR_EVE: Record<number, string> = {
  2020: '2020-01-24', 2021: '2021-02-11', 2022: '2022-01-31', 2023: '2023-01-21', 2024: '2024-02-09', 2025: '2025-01-28',
  2026: '2026-02-16', 2027: '2027-02-05', 2028: '2028-01-25', 2029: '2029-02-12', 2030: '2030-02-02', 2031: '2031-01-22',
  2032: '2032-02-10', 2033: '2033-01-30', 2034: '2034-02-18', 2035: '2035-02-07',
};
const STEMS = ['canh', 'tân', 'nhâm', 'quý', 'giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ'];
const BRANCHES = ['thân', 'dậu', 'tuất', 'hợi', 'tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi'];

/** "bính ngọ" → 2026: the year of the table the stem and branch name. */
function lunarYearNamed(words: string | undefined): number | undefined {
  const [stem, branch] = (words ?? '').replace(/tị/u, 'tỵ').split(' ');
  return Object.keys(LUNAR_NEW_YEAR_EVE).map(Number).find((year) => STEMS[year % 10] === stem && BRANCHES[year % 12] === branch);
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

/** The days of the year a phrase names without a year: "15/6 và 15/12" → [[15, 6], [15, 12]]. */
function daysOfTheYear(text: string): [number, number][] {
  const days = [...text.matchAll(/(?<![/.\d-])(\d{1,2})[/.-](\d{1,2})(?![/.-]?\d)/gu)].map((match): [number, number] => [Number(match[1]), Number(match[2])]);
  return days.every(([day, month]) => isoDate(2024, month, day) !== null) ? days : [];
}

/** Every six months: on the two days the phrase gives ("6 tháng (trước 15/6), năm (trước 15/12)"), else on the default day. */
function semiAnnual(text: string, note: string): TDeadlineReading {
  const days = daysOfTheYear(text);
  if (days.length !== 2) return periodicDefault('semi_annual', [6, 12], note);
  const named = days.map(([day, month]) => `${day}/${month}`).join(', ');
  return { kind: 'periodic', frequency: 'semi_annual', dueDays: days.map(([day, month]) => monthDay(month, day)), assumed: false, note: `${note}: ngày ${named}` };
}

function periodicDefault(frequency: TRecurrenceFrequency, months: number[], note: string): TDeadlineReading {
  return { kind: 'periodic', frequency, dueDays: months.map((month) => monthDay(month, DEFAULT_DUE_DAY)), assumed: true, note };
}

/**
 * Reads a deadline phrase; null when it cannot. Rules go from the most specific to the least: a
 * recurrence with its day beats one without, a recurrence beats a single date (a date in
 * "15/12 hằng năm" belongs to the recurrence), and "thường xuyên" is read only when nothing
 * else is there ("Thường xuyên; báo cáo trước 15/12 hằng năm" is periodic).
 */
export function readDeadlinePhrase(phrase: string): TDeadlineReading | null {
  const text = normalisePhrase(phrase);
  if (text === '') return null;
  for (const rule of [...periodicRules, ...continuingRules, ...oneOffRules, continuousRule]) {
    const reading = rule(text);
    if (reading !== null) return reading;
  }
  return null;
}

/**
 * A date the document gives without its year ("Trước 31/12", "Tháng 10", "Quý IV", "ngày 15
 * tháng 12"), read in the given year: an annual plan's dates fall in the year it is for. Null when
 * the phrase names a year or still cannot be read.
 */
export function readYearlessPhrase(phrase: string, year: number): TDeadlineReading | null {
  const text = normalisePhrase(phrase);
  if (/\d{4}/u.test(text)) return null;
  const dated = [
    text.replace(/(\d{1,2}\/\d{1,2})(?![/\d])/gu, `$1/${year}`),
    text.replace(/^(?:trong|cả) năm$/u, `năm ${year}`),
    text.replace(/(ngày \d{1,2} tháng \d{1,2})(?! năm)/u, `$1 năm ${year}`),
    text.replace(/(tháng \d{1,2}(?:\s*(?:-|,|và)\s*(?:tháng )?\d{1,2})*)(?![/\d])/u, `$1/${year}`),
    text.replace(/(quý (?:iv|iii|ii|i|[1-4])(?:\s*(?:,|và|-)\s*(?:quý )?(?:iv|iii|ii|i|[1-4]))*)(?![\w/])/u, `$1/${year}`),
    // "Trước Tết Nguyên đán": the eve of the lunar new year that falls in the year given.
    text.replace(/(trước tết(?: nguyên đán)?)/u, `$1 năm ${year}`),
  ].find((candidate) => candidate !== text);
  const reading = dated === undefined ? null : readDeadlinePhrase(dated);
  return reading?.kind === 'one_off' ? reading : null;
}

/** Words that introduce a deadline in a task's wording, and what follows them up to the clause's end. */
const DEADLINE_IN_TEXT = /(?:hoàn thành|xong|chậm nhất|trước ngày|trước năm|thời gian(?: thực hiện| hoàn thành)?:|thời gian (?:dự kiến|tổ chức|thực hiện|hoàn thành)(?= (?:vào |trong |từ )?(?:ngày|tháng|quý|năm|\d))|thời hạn:?|tiến độ(?: thực hiện| hoàn thành)?:|(?:trong|vào|trước) (?=(?:quý|tháng) (?:[ivx]+|\d{1,2})(?:\s*(?:-|,|và|đến)\s*(?:quý |tháng )?(?:[ivx]+|\d{1,2}))*(?:\s*\/\s*|,? năm )\d{4}|năm \d{4})|trước (?=\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2} tháng \d{1,2},? năm \d{4}|tết)|vào (?=ngày \d{1,2}(?:\/\d{1,2}\/| tháng \d{1,2},? năm )\d{4})|(?:trong |vào )?(?:cuối|đầu|giữa) (?=năm \d{4})|(?:phiên họp|hội nghị)(?: chính phủ)? thường kỳ (?=tháng \d{1,2}(?:\s*\/\s*|,? năm )\d{4})|từ (?=ngày \d{1,2}\/\d{1,2}\/\d{4} đến (?:hết )?ngày \d{1,2}\/\d{1,2}\/\d{4})|(?:vào |dịp |ngày )*(?=\d{1,2}\/\d{1,2} hằng năm))[^.;()]{0,60}/gu;

/** "Thời gian thực hiện:", "Tiến độ:": the label before a task's time, not part of the phrase. */
const LABEL = /^(?:thời gian(?: thực hiện| hoàn thành)?|thời hạn|tiến độ(?: thực hiện| hoàn thành)?):?\s*/u;

/** "(Quý II/2026)", "(năm 2026)", "(trước ngày 30/6/2026)": a bracket that holds nothing but a date. */
const DATE_IN_BRACKETS = /\(\s*([^()]{4,40}?)\s*\)/gu;

/**
 * Finds a deadline inside a task's own wording, e.g. "…, hoàn thành trước ngày 30/6/2025": only
 * after words that introduce a deadline, so dates of cited documents are not taken for one.
 */
export function findDeadlineInText(text: string): { phrase: string; reading: TDeadlineReading } | null {
  const normalised = normalisePhrase(text);
  // Matches may overlap: "hoàn thành việc sửa chữa nhà ở bị hư hỏng trước ngày 31 tháng 12 năm
  // 2025" is too long to read from "hoàn thành", and is read from "trước ngày".
  const pattern = new RegExp(DEADLINE_IN_TEXT.source, 'gu');
  for (let match = pattern.exec(normalised); match !== null; pattern.lastIndex = match.index + 1, match = pattern.exec(normalised)) {
    // "Hằng năm, trước ngày 25 tháng 12, …": the recurrence written just before the date is its own.
    const recurring = /hằng năm,?\s*$/u.exec(normalised.slice(Math.max(0, match.index - 12), match.index));
    const whole = `${recurring?.[0] ?? ''}${match[0]}`.trim();
    // "trong năm 2026, nhân rộng từ năm 2027": the date ends at the comma when the whole reads as a span.
    // "Thời gian thực hiện: giai đoạn 2026-2030": a labelled time is the task's, even a span.
    const labelled = LABEL.test(match[0]);
    for (const phrase of [whole, whole.split(',')[0] as string]) {
      const reading = readDeadlinePhrase(phrase.replace(LABEL, ''));
      // Each place the words introduce a deadline is tried: "Hoàn thành việc rà soát …, trước năm 2030".
      if (reading !== null && (reading.kind !== 'continuous' || labelled)) return { phrase, reading };
    }
  }
  for (const match of normalised.matchAll(DATE_IN_BRACKETS)) {
    const phrase = match[1] as string;
    const reading = /^(?:số|thông tư|nghị định|nghị quyết|quyết định|kế hoạch|công văn|chỉ thị|văn bản|luật)\s/u.test(phrase) ? null : readDeadlinePhrase(phrase);
    if (reading !== null && reading.kind !== 'continuous' && wholeDate(phrase)) return { phrase, reading };
  }
  // "(thuộc Dự án 3 …; khi Bộ Quốc phòng có văn bản triển khai)": no date, but the event it waits for.
  const event = EVENT_IN_TEXT.exec(normalised);
  const phrase = event === null ? null : ((event[1] ?? event[2] ?? event[3] ?? event[4]) as string);
  const reading = phrase === null ? null : readDeadlinePhrase(phrase);
  return phrase !== null && reading !== null ? { phrase, reading } : null;
}

/**
 * "… hoàn thành trước ngày 15/12.", "báo cáo Thủ tướng Chính phủ trong tháng 12.": a date in the
 * task's words without its year (the year is the plan's), after words that introduce a deadline.
 */
const YEARLESS_IN_TEXT = /(?:hoàn thành|xong|chậm nhất|trước|trong|vào)\s+(?:ngày\s+)?(?:\d{1,2}\/\d{1,2}(?![/\d])|\d{1,2} tháng \d{1,2}(?![\d/])|tháng \d{1,2}(?![\d/])|quý (?:iv|iii|ii|i)(?![\p{L}/]))(?!,? (?:năm|hằng|mỗi)(?!\p{L}))|trước tết(?: nguyên đán)?(?![^.;,()]{0,25}\d{4})(?! hằng| mỗi)/u;

/** The phrase of a yearless date in a task's words, for the caller to date in the plan's year; null when none. */
export function findYearlessInText(text: string): string | null {
  return YEARLESS_IN_TEXT.exec(normalisePhrase(text))?.[0] ?? null;
}

/** A bracket's words are a date and nothing more: "quý ii/2026", "trước ngày 30/6/2026", "năm 2026", not "gồm 12 xã, năm 2025 có …". */
function wholeDate(phrase: string): boolean {
  // "(Quý IV hằng năm)", "(hằng quý)": a recurrence is whole in itself.
  if (/^(?:định kỳ\s+)?(?:(?:quý [ivx\d]+|tháng \d{1,2})\s+)?(?:hằng|mỗi)\s+(?:năm|quý|tháng)$/u.test(phrase)) return true;
  return /^(?:(?:hoàn thành|thực hiện|thời gian|thời hạn)[\s:]+)?(?:trong |trước |vào |chậm nhất |đến )?(?:ngày |hết )?(?:quý [ivx\d]+|tháng \d{1,2}|năm|\d{1,2}\/\d{1,2})?[\s,/-]*(?:năm )?\d{4}(?: hằng năm)?$/u.test(phrase) || /^\d{1,2}\/\d{1,2} hằng năm$/u.test(phrase);
}

/** "…; khi Bộ Y tế có văn bản triển khai)", "(khi Bộ Công an triển khai)", "… khi tổng kết Đợt thi đua", "… sau khi nước rút", "… theo lộ trình của Nghị quyết này": the event or schedule a task waits for. */
const EVENT_IN_TEXT = /(?:(?:^|[(;,]\s*)((?:ngay )?(?:sau )?khi [^.;()]{0,80}?(?:triển khai|ban hành|có văn bản|có hướng dẫn)(?: thực hiện)?)|(?:^|\s)((?:ngay )?(?:sau )?khi (?:sơ kết|tổng kết|kết thúc) [^.;(),]{1,60})|(?:^|[(;,]\s*|\s)((?:ngay )?sau khi [^.;(),]{3,60})|(?:^|[(;,]\s*|\s)(theo lộ trình (?:của|do|tại) [^.;(),]{3,60}))(?=\s*[).;,]|$)/u;
