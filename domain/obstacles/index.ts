// Obstacles (vướng mắc): pure rules, safe to import from workflow code.
export * from './obstacle';
export * from './obstacle-deadline';
export * from './decide-obstacle';
export * from './obstacle-settings';
