// Writes the draft as YAML with its comments, in the seed plan's layout: short lists and
// records on one line, long texts folded (>-), a comment above every assumption.
import { Document, isMap, isScalar, isSeq, visit, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { TDraftComment } from './draft-comment';

/** The seed plan's line width: long texts fold, codes and dates stay on one line. */
const LINE_WIDTH = 100;
/** Comments wrap a little inside the line width, since they are indented with the key. */
const COMMENT_WIDTH = 92;
/** A record or list shorter than this reads best on one line, like the seed's contacts and ladder. */
const ONE_LINE_LENGTH = 88;
/** Times and days of the year ("08:00", "12-15") quoted, as YAML 1.1 readers take 08:00 for a number. */
const CLOCK_LIKE = /^\d{2}[:-]\d{2}$/u;

export function wrapComment(text: string, width = COMMENT_WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/u)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(` ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(` ${line}`);
  return lines.join('\n');
}

/** Length of a list or record written on one line, roughly as YAML would write it. */
function oneLineLength(node: Node): number {
  const value: unknown = node.toJSON();
  const text = (entry: unknown): string => (Array.isArray(entry) ? `[${entry.map(text).join(', ')}]` : String(entry));
  if (Array.isArray(value)) return text(value).length;
  return Object.entries(value as Record<string, unknown>)
    .map(([key, entry]) => `${key}: ${text(entry)}`)
    .join(', ').length + 4;
}

function fitsOneLine(map: YAMLMap): boolean {
  const simple = map.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.items.every((item) => isScalar(item))));
  return simple && oneLineLength(map) < ONE_LINE_LENGTH;
}

function attach(document: Document, comment: TDraftComment): void {
  const parentPath = comment.path.slice(0, -1);
  const last = comment.path[comment.path.length - 1];
  const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath, true);
  const text = wrapComment(comment.text);
  if (typeof last === 'number' && isSeq(parent)) {
    const item = parent.items[last] as Node | undefined;
    if (item !== undefined) item.commentBefore = text;
    return;
  }
  if (!isMap(parent)) return;
  const pair = parent.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === last);
  if (pair !== undefined) (pair.key as Scalar).commentBefore = text;
}

export function renderDraftYaml(plan: Record<string, unknown>, comments: readonly TDraftComment[], header: string): string {
  const document = new Document(plan);
  visit(document, {
    Seq(_, sequence) {
      if (sequence.items.every((item) => isScalar(item)) && oneLineLength(sequence) < ONE_LINE_LENGTH) sequence.flow = true;
      // Records of one list (contacts, successors, the ladder) all on one line each, or none.
      const records = sequence.items.filter((item) => isMap(item));
      if (records.length > 0 && records.length === sequence.items.length && records.every(fitsOneLine)) for (const record of records) record.flow = true;
    },
    Pair(_, pair) {
      if (isMap(pair.value) && fitsOneLine(pair.value)) pair.value.flow = true;
    },
    Scalar(_, scalar) {
      if (typeof scalar.value !== 'string') return;
      if (CLOCK_LIKE.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
      else if (scalar.value.length > LINE_WIDTH - 10) scalar.type = 'BLOCK_FOLDED';
    },
  });
  for (const comment of comments) attach(document, comment);
  document.commentBefore = header;
  return document.toString({ lineWidth: LINE_WIDTH, flowCollectionPadding: false });
}
