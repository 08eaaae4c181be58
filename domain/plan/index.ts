// The plan file format. validatePlan (YAML text → plan) is imported from './validate-plan'
// directly, so that workflow bundles that only need the types do not pull in the YAML parser.
export * from './agencies';
export * from './check-plan';
export * from './cycles';
export * from './facilities';
export * from './indicators';
export * from './json-schema';
export * from './metadata';
export * from './plan';
export * from './plan-issue';
export * from './policy';
export * from './primitives';
export * from './tasks';
