// A plan's run over the years, simulated: the cast (how agencies behave), the actions it leads
// to, the figures agencies report, and the summary of what the system did. Pure; the runner that
// drives Temporal lives in simulation/.
export * from './cast';
export * from './behaviour-for';
export * from './plan-actions';
export * from './indicator-values';
export * from './summarise';
export * from './format-summary';
export * from './history-figures';
