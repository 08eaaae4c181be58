// The administration page: users (add, roles, disable or enable, reset a password) and API
// tokens (create, revoke). A one-time password or a new token is shown once, at the top.
import type { TTokenSummary } from '../../client/identity/tokens';
import type { TUserSummary } from '../../client/identity/users';
import { USER_ROLES, type TUserRole } from '../../client/identity/identity';
import { CSRF_FIELD } from '../csrf';
import { formatDateTime, formatDay } from '../format';
import { html, type SafeHtml } from '../html';
import { words, type TLang } from '../i18n';
import type { TFormState } from './admin-forms';
import type { TOneTimeSecret } from './one-time-secrets';

export const adminWords = {
  vi: {
    title: 'Quản trị người dùng và khóa API', users: 'Người dùng', login: 'Tên đăng nhập', displayName: 'Họ và tên', agency: 'Cơ quan (mã)', agencyHint: 'Mã cơ quan trong danh mục, ví dụ SO_GDDT; để trống nếu không thuộc cơ quan nào.',
    roles: 'Vai trò', state: 'Trạng thái', created: 'Ngày tạo', lastSignIn: 'Đăng nhập lần cuối', never: 'Chưa đăng nhập', actions: 'Thao tác', active: 'Đang hoạt động', disabled: 'Đã khóa từ', none: '—',
    officer: 'Cán bộ cơ quan', monitor: 'Theo dõi', leadership: 'Lãnh đạo', auditor: 'Kiểm tra', admin: 'Quản trị',
    addUser: 'Thêm người dùng', add: 'Thêm', setRoles: 'Đổi vai trò, cơ quan', save: 'Lưu', disable: 'Khóa tài khoản', enable: 'Mở khóa', reset: 'Đặt lại mật khẩu',
    tokens: 'Khóa API (cho chương trình)', prefix: 'Tiền tố', tokenName: 'Tên khóa', owner: 'Người dùng', expires: 'Hết hạn', lastUsed: 'Dùng lần cuối', revoke: 'Thu hồi',
    createToken: 'Tạo khóa API', create: 'Tạo', days: 'Số ngày hiệu lực', tokenStates: 'Hiệu lực|Hết hạn|Đã thu hồi', noTokens: 'Chưa có khóa nào.',
    passwordOnce: 'Mật khẩu dùng một lần của', tokenOnce: 'Khóa API mới của', onceNote: 'Chỉ hiển thị một lần: hãy chép và trao tận tay ngay bây giờ. Tải lại trang sẽ không thấy nữa.',
    fixBelow: 'Chưa lưu được: sửa các mục được đánh dấu bên dưới.', changed: 'Đã lưu thay đổi.',
  },
  en: {
    title: 'Users and API tokens', users: 'Users', login: 'Login', displayName: 'Display name', agency: 'Agency (code)', agencyHint: 'The agency’s code in the registry, e.g. SO_GDDT; blank for none.',
    roles: 'Roles', state: 'State', created: 'Created', lastSignIn: 'Last sign-in', never: 'Never', actions: 'Actions', active: 'Active', disabled: 'Disabled since', none: '—',
    officer: 'Agency officer', monitor: 'Monitor', leadership: 'Leadership', auditor: 'Auditor', admin: 'Administrator',
    addUser: 'Add a user', add: 'Add', setRoles: 'Change roles and agency', save: 'Save', disable: 'Disable', enable: 'Enable', reset: 'Reset password',
    tokens: 'API tokens (for scripts)', prefix: 'Prefix', tokenName: 'Token name', owner: 'User', expires: 'Expires', lastUsed: 'Last used', revoke: 'Revoke',
    createToken: 'Create an API token', create: 'Create', days: 'Days valid', tokenStates: 'Active|Expired|Revoked', noTokens: 'No token yet.',
    passwordOnce: 'One-time password of', tokenOnce: 'New API token of', onceNote: 'Shown once only: copy it and hand it over now. Reloading the page will not show it again.',
    fixBelow: 'Not saved: correct the fields marked below.', changed: 'Saved.',
  },
};

export interface TAdminState {
  secret: TOneTimeSecret | null;
  notice?: { kind: 'error' | 'success'; text: string } | undefined;
  addUser?: TFormState | undefined;
  roles?: (TFormState & { login: string }) | undefined;
  token?: TFormState | undefined;
}

type TAdminWords = (typeof adminWords)['vi'];
/** A user as the page lists them: with the start of their latest session, if any. */
export type TAdminUser = TUserSummary & { lastSignInAt: Date | null };

function errorOf(state: TFormState | undefined, field: string, id: string): { attributes: SafeHtml; message: SafeHtml } {
  const message = state?.errors[field];
  if (!message) return { attributes: html``, message: html`` };
  return { attributes: html` aria-invalid="true" aria-describedby="${id}-error"`, message: html`<p class="field-error" id="${id}-error">${message}</p>` };
}

function textField(id: string, name: string, label: string, value: string, state: TFormState | undefined, extra: SafeHtml = html``): SafeHtml {
  const error = errorOf(state, name, id);
  return html`<div class="field"><label for="${id}">${label}</label><input id="${id}" name="${name}" value="${value}"${error.attributes}${extra}>${error.message}</div>`;
}

function rolesField(id: string, w: TAdminWords, chosen: readonly string[], state: TFormState | undefined): SafeHtml {
  const error = errorOf(state, 'roles', id);
  return html`<fieldset class="roles"${error.attributes}><legend>${w.roles}</legend>${USER_ROLES.map(
    (role) => html`<label><input type="checkbox" name="roles" value="${role}"${chosen.includes(role) ? html` checked` : ''}> ${w[role]}</label> `,
  )}${error.message}</fieldset>`;
}

const csrf = (token: string) => html`<input type="hidden" name="${CSRF_FIELD}" value="${token}">`;
const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');
const roleNames = (roles: readonly TUserRole[], w: TAdminWords) => roles.map((role) => w[role]).join(', ');

function userRow(user: TAdminUser, index: number, w: TAdminWords, state: TAdminState, token: string): SafeHtml {
  const path = `/admin/users/${encodeURIComponent(user.login)}`;
  const editing = state.roles?.login === user.login ? state.roles : undefined;
  const chosen = editing ? ([] as string[]).concat(editing.values.roles ?? []) : user.roles;
  return html`<tr data-login="${user.login}"><th scope="row">${user.login}</th><td>${user.displayName}</td><td>${user.agency ?? w.none}</td><td>${roleNames(user.roles, w)}</td>
<td>${user.disabledAt ? html`<span class="badge status-grey">${w.disabled} ${formatDay(user.disabledAt)}</span>` : html`<span class="badge status-green">${w.active}</span>`}</td><td>${formatDay(user.createdAt)}</td><td>${user.lastSignInAt ? formatDateTime(user.lastSignInAt) : w.never}</td>
<td><details${editing ? html` open` : ''}><summary>${w.setRoles}<span class="muted"> (${user.login})</span></summary><form method="post" action="${path}/roles">${csrf(token)}
${rolesField(`roles-${index}`, w, chosen, editing)}${textField(`agency-${index}`, 'agency', w.agency, editing ? text(editing.values.agency) : user.agency ?? '', editing)}
<button type="submit">${w.save}</button></form></details>
<form method="post" action="${path}/${user.disabledAt ? 'enable' : 'disable'}" class="inline">${csrf(token)}<button type="submit" class="secondary" aria-label="${user.disabledAt ? w.enable : w.disable} ${user.login}">${user.disabledAt ? w.enable : w.disable}</button></form>
<form method="post" action="${path}/password" class="inline">${csrf(token)}<button type="submit" class="secondary" aria-label="${w.reset} ${user.login}">${w.reset}</button></form></td></tr>`;
}

function tokenRow(item: TTokenSummary, w: TAdminWords, token: string): SafeHtml {
  const [active, expired, revoked] = w.tokenStates.split('|');
  const label = item.state === 'active' ? active : item.state === 'expired' ? expired : revoked;
  return html`<tr data-prefix="${item.prefix}"><th scope="row"><code>${item.prefix}</code></th><td>${item.name}</td><td>${item.login}</td><td>${formatDay(item.createdAt)}</td><td>${formatDay(item.expiresAt)}</td><td>${formatDateTime(item.lastUsedAt)}</td>
<td><span class="badge status-${item.state === 'active' ? 'green' : 'grey'}">${label}</span></td>
<td>${item.state === 'active' ? html`<form method="post" action="/admin/tokens/${encodeURIComponent(item.prefix)}/revoke" class="inline">${csrf(token)}<button type="submit" class="secondary">${w.revoke} ${item.prefix}</button></form>` : ''}</td></tr>`;
}

export function renderAdminPage(users: TAdminUser[], tokens: TTokenSummary[], state: TAdminState, csrfToken: string, lang: TLang): SafeHtml {
  const w = words(lang, adminWords);
  const add = state.addUser;
  const tokenForm = state.token;
  const secret = state.secret
    ? html`<div class="notice success one-time" role="status"><p><strong>${state.secret.kind === 'password' ? w.passwordOnce : w.tokenOnce} ${state.secret.login}:</strong> <code data-one-time-secret>${state.secret.secret}</code></p><p class="small">${w.onceNote}</p></div>`
    : '';
  return html`${secret}${state.notice ? html`<div class="notice ${state.notice.kind}" role="${state.notice.kind === 'error' ? 'alert' : 'status'}">${state.notice.text}</div>` : ''}
<h2>${w.users}</h2>
<table class="admin-users"><thead><tr><th scope="col">${w.login}</th><th scope="col">${w.displayName}</th><th scope="col">${w.agency}</th><th scope="col">${w.roles}</th><th scope="col">${w.state}</th><th scope="col">${w.created}</th><th scope="col">${w.lastSignIn}</th><th scope="col">${w.actions}</th></tr></thead>
<tbody>${users.map((user, index) => userRow(user, index, w, state, csrfToken))}</tbody></table>
<section class="panel"><h3>${w.addUser}</h3><form method="post" action="/admin/users" id="add-user">${csrf(csrfToken)}
${textField('new-login', 'login', w.login, text(add?.values.login), add, html` autocomplete="off" required`)}
${textField('new-display-name', 'displayName', w.displayName, text(add?.values.displayName), add, html` required`)}
${textField('new-agency', 'agency', w.agency, text(add?.values.agency), add)}<p class="small muted">${w.agencyHint}</p>
${rolesField('new-roles', w, ([] as string[]).concat(add?.values.roles ?? []), add)}
<button type="submit">${w.add}</button></form></section>
<h2>${w.tokens}</h2>
${tokens.length ? html`<table class="admin-tokens"><thead><tr><th scope="col">${w.prefix}</th><th scope="col">${w.tokenName}</th><th scope="col">${w.owner}</th><th scope="col">${w.created}</th><th scope="col">${w.expires}</th><th scope="col">${w.lastUsed}</th><th scope="col">${w.state}</th><th scope="col">${w.actions}</th></tr></thead>
<tbody>${tokens.map((item) => tokenRow(item, w, csrfToken))}</tbody></table>` : html`<p>${w.noTokens}</p>`}
<section class="panel"><h3>${w.createToken}</h3><form method="post" action="/admin/tokens" id="create-token">${csrf(csrfToken)}
<div class="field"><label for="token-login">${w.owner}</label><select id="token-login" name="login"${errorOf(tokenForm, 'login', 'token-login').attributes}>${users
    .filter((user) => !user.disabledAt)
    .map((user) => html`<option value="${user.login}"${text(tokenForm?.values.login) === user.login ? html` selected` : ''}>${user.login} — ${user.displayName}</option>`)}</select>${errorOf(tokenForm, 'login', 'token-login').message}</div>
${textField('token-name', 'name', w.tokenName, text(tokenForm?.values.name) || 'api', tokenForm, html` required`)}
${textField('token-days', 'expiresInDays', w.days, text(tokenForm?.values.expiresInDays) || '90', tokenForm, html` inputmode="numeric"`)}
<button type="submit">${w.create}</button></form></section>`;
}
