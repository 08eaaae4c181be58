// Who is signed in, and the inputs of the identity use-cases. A person signs in with a password
// (a browser session) or through single sign-on (OpenID Connect), or presents an API token (a script); the
// interfaces turn the identity into the actor the other use-cases take.
import { z } from 'zod';
import { safeName } from '../../domain/text/safe-text';
import { ZAgencyCode } from '../actor';

export const USER_ROLES = ['officer', 'monitor', 'leadership', 'auditor', 'admin'] as const;
export const ZUserRole = z.enum(USER_ROLES, { error: `expected one of the roles ${USER_ROLES.join(', ')}` });
export type TUserRole = z.infer<typeof ZUserRole>;

/** Roles that act for an agency, so a user who has one must belong to an agency of the registry. */
export const AGENCY_ROLES: readonly TUserRole[] = ['officer', 'monitor'];

export const ZSignInMethod = z.enum(['password', 'oidc', 'token']);

export const ZIdentity = z.object({
  userId: z.string(),
  login: z.string(),
  displayName: z.string(),
  /** The agency the person works for; null for an administrator, auditor or leader acting for none. */
  agency: z.string().nullable(),
  roles: z.array(ZUserRole),
  method: ZSignInMethod,
});
export type TIdentity = z.infer<typeof ZIdentity>;

/** Logins are compared in lower case without surrounding spaces: "Nguyen.A " and "nguyen.a" are one person. */
export function normalizeLogin(login: string): string {
  return login.normalize('NFC').trim().toLowerCase();
}

export const ZLogin = z
  .string()
  .transform(normalizeLogin)
  .pipe(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9._@+-]{0,253}$/, { error: 'expected a login name or work e-mail (letters, digits and . _ @ + -), e.g. nguyen.van.a@soyt.example' }),
  );

/** A new password. Twelve characters at least: with argon2id and the sign-in throttle, a passphrase of a few words is out of reach of guessing. */
export const ZNewPassword = z
  .string()
  .min(12, { error: 'a password needs at least 12 characters (a passphrase of a few words is easiest to remember)' })
  .max(256, { error: 'a password has at most 256 characters' });

/** Roles without repeats, in the canonical order, so that the same set always reads the same. */
export const ZRoles = z
  .array(ZUserRole)
  .min(1, { error: `give at least one role: ${USER_ROLES.join(', ')}` })
  .transform((roles) => USER_ROLES.filter((role) => roles.includes(role)));

export const ZSignInInput = z.object({
  login: z.string().transform(normalizeLogin).pipe(z.string().min(1, { error: 'enter your login' }).max(254)),
  // Bounded so that nobody makes the server hash megabytes; never echoed in a message.
  password: z.string().min(1, { error: 'enter your password' }).max(1024),
  /** The caller's network address, for the audit log (null when unknown, e.g. a test). */
  clientAddress: z.string().max(100).nullable().default(null),
});
export type TSignInInput = z.input<typeof ZSignInInput>;

export const ZAddUserInput = z.object({
  login: ZLogin,
  displayName: safeName('the display name', 200).min(1, { error: 'give the name people know the user by' }),
  agency: ZAgencyCode.nullable().default(null),
  roles: ZRoles,
  /** Omitted: a one-time password is generated and returned once. */
  password: ZNewPassword.optional(),
});
export type TAddUserInput = z.input<typeof ZAddUserInput>;

export const ZLoginInput = z.object({ login: ZLogin });
export type TLoginInput = z.input<typeof ZLoginInput>;

export const ZListUsersInput = z.object({ agency: ZAgencyCode.optional() });
export type TListUsersInput = z.input<typeof ZListUsersInput>;

export const ZResetPasswordInput = z.object({ login: ZLogin, password: ZNewPassword.optional() });
export type TResetPasswordInput = z.input<typeof ZResetPasswordInput>;

export const ZSetRolesInput = z.object({
  login: ZLogin,
  roles: ZRoles,
  /** Omitted: the agency stays; null: the user acts for no agency. */
  agency: ZAgencyCode.nullable().optional(),
});
export type TSetRolesInput = z.input<typeof ZSetRolesInput>;

/** A token lives 90 days unless said otherwise: a token forgotten on a laptop or in a script stops working by itself. */
export const DEFAULT_TOKEN_LIFETIME_DAYS = 90;
/** At most a year: every token is replaced at least once a year, so a leaked one does not serve for ever. */
export const MAX_TOKEN_LIFETIME_DAYS = 365;

export const ZCreateTokenInput = z.object({
  login: ZLogin,
  name: z.string().trim().min(1, { error: 'name the token after what uses it, e.g. "nightly export"' }).max(100).default('api'),
  expiresInDays: z
    .number()
    .int({ error: 'expected a whole number of days' })
    .min(1, { error: 'a token lives at least 1 day' })
    .max(MAX_TOKEN_LIFETIME_DAYS, { error: `a token lives at most ${MAX_TOKEN_LIFETIME_DAYS} days: create a new one before it expires` })
    .default(DEFAULT_TOKEN_LIFETIME_DAYS),
});
export type TCreateTokenInput = z.input<typeof ZCreateTokenInput>;

export const ZListTokensInput = z.object({ login: ZLogin.optional() });
export type TListTokensInput = z.input<typeof ZListTokensInput>;

export const ZRevokeTokenInput = z.object({
  prefix: z.string().trim().regex(/^ddk_[A-Za-z0-9_-]{8}$/, { error: 'expected the 12-character prefix that dondoc token list shows, e.g. ddk_Ab3dE6gH' }),
});
export type TRevokeTokenInput = z.input<typeof ZRevokeTokenInput>;
