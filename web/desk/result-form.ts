// The result form: one number field per indicator (its count, and its total where the figure is
// a share of a whole), the narrative and the signed report. Read with the workflow's own schema
// (ZReportFile) plus the check the workflow makes of a part against its whole, so that every
// message stands beside its field and nothing typed is lost.
import { ZReportFile, type TReportFile } from '../../client/assignments/results';
import type { TResultTerms } from '../../client/desk/result-terms';
import { ACCEPTED_EXTENSIONS, ATTACHMENT_MAX_BYTES } from '../../client/attachments/check-attachment';
import { CSRF_FIELD } from '../csrf';
import { html, type SafeHtml } from '../html';
import type { TLang } from '../i18n';
import { DESK_WORDS, fill, schemaMessage } from './desk-words';
import { fieldId, fieldMessage, invalidAttributes, textArea, type TFieldMessages } from './form-fields';

export type TIndicatorTerms = TResultTerms['requiredIndicators'];
/** A unit's report (issue #12): one answer per task it answers for; one carried over may be left out. */
export type TSectionTerms = NonNullable<TResultTerms['status']['sections']>;

export const countField = (code: string) => `count.${code}`;
export const totalField = (code: string) => `total.${code}`;
export const sectionField = (taskRef: string) => `section.${taskRef}`;
export const nothingField = (taskRef: string) => `nothing.${taskRef}`;
export const ATTACHMENT_FIELD = 'attachment';

/** A number as an official types it: 12, 1.234 (Vietnamese thousands), 1 234; NaN otherwise. */
export function readNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replace(/\./g, ''));
  if (/^-?\d+([.,]\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
  return Number.NaN;
}

export interface TReadResultForm {
  report: TReportFile | null;
  messages: TFieldMessages;
}

/** The report the form describes, or the message of each field that is wrong. */
export function readResultForm(fields: Record<string, string>, indicators: TIndicatorTerms, lang: TLang, sections: TSectionTerms = []): TReadResultForm {
  const w = DESK_WORDS[lang];
  const messages: TFieldMessages = {};
  const values: { code: string; count: number; total?: number }[] = [];
  /** The form field of each indicator value's count and total, by its place in `values`. */
  const placed: string[] = [];
  for (const indicator of indicators) {
    const countText = (fields[countField(indicator.code)] ?? '').trim();
    const totalText = indicator.needsTotal ? (fields[totalField(indicator.code)] ?? '').trim() : '';
    if (indicator.optional && !countText && !totalText) continue;
    const value: { code: string; count: number; total?: number } = { code: indicator.code, count: 0 };
    let readable = true;
    const read = (name: string, text: string): number => {
      if (!text) messages[name] = w.required;
      else if (Number.isNaN(readNumber(text))) messages[name] = w.notANumber;
      else return readNumber(text);
      readable = false;
      return 0;
    };
    value.count = read(countField(indicator.code), countText);
    if (indicator.needsTotal) value.total = read(totalField(indicator.code), totalText);
    if (!readable) continue;
    placed.push(indicator.code);
    values.push(value);
  }
  const answers: ({ taskRef: string; narrative: string } | { taskRef: string; nothingToReport: true })[] = [];
  for (const section of sections) {
    const text = (fields[sectionField(section.taskRef)] ?? '').trim();
    if (fields[nothingField(section.taskRef)]) answers.push({ taskRef: section.taskRef, nothingToReport: true });
    else if (text) answers.push({ taskRef: section.taskRef, narrative: text });
    else if (!section.carriedOver) messages[sectionField(section.taskRef)] = w.sectionMissing;
  }
  const parsed = ZReportFile.safeParse({ narrative: fields.narrative ?? '', indicators: values, ...(sections.length ? { sections: answers } : {}) });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, index, key] = issue.path;
      const name =
        first === 'indicators' && typeof index === 'number'
          ? `${key === 'total' ? 'total' : 'count'}.${placed[index]}`
          : first === 'sections' && typeof index === 'number'
            ? sectionField(answers[index]?.taskRef ?? '')
            : String(first ?? 'narrative');
      messages[name] ??= schemaMessage(issue.message, lang);
    }
  }
  // The workflow refuses a part larger than its whole (domain/assignment/check-indicators.ts): said here, beside the field.
  for (const value of values) {
    if (value.total !== undefined && value.count > value.total && !messages[countField(value.code)] && !messages[totalField(value.code)]) {
      messages[countField(value.code)] = fill(w.partLargerThanWhole, { count: value.count, total: value.total });
    }
  }
  return { report: parsed.success && !Object.keys(messages).length ? parsed.data : null, messages };
}

function numberInput(name: string, label: string, value: string, messages: TFieldMessages): SafeHtml {
  return html`<label for="${fieldId(name)}">${label}</label><input id="${fieldId(name)}" name="${name}" inputmode="numeric" size="8" value="${value}"${invalidAttributes(name, messages)}>${fieldMessage(name, messages)}`;
}

function sectionAnswer(section: TSectionTerms[number], fields: Record<string, string>, messages: TFieldMessages, lang: TLang): SafeHtml {
  const w = DESK_WORDS[lang];
  const nothingId = fieldId(nothingField(section.taskRef));
  return html`<fieldset class="section"><legend>${section.taskRef} · ${section.role === 'lead' ? w.lead : w.coordinators}${section.carriedOver ? html` · ${w.carriedOver}` : ''}</legend>
<p class="small">${section.taskText}</p>
${textArea({ name: sectionField(section.taskRef), label: `${w.sectionAnswer} ${section.taskRef}`, value: fields[sectionField(section.taskRef)] ?? '', messages, rows: 4 })}
<div class="field"><input type="checkbox" id="${nothingId}" name="${nothingField(section.taskRef)}" value="1"${fields[nothingField(section.taskRef)] ? html` checked` : ''}> <label class="inline" for="${nothingId}">${w.nothingToReport}</label></div>
</fieldset>`;
}

export function renderResultForm(options: { action: string; csrfToken: string; lang: TLang; indicators: TIndicatorTerms; sections?: TSectionTerms; fields: Record<string, string>; messages: TFieldMessages; alert?: SafeHtml | string }): SafeHtml {
  const w = DESK_WORDS[options.lang];
  const { fields, messages } = options;
  const nameOf = (indicator: TIndicatorTerms[number]) => (options.lang === 'vi' ? indicator.nameVi : indicator.nameEn) ?? indicator.code;
  const wholeOf = (indicator: TIndicatorTerms[number]) => (options.lang === 'vi' ? indicator.wholeVi : indicator.wholeEn);
  const rows = options.indicators.map(
    (indicator) => html`<tr>
<th scope="row">${nameOf(indicator)}<div class="small muted">${indicator.code}${indicator.optional ? html` · ${w.optional}` : ''}</div></th>
<td>${numberInput(countField(indicator.code), `${w.count} — ${indicator.code}`, fields[countField(indicator.code)] ?? '', messages)}</td>
<td>${indicator.needsTotal ? html`${numberInput(totalField(indicator.code), `${w.total} — ${indicator.code}`, fields[totalField(indicator.code)] ?? '', messages)}${wholeOf(indicator) ? html`<div class="small muted">${wholeOf(indicator)}</div>` : ''}` : html`<span class="muted">—</span>`}</td>
</tr>`,
  );
  const attachmentId = fieldId(ATTACHMENT_FIELD);
  return html`${options.alert ?? ''}
<form method="post" action="${options.action}" enctype="multipart/form-data" class="panel">
<input type="hidden" name="${CSRF_FIELD}" value="${options.csrfToken}">
<h2>${w.indicators}</h2>
${options.indicators.length ? html`<table class="indicators"><thead><tr><th scope="col">${w.indicator}</th><th scope="col">${w.count}</th><th scope="col">${w.total}</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="muted">${w.noIndicators}</p>`}
<h2>${w.narrative}</h2>
${textArea({ name: 'narrative', label: w.narrative, value: fields.narrative ?? '', messages, hint: w.narrativeHint })}
${options.sections?.length ? html`<h2>${w.sections}</h2>${options.sections.map((section) => sectionAnswer(section, fields, messages, options.lang))}` : ''}
<div class="field"><label for="${attachmentId}">${w.attachment}</label><div class="small muted" id="${attachmentId}-hint">${fill(w.attachmentHint, { mb: ATTACHMENT_MAX_BYTES / 1024 / 1024 })}</div>
<input id="${attachmentId}" name="${ATTACHMENT_FIELD}" type="file" accept="${ACCEPTED_EXTENSIONS.join(',')}"${messages[ATTACHMENT_FIELD] ? html` aria-invalid="true" aria-describedby="${attachmentId}-error ${attachmentId}-hint"` : html` aria-describedby="${attachmentId}-hint"`}>
${fieldMessage(ATTACHMENT_FIELD, messages)}</div>
<button type="submit">${w.send}</button>
</form>`;
}
