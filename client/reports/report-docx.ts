// The consolidated report as a Word document in the administrative format of Decree
// 30/2020/NĐ-CP (Appendix I), for the monitoring department to finish, number, sign and seal:
// the title block (superior and issuing agency over "Số:", the national motto over the place and
// date), the document type and title, the body, "Nơi nhận" and the signature block.
// Times New Roman throughout; A4 with the decree's margins.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from 'docx';
import { cellText, percentText, reportTitle, SMALL_CELL_TEXT, TIMELINESS_VI, viDateTime, viDay } from './report-text';
import type { TReportModel } from './report-model';

/** Sizes are in half-points: 13 pt for the text and the title block, 14 pt for the motto and the title (Appendix I). */
const TEXT = 26;
const TITLE = 28;
const SMALL = 24;
const NOTE = 22;
const FONT = 'Times New Roman';

/** Twips in a millimetre, rounded (docx's own conversion rounds down: 20 mm would be 1133). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
/** A4, and the decree's margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const PAGE = { width: mm(210), height: mm(297) };
const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** A "……" placeholder the department fills in. */
const DOTS = '……';

function line(text: string, options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; run?: Omit<IRunOptions, 'text'>; after?: number; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: options.after ?? 0, line: 276 },
    ...(options.indent ? { indent: { firstLine: mm(10) } } : {}),
    children: [new TextRun({ text, font: FONT, size: options.size ?? TEXT, ...options.run })],
  });
}

const centred = (text: string, size: number, run: Omit<IRunOptions, 'text'> = {}) => line(text, { align: AlignmentType.CENTER, size, run });

/** A two-column table without borders: the title block and the closing block are laid out this way. */
function twoColumns(rows: [Paragraph[], Paragraph[]][], leftShare: number): Table {
  const left = Math.round(TEXT_WIDTH * leftShare);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, TEXT_WIDTH - left],
    borders: NO_BORDERS,
    rows: rows.map(
      ([leftCell, rightCell]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: left, type: WidthType.DXA }, borders: NO_BORDERS, children: leftCell.length ? leftCell : [new Paragraph('')] }),
            new TableCell({ width: { size: TEXT_WIDTH - left, type: WidthType.DXA }, borders: NO_BORDERS, children: rightCell.length ? rightCell : [new Paragraph('')] }),
          ],
        }),
    ),
  });
}

function grid(header: string[], rows: string[][], shares: number[]): Table {
  const widths = shares.map((share) => Math.round(TEXT_WIDTH * share));
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text, index) =>
          new TableCell({
            width: { size: widths[index]!, type: WidthType.DXA },
            children: [line(text, { align: index === 1 ? AlignmentType.LEFT : AlignmentType.CENTER, size: SMALL, run: { bold } })],
          }),
      ),
    });
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, borders: GRID, rows: [row(header, true), ...rows.map((cells) => row(cells, false))] });
}

const heading = (text: string) => line(text, { run: { bold: true }, after: 60, indent: true });
const body = (text: string) => line(text, { after: 60, indent: true });

export async function buildReportDocx(model: TReportModel): Promise<Uint8Array> {
  const issuer = model.issuingAgency.nameVi.toLocaleUpperCase('vi');
  const superior = `UBND TỈNH ${model.provinceVi.toLocaleUpperCase('vi')}`;
  const titleBlock = twoColumns(
    [
      [
        [centred(superior, TEXT), centred(issuer, TEXT, { bold: true }), centred('', NOTE), centred(`Số: ${DOTS}/BC-${DOTS}`, TEXT)],
        [centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', TEXT, { bold: true }), centred('Độc lập - Tự do - Hạnh phúc', TITLE, { bold: true }), centred('', NOTE), centred(`${model.provinceVi}, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`, TITLE, { italics: true })],
      ],
    ],
    0.4,
  );

  const figures = model.indicators.map((indicator, index) => [String(index + 1), indicator.nameVi, cellText(indicator.count), cellText(indicator.total), percentText(indicator.percent)]);
  const unitRows = model.units.map((unit, index) => [String(index + 1), unit.nameVi, TIMELINESS_VI[unit.timeliness], viDateTime(unit.submittedAt)]);
  const reported = model.units.length - model.missing;
  const obstacles = model.obstacles.length
    ? model.obstacles.map((obstacle) => body(`- ${obstacle.reportingAgency}: ${obstacle.text} Đề xuất: ${obstacle.proposal}${obstacle.open ? ' (chưa xử lý)' : obstacle.answer ? ` Trả lời: ${obstacle.answer}` : ' (đã xử lý)'}`))
    : [body('Không có khó khăn, vướng mắc nào được báo cáo trong kỳ.')];

  const recipients = [
    line('Nơi nhận:', { align: AlignmentType.LEFT, size: SMALL, run: { bold: true, italics: true } }),
    ...model.recipientsVi.map((name) => line(`- ${name};`, { align: AlignmentType.LEFT, size: NOTE })),
    line(`- ${DOTS};`, { align: AlignmentType.LEFT, size: NOTE }),
    line(`- Lưu: VT, ${DOTS}.`, { align: AlignmentType.LEFT, size: NOTE }),
  ];
  const signature = [
    centred('GIÁM ĐỐC', TEXT, { bold: true }),
    centred('(Ký, ghi rõ họ tên, đóng dấu)', TEXT, { italics: true }),
    centred('', TEXT),
    centred('', TEXT),
    centred('', TEXT),
    centred(DOTS, TEXT, { bold: true }),
  ];

  const document = new Document({
    creator: 'dondoc',
    title: reportTitle(model),
    styles: { default: { document: { run: { font: FONT, size: TEXT } } } },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGINS } },
        children: [
          titleBlock,
          centred('', TEXT),
          centred('BÁO CÁO', TITLE, { bold: true }),
          centred(reportTitle(model), TITLE, { bold: true }),
          centred('', TEXT),
          body(
            `Thực hiện ${model.planTitleVi.charAt(0).toLocaleLowerCase('vi')}${model.planTitleVi.slice(1)}, ${model.issuingAgency.nameVi} tổng hợp báo cáo của các đơn vị (hạn gửi ${viDay(model.dueAt)}) như sau:`,
          ),
          heading('I. SỐ LIỆU TỔNG HỢP'),
          grid(['STT', 'Chỉ tiêu', 'Số lượng', 'Tổng số', 'Tỉ lệ (%)'], figures, [0.07, 0.53, 0.13, 0.13, 0.14]),
          line(
            `Ghi chú: số lượng dưới 5 có thể chỉ ra từng trẻ em nên được ghi "${SMALL_CELL_TEXT}" (Luật Trẻ em 2016, Điều 6 và 21); khi đó tổng số được ẩn và không ghi tỉ lệ.`,
            { size: NOTE, run: { italics: true }, after: 120 },
          ),
          heading('II. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ'),
          body(`${reported}/${model.units.length} đơn vị đã gửi báo cáo: ${model.onTime} đúng hạn, ${model.late} trễ hạn; ${model.missing} đơn vị chưa gửi.`),
          grid(['STT', 'Đơn vị', 'Tình trạng', 'Thời điểm gửi'], unitRows, [0.07, 0.53, 0.15, 0.25]),
          centred('', NOTE),
          heading('III. KHÓ KHĂN, VƯỚNG MẮC'),
          ...obstacles,
          heading('IV. KIẾN NGHỊ, ĐỀ XUẤT'),
          body(DOTS),
          centred('', TEXT),
          twoColumns([[recipients, signature]], 0.5),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
