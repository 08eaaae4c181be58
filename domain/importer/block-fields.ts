// A block of fields under a task: "Cơ quan chủ trì: …", "Cơ quan phối hợp: …", "Thời gian thực
// hiện: …", "Sản phẩm: …". Table rows carry the same four values, so both become an assignment
// the same way.
import type { TTaskField } from './classify-paragraph';
import type { TRawTask } from './raw-task';
import { readAssignment } from './read-assignment';
import type { TTableTask } from './read-task-table';

export type TTaskDetails = Pick<TRawTask, 'assignment' | 'deadlinePhrase' | 'deliverable'>;

export class BlockFields {
  private readonly values: Partial<Record<TTaskField, string>> = {};
  /** The lines that say who does the task, quoted as the assignment line. */
  private readonly assignmentLines: string[] = [];

  /** A field written with nothing after its colon, whose value the sub-bullets below give, and the mark of its own line. */
  private open: { field: TTaskField; mark: string } | null = null;

  add(field: TTaskField, value: string, line: string, mark = ''): void {
    // A field's closing full stop ends the sentence, not the deadline phrase.
    const written = field === 'deadline' ? value.replace(/[.;]+$/u, '') : value;
    this.open = written === '' ? { field, mark } : null;
    if (written === '') return;
    const previous = this.values[field];
    this.values[field] = previous === undefined ? written : `${previous}; ${written}`;
    if (field === 'lead' || field === 'coordinators') this.assignmentLines.push(line);
  }

  /**
   * "- Thời gian thực hiện:" then "+ Các sở gửi kết quả … trước ngày 15/11/2026." and "+ Sở Tư
   * pháp tổng hợp … trước ngày 15/12/2026.": bullets under a field left empty, marked unlike its
   * own line, are its value, not tasks. Returns whether the bullet was taken.
   */
  takeSubBullet(text: string, mark: string): boolean {
    if (this.open === null || mark === this.open.mark) return false;
    const { field } = this.open;
    const written = field === 'deadline' ? text.replace(/[.;]+$/u, '') : text;
    const previous = this.values[field];
    this.values[field] = previous === undefined ? written : `${previous}; ${written}`;
    if (field === 'lead' || field === 'coordinators') this.assignmentLines.push(text);
    return true;
  }

  details(): TTaskDetails {
    const { lead, coordinators, deadline, deliverable } = this.values;
    const assignment = lead === undefined && coordinators === undefined ? null : { form: 'lead' as const, line: this.assignmentLines.join(' '), leadText: lead ?? '', coordinatorText: coordinators ?? null, mandate: 'order' as const };
    return { assignment, deadlinePhrase: deadline ?? null, deliverable: deliverable ?? null };
  }
}

/** A table row's assignment, quoted as "Chủ trì: X; phối hợp: Y" since a table has no sentence. */
export function tableRowDetails(row: TTableTask): TTaskDetails {
  if (row.leadText === '' && row.coordinatorText === '' && row.responsibleText !== '') {
    // One column for who does it: "Sở Y tế chủ trì, phối hợp với Sở Tài chính", or a list with no lead.
    const { assignment } = readAssignment(row.responsibleText, row.responsibleText);
    return { assignment, deadlinePhrase: row.deadlineText || null, deliverable: row.deliverableText || null };
  }
  const line = [`Chủ trì: ${row.leadText}`, row.coordinatorText === '' ? '' : `phối hợp: ${row.coordinatorText}`].filter((part) => part !== '').join('; ');
  const assignment = row.leadText === '' && row.coordinatorText === '' ? null : { form: 'lead' as const, line, leadText: row.leadText, coordinatorText: row.coordinatorText || null, mandate: 'order' as const };
  return { assignment, deadlinePhrase: row.deadlineText || null, deliverable: row.deliverableText || null };
}
