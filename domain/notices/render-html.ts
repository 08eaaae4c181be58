// The HTML part: the same two sections as the text, Vietnamese first, each marked with its
// language so screen readers and translators read it right. Inline styles only: mail clients
// drop style sheets.
import { escapeHtml, nfc } from './format';
import { type TNotice } from './notice';
import { noticeFacts, type TNoticeFacts, type TRenderOptions } from './notice-facts';
import { noticeHeadline } from './wording';

export function renderNoticeHtml(notice: TNotice, options: TRenderOptions): string {
  const facts = noticeFacts(notice, options);
  const headline = noticeHeadline(notice);
  return nfc(
    [
      '<!doctype html>',
      '<html lang="vi"><head><meta charset="utf-8"><title>' + escapeHtml(headline.vi) + '</title></head>',
      '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">',
      section(facts, headline.vi, 'vi', 'Phản hồi'),
      '<hr style="border:none;border-top:1px solid #ccc;margin:24px 0">',
      section(facts, headline.en, 'en', 'Respond'),
      '</body></html>',
    ].join('\n'),
  );
}

function section(facts: TNoticeFacts, headline: string, language: 'vi' | 'en', button: string): string {
  const rows = facts.facts
    .map((fact) => {
      const value = fact.href ? `<a href="${escapeHtml(fact.href)}">${escapeHtml(fact.value[language])}</a>` : escapeHtml(fact.value[language]);
      return `<tr><th style="text-align:left;vertical-align:top;padding:2px 12px 2px 0">${escapeHtml(fact.label[language])}</th><td style="padding:2px 0">${value}</td></tr>`;
    })
    .join('\n');
  return [
    `<div lang="${language}">`,
    `<p>${escapeHtml(facts.greeting[language])}</p>`,
    `<h2 style="font-size:18px">${escapeHtml(headline)}</h2>`,
    `<p>${escapeHtml(facts.lead[language])}</p>`,
    `<table style="border-collapse:collapse">\n${rows}\n</table>`,
    `<p><a href="${escapeHtml(facts.link)}" style="display:inline-block;padding:8px 16px;background:#0b5cad;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(button)}</a></p>`,
    `<p style="color:#777;font-size:12px">${escapeHtml(facts.footer[language])}</p>`,
    '</div>',
  ].join('\n');
}
