// Indicators the annual reports carry. Units hold aggregate numbers only: no child is ever
// identifiable from them (Law on Children 2016, Art. 6 and 21).
import { z } from 'zod';
import { ZIdentifier, ZNonEmptyText } from './primitives';

export const ZIndicator = z.strictObject({
  code: ZIdentifier,
  nameVi: ZNonEmptyText,
  nameEn: ZNonEmptyText,
  unit: z.enum(['count', 'rate']),
  partOfWhole: z.boolean().describe('true when the figure is a share of a larger population (has a denominator)'),
  wholeVi: z.string().optional().describe('The population it is part of, e.g. "tổng số xã, phường, thị trấn"'),
  wholeEn: z.string().optional(),
});
export type TIndicator = z.infer<typeof ZIndicator>;
