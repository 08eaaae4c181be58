// The consolidated report's model and downloads, opened as their readers open them: the small
// counts protected (no percentage beside them, no whole to subtract from), the CSV parsed, the
// workbook read back with exceljs, the Word document's text read with mammoth and its layout
// read from word/document.xml.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { TConsolidatedView } from '../../../client/reports/consolidated-report';
import { indicatorCountsPeople, protectFigure } from '../../../client/reports/protect-small-counts';
import { buildReportCsv } from '../../../client/reports/report-csv';
import { buildReportDocx } from '../../../client/reports/report-docx';
import { buildReportModel } from '../../../client/reports/report-model';
import { reportTitle } from '../../../client/reports/report-text';
import { buildReportXlsx, SHEET_FIGURES, SHEET_UNITS } from '../../../client/reports/report-xlsx';
import { periodClose } from '../../../domain/reporting/period-close';
import { loadSeedPlan } from '../../helpers/assignment-fixtures';

const plan = loadSeedPlan();
const figure = (code: string, count: number, total: number | null) => ({ code, count, total, percent: total ? Math.round((count / total) * 1000) / 10 : null, reportingUnits: 2, missingUnits: [], problems: [] });

function sampleView(): TConsolidatedView {
  return {
    planId: 'kh135',
    cycle: 'ANNUAL_CHILDREN_REPORT',
    period: '2026',
    dueAt: '2026-12-15T16:59:59.999Z',
    close: periodClose(plan, 'ANNUAL_CHILDREN_REPORT', '2026'),
    closedAt: null,
    units: [
      { agency: 'HUYEN_VI_DU_A', timeliness: 'on_time', submittedAt: '2026-11-30T02:00:00.000Z' },
      { agency: 'HUYEN_VI_DU_B', timeliness: 'late', submittedAt: '2026-12-20T02:00:00.000Z' },
      { agency: 'SO_GDDT', timeliness: 'missing', submittedAt: null },
    ],
    onTime: 1,
    late: 1,
    missing: 1,
    indicators: [
      figure('COMMUNES_IMPLEMENTING_ACTION_PROGRAMME', 3, 12),
      figure('SPECIAL_CIRCUMSTANCES_CARED_FOR', 1234, 1300),
      figure('SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE', 3, 40),
      figure('UNSUPPORTED_CHILDREN_NURTURED_IN_COMMUNITY', 18, 20),
    ],
    obstacles: [
      { id: 'o1', reportingAgency: 'HUYEN_VI_DU_A', taskRef: null, text: 'Thiếu cán bộ chuyên trách.', proposal: 'Bổ sung biên chế.', reportedAt: '2026-11-01T00:00:00.000Z', phase: 'open', outcome: null, answer: null, forwardOpinion: null, decision: null },
    ],
  };
}

const model = buildReportModel(plan, sampleView(), '2026-11-30');

describe('small counts that could point at a child', () => {
  it('protects indicators that count people, not those that count places', () => {
    expect(indicatorCountsPeople('Trẻ em khuyết tật có giấy chứng nhận khuyết tật')).toBe(true);
    expect(indicatorCountsPeople('Xã, phường, đặc khu đạt tiêu chuẩn phù hợp với trẻ em')).toBe(false);
    expect(indicatorCountsPeople('Something new')).toBe(true);
  });

  it('shows a small count as "<5", withholds its whole and gives no percentage', () => {
    expect(protectFigure({ count: 3, total: 40, percent: 7.5 }, true)).toEqual({ count: { value: null, state: 'small' }, total: { value: null, state: 'withheld' }, percent: null });
    // 18 of 20: the 2 without care would be 20 − 18.
    expect(protectFigure({ count: 18, total: 20, percent: 90 }, true)).toEqual({ count: { value: 18, state: 'shown' }, total: { value: null, state: 'withheld' }, percent: null });
    expect(protectFigure({ count: 0, total: 3, percent: 0 }, true)).toMatchObject({ count: { value: 0, state: 'shown' }, total: { state: 'small' }, percent: null });
    expect(protectFigure({ count: 1234, total: 1300, percent: 94.9 }, true)).toEqual({ count: { value: 1234, state: 'shown' }, total: { value: 1300, state: 'shown' }, percent: 94.9 });
    expect(protectFigure({ count: 3, total: 12, percent: 25 }, false)).toMatchObject({ count: { value: 3 }, total: { value: 12 }, percent: 25 });
  });

  it('names the issuing agency as the registry does today, and the province after the merger', () => {
    expect(model.issuingAgency).toMatchObject({ code: 'QNG_SO_YT', nameVi: 'Sở Y tế tỉnh Quảng Ngãi' });
    expect(model.provinceVi).toBe('Quảng Ngãi');
    expect(model.indicators.find((each) => each.code === 'SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE')).toMatchObject({ countsPeople: true, count: { state: 'small' }, percent: null });
  });
});

describe('a review', () => {
  it('has one period, no figures, and its lead as the issuing agency', async () => {
    const close = periodClose(plan, 'PRELIMINARY_REVIEW_2027', 'once');
    const review = buildReportModel(plan, { planId: 'kh135', cycle: 'PRELIMINARY_REVIEW_2027', period: 'once', dueAt: close.dueAt, close, closedAt: null, units: [], onTime: 0, late: 0, missing: 0, indicators: [], obstacles: [] }, '2027-12-01');
    expect(review).toMatchObject({ kind: 'review', issuingAgency: { code: 'QNG_SO_YT' }, indicators: [] });
    expect(reportTitle(review)).toBe('Kết quả tổng hợp sơ kết thực hiện Kế hoạch số 135-KH/TU và Kế hoạch này');
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await buildReportDocx(review)) });
    expect(text).toContain('Không có khó khăn, vướng mắc nào');
  });
});

describe('the downloads', () => {
  it('writes a CSV with a byte order mark, a "<5" and no percentage beside it', () => {
    const bytes = buildReportCsv(model);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows[0]).toEqual(['Phần', 'Mã', 'Nội dung', 'Số lượng', 'Tổng số', 'Tỉ lệ (%)', 'Ghi chú']);
    const allowance = rows.find((row) => row[1] === 'SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE')!;
    expect(allowance.slice(3, 6)).toEqual(['<5', '(ẩn)', '—']);
    expect(rows.find((row) => row[1] === 'SPECIAL_CIRCUMSTANCES_CARED_FOR')!.slice(3, 6)).toEqual(['1.234', '1.300', '94,9']);
    expect(rows.filter((row) => row[0] === 'Đơn vị').map((row) => row[6]!.split(' ')[0])).toEqual(['Đúng', 'Trễ', 'Chưa']);
  });

  it('writes a workbook with a sheet of figures and a sheet of units', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await buildReportXlsx(model)) as never);
    const figures = workbook.getWorksheet(SHEET_FIGURES)!;
    const rowOf = (code: string) => figures.getRows(2, figures.rowCount - 1)!.find((row) => row.getCell(2).value === code)!;
    expect(rowOf('SPECIAL_CIRCUMSTANCES_CARED_FOR').getCell(4).value).toBe(1234);
    expect(rowOf('SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE').getCell(4).value).toBe('<5');
    expect(rowOf('SPECIAL_CIRCUMSTANCES_COMMUNITY_ALLOWANCE').getCell(6).value).toBe('');
    const units = workbook.getWorksheet(SHEET_UNITS)!;
    expect(units.getRow(2).values).toContain('Đúng hạn');
    expect(units.rowCount).toBe(4);
  });

  it('drafts the Word document in the layout of Decree 30/2020/NĐ-CP', async () => {
    const bytes = Buffer.from(await buildReportDocx(model));
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const expected of ['UBND TỈNH QUẢNG NGÃI', 'SỞ Y TẾ', 'Số: ……/BC-……', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Ngãi, ngày …… tháng …… năm ……', 'BÁO CÁO', 'Nơi nhận:', '- Lưu: VT, …….', 'GIÁM ĐỐC', '(Ký, ghi rõ họ tên, đóng dấu)', '1.234', '<5']) {
      expect(text, expected).toContain(expected);
    }
    const xml = documentXml(bytes);
    expect(xml).toContain('w:rFonts w:ascii="Times New Roman"');
    // A4 and the decree's margins: 20 mm top and bottom, 30 mm left, 15 mm right (in twips).
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    // The motto is bold; the place and date line is italic.
    expect(xml).toMatch(/<w:b\/>[^]*?Độc lập - Tự do - Hạnh phúc/);
    expect(xml).toMatch(/<w:i\/>(?:(?!<w:p>)[^])*?Quảng Ngãi, ngày/);
  });
});

/** RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      index += 1;
    } else field += character;
  }
  return rows;
}

/** word/document.xml from the .docx (a zip): found by its local header, inflated. */
function documentXml(zip: Buffer): string {
  const name = Buffer.from('word/document.xml');
  let offset = 0;
  while ((offset = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), offset)) !== -1) {
    const method = zip.readUInt16LE(offset + 8);
    const compressed = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const start = offset + 30 + nameLength + extraLength;
    if (zip.subarray(offset + 30, offset + 30 + nameLength).equals(name)) {
      const data = zip.subarray(start, start + compressed);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset = start;
  }
  throw new Error('no word/document.xml in the document');
}
