// Comments that the draft's YAML carries: where an assumption was made, and why.

/** A path into the plan; a comment goes above the key it ends with, or above a list item. */
export interface TDraftComment {
  path: ReadonlyArray<string | number>;
  text: string;
}
