// The plain-text part: Vietnamese first, then the same notice in English.
import { nfc } from './format';
import { type TNotice } from './notice';
import { noticeFacts, type TNoticeFacts, type TRenderOptions } from './notice-facts';
import { noticeHeadline } from './wording';

export const ENGLISH_SEPARATOR = '--- English version ---';

export function renderNoticeText(notice: TNotice, options: TRenderOptions): string {
  const facts = noticeFacts(notice, options);
  const headline = noticeHeadline(notice);
  return nfc([section(facts, headline.vi, 'vi'), ENGLISH_SEPARATOR, section(facts, headline.en, 'en')].join('\n\n') + '\n');
}

function section(facts: TNoticeFacts, headline: string, language: 'vi' | 'en'): string {
  const width = Math.max(...facts.facts.map((fact) => fact.label[language].length));
  return [
    facts.greeting[language],
    '',
    headline.toUpperCase(),
    facts.lead[language],
    '',
    ...facts.facts.map((fact) => `${`${fact.label[language]}:`.padEnd(width + 2)}${fact.value[language]}`),
    '',
    facts.footer[language],
  ].join('\n');
}
