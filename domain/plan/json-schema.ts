// The plan file format as JSON Schema, for editors (YAML language servers) and other tools.
// Cross-field rules (codes that must exist, dates inside the plan) are not expressible there:
// `dondoc plan validate` checks them.
import { z } from 'zod';
import { ZPlan } from './plan';

export function planJsonSchema(): Record<string, unknown> {
  // `input`: a plan file may omit fields that have defaults, so they are not required.
  return z.toJSONSchema(ZPlan, { io: 'input', target: 'draft-2020-12' });
}
