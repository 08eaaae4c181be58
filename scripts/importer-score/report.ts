// The scores as a table per group of documents (tuned on, held out), with totals, or as JSON.
import { GOAL, type TDocumentScore } from './score-document';

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)} %`);

function row(score: TDocumentScore): string[] {
  const stem = score.document.replace(/\.txt$/, '');
  return [
    stem,
    String(score.expected),
    `${score.found} (${percent(score.found, score.expected)})`,
    `${score.leadsRight} (${percent(score.leadsRight, score.found)})`,
    `${score.coordinatorsRight} (${percent(score.coordinatorsRight, score.found)})`,
    `${score.deadlinesRead}/${score.deadlinesExpected}`,
    String(score.notATaskFound),
    String(score.draftTasks),
    score.meetsGoal ? 'yes' : 'no',
  ];
}

export function totals(label: string, scores: readonly TDocumentScore[]): TDocumentScore {
  const sum = (key: keyof TDocumentScore) => scores.reduce((total, score) => total + (score[key] as number), 0);
  return {
    document: label,
    heldOut: scores.length > 0 && scores.every((score) => score.heldOut),
    expected: sum('expected'),
    found: sum('found'),
    leadsRight: sum('leadsRight'),
    coordinatorsRight: sum('coordinatorsRight'),
    deadlinesExpected: sum('deadlinesExpected'),
    deadlinesRead: sum('deadlinesRead'),
    draftTasks: sum('draftTasks'),
    notATaskFound: sum('notATaskFound'),
    misses: [],
    meetsGoal: scores.every((score) => score.meetsGoal),
  };
}

const HEADER = ['document', 'tasks', 'found', 'leads right', 'coordinators right', 'deadlines read', 'not-a-task found', 'draft tasks', 'goal'];

function table(rows: string[][]): string {
  const widths = HEADER.map((_, column) => Math.max(...[HEADER, ...rows].map((cells) => (cells[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(HEADER), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function renderReport(scores: readonly TDocumentScore[], verbose: boolean): string {
  const groups = [
    { title: 'Documents the rules may be tuned on', scores: scores.filter((score) => !score.heldOut) },
    { title: 'Held out of rule-writing', scores: scores.filter((score) => score.heldOut) },
  ].filter((group) => group.scores.length > 0);
  const out: string[] = [
    `Goal per document: found ≥ ${GOAL.found * 100} %, leads right ≥ ${GOAL.leads * 100} % and coordinators right ≥ ${GOAL.coordinators * 100} % of the tasks found, every deadline phrase read.`,
  ];
  for (const group of groups) {
    out.push('', `${group.title}:`, table([...group.scores.map(row), row(totals('total', group.scores))]));
  }
  if (groups.length > 1) out.push('', table([row(totals('all documents', scores))]));
  if (verbose) for (const score of scores) if (score.misses.length > 0) out.push('', `${score.document}:`, ...score.misses.map((miss) => `  ${miss}`));
  return out.join('\n');
}

export function renderJson(scores: readonly TDocumentScore[]): string {
  const strip = ({ misses: _misses, ...score }: TDocumentScore) => score;
  return JSON.stringify({ documents: scores.map(strip), total: strip(totals('all documents', scores)), heldOut: strip(totals('held out', scores.filter((score) => score.heldOut))) });
}
