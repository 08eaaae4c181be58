// dondoc's contracts with its workflows, in one module that the application layer, activities
// and tests import: workflow ids from business keys, workflow definitions, the updates and the
// query they accept, and the one format of a notice's idempotency key.
export * from './workflow-ids';
export * from './workflows';
export * from '../workflows/messages';
export { buildNoticeIdempotencyKey, type TNoticeKeyParts } from '../domain/notices/idempotency-key';
export { noticeKey } from '../domain/assignment/notice-request';
export * from './workflow-results';
