// Every workflow dondoc runs, re-exported for the worker's bundle.
export { assignmentWorkflow } from './assignment';
export { loadPlanWorkflow } from './plan-loader';
export { agencySuccessionWorkflow } from './agency-succession';
export { reportingPeriodCloseWorkflow } from './period-close';
export { dailyDigestWorkflow } from './daily-digest';
export { obstacleWorkflow } from './obstacle';
