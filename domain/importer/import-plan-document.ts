// `dondoc plan import` without the files: a plan document's paragraphs and tables in, a draft
// plan file (YAML) and a summary out. Pure, so it is tested on text and runs anywhere.
import { AgencyResolver } from './agency-resolver';
import { buildDraftPlan } from './build-draft-plan';
import type { TDocumentBlock } from './document-blocks';
import { HEADER_COMMENT } from './draft-defaults';
import { findReporting } from './find-reporting';
import type { TImportRegistry } from './import-registry';
import { parsePlanDocument } from './parse-plan-document';
import { readMetadata } from './read-metadata';
import { renderDraftYaml } from './render-draft-yaml';
import { resolveTasks, UNASSIGNED_CODE, type TDraftTask } from './resolve-tasks';
import { findTasksToCheck, summariseImport, type TImportSummary } from './summarise-import';

export interface TImportOptions {
  registry: TImportRegistry;
  /** Today, YYYY-MM-DD: stands in for the issue date when the document has none. */
  importDate: string;
  /** The document's file name, quoted in the draft's header. */
  sourceName: string;
}

export type TImportResult =
  | { ok: true; yaml: string; plan: Record<string, unknown>; summary: TImportSummary }
  | { ok: false; problem: 'empty' | 'no_tasks'; message: string };

const NO_TASKS_MESSAGE =
  'no task found. The importer looks for section II tasks ("1." groups, "-" bullets with a "Thực hiện: … chủ trì, phối hợp với …" line, "Cơ quan chủ trì: …" blocks or "(Giao … chủ trì …)"), section III duties per agency, or a table with the columns "Nội dung nhiệm vụ | Cơ quan chủ trì | …". Check that the file is the plan itself (not a cover letter), or convert it to text and check its layout.';

function resolveIssuer(issuerText: string | null, provinceName: string | null, resolver: AgencyResolver): string {
  // "Ủy ban nhân dân tỉnh Kon Tum" is the registry's "Ủy ban nhân dân tỉnh" once the province is dropped.
  const withoutProvince = issuerText !== null && provinceName !== null && issuerText.toLowerCase().endsWith(` ${provinceName.toLowerCase()}`) ? issuerText.slice(0, -provinceName.length - 1) : null;
  const candidates = [issuerText, withoutProvince, 'Ủy ban nhân dân tỉnh'];
  for (const candidate of candidates) {
    const entry = candidate === null ? null : resolver.agencyMatcher.matchName(candidate);
    if (entry !== null && !entry.isGroup) return entry.code;
  }
  return resolver.placeholderFor(issuerText ?? 'Ủy ban nhân dân tỉnh', 'metadata.issuer');
}

export function importPlanDocument(blocks: readonly TDocumentBlock[], options: TImportOptions): TImportResult {
  const hasText = blocks.some((block) => (block.kind === 'paragraph' ? block.text.trim() !== '' : block.rows.some((row) => row.some((cell) => cell.trim() !== ''))));
  if (!hasText) return { ok: false, problem: 'empty', message: 'the document has no text.' };
  const parsed = parsePlanDocument(blocks);
  if (parsed.tasks.length === 0) return { ok: false, problem: 'no_tasks', message: NO_TASKS_MESSAGE };
  const metadata = readMetadata(blocks);
  const resolver = new AgencyResolver(options.registry);
  const issueDate = metadata.date ?? options.importDate;
  const tasks: TDraftTask[] = resolveTasks(parsed.tasks, resolver, issueDate, metadata.titleYear);
  const issuer = resolveIssuer(metadata.issuerText, metadata.provinceName, resolver);
  const reporting = findReporting(parsed.narrative, tasks, resolver);
  // What a reviewer must check, worked out once: the summary lists it, the draft comments each task with it.
  const tasksToCheck = findTasksToCheck(tasks, { unknownAgencies: resolver.unknownAgencies(), unassignedCode: UNASSIGNED_CODE });
  const draft = buildDraftPlan({ metadata, issuer, issueDate, tasks, tasksToCheck, reporting, registry: options.registry, resolver });
  const yaml = renderDraftYaml(draft.plan, draft.comments, HEADER_COMMENT(options.sourceName, options.importDate, options.registry.sourceName));
  const summary = summariseImport({ title: metadata.titleVi, tasks, tasksToCheck, unknownAgencies: resolver.unknownAgencies(), unassignedCode: UNASSIGNED_CODE, leftOut: parsed.leftOut, leftOutBecause: parsed.leftOutBecause, defaults: draft.comments.filter((comment) => comment.text.includes('MẶC ĐỊNH / DEFAULT')).length });
  return { ok: true, yaml, plan: draft.plan, summary };
}
