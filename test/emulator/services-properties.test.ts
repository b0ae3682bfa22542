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
  const services = createServices(host, {});
  return { host, services };
}

describe('Properties — https://developers.google.com/apps-script/reference/properties/properties', () => {
  it('document properties live in the workbook model and survive a new service', () => {
    const { host, services } = setUp();
    const props = services.PropertiesService.getDocumentProperties();
    props.setProperty('settings', '{"a":1}').setProperties({ n: 42 as unknown as string, b: 'x' });
    expect(host.workbook.documentProperties).toEqual({ settings: '{"a":1}', n: '42', b: 'x' });
    const again = createServices(host, {}).PropertiesService.getDocumentProperties();
    expect(again.getProperty('n')).toBe('42');
    expect(again.getProperty('missing')).toBeNull();
    expect(again.getKeys().sort()).toEqual(['b', 'n', 'settings']);
  });

  it('setProperties with deleteAllOthers replaces the store; delete removes keys', () => {
    const { services } = setUp();
    const props = services.PropertiesService.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    props.setProperty('d', '4').deleteProperty('c');
    expect(props.getProperties()).toEqual({ d: '4' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('user, script and document stores are separate', () => {
    const { services } = setUp();
    services.PropertiesService.getUserProperties().setProperty('k', 'user');
    expect(services.PropertiesService.getScriptProperties().getProperty('k')).toBeNull();
    expect(services.PropertiesService.getDocumentProperties().getProperty('k')).toBeNull();
  });
});

describe('Properties quotas — https://developers.google.com/apps-script/guides/services/quotas', () => {
  it('a property over 9 KB (key and value) is refused and nothing is written', () => {
    const { services } = setUp();
    const props = services.PropertiesService.getDocumentProperties();
    const key = 'mapping';
    props.setProperty(key, 'x'.repeat(9 * 1024 - key.length));
    expect(() => props.setProperties({ ok: '1', [key]: 'x'.repeat(9 * 1024 - key.length + 1) })).toThrow('Argument too large: value');
    expect(props.getProperty('ok')).toBeNull();
    // Bytes, not characters: 'é' takes two.
    expect(() => props.setProperty('k', 'é'.repeat(4700))).toThrow('Argument too large: value');
  });

  it('a store over 500 KB in total is refused', () => {
    const { services } = setUp();
    const props = services.PropertiesService.getDocumentProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i += 1) props.setProperty(`p${i}`, chunk);
    expect(() => props.setProperty('one-more', chunk)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getKeys()).toHaveLength(56);
  });
});

describe('Lock — https://developers.google.com/apps-script/reference/lock/lock', () => {
  it('tryLock and waitLock succeed when no other execution holds the lock', () => {
    const { services } = setUp();
    const lock = services.LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    services.LockService.getDocumentLock().waitLock(30_000);
    expect(services.LockService.getDocumentLock().hasLock()).toBe(true);
  });

  it('while another execution holds the script lock, tryLock is false and waitLock times out', () => {
    const { services } = setUp();
    services.locks.holdScriptLock();
    const lock = services.LockService.getScriptLock();
    expect(lock.tryLock(5000)).toBe(false);
    const timesOut = () => expect(() => lock.waitLock(30_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(waitsIn(timesOut)).toBe(0);
    expect(lock.hasLock()).toBe(false);
    // The document lock is a different lock.
    expect(services.LockService.getDocumentLock().tryLock(0)).toBe(true);
    services.locks.releaseScriptLock();
    expect(lock.tryLock(0)).toBe(true);
  });

  it('the document lock can be held by another execution too', () => {
    const { services } = setUp();
    services.locks.holdDocumentLock();
    expect(() => services.LockService.getDocumentLock().waitLock(10)).toThrow(/Lock timeout/);
    services.locks.releaseDocumentLock();
    expect(services.LockService.getDocumentLock().tryLock(10)).toBe(true);
  });
});
