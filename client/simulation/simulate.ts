// What a plan will generate over the years (assignments, reminders, escalations, reports on
// time, late or missing) before it is launched: a simulation on its own in-memory Temporal test
// server and database, with the simulated agencies of a cast. It never touches a running dondoc.
import { readFile } from 'node:fs/promises';
import { isIsoDay } from '../../domain/calendar/iso-day';
import type { TPlan } from '../../domain/plan/plan';
import { checkCastCodes, parseCast, type TCast } from '../../domain/simulation';
import { runSimulation, SimulationInputError } from '../../simulation/run-simulation';
import type { TAppActor } from '../actor';
import { AppError } from '../errors';
import { planIdOf } from '../plans/load-plan';
import { loadPlan } from '../plans/read-plan-file';

export interface TSimulatePlanInput {
  planFile: string;
  castFile?: string;
  /** First and last simulated days, YYYY-MM-DD; the plan's start by default. */
  from?: string;
  until: string;
  /** Only these agencies or groups. */
  only?: string[];
  planId?: string;
  onProgress?: Parameters<typeof runSimulation>[0]['onProgress'];
}

export async function simulatePlan(_actor: TAppActor, input: TSimulatePlanInput) {
  for (const [name, day] of [['--from', input.from], ['--until', input.until]] as const) {
    if (day !== undefined && !isIsoDay(day)) throw new AppError(`${name} expects a day written YYYY-MM-DD, e.g. 2030-12-31; received ${JSON.stringify(day)}.`, 'bad_input');
  }
  const plan = await loadPlan(input.planFile);
  const cast = input.castFile ? await loadCast(input.castFile, plan) : {};
  const unknown = (input.only ?? []).filter((code) => !codesOf(plan).has(code));
  if (unknown.length) throw new AppError(`--only names ${unknown.join(', ')}, which the plan does not know as agencies or groups.`, 'bad_input');
  const planId = input.planId ?? planIdOf(input.planFile);
  try {
    const result = await runSimulation({ plan, planId, cast, from: input.from, until: input.until, only: input.only, onProgress: input.onProgress });
    return { planId, ...result };
  } catch (error) {
    if (error instanceof SimulationInputError) throw new AppError(error.message, 'bad_input');
    throw error;
  }
}

function codesOf(plan: TPlan): Set<string> {
  return new Set([...plan.agencies.map((agency) => agency.code), ...plan.groups.map((group) => group.code)]);
}

async function loadCast(file: string, plan: TPlan): Promise<TCast> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new AppError(`cannot read cast file ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`, 'bad_input');
  });
  const parsed = parseCast(text);
  if (!parsed.ok) {
    throw new AppError(`${file} is not a valid cast:\n${parsed.errors.map((error) => `  line ${error.line}, ${error.path}: ${error.message}`).join('\n')}`, 'bad_input');
  }
  const problems = checkCastCodes(parsed.cast, codesOf(plan));
  if (problems.length) throw new AppError(`${file}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`, 'bad_input');
  return parsed.cast;
}
