// Remote mode's side of each command: the HTTP API called with fetch and a bearer token, answering
// the same data the local use-cases return, so that the commands format both alike. The API's
// error shape becomes the AppError the local use-case would have thrown (same code, so the same
// exit code), with the server's message.
import { ERROR_CODES, AppError, type TErrorCode, type TFieldError } from '../../client/errors';
import type { TObstacleStatus } from '../../domain/obstacles/obstacle';
import type { TObstacleRow } from '../../data/obstacles';
import type { TAssignmentStatus } from '../../domain/assignment/status';
import type { TReportFile, TReviewInput } from '../../client/assignments/results';
import type { TAuditVerification } from '../../client/audit/verify-audit-chain';
import type { TStatusSummary } from '../../client/read-model/agency-status';
import type { TAssignmentRowJson } from '../../client/read-model/assignment-row-json';
import type { TConsolidatedReportInput, TConsolidatedView } from '../../client/reports/consolidated-report';
import type { TReportDraft } from '../../client/reports/draft-report';
import type { TApiTarget } from './api-target';
import type { TSucceedAgencyResult } from '../../contracts';
import type { TOutboxEntry, TOutboxMessage } from '../../data/outbox';

/**
 * Longer than the server's own waits: an update waits for the workflow's answer, and the status of
 * every agency takes seconds on a large plan. A connection that hangs beyond it still ends.
 */
const REQUEST_TIMEOUT_MS = 120_000;
/** The API's largest page (GET /api/assignments): the fewest requests for a whole list. */
const PAGE_SIZE = 500;

export interface TRemoteStatus {
  at: Date;
  summary: TStatusSummary;
  attention: TAssignmentRowJson[] | null;
  obstacles: { agency: string; open: number; overdue: number }[];
}

export type TApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(target: TApiTarget) {
  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${target.token}`, accept: 'application/json', 'user-agent': 'dondoc-cli' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${target.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      throw unreachable(target.base, error);
    }
    if (!response.ok) throw await errorOf(response, `${method} ${path.split('?')[0]}`, target.base);
    return response;
  }
  const json = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => (await call(method, path, body)).json() as Promise<T>;
  const assignment = (id: string, action = '') => `/api/assignments/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
  const act = (id: string, action: string, body: unknown) => json<TAssignmentStatus>('POST', assignment(id, action), body);

  return {
    async listAssignments(filters: { agency?: string; state?: string; overdue?: boolean }): Promise<TAssignmentRowJson[]> {
      const rows: TAssignmentRowJson[] = [];
      for (let page = 1; ; page += 1) {
        const query = queryOf({ agency: filters.agency, state: filters.state, overdue: filters.overdue ? 'true' : undefined, page: String(page), pageSize: String(PAGE_SIZE) });
        const answer = await json<{ items: TAssignmentRowJson[]; total: number }>('GET', `/api/assignments${query}`);
        rows.push(...answer.items);
        if (answer.items.length === 0 || rows.length >= answer.total) return rows;
      }
    },
    async statusSummary(filters: { agency?: string; overdue: boolean; dueWithinDays?: number }): Promise<TRemoteStatus> {
      const query = queryOf({ agency: filters.agency, overdue: filters.overdue ? 'true' : undefined, dueWithinDays: filters.dueWithinDays?.toString() });
      const answer = await json<{ asOf: string; agencies: TStatusSummary['agencies']; totals: TStatusSummary['totals']; assignments: TAssignmentRowJson[] | null; obstacles?: TRemoteStatus['obstacles'] }>('GET', `/api/status${query}`);
      return { at: new Date(answer.asOf), summary: { agencies: answer.agencies, totals: answer.totals }, attention: answer.assignments, obstacles: answer.obstacles ?? [] };
    },
    showAssignment: (id: string) => json<TAssignmentStatus>('GET', assignment(id)),
    submitResult: (id: string, report: TReportFile) => act(id, 'result', report),
    reviewResult: ({ assignmentId, ...review }: TReviewInput) => act(assignmentId, 'review', review),
    requestExtension: (id: string, body: { newDueDay: string; reason: string }) => act(id, 'extension-request', body),
    decideExtension: (id: string, body: { approve: boolean; note?: string }) => act(id, 'extension-decision', body),
    requestExplanation: (id: string, body: { note?: string }) => act(id, 'explanation-request', body),
    submitExplanation: (id: string, body: { text: string }) => act(id, 'explanation', body),
    reportObstacle: (input: { assignmentId?: string; planId?: string; text: string; proposal: string; document?: string }) => json<TObstacleStatus>('POST', '/api/obstacles', input),
    obstacleStep: (id: string, step: 'answer' | 'forward' | 'decision', body: unknown) => json<TObstacleStatus>('POST', `/api/obstacles/${encodeURIComponent(id)}/${step}`, body),
    async listObstacles(filter: { agency?: string; planId?: string; open?: boolean }): Promise<TObstacleRow[]> {
      const answer = await json<{ items: TObstacleRow[] }>('GET', `/api/obstacles${queryOf({ agency: filter.agency, plan: filter.planId, open: filter.open === undefined ? undefined : String(filter.open) })}`);
      return answer.items;
    },
    draftReport: (id: string) => json<TReportDraft>('GET', assignment(id, 'report-draft')),
    consolidatedReport: (input: TConsolidatedReportInput) =>
      json<TConsolidatedView>('GET', `/api/reports/${encodeURIComponent(input.cycle)}${queryOf({ period: input.period, plan: input.planId })}`),
    /** The timeline as the API writes it: JSON text (the same as `dondoc audit --format json`) or CSV. */
    auditTimeline: async (id: string, format: 'json' | 'csv') => (await call('GET', `${assignment(id, 'audit')}?format=${format}`)).text(),
    succeedAgency: (input: { from: string; to: string; effectiveDay: string; functions: string[]; reason: string }) => json<TSucceedAgencyResult>('POST', '/api/agencies/successions', input),
    async listOutbox(filter: { agency?: string; since?: Date }): Promise<{ directory: string; entries: TOutboxEntry[] }> {
      const answer = await json<{ entries: TOutboxEntry[] }>('GET', `/api/outbox${queryOf({ agency: filter.agency, since: filter.since?.toISOString() })}`);
      return { directory: `the outbox of ${target.base}`, entries: answer.entries };
    },
    showOutboxMessage: (id: string) => json<TOutboxMessage>('GET', `/api/outbox/${encodeURIComponent(id)}`),
    async verifyAuditChain(): Promise<TAuditVerification> {
      const answer = await json<{ ok: boolean; checked: number; firstBroken: { sequence: string; reason: string } | null }>('GET', '/api/audit/verify');
      // JSON has no BigInt: the API writes the sequence as text.
      return { ...answer, firstBroken: answer.firstBroken && { ...answer.firstBroken, sequence: BigInt(answer.firstBroken.sequence) } };
    },
  };
}

function queryOf(parameters: Record<string, string | undefined>): string {
  const defined = Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return defined.length ? `?${new URLSearchParams(defined).toString()}` : '';
}

function unreachable(base: string, error: unknown): AppError {
  if ((error as Error).name === 'TimeoutError') return new AppError(`the dondoc API at ${base} did not answer within ${REQUEST_TIMEOUT_MS / 1000} s; it may still have done what was asked: check before sending again.`, 'unavailable');
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return new AppError(
    `cannot reach the dondoc API at ${base} (${cause?.code ?? cause?.message ?? (error as Error).message}). ` +
      'Start it on the server machine with `dondoc serve` (or `dondoc up`), or correct --api / DONDOC_API_URL.',
    'unavailable',
  );
}

/** Fallback codes for an answer without dondoc's error shape (a proxy's error page). */
const codeOfStatus: Record<number, TErrorCode> = { 400: 'bad_input', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 422: 'refused', 429: 'rate_limited', 502: 'unavailable', 503: 'unavailable', 504: 'unavailable' };

async function errorOf(response: Response, request: string, base: string): Promise<AppError> {
  const text = await response.text();
  type TBody = { error?: { code?: unknown; message?: unknown; fieldErrors?: unknown } } | null;
  let body: TBody;
  try {
    body = JSON.parse(text) as TBody;
  } catch {
    body = null;
  }
  const error = body?.error;
  if (error && typeof error.message === 'string' && ERROR_CODES.includes(error.code as TErrorCode)) {
    return new AppError(error.message, error.code as TErrorCode, Array.isArray(error.fieldErrors) ? (error.fieldErrors as TFieldError[]) : []);
  }
  return new AppError(`the API at ${base} answered ${response.status} ${response.statusText} to ${request}, without dondoc's error shape: is --api the address of a dondoc API?`, codeOfStatus[response.status] ?? 'failure');
}
