// Working days, holidays and deadlines in Asia/Ho_Chi_Minh. Pure and deterministic: safe to
// import from workflow code ("now" is always a parameter).
export * from './iso-day';
export * from './local-time';
export * from './holiday-schemas';
export * from './calendar-settings';
export * from './build-calendar';
export * from './is-working-day';
export * from './working-days';
export * from './compute-deadline';
export * from './effective-deadline';
export * from './next-reminder-slot';
export { VN_HOLIDAY_TABLE } from './holidays-vn';
