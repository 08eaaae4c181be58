// Deadline extensions (gia hạn): the agency answering asks for a later due day with a reason;
// the monitoring agency approves (the deadline moves, reminders follow) or denies.
import { decideExtensionUpdate, requestExtensionUpdate } from '../../contracts';
import { ZDecideExtension, ZRequestExtension } from '../../domain/assignment/messages';
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { updateAssignment } from './update-assignment';

export function requestExtension(context: TAppContext, actor: TAppActor, input: { assignmentId: string; newDueDay: string; reason: string }) {
  return updateAssignment(context, actor, {
    assignmentId: input.assignmentId,
    update: requestExtensionUpdate,
    schema: ZRequestExtension,
    what: 'extension request',
    input: { reason: input.reason, newDueDay: input.newDueDay },
  });
}

export function decideExtension(context: TAppContext, actor: TAppActor, input: { assignmentId: string; approve: boolean; note?: string }) {
  return updateAssignment(context, actor, {
    assignmentId: input.assignmentId,
    update: decideExtensionUpdate,
    schema: ZDecideExtension,
    what: 'extension decision',
    input: { approve: input.approve, note: input.note },
  });
}
