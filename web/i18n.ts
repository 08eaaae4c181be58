// The pages speak Vietnamese first and English on request (?lang=en, remembered in a cookie).
// Each page keeps its own words beside it: `words(lang, { vi: {...}, en: {...} })`.
import type { FastifyReply, FastifyRequest } from 'fastify';

export const LANGUAGES = ['vi', 'en'] as const;
export type TLang = (typeof LANGUAGES)[number];
export const LANG_COOKIE = 'dondoc_lang';

export type TWords<K extends string> = Record<TLang, Record<K, string>>;

/** The language of this request: ?lang= first (and remembered), then the cookie, then Vietnamese. */
export function langOf(request: FastifyRequest, reply?: FastifyReply): TLang {
  const asked = (request.query as { lang?: unknown } | undefined)?.lang;
  if (asked === 'vi' || asked === 'en') {
    reply?.setCookie(LANG_COOKIE, asked, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 86_400 });
    return asked;
  }
  const remembered = request.cookies?.[LANG_COOKIE];
  return remembered === 'en' ? 'en' : 'vi';
}

export function words<K extends string>(lang: TLang, dictionary: TWords<K>): Record<K, string> {
  return dictionary[lang];
}
