/**
 * Actions that write take the document lock, so a questionnaire scored by the form trigger and a
 * re-score from the sidebar never write `Scores` at the same time.
 */
import { UserError } from '../core/user-error';

const WAIT_MS = 20_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(WAIT_MS)) {
    throw new UserError('Another Intervention Planner task is still working on this spreadsheet. Wait a moment, then try again.', 'busy');
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
