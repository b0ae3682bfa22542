/**
 * Session: who runs the script, and the script's time zone.
 * https://developers.google.com/apps-script/reference/base/session
 */
import { CLASS_NAME } from '../counting';
import type { EmulatorHost } from '../host';
import { asApps } from './apps';

export const SCRIPT_TIME_ZONE = 'Europe/London';

export class User implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly [CLASS_NAME] = 'User';
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

type SessionKeys = 'getActiveUser' | 'getEffectiveUser' | 'getActiveUserLocale' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey';

export class Session implements Pick<GoogleAppsScript.Base.Session, SessionKeys> {
  readonly [CLASS_NAME] = 'Session';

  constructor(private readonly host: EmulatorHost) {}

  getActiveUser(): GoogleAppsScript.Base.User {
    return asApps(new User(this.host.user));
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return asApps(new User(this.host.user));
  }
  getActiveUserLocale(): string {
    return 'en';
  }
  getScriptTimeZone(): string {
    return SCRIPT_TIME_ZONE;
  }
  /** Opaque and stable for one user, like Google's; it is not the email. */
  getTemporaryActiveUserKey(): string {
    let hash = 0x811c9dc5;
    for (const char of this.host.user) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    return `emulated-${hash.toString(16).padStart(8, '0')}`;
  }
}
