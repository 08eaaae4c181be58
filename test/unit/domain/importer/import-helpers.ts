// Shared by the importer tests: the seed registry, importing a fixture, and a compact view of
// the draft's tasks to compare against expected values.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importPlanDocument, registryFromPlan, textToBlocks, type TDocumentBlock, type TImportRegistry, type TImportResult } from '../../../../domain/importer';
import type { TPlan, TTask } from '../../../../domain/plan';
import { validatePlan } from '../../../../domain/plan/validate-plan';

export const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const fixturePath = (name: string) => `${repositoryRoot}test/fixtures/documents/${name}`;
/** A fixed "today", so drafts of undated documents are the same on every run. */
export const IMPORT_DATE = '2026-01-05';

export function seedPlan(): TPlan {
  const result = validatePlan(readFileSync(`${repositoryRoot}plans/ke-hoach-135-tre-em.yaml`, 'utf8'));
  if (!result.ok) throw new Error(`seed plan is invalid: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

export function seedRegistry(): TImportRegistry {
  return registryFromPlan(seedPlan(), 'plans/ke-hoach-135-tre-em.yaml');
}

export function importBlocks(blocks: readonly TDocumentBlock[], registry: TImportRegistry = seedRegistry()): Extract<TImportResult, { ok: true }> & { draft: TPlan } {
  const result = importPlanDocument(blocks, { registry, importDate: IMPORT_DATE, sourceName: 'test' });
  if (!result.ok) throw new Error(`import failed: ${result.message}`);
  const validation = validatePlan(result.yaml);
  if (!validation.ok) throw new Error(`draft is invalid: ${JSON.stringify(validation.errors, null, 2)}`);
  return { ...result, draft: validation.plan };
}

export function importText(text: string, registry?: TImportRegistry) {
  return importBlocks(textToBlocks(text), registry);
}

export function importFixture(name: string, registry?: TImportRegistry) {
  return importText(readFileSync(fixturePath(name), 'utf8'), registry);
}

/** ref, lead, coordinators, and the due date or days: what a reviewer checks first. */
export type TTaskRow = [ref: string, lead: string | null, coordinators: string[], kind: TTask['kind'], due: string | string[] | null];

export function taskRows(plan: TPlan): TTaskRow[] {
  return plan.tasks.map((task) => [task.ref, task.lead, task.coordinators, task.kind, task.deadline ?? task.recurrence?.dueDays ?? task.recurrence?.cycle ?? null]);
}

export const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
