// The agencies an import maps names to: by default the seed plan's registry, or the registry of
// any plan file the user names. Drafts copy the entries they use, so the registry plan is the
// source of codes, aliases, contacts and successors.
import type { TAgency, TAgencyGroup, TPlan } from '../plan';

export interface TImportRegistry {
  agencies: readonly TAgency[];
  groups: readonly TAgencyGroup[];
  /** The plan's function tags, so the draft's successors still take over its work. */
  functions: readonly string[];
  provinceName: string | null;
  /** Where the registry came from, named in the draft's header. */
  sourceName: string;
}

export function registryFromPlan(plan: TPlan, sourceName: string): TImportRegistry {
  return { agencies: plan.agencies, groups: plan.groups, functions: plan.metadata.functions, provinceName: plan.metadata.province.nameVi, sourceName };
}
