// The administration pages (role admin): users and API tokens, through the same use-cases as
// /api/users and /api/tokens, which check again that the caller is an enabled administrator.
// Each form is checked with zod; a refusal re-renders the page (400) with the message beside the
// field and what was typed; a success redirects (303) back to /admin, where a one-time password
// or a new token is shown once (carried by an encrypted one-time cookie: web/admin/one-time-secrets.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../../api/routes/actor';
import type { TAppContext } from '../../client/app-context';
import { AppError } from '../../client/errors';
import { ZRevokeTokenInput } from '../../client/identity/identity';
import { lastSignIns } from '../../client/identity/last-sign-ins';
import { createToken, listTokens, revokeToken } from '../../client/identity/tokens';
import { addUser, disableUser, enableUser, listUsers, resetPassword, setRoles } from '../../client/identity/users';
import { checkForm, fieldMessagesOf, formValues, inLanguage, ZAddUserForm, ZCreateTokenForm, ZLoginParam, ZSetRolesForm } from '../admin/admin-forms';
import { adminWords, renderAdminPage, type TAdminState } from '../admin/admin-page';
import { keepOneTimeSecret, takeOneTimeSecret } from '../admin/one-time-secrets';
import { words } from '../i18n';
import { openPage, redirectAfterPost, sendPage, type TPage } from '../page-context';

const WHAT = 'managing users and tokens';
const openAdminPage = (request: FastifyRequest, reply: FastifyReply) => openPage(request, reply, ['admin'], WHAT);

/** Statuses for a refusal shown on the page: the form is re-rendered with it. */
const STATUS: Record<string, number> = { bad_input: 400, conflict: 409, not_found: 404, refused: 422 };

export function registerAdminPages(app: FastifyInstance, context: TAppContext): void {
  async function showAdmin(request: FastifyRequest, reply: FastifyReply, page: TPage, state: Omit<TAdminState, 'secret'>, status = 200) {
    const actor = actorOf(page.identity);
    const [users, tokens, signIns] = await Promise.all([listUsers(context, actor), listTokens(context, actor), lastSignIns(context, actor)]);
    // Taken only when the page is shown: the secret appears once, and a reload does not bring it back.
    const secret = status === 200 ? takeOneTimeSecret(request, reply) : null;
    return sendPage(reply, page, words(page.lang, adminWords).title, renderAdminPage(users.map((user) => ({ ...user, lastSignInAt: signIns.get(user.login) ?? null })), tokens, { ...state, secret }, page.csrfToken, page.lang), status);
  }

  /** Runs a change; a use-case's refusal becomes the page with the message beside `field` of the form `form`. */
  async function change(request: FastifyRequest, reply: FastifyReply, run: (page: TPage) => Promise<void>, refusal: (error: AppError) => Omit<TAdminState, 'secret'>) {
    const page = openAdminPage(request, reply);
    try {
      await run(page);
    } catch (error) {
      if (error instanceof AppError && STATUS[error.code]) return showAdmin(request, reply, page, refusal(error), STATUS[error.code]);
      throw error;
    }
    return redirectAfterPost(reply, '/admin');
  }

  const fixBelow = (page: TPage) => ({ kind: 'error' as const, text: words(page.lang, adminWords).fixBelow });
  const loginOf = (request: FastifyRequest) => {
    const params = ZLoginParam.safeParse(request.params);
    if (!params.success) throw new AppError(`no such user: ${params.error.issues[0]?.message ?? 'bad login'}`, 'not_found');
    return params.data.login;
  };

  app.get('/admin', async (request, reply) => showAdmin(request, reply, openAdminPage(request, reply), {}));

  app.post('/admin/users', async (request, reply) => {
    const page = openAdminPage(request, reply);
    const values = formValues(request.body, { text: ['login', 'displayName', 'agency'], lists: ['roles'] });
    const checked = checkForm(ZAddUserForm, values);
    if ('errors' in checked) return showAdmin(request, reply, page, { notice: fixBelow(page), addUser: { values, errors: inLanguage(checked.errors, page.lang) } }, 400);
    return change(
      request,
      reply,
      async () => {
        const added = await addUser(context, actorOf(page.identity), checked.data);
        if (added.oneTimePassword) keepOneTimeSecret(request, reply, { kind: 'password', login: added.user.login, secret: added.oneTimePassword });
      },
      (error) => ({ notice: fixBelow(page), addUser: { values, errors: fieldMessagesOf(error, error.code === 'conflict' ? 'login' : 'form') } }),
    );
  });

  app.post('/admin/users/:login/roles', async (request, reply) => {
    const page = openAdminPage(request, reply);
    const login = loginOf(request);
    const values = formValues(request.body, { text: ['agency'], lists: ['roles'] });
    const checked = checkForm(ZSetRolesForm, values);
    if ('errors' in checked) return showAdmin(request, reply, page, { notice: fixBelow(page), roles: { login, values, errors: inLanguage(checked.errors, page.lang) } }, 400);
    return change(
      request,
      reply,
      async () => void (await setRoles(context, actorOf(page.identity), { login, ...checked.data })),
      (error) => ({ notice: { kind: 'error', text: error.message }, roles: { login, values, errors: fieldMessagesOf(error, 'roles') } }),
    );
  });

  for (const [action, run] of [
    ['disable', disableUser],
    ['enable', enableUser],
  ] as const) {
    app.post(`/admin/users/:login/${action}`, async (request, reply) =>
      change(request, reply, async (page) => void (await run(context, actorOf(page.identity), { login: loginOf(request) })), (error) => ({ notice: { kind: 'error', text: error.message } })),
    );
  }

  app.post('/admin/users/:login/password', async (request, reply) =>
    change(
      request,
      reply,
      async (page) => {
        const reset = await resetPassword(context, actorOf(page.identity), { login: loginOf(request) });
        if (reset.oneTimePassword) keepOneTimeSecret(request, reply, { kind: 'password', login: reset.user.login, secret: reset.oneTimePassword });
      },
      (error) => ({ notice: { kind: 'error', text: error.message } }),
    ),
  );

  app.post('/admin/tokens', async (request, reply) => {
    const page = openAdminPage(request, reply);
    const values = formValues(request.body, { text: ['login', 'name', 'expiresInDays'] });
    const checked = checkForm(ZCreateTokenForm, values);
    if ('errors' in checked) return showAdmin(request, reply, page, { notice: fixBelow(page), token: { values, errors: inLanguage(checked.errors, page.lang) } }, 400);
    return change(
      request,
      reply,
      async () => {
        const created = await createToken(context, actorOf(page.identity), checked.data);
        keepOneTimeSecret(request, reply, { kind: 'token', login: checked.data.login, secret: created.token, prefix: created.prefix });
      },
      (error) => ({ notice: fixBelow(page), token: { values, errors: fieldMessagesOf(error, 'login') } }),
    );
  });

  app.post('/admin/tokens/:prefix/revoke', async (request, reply) => {
    const page = openAdminPage(request, reply);
    const params = ZRevokeTokenInput.safeParse(request.params);
    if (!params.success) throw new AppError(`no such token: ${params.error.issues[0]?.message ?? 'bad prefix'}`, 'not_found');
    return change(request, reply, async () => void (await revokeToken(context, actorOf(page.identity), params.data)), (error) => ({ notice: { kind: 'error', text: error.message } }));
  });
}
