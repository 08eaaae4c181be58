// Reminder and escalation policy and status classification: pure functions of a deadline, a
// calendar and an instant, safe to call from workflow code.
export * from './reminder-schedule';
export * from './escalation-ladder';
export * from './escalation-step-at';
export * from './assignment-status';
export * from './classify-assignment';
export * from './reminder-jitter';
