export * from './resolve-successors';
export * from './build-assignment-specs';
