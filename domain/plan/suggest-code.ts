// When a code is unknown, the likeliest intended one is usually a typo away or was written as
// the agency's Vietnamese short name; naming it saves the user a search through the registry.

export interface TNamedCode {
  code: string;
  nameVi: string;
  aliases: readonly string[];
}

/** Typos beyond two edits are rarely typos; suggesting then would mislead. */
const MAX_TYPO_DISTANCE = 2;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** " Did you mean SO_LDTBXH?" or an empty string when nothing is close. */
export function suggestCode(found: string, known: readonly TNamedCode[]): string {
  const wanted = found.trim().toLowerCase();
  const byName = known.find(
    (entry) => entry.nameVi.toLowerCase() === wanted || entry.aliases.some((alias) => alias.toLowerCase() === wanted),
  );
  if (byName) return ` "${found}" is the name of ${byName.code}: write the code ${byName.code}.`;
  let best: { code: string; distance: number } | null = null;
  for (const entry of known) {
    const distance = editDistance(found.toUpperCase(), entry.code);
    if (distance <= MAX_TYPO_DISTANCE && (best === null || distance < best.distance)) best = { code: entry.code, distance };
  }
  return best ? ` Did you mean ${best.code}?` : '';
}

/**
 * Codes and names from raw, not yet validated plan data: lets a schema error on "Sở GDĐT" point
 * to SO_GDDT even while other parts of the file are still invalid.
 */
export function namedCodesIn(raw: unknown): TNamedCode[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const record = raw as Record<string, unknown>;
  const entries = [record.agencies, record.groups].flatMap((list) => (Array.isArray(list) ? (list as unknown[]) : []));
  return entries.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { code, nameVi, aliases } = entry as Record<string, unknown>;
    if (typeof code !== 'string') return [];
    const aliasList = Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
    return [{ code, nameVi: typeof nameVi === 'string' ? nameVi : code, aliases: aliasList }];
  });
}
