/**
 * Actions that write take the document lock, so a questionnaire scored by the form trigger and a
 * re-score from the sidebar never write `Scores` at the same time.
 */
import type { LockPort } from '../core/ports';
import { UserError } from '../core/user-error';

const WAIT_MS = 20_000;
const BUSY = 'Another Intervention Planner task is still working on this spreadsheet. Wait a moment, then try again.';

function acquire(waitMs: number): GoogleAppsScript.Lock.Lock | null {
  const lock = LockService.getDocumentLock();
  return lock && lock.tryLock(waitMs) ? lock : null;
}

export const lockPort: LockPort = {
  withDocumentLock<T>(work: () => T, waitMs = WAIT_MS): T {
    const lock = acquire(waitMs);
    if (!lock) throw new UserError(BUSY, 'busy');
    try {
      return work();
    } finally {
      lock.releaseLock();
    }
  },
  tryDocumentLock(waitMs: number, work: () => void): boolean {
    const lock = acquire(waitMs);
    if (!lock) return false;
    try {
      work();
    } finally {
      lock.releaseLock();
    }
    return true;
  },
};
