// Indicators the annual reports carry. Units hold aggregate numbers only: no child is ever
// identifiable from them (Law on Children 2016, Art. 6 and 21).
import { z } from 'zod';
import { ZAgencyKind } from './agencies';
import { ZIdentifier, ZLine, ZName } from './primitives';

export const ZIndicator = z.strictObject({
  code: ZIdentifier,
  nameVi: ZName,
  nameEn: ZName,
  unit: z.enum(['count', 'rate']),
  partOfWhole: z.boolean().describe('true when the figure is a share of a larger population (has a denominator)'),
  wholeVi: ZLine.optional().describe('The population it is part of, e.g. "tổng số xã, phường, đặc khu"'),
  wholeEn: ZLine.optional(),
  // A department of finance does not hold how many communes are child-friendly: only the level
  // that holds a figure is asked for it, and only that level's figures are summed.
  suppliedBy: z
    .array(ZAgencyKind)
    .min(1)
    .optional()
    .describe('Agency kinds that hold the figure and are asked for it (commune, district, department…); left out: every reporter is asked'),
  optional: z.boolean().default(false).describe('true when a supplying unit may leave the figure out of its report'),
});
export type TIndicator = z.infer<typeof ZIndicator>;
