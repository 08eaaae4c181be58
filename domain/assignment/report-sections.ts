// A unit's one report of a cycle (issue 12): a section per task the unit answers for. Every
// section is answered in the submission (a narrative, or explicitly "nothing to report"), except
// those whose result the unit already submitted on the per-task assignment the report replaced:
// those are carried over, and the submission may restate them. Carried-over figures count as
// given unless the submission gives them again.
import type { TIndicatorValue, TSectionAnswer, TSubmitResult } from './messages';
import { UpdateRejected } from './rejection';
import type { TAssignmentSpec } from './spec';

export interface TAnsweredReport {
  sections: TSectionAnswer[] | undefined;
  indicators: TIndicatorValue[];
}

export function answerSections(spec: Pick<TAssignmentSpec, 'sections' | 'carriedOver' | 'taskRef'>, payload: Pick<TSubmitResult, 'sections' | 'indicators'>): TAnsweredReport {
  const sections = spec.sections ?? [];
  if (!sections.length) {
    if (payload.sections?.length) throw new UpdateRejected(`${spec.taskRef} has no sections: send the narrative and indicators only.`);
    return { sections: undefined, indicators: payload.indicators };
  }
  const carried = spec.carriedOver ?? [];
  const known = new Set(sections.map((section) => section.taskRef));
  const given = new Map<string, TSectionAnswer>();
  const problems: string[] = [];
  for (const answer of payload.sections ?? []) {
    if (!known.has(answer.taskRef)) problems.push(`${answer.taskRef} is not a section of this report (sections: ${[...known].join(', ')})`);
    else if (given.has(answer.taskRef)) problems.push(`section ${answer.taskRef} is answered twice`);
    given.set(answer.taskRef, answer);
  }
  const answers: TSectionAnswer[] = [];
  const missing: string[] = [];
  for (const section of sections) {
    const answer = given.get(section.taskRef);
    const earlier = carried.filter((result) => result.taskRef === section.taskRef).at(-1);
    if (answer) answers.push(answer);
    else if (earlier) answers.push({ taskRef: section.taskRef, narrative: earlier.narrative });
    else missing.push(section.taskRef);
  }
  if (missing.length) problems.push(`sections ${missing.join(', ')} are not answered: give each a narrative or "nothingToReport": true`);
  if (problems.length) throw new UpdateRejected(`The report was not accepted: ${problems.join('; ')}.`);
  const indicators = [...payload.indicators];
  const givenCodes = new Set(indicators.map((value) => value.code));
  for (const result of carried) {
    for (const value of result.indicators) {
      if (givenCodes.has(value.code)) continue;
      givenCodes.add(value.code);
      indicators.push(value);
    }
  }
  return { sections: answers, indicators };
}
