// Figures the simulated agencies report: made up, but deterministic (the same assignment and
// period always report the same counts, so a test can assert the consolidated sums) and always
// valid (whole, not negative, parts not above their whole).
import type { z } from 'zod';
import type { TIndicatorValue, ZRequiredIndicator } from '../assignment';

type TRequiredIndicator = z.input<typeof ZRequiredIndicator>;

/** Wholes between 10 and 100: the size of a district's commune or child population in the seed's units. */
const smallestWhole = 10;
const wholeRange = 91;

/** FNV-1a: a stable, dependency-free 32-bit hash; nothing here needs to be secret. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

export function syntheticIndicatorValues(required: readonly TRequiredIndicator[], seed: string): TIndicatorValue[] {
  return required.map(({ code, needsTotal }) => {
    const value = hash(`${seed}|${code}`);
    const total = smallestWhole + (value % wholeRange);
    const count = (value >>> 8) % (total + 1);
    return needsTotal ? { code, count, total } : { code, count };
  });
}

/**
 * The consolidated figures of a period: each indicator's counts, and wholes where it has them,
 * summed over the units that reported. Results are validated, so a share always carries its whole.
 */
export function consolidateIndicators(required: readonly TRequiredIndicator[], results: readonly (readonly TIndicatorValue[])[]): TIndicatorValue[] {
  return required.map(({ code, needsTotal }) => {
    const values = results.flatMap((result) => result.filter((value) => value.code === code));
    const count = values.reduce((sum, value) => sum + value.count, 0);
    if (!needsTotal) return { code, count };
    return { code, count, total: values.reduce((sum, value) => sum + (value.total ?? value.count), 0) };
  });
}
