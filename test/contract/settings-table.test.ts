/**
 * The settings table is the one source: every entry's default is what the stored schema fills in,
 * every entry refuses a bad value with the sentence built from its own label and bounds (the same
 * check the sidebar runs and the server runs), and every entry takes an allowed value. The server
 * (test/settings-live/endpoints.test.ts) and the sidebar's form (test/settings-live/browser.test.ts)
 * walk the same table.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkChange, defaultSettings, settingEntries, settingsSchema, SETTINGS, type Settings } from '../../src/core/settings';
import { allowedValue, refusedValue } from '../support/setting-values';

const entries = settingEntries();
const valueAt = (settings: Settings, section: string, field: string): unknown =>
  (settings as unknown as Record<string, Record<string, unknown>>)[section]?.[field];

describe('the settings table', () => {
  it('lists every field of every section once', () => {
    const fromTable = Object.entries(SETTINGS).flatMap(([section, { fields }]) => Object.keys(fields).map((f) => `${section}.${f}`));
    expect(entries.map((e) => `${e.section}.${e.field}`)).toEqual(fromTable);
    expect(new Set(fromTable).size).toBe(fromTable.length);
    expect(Object.keys(defaultSettings()).sort()).toEqual(Object.keys(SETTINGS).sort());
  });

  it.each(entries.map((e) => [`${e.section}.${e.field}`, e] as const))('%s: the schema fills in its default', (_path, entry) => {
    expect(valueAt(defaultSettings(), entry.section, entry.field)).toEqual(entry.descriptor.default);
    // An older stored copy without the field, or without its whole section, gets the default too.
    const withoutSection = { ...defaultSettings(), [entry.section]: undefined };
    expect(valueAt(v.parse(settingsSchema, withoutSection), entry.section, entry.field)).toEqual(entry.descriptor.default);
  });

  it.each(entries.map((e) => [`${e.section}.${e.field}`, e] as const))('%s: refuses a bad value in its own sentence', (_path, entry) => {
    const { value, sentence } = refusedValue(entry.descriptor);
    expect(sentence.startsWith(entry.descriptor.label) || entry.descriptor.kind === 'keyed-words').toBe(true);
    expect(checkChange(defaultSettings(), { [entry.section]: { [entry.field]: value } })).toEqual({ ok: false, refusal: sentence });
  });

  it.each(entries.map((e) => [`${e.section}.${e.field}`, e] as const))('%s: takes an allowed value', (_path, entry) => {
    const value = allowedValue(entry.descriptor);
    const checked = checkChange(defaultSettings(), { [entry.section]: { [entry.field]: value } });
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(valueAt(checked.settings, entry.section, entry.field)).toEqual(value);
  });

  it('keeps today’s stored JSON: a copy saved before the table reads back unchanged', () => {
    const stored = {
      timetable: { protectedSubjects: ['Maths', 'English', 'Science'], termWeeks: ['2026-09-07'], cycleWeekAStart: '2026-09-07' },
      groups: { maxSize: 12, minGenderShare: 0.25, programmePurposes: { 'Lego therapy': 'self' } },
      impact: { directions: { attendance: 'lower' } },
      lunch: { served: true },
    };
    const settings = v.parse(settingsSchema, stored);
    expect(settings.timetable).toMatchObject(stored.timetable);
    expect(settings.groups).toMatchObject(stored.groups);
    expect(settings.impact.directions).toEqual(stored.impact.directions);
    expect(settings).not.toHaveProperty('lunch');
  });

  it('refuses a smallest group size above the largest, naming both', () => {
    expect(checkChange(defaultSettings(), { groups: { minSize: 12 } })).toEqual({
      ok: false,
      refusal: 'The smallest group size (12) cannot be larger than the largest group size (10).',
    });
  });

  it('refuses a section or a field the table does not have', () => {
    expect(checkChange(defaultSettings(), { lunch: {} }).ok).toBe(false);
    expect(checkChange(defaultSettings(), { groups: { biggest: 3 } }).ok).toBe(false);
  });
});
