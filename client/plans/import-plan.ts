// A Vietnamese plan document (.txt, .docx, .pdf) in, a draft plan file out, with a summary of
// what was found and what needs a reviewer. The document's format is told by its content; the
// reading of the text is domain/importer.
import { basename } from 'node:path';
import { importPlanDocument, type TImportSummary } from '../../domain/importer';
import { validatePlan } from '../../domain/plan/validate-plan';
import type { TAppActor } from '../actor';
import { AppError } from '../errors';
import { loadRegistry } from '../import/load-registry';
import { readPlanDocument, type TDocumentFormat } from '../import/read-plan-document';

export interface TImportedPlan {
  format: TDocumentFormat;
  /** The draft plan file (YAML), with defaults marked for review. */
  yaml: string;
  summary: TImportSummary;
  /** The registry the agency names were matched against. */
  registry: string;
  valid: boolean;
  /** What the draft still needs before it validates, with lines. */
  problems: string[];
}

/** Today in Vietnam: it stands in for a missing issue date, so it is the officials' calendar day. */
function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

export async function importPlan(_actor: TAppActor, input: { document: string; registryFile?: string }): Promise<TImportedPlan> {
  const registry = await loadRegistry(input.registryFile);
  const { format, blocks } = await readPlanDocument(input.document);
  const result = importPlanDocument(blocks, { registry, importDate: todayInVietnam(), sourceName: basename(input.document) });
  if (!result.ok) throw new AppError(`${input.document}: ${result.message}`, 'bad_input');
  const validation = validatePlan(result.yaml);
  const problems = validation.ok ? [] : validation.errors.map((error) => `line ${error.line}, ${error.path}: ${error.message}`);
  return { format, yaml: result.yaml, summary: result.summary, registry: registry.sourceName, valid: validation.ok, problems };
}
