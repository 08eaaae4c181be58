// The registry that agency names are matched against: the seed plan's, unless the user names
// another plan file. Either must be a valid plan, so codes and successors copied into the draft
// are valid too.
import { fileURLToPath } from 'node:url';
import { registryFromPlan, type TImportRegistry } from '../../domain/importer';
import { loadPlan } from '../commands/plan';

/** The seed plan, whose registry names the provincial departments, districts and organisations. */
export const DEFAULT_REGISTRY_PATH = fileURLToPath(new URL('../../plans/ke-hoach-135-tre-em.yaml', import.meta.url));
const DEFAULT_REGISTRY_NAME = 'plans/ke-hoach-135-tre-em.yaml';

export async function loadRegistry(path: string | undefined): Promise<TImportRegistry> {
  const plan = await loadPlan(path ?? DEFAULT_REGISTRY_PATH);
  return registryFromPlan(plan, path ?? DEFAULT_REGISTRY_NAME);
}
