// What the scoring reads from the importer's draft plan file: each task's text, lead,
// coordinators and assignees as codes, whether its deadline came from the document, and the
// names behind every code the draft uses.
import { parse } from 'yaml';

export interface TDraftAgency {
  code: string;
  /** nameVi and aliases: for a placeholder, the name as the document wrote it. */
  names: string[];
  isGroup: boolean;
}

export interface TDraftTaskView {
  ref: string;
  text: string;
  lead: string | null;
  coordinators: string[];
  assignees: string[];
  /** The timing came from the document: not a MẶC ĐỊNH / DEFAULT, not an unreadable phrase. */
  deadlineRead: boolean;
}

export interface TDraftView {
  tasks: TDraftTaskView[];
  agencies: TDraftAgency[];
}

interface TDraftEntry {
  code: string;
  nameVi: string;
  aliases?: string[];
}

interface TDraftTaskEntry {
  ref: string;
  text: string;
  lead: string | null;
  coordinators?: string[];
  assignees?: string[];
}

/** The marker the importer writes in a comment above every value the document did not give. */
const DEFAULT_MARK = 'MẶC ĐỊNH / DEFAULT';

/**
 * The comment above a timing the document gave: "Văn bản ghi: "Hằng năm" …" (the deadline
 * field) or "Thời hạn trong nội dung: "…"" / "Nội dung: "định kỳ …"" (found in the task's words). A default may follow
 * it ("hằng năm" names no day, so the draft assumes one): the phrase was still read.
 */
const READ_FROM_DOCUMENT = /#\s*(?:Văn bản ghi|Thời hạn trong nội dung|Nội dung): "/u;

/** Whether the document's deadline phrase was read: not reported unreadable, and no default in its place. */
function deadlineRead(chunk: string, unreadable: boolean): boolean {
  if (unreadable) return false;
  return !chunk.includes(DEFAULT_MARK) || READ_FROM_DOCUMENT.test(chunk);
}

/** Each task's lines of the YAML, comments included, by ref. */
function taskChunks(yaml: string): Map<string, string> {
  const start = yaml.search(/^tasks:/m);
  if (start < 0) return new Map();
  const rest = yaml.slice(start + 'tasks:'.length);
  const end = rest.search(/^\S/m);
  const section = end < 0 ? rest : rest.slice(0, end);
  const chunks = new Map<string, string>();
  for (const part of section.split(/^ {2}- (?=ref: )/m)) {
    const ref = /^ref: (.+)$/m.exec(part)?.[1]?.trim().replace(/^["']|["']$/g, '');
    if (ref !== undefined) chunks.set(ref, part);
  }
  return chunks;
}

export function readDraftView(yaml: string, unreadableRefs: readonly string[]): TDraftView {
  const plan = parse(yaml) as { tasks?: TDraftTaskEntry[]; agencies?: TDraftEntry[]; groups?: TDraftEntry[] };
  const chunks = taskChunks(yaml);
  const unreadable = new Set(unreadableRefs);
  const tasks = (plan.tasks ?? []).map((task) => ({
    ref: task.ref,
    text: task.text,
    lead: task.lead ?? null,
    coordinators: task.coordinators ?? [],
    assignees: task.assignees ?? [],
    deadlineRead: deadlineRead(chunks.get(task.ref) ?? '', unreadable.has(task.ref)),
  }));
  const entry = (isGroup: boolean) => (item: TDraftEntry) => ({ code: item.code, names: [item.nameVi, ...(item.aliases ?? [])], isGroup });
  return { tasks, agencies: [...(plan.agencies ?? []).map(entry(false)), ...(plan.groups ?? []).map(entry(true))] };
}
