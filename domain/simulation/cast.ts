// The cast of a simulation: how each agency behaves when it is chased. One YAML mapping whose
// keys are agency codes, group codes of the plan, or `default`; each value is a behaviour, or one
// of the words `on-time`, `late`, `never` for the common cases.
//
//   default: on-time
//   ALL_DISTRICTS: { report: late, workingDaysLate: 4 }
//   SO_VHTTDL: { extension: { days: 14, decision: approve } }
//   SO_TTTT: { returnedOnce: true }
//   HOI_BVQTE: never
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { lineOfPath } from '../plan/yaml-locate';

export const ZBehaviour = z
  .strictObject({
    /** on-time: before the deadline; late: after it; never: no result at all (the period lapses). */
    report: z.enum(['on-time', 'late', 'never']).default('on-time'),
    /** on-time: answers this many working days before the due day, at 10:00 (0 = on the due day). */
    workingDaysEarly: z.int().min(0).max(30).default(1),
    /** late: answers this many working days after the due day, at 10:00. */
    workingDaysLate: z.int().min(1).max(120).default(3),
    /** Asks for an extension once per period, `workingDaysBefore` working days before the due day at 09:00. */
    extension: z
      .strictObject({
        /** Calendar days added to the current due day (the Civil Code rule then rolls it to a working day). */
        days: z.int().min(1).max(365),
        /** What the monitoring agency answers, on the next working day at 09:00. */
        decision: z.enum(['approve', 'deny']),
        workingDaysBefore: z.int().min(0).max(30).default(2),
      })
      .optional(),
    /** The monitor returns the first result of each period for revision, due `revisionDays` later. */
    returnedOnce: z.boolean().default(false),
    revisionDays: z.int().min(1).max(90).default(7),
  })
  .superRefine((behaviour, context) => {
    if (behaviour.report === 'never' && (behaviour.extension || behaviour.returnedOnce)) {
      context.addIssue({ code: 'custom', path: ['report'], message: 'an agency that never reports cannot ask for an extension or have a result returned' });
    }
  });
export type TBehaviour = z.infer<typeof ZBehaviour>;

const shorthand = { 'on-time': { report: 'on-time' }, late: { report: 'late' }, never: { report: 'never' } } as const;

const ZBehaviourOrWord = z.preprocess(
  (value) => (typeof value === 'string' && Object.hasOwn(shorthand, value) ? shorthand[value as keyof typeof shorthand] : value),
  ZBehaviour,
);

export const ZCast = z.record(
  z.string().regex(/^(default|[A-Z][A-Z0-9_]*)$/, { error: 'expected `default` or an agency or group code in UPPER_SNAKE_CASE, e.g. SO_GDDT' }),
  ZBehaviourOrWord,
);
export type TCast = z.infer<typeof ZCast>;

/** Every agency answers on time, on the working day before its due day. */
export const DEFAULT_BEHAVIOUR: TBehaviour = ZBehaviour.parse({});

export interface TCastError {
  path: string;
  line: number;
  message: string;
}

export type TParseCastResult = { ok: true; cast: TCast } | { ok: false; errors: TCastError[] };

/** Parses a cast file; codes are checked against a plan by `checkCastCodes`. */
export function parseCast(text: string): TParseCastResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core' });
  if (document.errors.length) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({ path: '(YAML syntax)', line: lineCounter.linePos(error.pos[0]).line, message: error.message.split('\n')[0] ?? error.message })),
    };
  }
  const parsed = ZCast.safeParse(document.toJS() ?? {});
  if (parsed.success) return { ok: true, cast: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(whole file)',
      line: lineOfPath(document, lineCounter, issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))),
      message: issue.message,
    })),
  };
}

/** Codes the cast names that the plan does not know: each would silently never apply. */
export function checkCastCodes(cast: TCast, knownCodes: ReadonlySet<string>): string[] {
  return Object.keys(cast)
    .filter((code) => code !== 'default' && !knownCodes.has(code))
    .map((code) => `${code} is neither an agency nor a group of the plan: check its spelling`);
}
