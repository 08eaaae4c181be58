// The registry that agency names are matched against: the seed plan's, unless the user names
// another plan file. Either must be a valid plan, so codes and successors copied into the draft
// are valid too.
import { projectPath } from '../../config/project-root';
import { registryFromPlan, type TImportRegistry } from '../../domain/importer';
import { loadPlan } from '../plans/read-plan-file';

/** The seed plan, whose registry names the provincial departments, districts and organisations. */
export const DEFAULT_REGISTRY_PATH = projectPath('plans', 'ke-hoach-135-tre-em.yaml');
const DEFAULT_REGISTRY_NAME = 'plans/ke-hoach-135-tre-em.yaml';

export async function loadRegistry(path: string | undefined): Promise<TImportRegistry> {
  const plan = await loadPlan(path ?? DEFAULT_REGISTRY_PATH);
  return registryFromPlan(plan, path ?? DEFAULT_REGISTRY_NAME);
}
