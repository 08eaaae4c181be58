// The frame of every page: the top bar with the pages the signed-in user may open, the language
// switch, sign-out, and the content. No inline script and no inline style (the content security
// policy forbids scripts; styles live in the one stylesheet).
import type { TIdentity, TUserRole } from '../client/identity/identity';
import { CSRF_FIELD } from './csrf';
import { html, type SafeHtml } from './html';
import { words, type TLang } from './i18n';

export const STYLESHEET_PATH = '/assets/dondoc.css';

interface TNavItem {
  path: string;
  key: 'board' | 'desk' | 'reports' | 'obstacles' | 'audit' | 'admin';
  roles: TUserRole[];
}

/** The pages in the top bar, each shown only to the roles that may open it. */
export const NAV_ITEMS: TNavItem[] = [
  { path: '/board', key: 'board', roles: ['monitor', 'leadership'] },
  { path: '/desk', key: 'desk', roles: ['officer'] },
  { path: '/reports', key: 'reports', roles: ['monitor', 'leadership', 'auditor'] },
  { path: '/obstacles', key: 'obstacles', roles: ['officer', 'monitor', 'leadership', 'auditor'] },
  { path: '/audit', key: 'audit', roles: ['auditor', 'monitor'] },
  { path: '/admin', key: 'admin', roles: ['admin'] },
];

const frameWords = {
  vi: { board: 'Bảng theo dõi hạn', desk: 'Việc của cơ quan', reports: 'Báo cáo tổng hợp', obstacles: 'Vướng mắc', audit: 'Phòng kiểm tra', admin: 'Quản trị', signOut: 'Đăng xuất', skip: 'Bỏ qua đến nội dung', other: 'English', footer: 'dondoc — đôn đốc thực hiện kế hoạch. Giờ Việt Nam (UTC+7).' },
  en: { board: 'Deadline board', desk: 'Agency desk', reports: 'Consolidated reports', obstacles: 'Obstacles', audit: "Auditors' room", admin: 'Administration', signOut: 'Sign out', skip: 'Skip to content', other: 'Tiếng Việt', footer: 'dondoc — following up the implementation of plans. Vietnam time (UTC+7).' },
};

export interface TPageOptions {
  lang: TLang;
  title: string;
  body: SafeHtml;
  /** The signed-in user; null on the sign-in and error pages for a visitor. */
  identity: TIdentity | null;
  /** The session's form token, for the sign-out form. */
  csrfToken?: string;
  /** The path of this page (for the current item in the top bar and the language switch). */
  path: string;
}

/** The first page for a user: the board for monitors and leaders, the desk for officers, … */
export function homePathOf(identity: TIdentity): string {
  return NAV_ITEMS.find((item) => item.roles.some((role) => identity.roles.includes(role)))?.path ?? '/sign-in';
}

export function renderPage(options: TPageOptions): string {
  const w = words(options.lang, frameWords);
  const other = options.lang === 'vi' ? 'en' : 'vi';
  const separator = options.path.includes('?') ? '&' : '?';
  const nav = options.identity
    ? NAV_ITEMS.filter((item) => item.roles.some((role) => options.identity!.roles.includes(role))).map(
        (item) => html`<a href="${item.path}"${options.path.split('?')[0]!.startsWith(item.path) ? html` aria-current="page"` : ''}>${w[item.key]}</a>`,
      )
    : [];
  const who = options.identity
    ? html`<span>${options.identity.displayName}${options.identity.agency ? html` · ${options.identity.agency}` : ''}</span>
<form method="post" action="/sign-out"><input type="hidden" name="${CSRF_FIELD}" value="${options.csrfToken ?? ''}"><button type="submit">${w.signOut}</button></form>`
    : '';
  return `<!doctype html>${html`<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — dondoc</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<a class="skip" href="#content">${w.skip}</a>
<header class="top">
<a class="brand" href="/">dondoc</a>
<nav aria-label="dondoc">${nav}</nav>
<div class="who">${who}<a href="${options.path}${separator}lang=${other}" lang="${other}">${w.other}</a></div>
</header>
<main id="content">
<h1>${options.title}</h1>
${options.body}
</main>
<footer>${w.footer}</footer>
</body>
</html>`}`;
}
