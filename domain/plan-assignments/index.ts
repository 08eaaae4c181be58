export * from './resolve-successors';
export * from './build-assignment-specs';
export * from './period-labels';
export * from './select-facilities';
export * from './items-per-unit';
