// A task as the parser finds it: the document's words, with names and deadlines not yet read.
import type { TRawAssignment } from './read-assignment';

export interface TRawTask {
  /** II: tasks and solutions (or an appendix table); III: standing duties per actor. */
  section: 'II' | 'III';
  group: number;
  groupTitle: string;
  text: string;
  /** null when the document gives none; the draft then says so. */
  assignment: TRawAssignment | null;
  /** The deadline as written in a field, cell or parenthesis; null when there is none. */
  deadlinePhrase: string | null;
  deliverable: string | null;
}

export interface TParsedDocument {
  tasks: TRawTask[];
  /** Paragraphs after the purpose section that are not tasks: where reporting duties are said. */
  narrative: string[];
  /**
   * Paragraphs of the tasks section that name no agency, left out because an appendix table
   * assigns the plan's tasks row by row ('table') or sections by agency give it out duty by duty
   * ('duties').
   */
  leftOut: string[];
  leftOutBecause: 'table' | 'duties' | null;
}
