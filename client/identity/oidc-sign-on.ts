// Signing in through the province's identity provider (OpenID Connect, authorization code flow
// with PKCE, state and nonce). Begun: the state, nonce and code verifier go into PostgreSQL under
// the SHA-256 of a random secret that only the browser's cookie holds, so any API instance can
// finish it. Finished: the code is redeemed, the claims mapped to the user (created at the first
// sign-on, agency and roles updated from the claims at each one), and a session opens as for a
// password. Every sign-on, succeeded or refused with the reason, goes into the audit log.
import type { TOidcSettings } from '../../config/oidc';
import { OIDC_REQUIRED_VARIABLES } from '../../config/oidc';
import { IDENTITY_ACTIONS, recordIdentityEvents } from '../../data/identity-audit';
import { OidcSignOnRepository } from '../../data/oidc-sign-ons';
import { agencyIsRegistered, UserRepository } from '../../data/users';
import type { TAppContext } from '../app-context';
import { AppError, parseInput, type TErrorCode } from '../errors';
import { AGENCY_ROLES } from './identity';
import { isClaimRefusal, mapOidcClaims, type TMappedClaims } from './oidc-claims';
import { authorizationRequest, providerErrorOf, redeemAuthorizationCode } from './oidc-relying-party';
import { looksLikeSessionSecret, newSessionSecret, sha256Hex } from './secrets';
import { openSession, type TSignedIn } from './sign-in';
import { ZBeginOidcSignOnInput, ZFinishOidcSignOnInput, type TBeginOidcSignOnInput, type TFinishOidcSignOnInput } from './oidc-inputs';

/**
 * A sign-on must come back from the provider within 10 minutes: time to type a password and a
 * second factor there, while a begun sign-on left in a browser is soon worth nothing.
 */
export const OIDC_SIGN_ON_LIFETIME_MS = 10 * 60 * 1000;
/** The subject of the audit entry when the answer names nobody (it did not belong to this browser). */
export const UNKNOWN_OIDC_LOGIN = '(unknown)';

export interface TOidcSignOnBegun {
  /** For the browser's cookie only. */
  signOnSecret: string;
  /** Where to send the browser: the provider's authorization endpoint. */
  authorizationUrl: string;
  expiresAt: Date;
}

export async function beginOidcSignOn(context: TAppContext, input: TBeginOidcSignOnInput, now: Date = new Date()): Promise<TOidcSignOnBegun> {
  const settings = oidcSettingsOf(context);
  const { returnTo } = parseInput(ZBeginOidcSignOnInput, input, 'sign-on');
  const { url, ...request } = await authorizationRequest(settings);
  const signOnSecret = newSessionSecret();
  const expiresAt = new Date(now.getTime() + OIDC_SIGN_ON_LIFETIME_MS);
  await context.write(async (db) => {
    const signOns = new OidcSignOnRepository(db);
    await signOns.deleteExpired(now);
    await signOns.create({ id: sha256Hex(signOnSecret), ...request, returnTo, createdAt: now, expiresAt });
  });
  return { signOnSecret, authorizationUrl: url, expiresAt };
}

export async function finishOidcSignOn(context: TAppContext, input: TFinishOidcSignOnInput, now: Date = new Date()): Promise<TSignedIn & { returnTo: string }> {
  const settings = oidcSettingsOf(context);
  const { signOnSecret, callbackQuery, clientAddress } = parseInput(ZFinishOidcSignOnInput, input, 'sign-on answer');
  const refuse = (refusal: TOidcRefusal) => recordRefusal(context, settings, { ...refusal, clientAddress }, now);
  const restart = 'start again (GET /api/session/oidc)';

  // 1. The sign-on this browser began, used once, and the answer that must belong to it.
  const signOn = signOnSecret && looksLikeSessionSecret(signOnSecret) ? await context.write((db) => new OidcSignOnRepository(db).take(sha256Hex(signOnSecret))) : null;
  if (!signOn) return refuse({ reason: 'unknown-sign-on', code: 'unauthenticated', message: `this browser has no single sign-on in progress (its cookie is missing, or the answer was used already): ${restart}` });
  if (signOn.expiresAt <= now) return refuse({ reason: 'sign-on-expired', code: 'unauthenticated', message: `the sign-on took longer than ${OIDC_SIGN_ON_LIFETIME_MS / 60_000} minutes: ${restart}` });
  const answer = new URLSearchParams(callbackQuery);
  if (answer.get('state') !== signOn.state) {
    return refuse({ reason: 'state-mismatch', code: 'unauthenticated', message: `the provider's answer does not belong to the sign-on this browser began (its state differs): ${restart}` });
  }
  const providerError = answer.get('error');
  if (providerError) {
    return refuse({ reason: 'provider-error', code: 'unauthenticated', detail: { error: providerError }, message: `the identity provider did not sign you in (${providerError}): ${restart}, or ask the provider's administrator` });
  }

  // 2. The code, redeemed with the PKCE verifier; the ID token checked (signature, audience, nonce).
  let claims: Record<string, unknown>;
  try {
    claims = await redeemAuthorizationCode(settings, signOn, callbackQuery);
  } catch (error) {
    const code: TErrorCode = error instanceof AppError ? error.code : 'unauthenticated';
    return refuse({ reason: 'code-not-redeemed', code, detail: { error: providerErrorOf(error) }, message: `the identity provider's answer could not be verified (${providerErrorOf(error)}): ${restart}; if it happens again, an administrator should check the DONDOC_OIDC_* settings` });
  }

  // 3. The claims, mapped to a user of the registry's agencies.
  const mapped = mapOidcClaims(claims, settings);
  const subject = `${settings.issuer} ${String(claims.sub)}`;
  if (isClaimRefusal(mapped)) {
    const { reason, message, login, ...claimed } = mapped;
    return refuse({ reason, code: 'forbidden', message, login: login ?? UNKNOWN_OIDC_LOGIN, detail: { subject, ...claimed } });
  }
  const outcome = await context.write<{ signedIn: TSignedIn } | { reason: string; message: string; login?: string }>(async (db) => {
    if (mapped.agency && !(await agencyIsRegistered(db, mapped.agency))) {
      return { reason: 'unknown-agency', message: `the agency ${mapped.agency} (claim ${settings.agencyClaim}) is not in dondoc's registry: ask the provider's administrator to correct the claim (agencies are registered when a plan that names them is loaded)` };
    }
    if (!mapped.agency && mapped.roles.some((role) => AGENCY_ROLES.includes(role))) {
      return { reason: 'agency-required', message: `an officer or monitor acts for an agency, and the claim ${settings.agencyClaim} names none: ask the provider's administrator to set it` };
    }
    const users = new UserRepository(db);
    const known = await users.findByOidcSubject(subject);
    if (known?.disabledAt) return { reason: 'user-disabled', login: known.login, message: 'your dondoc account is disabled: ask an administrator to enable it' };
    if (!known && (await users.findByLogin(mapped.login))) {
      return { reason: 'login-taken', message: `the login ${mapped.login} belongs to another dondoc user (one who signs in with a password): ask an administrator` };
    }
    const user = known ? await users.update(known.login, { displayName: mapped.displayName, agencyCode: mapped.agency, roles: mapped.roles }) : await users.create({ ...newUserOf(mapped), oidcSubject: subject, createdAt: now });
    const actor = { agency: user.agencyCode, user: user.login };
    const method = { method: 'oidc', clientAddress };
    const changed = known && (known.agencyCode !== user.agencyCode || known.roles.join() !== user.roles.join());
    await recordIdentityEvents(db, [
      ...(!known ? [{ action: IDENTITY_ACTIONS.userAdded, login: user.login, actor, payload: { ...method, subject, displayName: user.displayName, agency: user.agencyCode, roles: user.roles }, occurredAt: now }] : []),
      ...(changed ? [{ action: IDENTITY_ACTIONS.rolesSet, login: user.login, actor, payload: { ...method, from: { roles: known.roles, agency: known.agencyCode }, to: { roles: user.roles, agency: user.agencyCode } }, occurredAt: now }] : []),
      { action: IDENTITY_ACTIONS.loginSucceeded, login: user.login, actor, payload: { ...method, subject, agency: user.agencyCode, roles: user.roles }, occurredAt: now },
    ]);
    return { signedIn: await openSession(db, user, 'oidc', now) };
  });
  if ('reason' in outcome) {
    return refuse({ reason: outcome.reason, code: 'forbidden', message: outcome.message, login: outcome.login ?? mapped.login, detail: { subject, agency: mapped.agency, roles: mapped.roles } });
  }
  return { ...outcome.signedIn, returnTo: signOn.returnTo };
}

/** The settings, or a 404 saying how to turn single sign-on on. */
export function oidcSettingsOf(context: TAppContext): TOidcSettings {
  const settings = context.config.oidc;
  if (!settings) throw new AppError(`single sign-on is off: set ${OIDC_REQUIRED_VARIABLES.join(' and ')} (and DONDOC_OIDC_CLIENT_SECRET for a confidential client) to turn it on; meanwhile sign in with a password (POST /api/session).`, 'not_found');
  return settings;
}

interface TOidcRefusal {
  reason: string;
  code: TErrorCode;
  message: string;
  /** The login the answer names, when it names one. */
  login?: string;
  detail?: Record<string, unknown>;
}

/** Writes the refused sign-on to the audit log, then throws the error the browser is shown. */
async function recordRefusal(context: TAppContext, settings: TOidcSettings, refusal: TOidcRefusal & { clientAddress: string | null }, now: Date): Promise<never> {
  const login = refusal.login ?? UNKNOWN_OIDC_LOGIN;
  await context.write((db) =>
    recordIdentityEvents(db, [
      { action: IDENTITY_ACTIONS.loginFailed, login, actor: { agency: null, user: login }, payload: { method: 'oidc', clientAddress: refusal.clientAddress, issuer: settings.issuer, reason: refusal.reason, ...refusal.detail }, occurredAt: now },
    ]),
  );
  throw new AppError(refusal.message, refusal.code);
}

function newUserOf(mapped: TMappedClaims) {
  // No password: this user signs in only through the provider (an administrator may set one).
  return { login: mapped.login, displayName: mapped.displayName, agencyCode: mapped.agency, roles: mapped.roles, passwordHash: null };
}
