// What the desk's forms share: who may open them, how a use-case's refusal is shown on the form.
import { AppError } from '../../client/errors';
import { html, type SafeHtml } from '../html';
import type { TPage } from '../page-context';
import { schemaMessage } from './desk-words';
import type { TFieldMessages } from './form-fields';

/** What the refusal page says was refused when a role may not open the desk. */
export const DESK_WHAT = 'the agency desk';

export type TAssignmentParams = { id: string };

/** Field messages from a use-case's bad input (the workflow's schema, parsed before sending). */
export function messagesOf(error: AppError, lang: TPage['lang'], fieldOf: (path: string) => string): TFieldMessages {
  const messages: TFieldMessages = {};
  for (const field of error.fieldErrors) messages[fieldOf(field.path)] ??= schemaMessage(field.message, lang);
  return messages;
}

/** The refusal above the form, in the use-case's words (what to do next), after an introduction when there is one. */
export function refusalAlert(intro: string, error: AppError): SafeHtml {
  return html`<div class="notice error" role="alert">${intro ? html`<p>${intro}</p>` : ''}<p>${error.message}</p></div>`;
}

export const isRefusal = (error: unknown): error is AppError => error instanceof AppError && (error.code === 'refused' || error.code === 'conflict' || error.code === 'bad_input');
