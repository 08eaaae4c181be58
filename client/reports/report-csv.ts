// The consolidated report as CSV: one table, the figures first, then the units and the
// obstacles, each row saying which part it belongs to. UTF-8 with a byte order mark, so that
// Excel opens the Vietnamese diacritics correctly; CRLF line ends as RFC 4180 writes them.
import { cellText, percentText, TIMELINESS_VI, viDateTime } from './report-text';
import type { TReportModel } from './report-model';

export const CSV_HEADER = ['Phần', 'Mã', 'Nội dung', 'Số lượng', 'Tổng số', 'Tỉ lệ (%)', 'Ghi chú'];

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function buildReportCsv(model: TReportModel): Uint8Array {
  const rows: string[][] = [CSV_HEADER];
  for (const indicator of model.indicators) {
    const note = [`${indicator.reportingUnits} đơn vị có số liệu`, ...(indicator.missingUnits.length ? [`thiếu: ${indicator.missingUnits.join(', ')}`] : []), ...indicator.problems].join('; ');
    rows.push(['Số liệu', indicator.code, indicator.nameVi, cellText(indicator.count), cellText(indicator.total), percentText(indicator.percent), note]);
  }
  for (const unit of model.units) {
    rows.push(['Đơn vị', unit.agency, unit.nameVi, '', '', '', `${TIMELINESS_VI[unit.timeliness]}${unit.submittedAt ? ` (gửi lúc ${viDateTime(unit.submittedAt)})` : ''}`]);
  }
  for (const obstacle of model.obstacles) {
    rows.push(['Vướng mắc', obstacle.reportingAgency, obstacle.text, '', '', '', `${obstacle.open ? 'Chưa xử lý' : 'Đã xử lý'}; đề xuất: ${obstacle.proposal}`]);
  }
  const text = rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(`\uFEFF${text}`);
}
