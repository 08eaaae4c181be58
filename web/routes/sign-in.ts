// Signing in with a login and a password from a form, signing out, and the home address that
// sends each user to their first page.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE, setSessionCookie } from '../../api/authentication';
import type { TAppContext } from '../../client/app-context';
import { AppError } from '../../client/errors';
import { signInWithPassword, signOut } from '../../client/identity/sign-in';
import { html } from '../html';
import { langOf, words } from '../i18n';
import { homePathOf } from '../layout';
import { sendPage } from '../page-context';

const signInWords = {
  vi: { title: 'Đăng nhập', login: 'Tên đăng nhập', password: 'Mật khẩu', submit: 'Đăng nhập', wrong: 'Tên đăng nhập hoặc mật khẩu không đúng. Kiểm tra cả hai rồi thử lại.', wait: 'Đăng nhập sai quá nhiều lần. Vui lòng chờ rồi thử lại.', sso: 'Đăng nhập một lần (SSO)', signedOut: 'Bạn đã đăng xuất.' },
  en: { title: 'Sign in', login: 'Login', password: 'Password', submit: 'Sign in', wrong: 'The login or the password is wrong. Check both and try again.', wait: 'Too many failed sign-ins. Wait, then try again.', sso: 'Single sign-on', signedOut: 'You have signed out.' },
};

/** Only a path on this site: a sign-in link cannot send the user elsewhere. */
const ZNext = z.string().regex(/^\/(?!\/)[^\s\\]*$/).max(2_000).catch('/');

const ZSignInForm = z.object({ login: z.string().trim().min(1).max(200), password: z.string().min(1).max(1_000), next: ZNext.optional() });

export interface TSignInPageOptions {
  secureCookies: boolean;
  /** Single sign-on is configured: the page offers it. */
  singleSignOn: boolean;
}

export function registerSignInPages(app: FastifyInstance, context: TAppContext, options: TSignInPageOptions): void {
  function signInPage(request: FastifyRequest, reply: FastifyReply, state: { next: string; login?: string; message?: string; status?: number }) {
    const lang = langOf(request, reply);
    const w = words(lang, signInWords);
    const body = html`<div class="panel">
${state.message ? html`<div class="notice error" role="alert">${state.message}</div>` : ''}
<form method="post" action="/sign-in">
<input type="hidden" name="next" value="${state.next}">
<div class="field"><label for="login">${w.login}</label><input id="login" name="login" autocomplete="username" required value="${state.login ?? ''}"></div>
<div class="field"><label for="password">${w.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
<button type="submit">${w.submit}</button>
</form>
${options.singleSignOn ? html`<p><a class="button secondary" href="/api/session/oidc">${w.sso}</a></p>` : ''}
</div>`;
    return sendPage(reply, { identity: null, lang, path: '/sign-in' }, w.title, body, state.status ?? 200);
  }

  app.get('/sign-in', async (request, reply) => {
    const next = ZNext.parse((request.query as { next?: unknown }).next ?? '/');
    if (request.identity) return reply.redirect(next === '/' ? homePathOf(request.identity) : next, 303);
    const signedOut = (request.query as { signedOut?: unknown }).signedOut === '1';
    return signInPage(request, reply, { next, ...(signedOut ? { message: words(langOf(request), signInWords).signedOut, status: 200 } : {}) });
  });

  app.post('/sign-in', async (request, reply) => {
    const w = words(langOf(request), signInWords);
    const form = ZSignInForm.safeParse(request.body);
    const next = ZNext.parse((request.body as { next?: unknown } | null)?.next ?? '/');
    if (!form.success) return signInPage(request, reply, { next, message: w.wrong, status: 400 });
    try {
      const signedIn = await signInWithPassword(context, { login: form.data.login, password: form.data.password, clientAddress: request.ip });
      setSessionCookie(reply, signedIn.sessionSecret, signedIn.expiresAt, options.secureCookies);
      return reply.redirect(next === '/' ? homePathOf(signedIn.identity) : next, 303);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'unauthenticated' || error.code === 'rate_limited' || error.code === 'bad_input')) {
        return signInPage(request, reply, { next, login: form.data.login, message: error.code === 'rate_limited' ? w.wait : w.wrong, status: error.code === 'rate_limited' ? 429 : 401 });
      }
      throw error;
    }
  });

  app.post('/sign-out', async (request, reply) => {
    const secret = request.cookies[SESSION_COOKIE];
    if (secret && request.identity) await signOut(context, secret);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/sign-in?signedOut=1', 303);
  });

  app.get('/', async (request, reply) => reply.redirect(request.identity ? homePathOf(request.identity) : '/sign-in', 303));
}
