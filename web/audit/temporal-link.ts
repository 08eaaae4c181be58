// The raw history of a workflow in the Temporal Web UI (DONDOC_TEMPORAL_UI_URL, by default the
// embedded dev server's UI).
import type { DondocConfig } from '../../config/config';

export function temporalHistoryLink(config: Pick<DondocConfig, 'temporalUiUrl' | 'namespace'>, workflowId: string): string {
  return `${config.temporalUiUrl}/namespaces/${encodeURIComponent(config.namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}

export function auditTimelinePath(assignmentId: string): string {
  return `/audit/assignments/${encodeURIComponent(assignmentId)}`;
}
