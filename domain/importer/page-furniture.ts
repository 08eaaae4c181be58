// Text extracted from a PDF keeps each page's running header and page number between the lines
// of the body ("CÔNG BÁO/Số 242/Ngày 22-04-2026" then "79"), often in the middle of a sentence or
// of a table row. They are replaced by one page-break line, so paragraphs join across pages and a
// table reader knows where a row was cut.

/** The line that stands where a page's running header and page number were. */
export const PAGE_BREAK = '\f';

const PAGE_NUMBER = /^\s*\d{1,4}\s*$/u;
/** Lines looked at on each side of a running header for its page number. */
const NUMBER_REACH = 2;
/** A running header repeats on at least this many pages. */
const MIN_PAGES = 3;
/** Share of a repeated line's occurrences that must sit beside a page number. */
const BESIDE_NUMBER_SHARE = 0.8;

export const isPageBreak = (line: string) => line === PAGE_BREAK;

/** "--- PAGE BREAK ---": the line some text extractors write between pages. */
const PAGE_BREAK_MARKER = /^\s*-{2,}\s*page\s+break\s*-{2,}\s*$/iu;

/** The extractor's page-break lines become PAGE_BREAK, and the page number just above one goes. */
function withPageBreakMarkers(lines: readonly string[]): string[] {
  const marked = [...lines];
  marked.forEach((line, index) => {
    if (!PAGE_BREAK_MARKER.test(line)) return;
    marked[index] = PAGE_BREAK;
    let above = index - 1;
    while (above >= 0 && (marked[above] as string).trim() === '') above -= 1;
    if (above >= 0 && PAGE_NUMBER.test(marked[above] as string)) marked[above] = '';
  });
  return marked;
}

const atEdge = (lines: readonly string[], index: number) => index < 0 || index >= lines.length || (lines[index] as string).trim() === '';

/** The page-number line next to index (a blank line may come between), or -1. */
function pageNumberBeside(lines: readonly string[], index: number): number {
  for (const step of [1, -1]) {
    for (let offset = 1, seen = 0; seen < NUMBER_REACH && index + step * offset >= 0 && index + step * offset < lines.length; offset += 1) {
      const line = lines[index + step * offset] as string;
      if (line.trim() === '') continue;
      seen += 1;
      // A page's furniture has the page's edge on its far side: a blank line or the text's end.
      // A table cell followed by the next row's number ("… liên quan / 10 / Hoàn thành …") has none.
      if (PAGE_NUMBER.test(line) && (atEdge(lines, index - step) || atEdge(lines, index + step * (offset + 1)))) return index + step * offset;
      break;
    }
  }
  return -1;
}

/**
 * A line repeated on several pages, nearly always beside a number that grows from one occurrence
 * to the next, is a running header; it and its page number become PAGE_BREAK. A table cell that
 * repeats ("Thường xuyên") is sometimes followed by a row number too, but not nearly always, and
 * row numbers restart.
 */
export function markPageBreaks(written: readonly string[]): string[] {
  const lines = withPageBreakMarkers(written);
  const occurrences = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text.length < 8 || !/\p{L}/u.test(text)) return;
    occurrences.set(text, [...(occurrences.get(text) ?? []), index]);
  });
  const marked = [...lines];
  for (const indexes of occurrences.values()) {
    if (indexes.length < MIN_PAGES) continue;
    const numbers = indexes.map((index) => pageNumberBeside(lines, index));
    const beside = numbers.filter((number) => number >= 0);
    if (beside.length < MIN_PAGES || beside.length < indexes.length * BESIDE_NUMBER_SHARE) continue;
    const pages = beside.map((number) => Number((lines[number] as string).trim()));
    if (!pages.every((page, position) => position === 0 || page > (pages[position - 1] as number))) continue;
    indexes.forEach((index, position) => {
      marked[index] = PAGE_BREAK;
      const number = numbers[position] as number;
      if (number >= 0) marked[number] = '';
    });
  }
  return marked;
}

/** "Quyết định 435/QĐ-UBND năm 2020. ": a site's name for the document, set before each of its parts. */
const DOCUMENT_NAME_PREFIX = /^\s*((?:Quyết định|Nghị quyết|Kế hoạch|Chỉ thị|Thông tư|Nghị định|Công văn|Công điện|Thông báo|Chương trình)\s+(?:số\s+)?\d[\p{L}\p{N}./-]*(?:\s+năm\s+\d{4})?\.)(?:\s+|$)/u;

/**
 * Some sites' saved text opens the document and each of its articles with the document's name
 * ("Quyết định 435/QĐ-UBND năm 2020. Điều 2. …"). The same name before two or more lines is no
 * part of the text: it is taken away, so "Điều 2." and the letterhead open their lines again.
 */
export function withoutRepeatedDocumentName(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const name = DOCUMENT_NAME_PREFIX.exec(line)?.[1];
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const repeated = new Set([...counts].filter(([, count]) => count >= 2).map(([name]) => name));
  if (repeated.size === 0) return [...lines];
  return lines.map((line) => {
    const found = DOCUMENT_NAME_PREFIX.exec(line);
    return found !== null && repeated.has(found[1] as string) ? line.slice(found[0].length) : line;
  });
}
