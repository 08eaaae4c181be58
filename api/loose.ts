/**
 * A typed answer for a loose response schema (`z.looseObject`): the schema describes the main
 * fields and passes the rest through; TypeScript interfaces lack the index signature it expects.
 */
export function loose<T extends object>(value: T): T & Record<string, unknown> {
  return value as T & Record<string, unknown>;
}
