// The monitoring department's forms on the assignment page: review the submitted result (accept,
// or return it with a note and a new due day), decide a pending extension, request a written
// explanation. Each is validated here with zod; a message is a key of the page's words, shown
// beside its field, and what was typed is kept.
import { z } from 'zod';
import { CSRF_FIELD } from '../csrf';
import { html, type SafeHtml } from '../html';
import { words, type TLang } from '../i18n';
import { formWords, type TFormMessage } from './words';

const note = z.string().trim().max(5_000, { message: 'tooLong' satisfies TFormMessage });

export const ZReviewForm = z
  .object({
    decision: z.enum(['accept', 'return'], { message: 'chooseDecision' satisfies TFormMessage }),
    note: note.default(''),
    newDueDay: z.string().trim().default(''),
  })
  .superRefine((form, issues) => {
    if (form.decision !== 'return') return;
    if (!form.note) issues.addIssue({ code: 'custom', path: ['note'], message: 'noteRequired' satisfies TFormMessage });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.newDueDay) || Number.isNaN(Date.parse(`${form.newDueDay}T00:00:00Z`))) issues.addIssue({ code: 'custom', path: ['newDueDay'], message: 'dayRequired' satisfies TFormMessage });
  });

export const ZExtensionDecisionForm = z.object({ approve: z.enum(['yes', 'no'], { message: 'chooseDecision' satisfies TFormMessage }), note: note.default('') });
export const ZExplanationRequestForm = z.object({ note: note.default('') });

export type TFormName = 'review' | 'extension-decision' | 'explanation-request';

/** A form sent back: what was typed, the message beside each field, and a message for the whole form (a refusal). */
export interface TFormState {
  form: TFormName;
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  formError?: string;
}

/** The messages of a failed parse, by field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
  return errors;
}

/** The typed values of a form body, as text. */
export function valuesOf(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([key, value]) => key !== CSRF_FIELD && typeof value === 'string') as [string, string][]);
}

interface TFormContext {
  lang: TLang;
  action: string;
  csrfToken: string;
  state: TFormState | null;
}

function messageOf(lang: TLang, key: string | undefined): string | undefined {
  if (!key) return undefined;
  const w = words(lang, formWords);
  return key in w ? w[key as keyof typeof w] : key;
}

/** A labelled field with its message beside it (aria-invalid, aria-describedby). */
function field(context: TFormContext, form: TFormName, name: string, label: string, control: (attributes: SafeHtml) => SafeHtml): SafeHtml {
  const id = `${form}-${name}`;
  const error = context.state?.form === form ? messageOf(context.lang, context.state.fieldErrors[name]) : undefined;
  const attributes = error ? html` id="${id}" name="${name}" aria-invalid="true" aria-describedby="${id}-error"` : html` id="${id}" name="${name}"`;
  return html`<div class="field"><label for="${id}">${label}</label>${control(attributes)}${error ? html`<div class="field-error" id="${id}-error">${error}</div>` : ''}</div>`;
}

function radios(context: TFormContext, form: TFormName, name: string, legend: string, options: [string, string][]): SafeHtml {
  const state = context.state?.form === form ? context.state : null;
  const error = messageOf(context.lang, state?.fieldErrors[name]);
  const chosen = state?.values[name];
  return html`<fieldset class="choices"${error ? html` aria-invalid="true" aria-describedby="${form}-${name}-error"` : ''}><legend>${legend}</legend>${options.map(
    ([value, label]) => html`<label class="inline"><input type="radio" name="${name}" value="${value}"${chosen === value ? html` checked` : ''}> ${label}</label>`,
  )}${error ? html`<div class="field-error" id="${form}-${name}-error">${error}</div>` : ''}</fieldset>`;
}

function frame(context: TFormContext, form: TFormName, title: string, body: SafeHtml, submit: string): SafeHtml {
  const formError = context.state?.form === form ? context.state.formError : undefined;
  return html`<form method="post" action="${context.action}" class="panel action-form" id="form-${form}"><h3>${title}</h3>
${formError ? html`<div class="notice error" role="alert">${formError}</div>` : ''}<input type="hidden" name="${CSRF_FIELD}" value="${context.csrfToken}">${body}<button type="submit">${submit}</button></form>`;
}

export function reviewForm(context: TFormContext): SafeHtml {
  const w = words(context.lang, formWords);
  const value = (name: string) => (context.state?.form === 'review' ? (context.state.values[name] ?? '') : '');
  return frame(
    context,
    'review',
    w.reviewTitle,
    html`${radios(context, 'review', 'decision', w.decision, [['accept', w.accept], ['return', w.return]])}
${field(context, 'review', 'note', w.reviewNote, (attributes) => html`<textarea${attributes}>${value('note')}</textarea>`)}
${field(context, 'review', 'newDueDay', w.newDueDay, (attributes) => html`<input type="date"${attributes} value="${value('newDueDay')}">`)}`,
    w.sendReview,
  );
}

export function extensionDecisionForm(context: TFormContext, pending: { newDueDay: string; reason: string }): SafeHtml {
  const w = words(context.lang, formWords);
  const value = context.state?.form === 'extension-decision' ? (context.state.values.note ?? '') : '';
  return frame(
    context,
    'extension-decision',
    w.extensionTitle,
    html`<p>${w.extensionAsked} ${pending.newDueDay.split('-').reverse().join('/')} — ${pending.reason}</p>
${radios(context, 'extension-decision', 'approve', w.decision, [['yes', w.approve], ['no', w.deny]])}
${field(context, 'extension-decision', 'note', w.note, (attributes) => html`<textarea${attributes}>${value}</textarea>`)}`,
    w.sendDecision,
  );
}

export function explanationRequestForm(context: TFormContext): SafeHtml {
  const w = words(context.lang, formWords);
  const value = context.state?.form === 'explanation-request' ? (context.state.values.note ?? '') : '';
  return frame(context, 'explanation-request', w.explanationTitle, field(context, 'explanation-request', 'note', w.note, (attributes) => html`<textarea${attributes}>${value}</textarea>`), w.sendExplanationRequest);
}
