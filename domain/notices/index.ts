// Notices: the contract between workflows and the notification activity, their idempotency
// keys, and pure renderers (subject, text, HTML, iCalendar). Safe to import from workflow code.
export * from './notice';
export * from './idempotency-key';
export * from './format';
export * from './wording';
export * from './notice-facts';
export * from './render-subject';
export * from './render-text';
export * from './render-html';
export * from './icalendar';
export * from './deadline-calendar';
export * from './render-notice';
export * from './render-digest';
export * from './delivery-options';
