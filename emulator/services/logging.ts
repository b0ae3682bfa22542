/**
 * Logger and console: every line goes to `host.logs`, where tests check that no pupil data is
 * ever logged. https://developers.google.com/apps-script/reference/base/logger
 * https://developers.google.com/apps-script/reference/base/console
 */
import { format } from 'node:util';
import { CLASS_NAME } from '../counting';
import type { EmulatorHost } from '../host';

export class Logger implements GoogleAppsScript.Base.Logger {
  readonly [CLASS_NAME] = 'Logger';
  private lines: string[] = [];

  constructor(private readonly host: EmulatorHost) {}

  /** `Logger.log(data)` or `Logger.log(format, ...values)` with %s, %d and friends. */
  log(data: unknown, ...values: unknown[]): Logger {
    const line = format(data, ...values);
    this.lines.push(line);
    this.host.logs.push(line);
    return this;
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines = [];
  }
}

export class Console implements Pick<globalThis.Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  readonly [CLASS_NAME] = 'console';

  constructor(private readonly host: EmulatorHost) {}

  log(...data: unknown[]): void {
    this.host.logs.push(format(...data));
  }
  info(...data: unknown[]): void {
    this.host.logs.push(format(...data));
  }
  debug(...data: unknown[]): void {
    this.host.logs.push(format(...data));
  }
  warn(...data: unknown[]): void {
    this.host.logs.push(format(...data));
  }
  error(...data: unknown[]): void {
    this.host.logs.push(format(...data));
  }
}
