// Who acts on an assignment. Every update carries one; the workflow decides whether that actor
// may do it. Auditors read, never write.
import { z } from 'zod';

export const ZActor = z.strictObject({
  agency: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'expected the acting agency code, e.g. SO_LDTBXH' }),
  user: z.string().min(1, { error: 'name the acting user (their login or work e-mail)' }),
  role: z.enum(['officer', 'auditor', 'system']).default('officer'),
});
export type TActor = z.infer<typeof ZActor>;
export type TActorInput = z.input<typeof ZActor>;
