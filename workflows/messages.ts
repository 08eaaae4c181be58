// Every update and query the workflows accept, in one place: the CLI, the API and the tests
// import these definitions rather than repeating names as strings.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { TAssignmentStatus } from '../domain/assignment/status';
import type {
  TCancel,
  TChangeDeadline,
  TDecideExtension,
  TReassign,
  TRecordFinding,
  TRequestExplanation,
  TRequestExtension,
  TReviewResult,
  TSubmitExplanation,
  TSubmitResult,
  TTransferOversight,
} from '../domain/assignment/messages';
import type { z } from 'zod';
import type { ZActor } from '../domain/assignment/actor';
import type { TAnswerObstacle, TDecideObstacle, TForwardObstacle, TObstacleStatus, TRecordAmendment } from '../domain/obstacles/obstacle';

/** Payloads as callers write them: the actor's role may be left out (it defaults to officer). */
type Input<T extends { actor: unknown }> = T extends unknown ? Omit<T, 'actor'> & { actor: z.input<typeof ZActor> } : never;

export const submitResultUpdate = defineUpdate<TAssignmentStatus, [Input<TSubmitResult>]>('submitResult');
export const requestExtensionUpdate = defineUpdate<TAssignmentStatus, [Input<TRequestExtension>]>('requestExtension');
export const decideExtensionUpdate = defineUpdate<TAssignmentStatus, [Input<TDecideExtension>]>('decideExtension');
export const requestExplanationUpdate = defineUpdate<TAssignmentStatus, [Input<TRequestExplanation>]>('requestExplanation');
export const submitExplanationUpdate = defineUpdate<TAssignmentStatus, [Input<TSubmitExplanation>]>('submitExplanation');
export const reviewResultUpdate = defineUpdate<TAssignmentStatus, [Input<TReviewResult>]>('reviewResult');
export const reassignUpdate = defineUpdate<TAssignmentStatus, [Input<TReassign>]>('reassign');
export const transferOversightUpdate = defineUpdate<TAssignmentStatus, [Input<TTransferOversight>]>('transferOversight');
export const cancelUpdate = defineUpdate<TAssignmentStatus, [Input<TCancel>]>('cancel');
export const changeDeadlineUpdate = defineUpdate<TAssignmentStatus, [Input<TChangeDeadline>]>('changeDeadline');

export const recordFindingUpdate = defineUpdate<TAssignmentStatus, [Input<TRecordFinding>]>('recordFinding');

export const statusQuery = defineQuery<TAssignmentStatus>('status');

// An obstacle's steps (workflows/obstacle.ts): the monitoring department answers or forwards, the
// People's Committee decides, a plan load records the amendment decided.
export const answerObstacleUpdate = defineUpdate<TObstacleStatus, [Input<TAnswerObstacle>]>('answerObstacle');
export const forwardObstacleUpdate = defineUpdate<TObstacleStatus, [Input<TForwardObstacle>]>('forwardObstacle');
export const decideObstacleUpdate = defineUpdate<TObstacleStatus, [Input<TDecideObstacle>]>('decideObstacle');
export const recordAmendmentUpdate = defineUpdate<TObstacleStatus, [Input<TRecordAmendment>]>('recordAmendment');
export const obstacleStatusQuery = defineQuery<TObstacleStatus>('obstacleStatus');

/** Failure type of an update refused by its validator: nothing changed; the message says why. */
export const updateRejectedType = 'UpdateRejected';
