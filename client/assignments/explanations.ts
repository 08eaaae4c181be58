// Written explanations (giải trình) of late work: the monitoring agency asks, the agency answers.
import { requestExplanationUpdate, submitExplanationUpdate } from '../../contracts';
import { ZRequestExplanation, ZSubmitExplanation } from '../../domain/assignment/messages';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { updateAssignment } from './update-assignment';

export function requestExplanation(context: TAppContext, actor: TAppActor, input: { assignmentId: string; note?: string }) {
  return updateAssignment(context, actor, {
    assignmentId: input.assignmentId,
    update: requestExplanationUpdate,
    schema: ZRequestExplanation,
    what: 'explanation request',
    input: { note: input.note },
  });
}

export interface TSubmitExplanationInput {
  assignmentId: string;
  /** The text, or how to read it (a file); an unreadable file is a refusal recorded with `source`. */
  text: string | (() => Promise<string>);
  source?: Record<string, unknown>;
}

export function submitExplanation(context: TAppContext, actor: TAppActor, input: TSubmitExplanationInput) {
  const { text } = input;
  return updateAssignment(context, actor, {
    assignmentId: input.assignmentId,
    update: submitExplanationUpdate,
    schema: ZSubmitExplanation,
    what: 'explanation',
    input: typeof text === 'function' ? async () => ({ text: await text() }) : { text },
    source: input.source,
  });
}
