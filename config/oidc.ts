// Single sign-on through OpenID Connect: provinces run their own identity providers, and dondoc
// signs their people in with the authorization code flow. Off unless DONDOC_OIDC_ISSUER is set.
import { z } from 'zod';
import { ConfigError } from './config-error';

/** Where the provider sends the browser back; the API serves this path. */
export const OIDC_CALLBACK_PATH = '/api/session/oidc/callback';
/** The variables that turn single sign-on on, for the messages that say how. */
export const OIDC_REQUIRED_VARIABLES = ['DONDOC_OIDC_ISSUER', 'DONDOC_OIDC_CLIENT_ID'] as const;

const claimName = z.string().regex(/^[\w.:/-]{1,200}$/, 'expected the name of a claim in the ID token or user info, e.g. dondoc_agency');

export const ZOidcEnvironment = z.object({
  /** The provider's issuer URL; its /.well-known/openid-configuration describes the rest. */
  DONDOC_OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'expected the issuer URL of the OpenID provider, e.g. https://sso.quangngai.gov.vn/realms/staff' }).optional(),
  DONDOC_OIDC_CLIENT_ID: z.string().min(1).max(500).optional(),
  /** Unset: a public client (PKCE only). Never logged. */
  DONDOC_OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  DONDOC_OIDC_REDIRECT_URL: z
    .url({ protocol: /^https?$/, error: `expected the callback URL registered at the provider, e.g. https://dondoc.example.org${OIDC_CALLBACK_PATH}` })
    .refine((url) => new URL(url).pathname.endsWith(OIDC_CALLBACK_PATH), `the path must end with ${OIDC_CALLBACK_PATH} (the API's callback)`)
    .optional(),
  DONDOC_OIDC_SCOPES: z
    .string()
    .regex(/(^|\s)openid(\s|$)/, 'expected space-separated scopes including openid, e.g. "openid email profile"')
    .default('openid email profile'),
  DONDOC_OIDC_AGENCY_CLAIM: claimName.default('dondoc_agency'),
  DONDOC_OIDC_ROLES_CLAIM: claimName.default('dondoc_roles'),
});
type TOidcEnvironment = z.infer<typeof ZOidcEnvironment> & { DONDOC_BASE_URL: string; DONDOC_API_HOST: string; DONDOC_API_PORT: number };

export interface TOidcSettings {
  issuer: string;
  clientId: string;
  /** Null: a public client, which proves itself by PKCE alone. */
  clientSecret: string | null;
  redirectUrl: string;
  scopes: string;
  agencyClaim: string;
  rolesClaim: string;
  /** Plain http to the provider: allowed only for one on this machine (a test or a trial). */
  allowHttpIssuer: boolean;
}

const loopbackHosts = ['localhost', '127.0.0.1', '[::1]'];

/** The single sign-on settings, null when off; a ConfigError for an incomplete or unsafe set. */
export function oidcSettings(value: TOidcEnvironment, options: { baseUrlSet: boolean }): TOidcSettings | null {
  const issuer = value.DONDOC_OIDC_ISSUER;
  if (!issuer) {
    const stray = (['DONDOC_OIDC_CLIENT_ID', 'DONDOC_OIDC_CLIENT_SECRET', 'DONDOC_OIDC_REDIRECT_URL'] as const).filter((name) => value[name] !== undefined);
    if (stray.length > 0) throw new ConfigError(`${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} set but DONDOC_OIDC_ISSUER is not: set the provider's issuer URL to turn single sign-on on, or unset ${stray.length === 1 ? 'it' : 'them'}.`);
    return null;
  }
  if (!value.DONDOC_OIDC_CLIENT_ID) throw new ConfigError('DONDOC_OIDC_ISSUER is set: set DONDOC_OIDC_CLIENT_ID too (the client id dondoc is registered under at the provider).');
  const issuerUrl = new URL(issuer);
  const allowHttpIssuer = issuerUrl.protocol === 'http:';
  if (allowHttpIssuer && !loopbackHosts.includes(issuerUrl.hostname)) {
    throw new ConfigError(`DONDOC_OIDC_ISSUER=${issuer}: the provider must be reached over https (tokens travel on this connection); plain http is accepted only for localhost or 127.0.0.1.`);
  }
  return {
    issuer,
    clientId: value.DONDOC_OIDC_CLIENT_ID,
    clientSecret: value.DONDOC_OIDC_CLIENT_SECRET ?? null,
    redirectUrl: value.DONDOC_OIDC_REDIRECT_URL ?? defaultRedirectUrl(value, options.baseUrlSet),
    scopes: value.DONDOC_OIDC_SCOPES.trim().split(/\s+/).join(' '),
    agencyClaim: value.DONDOC_OIDC_AGENCY_CLAIM,
    rolesClaim: value.DONDOC_OIDC_ROLES_CLAIM,
    allowHttpIssuer,
  };
}

/** dondoc's public address when DONDOC_BASE_URL says it (behind a proxy), else the API's own address. */
function defaultRedirectUrl(value: TOidcEnvironment, baseUrlSet: boolean): string {
  if (baseUrlSet) return `${value.DONDOC_BASE_URL.replace(/\/+$/, '')}${OIDC_CALLBACK_PATH}`;
  const host = value.DONDOC_API_HOST.includes(':') ? `[${value.DONDOC_API_HOST}]` : value.DONDOC_API_HOST;
  return `http://${host}:${value.DONDOC_API_PORT}${OIDC_CALLBACK_PATH}`;
}
