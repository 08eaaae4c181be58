// Form fields with their label and, after a refused submission, the message beside them
// (aria-invalid and aria-describedby, so a screen reader reads it with the field). What the user
// typed is put back: nothing is lost on bad input.
import type { z } from 'zod';
import { html, type SafeHtml } from './html';

/** The first message per field name, from a zod error (the path's first part names the field). */
export function fieldMessages(error: z.ZodError | undefined): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const name = issue.path.length ? issue.path.map(String).join('.') : '_form';
    messages[name] ??= issue.message;
  }
  return messages;
}

interface TFieldOptions {
  name: string;
  label: string;
  value?: string;
  error?: string;
  required?: boolean;
  hint?: string;
}

function described(options: TFieldOptions): { invalid: SafeHtml | string; message: SafeHtml | string } {
  if (!options.error) return { invalid: options.hint ? html` aria-describedby="${options.name}-hint"` : '', message: '' };
  return {
    invalid: html` aria-invalid="true" aria-describedby="${options.name}-error"`,
    message: html`<div class="field-error" id="${options.name}-error">${options.error}</div>`,
  };
}

export function textAreaField(options: TFieldOptions): SafeHtml {
  const { invalid, message } = described(options);
  return html`<div class="field"><label for="${options.name}">${options.label}</label>${options.hint ? html`<div class="small muted" id="${options.name}-hint">${options.hint}</div>` : ''}<textarea id="${options.name}" name="${options.name}"${options.required ? html` required` : ''}${invalid}>${options.value ?? ''}</textarea>${message}</div>`;
}

export function textField(options: TFieldOptions & { type?: 'text' | 'date' | 'number' }): SafeHtml {
  const { invalid, message } = described(options);
  return html`<div class="field"><label for="${options.name}">${options.label}</label>${options.hint ? html`<div class="small muted" id="${options.name}-hint">${options.hint}</div>` : ''}<input id="${options.name}" name="${options.name}" type="${options.type ?? 'text'}" value="${options.value ?? ''}"${options.required ? html` required` : ''}${invalid}>${message}</div>`;
}

export function selectField(options: TFieldOptions & { choices: { value: string; label: string }[] }): SafeHtml {
  const { invalid, message } = described(options);
  return html`<div class="field"><label for="${options.name}">${options.label}</label><select id="${options.name}" name="${options.name}"${invalid}>${options.choices.map((choice) => html`<option value="${choice.value}"${choice.value === options.value ? html` selected` : ''}>${choice.label}</option>`)}</select>${message}</div>`;
}
