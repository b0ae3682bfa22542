/**
 * LockService. There is only one execution in the emulator, so "another execution holds the lock"
 * is simulated through LockControl; time passes instantly, so waiting for a held lock times out
 * at once. https://developers.google.com/apps-script/reference/lock/lock
 */
import { CLASS_NAME } from '../counting';

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

type LockKind = 'script' | 'document' | 'user';

interface LockState {
  heldByOther: boolean;
  heldByUs: boolean;
}

/** Lets a test play another execution holding a lock. */
export interface LockControl {
  holdScriptLock(): void;
  releaseScriptLock(): void;
  /** An add-on's script lock is shared by every document that uses it; its document lock is per document. */
  holdDocumentLock(): void;
  releaseDocumentLock(): void;
}

export class Lock implements GoogleAppsScript.Lock.Lock {
  readonly [CLASS_NAME] = 'Lock';

  constructor(private readonly state: LockState) {}

  tryLock(timeoutInMillis: number): boolean {
    checkTimeout('tryLock', timeoutInMillis);
    if (this.state.heldByOther) return false;
    this.state.heldByUs = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }

  releaseLock(): void {
    this.state.heldByUs = false;
  }

  hasLock(): boolean {
    return this.state.heldByUs;
  }
}

/** A wait must be a number of milliseconds; the emulator never actually waits. */
function checkTimeout(method: string, timeoutInMillis: number): void {
  if (typeof timeoutInMillis !== 'number' || !Number.isFinite(timeoutInMillis) || timeoutInMillis < 0) {
    throw new Error(`Lock.${method} needs a timeout in milliseconds, 0 or more.`);
  }
}

export class LockService implements GoogleAppsScript.Lock.LockService {
  readonly [CLASS_NAME] = 'LockService';
  private readonly states: Record<LockKind, LockState> = {
    script: { heldByOther: false, heldByUs: false },
    document: { heldByOther: false, heldByUs: false },
    user: { heldByOther: false, heldByUs: false },
  };

  getScriptLock(): Lock {
    return new Lock(this.states.script);
  }
  getDocumentLock(): Lock {
    return new Lock(this.states.document);
  }
  getUserLock(): Lock {
    return new Lock(this.states.user);
  }

  control(): LockControl {
    const hold = (kind: LockKind, held: boolean) => () => {
      this.states[kind].heldByOther = held;
    };
    return {
      holdScriptLock: hold('script', true),
      releaseScriptLock: hold('script', false),
      holdDocumentLock: hold('document', true),
      releaseDocumentLock: hold('document', false),
    };
  }
}
