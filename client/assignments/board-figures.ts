// The figures of the deadline board that the status per agency does not give: reporting
// timeliness per unit and period, deadlines per quarter, the on-time rate of the last closed
// period, and the plans and task groups to filter by. One statement (data/board-figures.ts).
import { z } from 'zod';
import { readBoardFigures, type TBoardFigures } from '../../data/board-figures';
import { ZAgencyCode, type TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { parseInput } from '../errors';

export const ZBoardFiguresInput = z.object({
  plan: z.string().min(1).max(200).optional(),
  /** The task group's heading, as the plan writes it. */
  group: z.string().min(1).max(1_000).optional(),
  agency: ZAgencyCode.optional(),
});

export type { TBoardFigures, TTimelinessCell, TDeadlineQuarter, TLastClosedPeriod } from '../../data/board-figures';

export async function boardFigures(context: TAppContext, _actor: TAppActor, input: z.input<typeof ZBoardFiguresInput>, at = new Date()): Promise<TBoardFigures> {
  const { plan, group, agency } = parseInput(ZBoardFiguresInput, input, 'filter');
  return context.readStatement((db) => readBoardFigures(db, { planId: plan, groupTitle: group, agency, at }));
}
