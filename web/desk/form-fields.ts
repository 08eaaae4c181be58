// Form plumbing shared by the desk's forms: the text fields of a parsed body (url-encoded values
// or multipart field objects), and a field rendered with its label and, when it was refused, the
// message beside it (aria-invalid, aria-describedby) and what the person typed.
import { CSRF_FIELD } from '../csrf';
import { html, type SafeHtml } from '../html';

/** Field messages by field name. */
export type TFieldMessages = Record<string, string>;

/** The text fields of a form body: `{ name: "value" }` or multipart `{ name: { value } }`. */
export function textFieldsOf(body: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!body || typeof body !== 'object') return fields;
  for (const [name, field] of Object.entries(body as Record<string, unknown>)) {
    if (typeof field === 'string') fields[name] = field;
    else if (field && typeof field === 'object' && !Array.isArray(field) && (field as { type?: unknown }).type !== 'file' && typeof (field as { value?: unknown }).value === 'string') {
      fields[name] = (field as { value: string }).value;
    }
  }
  return fields;
}

/** The text fields a person filled in: the form token left out (it is not theirs to keep or record). */
export function formFieldsOf(body: unknown): Record<string, string> {
  const fields = textFieldsOf(body);
  delete fields[CSRF_FIELD];
  return fields;
}

/** An id usable in HTML from a field name (indicator codes are [A-Z0-9_]). */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function errorOf(name: string, messages: TFieldMessages): SafeHtml | string {
  const message = messages[name];
  return message ? html`<div class="field-error" id="${fieldId(name)}-error">${message}</div>` : '';
}

/** The attributes that tie an input to its message. */
export function invalidAttributes(name: string, messages: TFieldMessages): SafeHtml | string {
  return messages[name] ? html` aria-invalid="true" aria-describedby="${fieldId(name)}-error"` : '';
}

export function textField(options: { name: string; label: string; value: string; messages: TFieldMessages; type?: 'text' | 'date' | 'number'; hint?: string; required?: boolean; attributes?: SafeHtml }): SafeHtml {
  const id = fieldId(options.name);
  return html`<div class="field"><label for="${id}">${options.label}</label>${options.hint ? html`<div class="small muted" id="${id}-hint">${options.hint}</div>` : ''}
<input id="${id}" name="${options.name}" type="${options.type ?? 'text'}" value="${options.value}"${options.required ? html` required` : ''}${invalidAttributes(options.name, options.messages)}${options.attributes ?? ''}>
${errorOf(options.name, options.messages)}</div>`;
}

export function textArea(options: { name: string; label: string; value: string; messages: TFieldMessages; hint?: string; rows?: number }): SafeHtml {
  const id = fieldId(options.name);
  return html`<div class="field"><label for="${id}">${options.label}</label>${options.hint ? html`<div class="small muted">${options.hint}</div>` : ''}
<textarea id="${id}" name="${options.name}" rows="${options.rows ?? 8}"${invalidAttributes(options.name, options.messages)}>${options.value}</textarea>
${errorOf(options.name, options.messages)}</div>`;
}

export { errorOf as fieldMessage };
