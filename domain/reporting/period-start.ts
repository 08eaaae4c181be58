// When the work of an assignment's period opens. Before that instant the assignment is "not
// yet due" (chưa đến hạn); the read model keeps only the deadline, so the start is derived from
// the period and the plan: a report's data period (15/12 of the previous year for the annual
// report), else 1 January of the period's year, never before the plan itself starts.
import { instantAt } from '../calendar/local-time';
import type { z } from 'zod';
import type { ZDataPeriod } from '../plan/cycles';

export type TDataPeriod = z.infer<typeof ZDataPeriod>;

export interface TPeriodStartOptions {
  /** "once" for one-off work, otherwise the period reported on: "2026", or "2026-H2", "2026-Q3", "2026-M05". */
  period: string;
  /** The data period of the reporting cycle the work is reported in, if any. */
  dataPeriod?: TDataPeriod | null;
  /** The plan's first day, YYYY-MM-DD. */
  planStartDay?: string | null;
}

export function periodStartsAt({ period, dataPeriod, planStartDay }: TPeriodStartOptions): Date | null {
  const planStart = planStartDay ? instantAt(planStartDay, '00:00') : null;
  const match = /^(\d{4})(?:-([HQM])(\d{1,2}))?$/.exec(period);
  if (!match) return planStart;
  const year = Number(match[1]);
  // A half, quarter or month of the year starts on the first of its first month.
  const firstMonth = match[2] ? { H: 6, Q: 3, M: 1 }[match[2] as 'H' | 'Q' | 'M'] * (Number(match[3]) - 1) + 1 : null;
  const startDay = firstMonth
    ? `${year}-${String(firstMonth).padStart(2, '0')}-01`
    : dataPeriod
      ? `${dataPeriod.startsPreviousYear ? year - 1 : year}-${dataPeriod.startMonthDay}`
      : `${year}-01-01`;
  const periodStart = instantAt(startDay, '00:00');
  return planStart && planStart.getTime() > periodStart.getTime() ? planStart : periodStart;
}
