// What a plan says about itself in its header: issuer ("ỦY BAN NHÂN DÂN / TỈNH AN GIANG"), number
// ("Số: 58/KH-UBND"), place and date ("An Giang, ngày 12 tháng 3 năm 2025"), the title under
// "KẾ HOẠCH", and the documents the title says it implements.
import type { TDocumentReference } from '../plan';
import { classifyParagraph } from './classify-paragraph';
import type { TDocumentBlock } from './document-blocks';
import { asciiCode, lowerFirst } from './vietnamese-text';

export interface TDocumentMetadata {
  titleVi: string;
  number: string | null;
  date: string | null;
  /** Province from the header ("TỈNH AN GIANG") or the place of the date line. */
  provinceName: string | null;
  /** The issuing body as the header writes it, e.g. "Ủy ban nhân dân tỉnh An Giang". */
  issuerText: string | null;
  parents: TDocumentReference[];
  /** Last year the title names ("giai đoạn 2025-2030", "năm 2025"): the plan runs to its end. */
  titleEndYear: number | null;
  /** The one year the title names, when it names one and no period ("Kế hoạch … năm 2026"): dates without a year fall in it. */
  titleYear: number | null;
}

/** Header paragraphs: everything before the first section heading, header tables included. */
function headerLines(blocks: readonly TDocumentBlock[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      lines.push(...block.rows.flat().filter((cell) => cell !== ''));
      continue;
    }
    if (classifyParagraph(block.text).kind === 'section') break;
    lines.push(block.text);
  }
  return lines;
}

const titleCase = (text: string) => text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
const pad = (value: string) => value.padStart(2, '0');

const DOCUMENT_KINDS: ReadonlyArray<readonly [RegExp, string, (number: string) => TDocumentReference['kind']]> = [
  [/^kế hoạch$/iu, 'PLAN', (number) => (/\/T[UWƯ](?!\p{L})/u.test(number) ? 'party_plan' : 'provincial_plan')],
  [/^chỉ thị$/iu, 'DIRECTIVE', (number) => (/\/T[UWƯ](?!\p{L})/u.test(number) ? 'party_directive' : 'decision')],
  [/^nghị quyết$/iu, 'RESOLUTION', (number) => (/\/T[UWƯ](?!\p{L})/u.test(number) ? 'party_directive' : 'decision')],
  [/^kết luận$/iu, 'CONCLUSION', (number) => (/\/T[UWƯ](?!\p{L})/u.test(number) ? 'party_directive' : 'official_letter')],
  [/^quyết định$/iu, 'DECISION', () => 'decision'],
  [/^chương trình$/iu, 'PROGRAMME', (number) => (/\/T[UWƯ](?!\p{L})/u.test(number) ? 'party_plan' : 'programme')],
  [/^(?:công văn|văn bản|thông báo)$/iu, 'LETTER', () => 'official_letter'],
];

const CITATION = /(Kế hoạch|Chỉ thị|Nghị quyết|Kết luận|Quyết định|Chương trình|Công văn|Văn bản|Thông báo) số ([^\s,;]+) ngày (\d{1,2})(?: tháng |\/)(\d{1,2})(?: năm |\/)(\d{4})(?: của ([^,;(]+?)(?= (?:về|thực hiện|triển khai|trên địa bàn|nhằm|đáp ứng)(?=\s|$)|[,;(]|$))?/giu;

/** Documents cited in the title ("… thực hiện Chỉ thị số 28-CT/TW ngày 25 tháng 12 năm 2023 của Bộ Chính trị"). */
export function citedDocuments(title: string): TDocumentReference[] {
  const references: TDocumentReference[] = [];
  for (const match of title.matchAll(CITATION)) {
    const [, type, number, day, month, year, issuer] = match as unknown as [string, string, string, string, string, string, string | undefined];
    const kind = DOCUMENT_KINDS.find(([pattern]) => pattern.test(type));
    if (kind === undefined) continue;
    const id = `${kind[1]}_${asciiCode(number)}`;
    if (references.some((reference) => reference.id === id)) continue;
    const issuerVi = issuer?.trim() || null;
    references.push({
      id,
      number,
      date: `${year}-${pad(month)}-${pad(day)}`,
      issuerVi,
      titleVi: `${type} số ${number} ngày ${day}/${month}/${year}${issuerVi === null ? '' : ` của ${issuerVi}`}`,
      kind: kind[2](number),
    });
  }
  return references;
}

/** "KẾ HOẠCH", "NGHỊ QUYẾT", "CHỈ THỊ" …: the kind of document, on a line of its own above its subject. */
const KIND_HEADINGS = [/^kế hoạch\.?$/iu, /^(?:nghị quyết|quyết định|chỉ thị|chương trình(?: hành động)?|công điện|thông báo|đề án)\.?$/iu];

function titleOf(lines: readonly string[]): string {
  for (const pattern of KIND_HEADINGS) {
    const heading = lines.findIndex((line) => pattern.test(line.trim()));
    const subtitle = heading >= 0 ? lines[heading + 1]?.trim() : undefined;
    const kind = (lines[heading] ?? '').trim().replace(/\.$/u, '').toLowerCase();
    if (subtitle !== undefined && subtitle !== '') return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${lowerFirst(subtitle)}`;
  }
  // The place and date line ("Hà Nội, ngày 20 tháng 11 năm 2025") is no title.
  const firstLong = lines.find((line) => line.length > 30 && !/^(?:cộng hòa|cộng hoà|độc lập|số\s*:)/iu.test(line) && !/ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$/iu.test(line));
  return firstLong ?? 'Kế hoạch (văn bản không ghi tên)';
}

export function readMetadata(blocks: readonly TDocumentBlock[]): TDocumentMetadata {
  const lines = headerLines(blocks);
  const titleVi = titleOf(lines);
  const numberMatch = lines.map((line) => /^số\s*:\s*(\d+[^\s]*)/iu.exec(line.trim())).find((match) => match !== null);
  const dateMatch = lines.map((line) => /^(?:(.{2,40}?),\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(line.trim())).find((match) => match !== null);
  const upperCaseLines = lines.map((line) => line.trim().normalize('NFC')).filter((line) => line === line.toUpperCase());
  const provinceLine = upperCaseLines.map((line) => /^(?:ỦY BAN NHÂN DÂN |UỶ BAN NHÂN DÂN |UBND )?TỈNH\s+(\p{Lu}[\p{Lu}\s]+)$/u.exec(line)).find((match) => match !== null);
  const provinceName = provinceLine ? titleCase((provinceLine[1] as string).trim()) : dateMatch?.[1] !== undefined ? dateMatch[1].trim() : null;
  const issuerIndex = lines.findIndex((line) => /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|sở\s|ban\s)/iu.test(line.trim()) && line === line.toUpperCase());
  let issuerText: string | null = null;
  if (issuerIndex >= 0) {
    const first = (lines[issuerIndex] as string).trim();
    const next = lines[issuerIndex + 1]?.trim() ?? '';
    issuerText = titleCase(/^(?:tỉnh|thành phố|huyện)\s/iu.test(next) && next === next.toUpperCase() ? `${first} ${next}` : first).replace(/^Ủy Ban Nhân Dân/u, 'Ủy ban nhân dân');
  }
  const ownWords = titleVi.replace(CITATION, '');
  const years = [...ownWords.matchAll(/(?:giai đoạn \d{4}\s*-\s*|đến năm |năm )(\d{4})/giu)].map((match) => Number(match[1]));
  return {
    titleVi,
    number: numberMatch ? (numberMatch[1] as string) : null,
    date: dateMatch ? `${dateMatch[4]}-${pad(dateMatch[3] as string)}-${pad(dateMatch[2] as string)}` : null,
    provinceName,
    issuerText,
    parents: citedDocuments(titleVi),
    titleEndYear: years.length > 0 ? Math.max(...years) : null,
    titleYear: new Set(years).size === 1 && !/giai đoạn|đến năm/iu.test(ownWords) ? (years[0] as number) : null,
  };
}
