import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { newUiRecord, type EmulatorHost } from '../../emulator/host';
import { emptyWorkbook } from '../../emulator/model';
import { createServices } from '../../emulator/services';
import { waitsIn } from '../support/no-waiting';

function setUp() {
  const host: EmulatorHost = {
    workbook: emptyWorkbook('School'),
    now: () => new Date(),
    user: 'mentor@school.example',
    ui: newUiRecord(),
    logs: [],
    runFunction: null,
  };
  return { host, services: createServices(host, {}) };
}

describe('Utilities.formatDate — https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)', () => {
  const { services } = setUp();
  const format = (iso: string, pattern: string, zone = 'Europe/London') => services.Utilities.formatDate(new Date(iso), zone, pattern);

  it('formats in Europe/London across the change to and from British Summer Time', () => {
    // BST began at 01:00 UTC on 30 March 2025 and ended at 01:00 UTC on 26 October 2025.
    expect(format('2025-03-30T00:59:59Z', 'dd/MM/yyyy HH:mm:ss')).toBe('30/03/2025 00:59:59');
    expect(format('2025-03-30T01:00:00Z', 'dd/MM/yyyy HH:mm:ss')).toBe('30/03/2025 02:00:00');
    expect(format('2025-10-26T00:30:00Z', 'HH:mm Z')).toBe('01:30 +0100');
    expect(format('2025-10-26T01:30:00Z', 'HH:mm Z')).toBe('01:30 +0000');
    // Late evening UTC in summer is already the next day in London.
    expect(format('2025-06-30T23:30:00Z', 'yyyy-MM-dd')).toBe('2025-07-01');
  });

  it('supports the SimpleDateFormat letters the add-in uses', () => {
    const date = '2025-09-01T13:04:05Z'; // 14:04:05 BST, a Monday
    expect(format(date, 'EEEE d MMMM yyyy')).toBe('Monday 1 September 2025');
    expect(format(date, 'EEE dd MMM yy')).toBe('Mon 01 Sep 25');
    expect(format(date, 'M/d H:m:s')).toBe('9/1 14:4:5');
    expect(format(date, 'h:mm a')).toBe('2:04 PM');
    expect(format(date, "'w/c' dd-MM-yyyy 'at' HH'h'")).toBe('w/c 01-09-2025 at 14h');
    expect(format(date, "yyyy''MM")).toBe("2025'09");
    expect(format(date, 'HH:mm', 'UTC')).toBe('13:04');
    expect(format(date, 'HH:mm', 'America/New_York')).toBe('09:04');
  });

  it('rejects unknown pattern letters, bad zones and non-dates', () => {
    expect(() => format('2025-01-01T00:00:00Z', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
    expect(() => format('2025-01-01T00:00:00Z', 'yyyy', 'Mars/Base')).toThrow(/Invalid time zone/);
    expect(() => services.Utilities.formatDate('2025-01-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(/valid Date/);
  });

  it('accepts a Date made inside the script’s own realm (node:vm)', () => {
    const scriptDate = runInNewContext('new Date(Date.UTC(2025, 6, 4, 12, 0, 0))') as Date;
    expect(scriptDate instanceof Date).toBe(false);
    expect(services.Utilities.formatDate(scriptDate, 'Europe/London', 'dd/MM/yyyy HH:mm')).toBe('04/07/2025 13:00');
  });

  it('getUuid gives distinct RFC 4122 ids; sleep returns at once', () => {
    const a = services.Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(services.Utilities.getUuid()).not.toBe(a);
    expect(waitsIn(() => services.Utilities.sleep(10_000))).toBe(0);
  });
});

describe('Session — https://developers.google.com/apps-script/reference/base/session', () => {
  it('reports the user, the script time zone and an opaque user key', () => {
    const { services } = setUp();
    expect(services.Session.getActiveUser().getEmail()).toBe('mentor@school.example');
    expect(services.Session.getEffectiveUser().getEmail()).toBe('mentor@school.example');
    expect(services.Session.getScriptTimeZone()).toBe('Europe/London');
    const key = services.Session.getTemporaryActiveUserKey();
    expect(key).not.toContain('mentor');
    expect(services.Session.getTemporaryActiveUserKey()).toBe(key);
  });
});

describe('Logger and console — https://developers.google.com/apps-script/reference/base/logger', () => {
  it('sends every line to host.logs, formatting %s and %d', () => {
    const { host, services } = setUp();
    services.Logger.log('Scored %d responses for %s', 12, 'SLSS').log({ a: 1 });
    services.console.error('Intervention Planner: unexpected %s', 'TypeError');
    services.console.info('done');
    expect(host.logs).toEqual(['Scored 12 responses for SLSS', '{ a: 1 }', 'Intervention Planner: unexpected TypeError', 'done']);
    expect(services.Logger.getLog()).toBe('Scored 12 responses for SLSS\n{ a: 1 }');
    services.Logger.clear();
    expect(services.Logger.getLog()).toBe('');
  });
});
