// Finds the line of a path in a parsed YAML document, so an error points at the line to edit.
// When the path does not exist (a missing key), the nearest existing parent is used.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { TPlanPath } from './plan-issue';

function childOf(node: unknown, segment: string | number): { key: Node | null; value: unknown } | null {
  if (isMap(node)) {
    const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === segment);
    if (pair === undefined) return null;
    return { key: isScalar(pair.key) ? pair.key : null, value: pair.value };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? null : { key: null, value: item };
  }
  return null;
}

function startOf(node: unknown): number | null {
  const range = (node as Node | null)?.range;
  return Array.isArray(range) ? range[0] : null;
}

/** 1-based line of the deepest node on `path`; line 1 when nothing on the path exists. */
export function lineOfPath(document: Document, lineCounter: LineCounter, path: TPlanPath): number {
  let node: unknown = document.contents;
  let offset = startOf(node);
  for (const segment of path) {
    const child = childOf(node, segment);
    if (child === null) break;
    // A key with no value (`lead:`) has no useful value position; the key's line is the one to fix.
    offset = startOf(child.value) ?? startOf(child.key) ?? offset;
    node = child.value;
  }
  return offset === null ? 1 : lineCounter.linePos(offset).line;
}
