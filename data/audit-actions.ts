// Audit actions that more than one part of dondoc writes or reads.

/** The snapshot of a reporting period's consolidation, taken when the period closes. */
export const periodClosedAction = 'period-closed';
