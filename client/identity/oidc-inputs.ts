// The inputs of the single sign-on use-cases.
import { z } from 'zod';

/**
 * Where the browser goes once signed in: a path of this site only, so that nobody can use
 * dondoc's sign-on to send a person to another site ("//evil.example" is another site too).
 */
export const ZReturnTo = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[^\s\\]*$/, { error: 'expected a path on this site starting with a single /, e.g. /assignments' })
  .default('/');

export const ZBeginOidcSignOnInput = z.object({ returnTo: ZReturnTo });
export type TBeginOidcSignOnInput = z.input<typeof ZBeginOidcSignOnInput>;

export const ZFinishOidcSignOnInput = z.object({
  /** The secret from the browser's sign-on cookie; undefined when the browser sent none. */
  signOnSecret: z.string().max(100).optional(),
  /** The callback's query string, as the provider sent it (code, state, iss, or error). */
  callbackQuery: z.string().max(10_000),
  clientAddress: z.string().max(100).nullable().default(null),
});
export type TFinishOidcSignOnInput = z.input<typeof ZFinishOidcSignOnInput>;
