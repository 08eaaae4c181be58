// One assignment's status in words and colour: "overdue 3 days", "in term, 12 days left".
import type { TAssignmentClassification } from '../../domain/policy/assignment-status';
import type { TPalette } from './colour';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function describeClassification(classification: TAssignmentClassification | null, phase?: string): string {
  if (!classification) return phase ?? 'not counted';
  switch (classification.status) {
    case 'completed_on_time':
      return 'completed on time';
    case 'completed_late':
      return `completed late (${plural(classification.daysOverdue ?? 1, 'day')})`;
    case 'overdue':
      return `overdue ${plural(classification.daysOverdue ?? 1, 'day')}`;
    case 'due_soon':
      return `due soon, ${plural(classification.workingDaysLeft ?? 0, 'working day')} left`;
    case 'in_term':
      return `in term, ${plural(classification.daysLeft ?? 0, 'day')} left`;
    case 'not_yet_due':
      return 'not yet due';
    case 'not_yet_received':
      return `not yet received, ${plural(classification.daysOverdue ?? 1, 'day')} past the day asked`;
  }
}

export function paintClassification(palette: TPalette, classification: TAssignmentClassification | null, phase?: string): string {
  return palette.paint(describeClassification(classification, phase), classification?.colour ?? 'grey');
}
