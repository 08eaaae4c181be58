// JSON for scripts and the API: the audit log's BigInt sequence numbers written as strings.

/** JSON.stringify that writes the BigInt sequence numbers of the audit log as strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, each: unknown) => (typeof each === 'bigint' ? each.toString() : each), 2);
}
