// Spreading one slot's chases over a window (#14, benchmark 7). Every plan reminds at the same
// local time (08:00), so a province's thousands of assignments would all wake, write their
// history and mail in the same second. Each workflow instead waits a fixed extra amount that its
// own workflow id decides: the same on every replay (no random, no clock), different across
// assignments, and spread evenly over the window. The notice itself keeps its unjittered
// instant (the workflow's cursor), so a jitter never skips or repeats a step.
import { z } from 'zod';

/**
 * Under an hour, so that a slot's spread never reaches the next hour's slot; a plan whose
 * reminders go before the 08:30 digest must also keep them before it (checkSettings says so).
 */
export const MAX_REMINDER_JITTER_MINUTES = 59;

export const ZReminderJitterMinutes = z
  .number()
  .int({ error: 'the jitter is whole minutes, e.g. 20' })
  .min(0, { error: 'the jitter is at least 0 minutes (0: every reminder at the exact time)' })
  .max(MAX_REMINDER_JITTER_MINUTES, { error: `the jitter is at most ${MAX_REMINDER_JITTER_MINUTES} minutes, so that one slot's reminders never reach the next hour` });

/**
 * 32-bit FNV-1a over the id's UTF-16 code units, then MurmurHash3's finaliser, whose avalanche
 * makes ids that differ in one trailing character land far apart in the window.
 */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * How long after each chase instant the workflow `workflowId` wakes, in milliseconds: a whole
 * number of seconds in [0, windowMinutes minutes). 0 when the window is 0 (no jitter).
 */
export function reminderJitterMs(workflowId: string, windowMinutes: number): number {
  const minutes = ZReminderJitterMinutes.parse(windowMinutes);
  if (minutes === 0) return 0;
  const windowSeconds = minutes * 60;
  return Math.floor((hashOf(workflowId) / 2 ** 32) * windowSeconds) * 1000;
}
