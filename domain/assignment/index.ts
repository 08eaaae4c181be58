// One assignment's lifecycle as pure functions: the workflow in workflows/assignment.ts only
// wires these to Temporal's timers, updates and activities.
export * from './actor';
export * from './spec';
export * from './mandate';
export * from './messages';
export * from './state';
export * from './rejection';
export * from './authorize';
export * from './check-indicators';
export * from './notice-request';
export * from './decide-update';
export * from './next-chase';
export * from './status';
export * from './decide-finding';
export * from './parse-update-payload';
export * from './snapshot-state';
export * from './compute-next-period';
export * from './compute-closing-instant';
export * from './close-period';
export * from './carry-into-next-period';
export * from './decide-delivery-failure';
export * from './late-start-chase';
export * from './declare-done-at-load';
export * from './facility-notices';
export * from './report-sections';
