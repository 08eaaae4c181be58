// The workflows dondoc runs, by definition: callers start them with the function itself
// (`client.workflow.start(assignmentWorkflow, …)`), so a renamed workflow is a type error, not a
// string that no longer matches. Importing them runs no workflow code outside the sandbox.
export { assignmentWorkflow, type TAssignmentWorkflowInput, type TAssignmentOutcome } from '../workflows/assignment';
export { loadPlanWorkflow } from '../workflows/plan-loader';
export { agencySuccessionWorkflow } from '../workflows/agency-succession';
export { reportingPeriodCloseWorkflow, type TPeriodCloseInput } from '../workflows/period-close';
export { dailyDigestWorkflow, type TDailyDigestInput } from '../workflows/daily-digest';
export { obstacleWorkflow, type TObstacleWorkflowInput } from '../workflows/obstacle';
