/**
 * An update refused before it changed anything: the message says what was wrong and what to
 * do. Workflows turn it into an ApplicationFailure of type `UpdateRejected`.
 */
export class UpdateRejected extends Error {
  override name = 'UpdateRejected';
}
