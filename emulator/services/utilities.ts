/**
 * Utilities: date formatting, ids and sleep (instant: the emulator never waits).
 * https://developers.google.com/apps-script/reference/utilities/utilities
 */
import { randomUUID } from 'node:crypto';
import { CLASS_NAME } from '../counting';
import { isModelDate } from '../model';
import { formatDate } from './date-format';

export class Utilities implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid' | 'sleep'> {
  readonly [CLASS_NAME] = 'Utilities';

  /** `date` may come from the script's own realm (node:vm), so it is checked by tag, not instanceof. */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isModelDate(date) || Number.isNaN(date.getTime())) throw new Error('Utilities.formatDate needs a valid Date.');
    return formatDate(date.getTime(), String(timeZone), String(format));
  }

  getUuid(): string {
    return randomUUID();
  }

  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || milliseconds < 0) throw new Error('Utilities.sleep needs a number of milliseconds, 0 or more.');
  }
}
