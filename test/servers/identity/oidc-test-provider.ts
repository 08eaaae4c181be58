// A real OpenID provider for the single sign-on tests: `oidc-provider` on a free loopback port,
// with dondoc registered as a confidential client and accounts whose claims the tests change.
// Its login page is replaced by a one-step one: the test names the account in the query
// (`?account=…`), or `?account=refuse` to have the provider answer access_denied.
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type JWK } from 'oidc-provider';

export interface TTestAccount {
  email?: string;
  name?: string;
  dondoc_agency?: unknown;
  dondoc_roles?: unknown;
}

export interface TTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The people the provider knows, by subject: change their claims between sign-ons. */
  accounts: Record<string, TTestAccount>;
  close(): Promise<void>;
}

export async function startTestProvider(options: { redirectUri: string }): Promise<TTestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts: Record<string, TTestAccount> = {};
  const clientId = 'dondoc';
  const clientSecret = 'a client secret of 32 characters';
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as JWK;

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], token_endpoint_auth_method: 'client_secret_basic' }],
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['oidc test provider cookie key'] },
    scopes: ['openid', 'email', 'profile', 'dondoc'],
    claims: { openid: ['sub'], email: ['email'], profile: ['name'], dondoc: ['dondoc_agency', 'dondoc_roles'] },
    features: { devInteractions: { enabled: false } },
    // Minutes, for a test; stated so that the provider does not warn about its defaults.
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_context, subject) => (accounts[subject] ? { accountId: subject, claims: () => ({ sub: subject, ...accounts[subject] }) } : undefined),
    // dondoc is the province's own application: the person is not asked to consent to each scope.
    async loadExistingGrant(context) {
      const grant = new context.oidc.provider.Grant({ clientId: context.oidc.client!.clientId, accountId: context.oidc.session!.accountId! });
      grant.addOIDCScope([...context.oidc.requestParamScopes].join(' '));
      await grant.save();
      return grant;
    },
  });
  const providerCallback = provider.callback();

  server.on('request', (request, response) => {
    if (!request.url?.startsWith('/interaction/')) return void providerCallback(request, response);
    const account = new URL(request.url, issuer).searchParams.get('account') ?? '';
    const result = account === 'refuse' ? { error: 'access_denied', error_description: 'the person declined' } : { login: { accountId: account } };
    provider
      .interactionDetails(request, response)
      .then(() => provider.interactionFinished(request, response, result, { mergeWithLastSubmission: false }))
      .catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
  });

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
