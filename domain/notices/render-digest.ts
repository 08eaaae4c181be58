// One mail that lists several notices for one agency at the same slot, for agencies that asked
// for a digest instead of one mail per notice.
import { escapeHtml, formatVietnameseDate, nfc, responseLink, shorten } from './format';
import { type TNotice } from './notice';
import { type TRenderOptions } from './notice-facts';
import { SUBJECT_PREFIX } from './render-subject';
import { ENGLISH_SEPARATOR } from './render-text';
import { deadlineStanding, noticeHeadline } from './wording';

export interface TDigestAgency {
  code: string;
  name: string;
}

export interface TRenderedDigest {
  subject: string;
  text: string;
  html: string;
}

interface TDigestLine {
  vi: string;
  en: string;
  link: string;
}

export function renderDigest(agency: TDigestAgency, notices: readonly TNotice[], options: TRenderOptions): TRenderedDigest {
  if (notices.length === 0) throw new RangeError('a digest lists at least one notice; received none');
  const lines = notices.map((notice) => digestLine(notice, options));
  const count = notices.length;
  const intro = {
    vi: `Kính gửi: ${agency.name} (${agency.code})\n\nHệ thống dondoc gửi quý cơ quan ${count} thông báo tổng hợp dưới đây:`,
    en: `To: ${agency.name} (${agency.code})\n\ndondoc sends your agency the following ${count} notices in one digest:`,
  };
  const list = (language: 'vi' | 'en') => lines.map((line, index) => `${index + 1}. ${line[language]}\n   ${line.link}`).join('\n');
  const text = [intro.vi, list('vi'), ENGLISH_SEPARATOR, intro.en, list('en')].join('\n\n') + '\n';
  const htmlList = (language: 'vi' | 'en') =>
    `<ol>${lines.map((line) => `<li>${escapeHtml(line[language])} — <a href="${escapeHtml(line.link)}">${escapeHtml(line.link)}</a></li>`).join('')}</ol>`;
  const html = [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">',
    `<div lang="vi"><p>${escapeHtml(intro.vi).replace(/\n/g, '<br>')}</p>${htmlList('vi')}</div>`,
    '<hr>',
    `<div lang="en"><p>${escapeHtml(intro.en).replace(/\n/g, '<br>')}</p>${htmlList('en')}</div>`,
    '</body></html>',
  ].join('\n');
  return {
    subject: nfc(`${SUBJECT_PREFIX} Tổng hợp ${count} thông báo: ${agency.name}`),
    text: nfc(text),
    html: nfc(html),
  };
}

function digestLine(notice: TNotice, options: TRenderOptions): TDigestLine {
  const headline = noticeHeadline(notice);
  const standing = deadlineStanding(notice);
  const task = `${notice.task.ref} ${shorten(notice.task.text, 80)}`;
  const date = notice.deadline ? formatVietnameseDate(notice.deadline) : null;
  return {
    vi: `[${headline.vi}] ${task}${date ? ` — hạn ${date}${standing ? `, ${standing.vi}` : ''}` : ''}`,
    en: `[${headline.en}] ${task}${date ? ` — due ${date}${standing ? `, ${standing.en}` : ''}` : ''}`,
    link: responseLink(options.baseUrl, notice.actionPath),
  };
}
