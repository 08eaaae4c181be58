/**
 * The longest namespace retention the v1.29.1 server keeps: it caps a longer duration at 100
 * years without a word (timestamp.ValidateAndCapProtoDuration), so dondoc refuses more instead.
 * Its own file, without imports, so that the CLI checks the option before loading anything.
 */
export const MAX_RETENTION_DAYS = 100 * 365;
