// The consolidated report as an Excel workbook: a sheet of figures (numbers as numbers, a
// protected count as the text "<5"), a sheet of units with their status, and the obstacles.
import ExcelJS from 'exceljs';
import { SMALL_CELL_TEXT, TIMELINESS_VI, viDateTime, WITHHELD_CELL_TEXT, reportTitle } from './report-text';
import type { TProtectedCell } from './protect-small-counts';
import type { TReportModel } from './report-model';

export const SHEET_FIGURES = 'Số liệu';
export const SHEET_UNITS = 'Đơn vị';
export const SHEET_OBSTACLES = 'Vướng mắc';

/** A number stays a number (Excel sums it); a protected cell is text. */
function cellValue(cell: TProtectedCell): number | string {
  if (cell.state === 'small') return SMALL_CELL_TEXT;
  if (cell.state === 'withheld') return WITHHELD_CELL_TEXT;
  return cell.value ?? '';
}

export async function buildReportXlsx(model: TReportModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'dondoc';
  workbook.title = reportTitle(model);

  const figures = workbook.addWorksheet(SHEET_FIGURES);
  figures.columns = [
    { header: 'STT', key: 'index', width: 6 },
    { header: 'Mã', key: 'code', width: 34 },
    { header: 'Chỉ tiêu', key: 'name', width: 60 },
    { header: 'Số lượng', key: 'count', width: 12 },
    { header: 'Tổng số', key: 'total', width: 12 },
    { header: 'Tỉ lệ (%)', key: 'percent', width: 10 },
    { header: 'Đơn vị có số liệu', key: 'reporting', width: 16 },
    { header: 'Ghi chú', key: 'note', width: 60 },
  ];
  model.indicators.forEach((indicator, index) => {
    figures.addRow({
      index: index + 1,
      code: indicator.code,
      name: indicator.nameVi,
      count: cellValue(indicator.count),
      total: cellValue(indicator.total),
      percent: indicator.percent ?? '',
      reporting: indicator.reportingUnits,
      note: [...(indicator.missingUnits.length ? [`Thiếu số liệu: ${indicator.missingUnits.join(', ')}`] : []), ...indicator.problems].join('; '),
    });
  });
  figures.getRow(1).font = { bold: true };
  figures.getColumn('percent').numFmt = '0.0';

  const units = workbook.addWorksheet(SHEET_UNITS);
  units.columns = [
    { header: 'Mã', key: 'agency', width: 30 },
    { header: 'Đơn vị', key: 'name', width: 50 },
    { header: 'Tình trạng', key: 'status', width: 14 },
    { header: 'Thời điểm gửi', key: 'submittedAt', width: 20 },
  ];
  for (const unit of model.units) units.addRow({ agency: unit.agency, name: unit.nameVi, status: TIMELINESS_VI[unit.timeliness], submittedAt: unit.submittedAt ? viDateTime(unit.submittedAt) : '' });
  units.getRow(1).font = { bold: true };

  const obstacles = workbook.addWorksheet(SHEET_OBSTACLES);
  obstacles.columns = [
    { header: 'Đơn vị', key: 'agency', width: 24 },
    { header: 'Vướng mắc', key: 'text', width: 60 },
    { header: 'Đề xuất', key: 'proposal', width: 40 },
    { header: 'Tình trạng', key: 'state', width: 14 },
    { header: 'Trả lời', key: 'answer', width: 40 },
  ];
  for (const obstacle of model.obstacles) {
    obstacles.addRow({ agency: obstacle.reportingAgency, text: obstacle.text, proposal: obstacle.proposal, state: obstacle.open ? 'Chưa xử lý' : 'Đã xử lý', answer: obstacle.answer ?? obstacle.decision ?? '' });
  }
  obstacles.getRow(1).font = { bold: true };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
