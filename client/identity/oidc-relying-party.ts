// dondoc as an OpenID Connect relying party: the provider's metadata and keys, found by
// discovery, and the three exchanges with it (the authorization URL, the code, the user info).
// The provider's metadata is cached per configuration, like any configuration read at start-up;
// nothing about a sign-on in progress is kept here (that is in PostgreSQL, see oidc-sign-on.ts).
import * as oidc from 'openid-client';
import type { TOidcSettings } from '../../config/oidc';
import { AppError } from '../errors';

/**
 * A browser waits on each exchange with the provider: after 10 seconds the person is better told
 * that the provider does not answer than left looking at a blank page.
 */
const PROVIDER_TIMEOUT_SECONDS = 10;

const discovered = new WeakMap<TOidcSettings, Promise<oidc.Configuration>>();

/** The provider's configuration, discovered once per settings; a failed discovery is tried again next time. */
export function providerConfiguration(settings: TOidcSettings): Promise<oidc.Configuration> {
  let configuration = discovered.get(settings);
  if (!configuration) {
    configuration = discover(settings);
    discovered.set(settings, configuration);
    configuration.catch(() => discovered.delete(settings));
  }
  return configuration;
}

async function discover(settings: TOidcSettings): Promise<oidc.Configuration> {
  const authentication = settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None();
  try {
    const configuration = await oidc.discovery(new URL(settings.issuer), settings.clientId, undefined, authentication, {
      timeout: PROVIDER_TIMEOUT_SECONDS,
      // Plain http only for a provider on this machine (config/oidc.ts refuses it elsewhere).
      execute: settings.allowHttpIssuer ? [oidc.allowInsecureRequests] : [],
    });
    configuration.timeout = PROVIDER_TIMEOUT_SECONDS;
    return configuration;
  } catch (error) {
    throw new AppError(
      `the identity provider ${settings.issuer} did not answer its discovery request (${(error as Error).message}): try again in a moment; if it persists, an administrator should check DONDOC_OIDC_ISSUER.`,
      'unavailable',
    );
  }
}

export interface TAuthorizationRequest {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A fresh state, nonce and PKCE verifier, and the provider URL that asks for a code with them. */
export async function authorizationRequest(settings: TOidcSettings): Promise<TAuthorizationRequest & { url: string }> {
  const configuration = await providerConfiguration(settings);
  const request = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: settings.redirectUrl,
    scope: settings.scopes,
    state: request.state,
    nonce: request.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(request.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { ...request, url: url.href };
}

/**
 * Redeems the code the provider sent back (`callbackQuery`, the callback's query string) and
 * returns the person's claims: the ID token's, checked against the nonce, completed by the user
 * info endpoint's (many providers release custom claims only there). The tokens go no further.
 */
export async function redeemAuthorizationCode(settings: TOidcSettings, request: TAuthorizationRequest, callbackQuery: string): Promise<Record<string, unknown>> {
  const configuration = await providerConfiguration(settings);
  // The URL the provider redirected to, as registered: behind a proxy the request's own Host may differ.
  const currentUrl = new URL(settings.redirectUrl);
  currentUrl.search = callbackQuery;
  const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: request.codeVerifier,
    expectedState: request.state,
    expectedNonce: request.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims()!;
  const userInfo = configuration.serverMetadata().userinfo_endpoint ? await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub) : {};
  return { ...userInfo, ...idToken };
}

/** What the provider or the exchange said went wrong, short and without any token: for the audit log and the message. */
export function providerErrorOf(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) return error.error;
  if (error instanceof AppError) return error.message;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : (error as Error).name;
}
