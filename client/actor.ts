// Who calls the application layer. For now the CLI builds it from --as, --user and --role; the
// HTTP API will build it from a signed-in user. Every use-case takes one, and the updates it
// sends carry it, so the workflow decides whether this actor may act.
import { z } from 'zod';

export const ZAgencyCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'expected an agency code in capitals, e.g. QNG_SO_GDDT' });

export const ZAppActor = z.strictObject({
  /** The agency the person acts for; null for an operator of this machine acting for none (reads, plan loading). */
  agency: ZAgencyCode.nullable(),
  user: z.string().min(1, { error: 'name the acting user (their login or work e-mail), e.g. --user nguyen.van.a@soldtbxh.example' }),
  role: z.enum(['officer', 'auditor', 'operator']),
});
export type TAppActor = z.infer<typeof ZAppActor>;
