/**
 * The settings endpoints through the built script: a bad value is refused with one sentence that
 * names the setting and nothing is stored; a saved setting changes what the next action does; a
 * reset brings every default back. Expectations come from the workbook's own cells.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { defaultSettings, settingEntries } from '../../src/core/settings';
import type { ActionReport, Result, SettingsView } from '../../src/shared/api';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { openSession, runAction, type LocalSession } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { tabValues } from '../groups-live/support';
import { ensureBuilt } from '../support/built';
import { allowedValue, refusedValue } from '../support/setting-values';
import { plantedFacts, readRegister } from '../support/example-facts';
import { EXAMPLES } from '../support/examples';

const SETTINGS_PROPERTY = 'ip.settings';

function call<T>(session: LocalSession, name: string, ...args: unknown[]): Result<T> {
  return session.script.runFromSidebar(name, ...args) as Result<T>;
}

/** The settings as the document property holds them. */
function storedSettings(workbook: WorkbookModel): Record<string, Record<string, unknown>> {
  return JSON.parse(workbook.documentProperties[SETTINGS_PROPERTY] ?? '{}') as Record<string, Record<string, unknown>>;
}

function view(session: LocalSession): SettingsView {
  const result = call<SettingsView>(session, 'apiGetSettings');
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

function save(session: LocalSession, change: unknown): SettingsView {
  const result = call<SettingsView>(session, 'apiSaveSettings', change);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** Group check's rows as objects, by its header row. */
function groupCheck(workbook: WorkbookModel): { group: string; rule: string; detail: string; pupils: string[] }[] {
  const [header = [], ...rows] = tabValues(workbook, 'Group check');
  const at = (row: string[], name: string): string => row[header.indexOf(name)] ?? '';
  return rows
    .filter((row) => at(row, 'Group') !== '')
    .map((row) => ({
      group: at(row, 'Group'),
      rule: at(row, 'Rule'),
      detail: at(row, 'Detail'),
      pupils: at(row, 'Pupils')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    }));
}

const { layout } = EXAMPLES.tidy;

/** Group members as the register's Group column lists them (group placements only). */
function registerGroupSize(workbook: WorkbookModel, group: string): number {
  return readRegister(workbook, layout).filter((r) => r.type === 'group' && r.group === group).length;
}

/**
 * The Missing column of the Schedule's weeks not yet under way. Weeks under way are kept as they
 * were when the timetable is made again, and the built script reads today from the clock.
 */
function missingSubjects(workbook: WorkbookModel): string[] {
  const sheet = workbook.sheets.find((s) => s.name === 'Schedule');
  const [header = [], ...rows] = (sheet?.cells ?? []).map((row) => (row ?? []).map((cell) => cell?.value));
  const [missing, week] = [header.indexOf('Missing'), header.indexOf('Week commencing')];
  expect(missing).toBeGreaterThanOrEqual(0);
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  const notUnderWay = (value: unknown): boolean =>
    Object.prototype.toString.call(value) !== '[object Date]' || (value as Date).getTime() >= today.getTime();
  return rows.filter((row) => notUnderWay(row[week])).map((row) => String(row[missing] ?? ''));
}

describe(`settings endpoints on the ${EXAMPLES.origin} example school`, () => {
  let workbook: WorkbookModel;
  let session: LocalSession;
  /** The planted over-full group's size, and the programme of the group with a pupil whose need does not match. */
  let overFull: number;
  let mismatchProgramme: string;

  beforeAll(async () => {
    await ensureBuilt();
    workbook = await readWorkbook(EXAMPLES.tidy.path);
    const { findings } = plantedFacts(workbook, layout);
    overFull = findings.find((f) => f.rule === 'size-above-max')?.pupils.length ?? NaN;
    const mismatch = findings.find((f) => f.rule === 'need-mismatch')?.group;
    mismatchProgramme = readRegister(workbook, layout).find((r) => r.group === mismatch)?.programme ?? '';
    session = openSession(workbook);
    expect(runAction(session, 'setup').ok).toBe(true);
  });

  it('shows the defaults, the programmes in the register and the measures setup found', () => {
    const current = view(session);
    expect(current.settings).toEqual(defaultSettings());
    expect(current.settings.groups.maxSize).toBe(10);
    expect(current.settings.timetable.protectedSubjects).toEqual(['Maths', 'English']);
    // Every programme named on the register, once each; the need rule knows what the mismatched group's is for.
    const named = new Set(readRegister(workbook, layout).map((r) => r.programme));
    expect(new Set(current.programmes.map((p) => p.name))).toEqual(named);
    expect(current.programmes.find((p) => p.name === mismatchProgramme)?.fromName).toMatch(/^(attendance|learning|self|others|progress)$/);
    expect(current.measures.find((m) => m.label === 'Behaviour points')?.found).toBe('lower');
    expect(current.measures.find((m) => m.label === 'Attendance %')?.found).toBe('higher');
  });

  const refusals: [string, unknown, RegExp][] = [
    ['a largest group size of 0', { groups: { maxSize: 0 } }, /^Largest group size must be a whole number from 1 to 40\.$/],
    ['a largest group size of 41', { groups: { maxSize: 41 } }, /^Largest group size/],
    ['a largest group size of 10.5', { groups: { maxSize: 10.5 } }, /^Largest group size/],
    ['a largest group size sent as text', { groups: { maxSize: '12' } }, /^Largest group size/],
    ['an empty largest group size', { groups: { maxSize: null } }, /^Largest group size/],
    [
      'a smallest size above the largest',
      { groups: { minSize: 12 } },
      /^The smallest group size \(12\) cannot be larger than the largest group size \(10\)\.$/,
    ],
    ['a gender share of 60%', { groups: { minGenderShare: 0.6 } }, /^Smallest gender share must be a percentage from 0 to 50\.$/],
    [
      'an answered share of 40%',
      { questionnaires: { minAnsweredShare: 0.4 } },
      /^Share of items a pupil must answer must be a percentage from 50 to 100\.$/,
    ],
    ['lessons per day of 9', { timetable: { lessonsPerDay: 9 } }, /^Lessons per day must be a whole number from 5 to 7\.$/],
    ['a term week that is no date', { timetable: { termWeeks: ['2026-09-07', '31/02/2027'] } }, /^Term weeks must be .*dd\/mm\/yyyy/],
    ['a term week on 31 February', { timetable: { termWeeks: ['2027-02-31'] } }, /^Term weeks must be/],
    [
      'a week A start of "next week"',
      { timetable: { cycleWeekAStart: 'next week' } },
      /^Week A starts must be a real date written dd\/mm\/yyyy/,
    ],
    ['an empty protected subject', { timetable: { protectedSubjects: ['Maths', ''] } }, /^Protected subjects must be/],
    [
      'allow twice a day as "yes"',
      { timetable: { allowTwicePerDay: 'yes' } },
      /^Allow a group to meet twice in a day must be yes or no\.$/,
    ],
    [
      'a purpose that is not one of the five',
      { groups: { programmePurposes: { 'Boxing group': 'fun' } } },
      /^The purpose of a programme must be one of attendance and punctuality, .* or low progress/,
    ],
    [
      'a direction that is not higher or lower',
      { impact: { directions: { attendance: 'up' } } },
      /^Which way is better for a measure must be higher or lower/,
    ],
    [
      'a TA-led multiplier of 11',
      { impact: { expectedProgressTaLed: 11 } },
      /^Expected progress for TA-led programmes must be a number from 0 to 10\.$/,
    ],
    ['a setting that does not exist', { groups: { biggest: 3 } }, /Reload the sidebar/],
    ['a section that does not exist', { lunch: {} }, /Reload the sidebar/],
    ['a section that is not an object', { groups: [1, 2] }, /Reload the sidebar/],
    ['a list instead of a change', [{ groups: { maxSize: 12 } }], /Reload the sidebar/],
    ['text instead of a change', 'maxSize=12', /Reload the sidebar/],
    ['nothing at all', null, /Reload the sidebar/],
  ];

  it.each(refusals)('refuses %s with one sentence and stores nothing', (_what, change, message) => {
    const before = workbook.documentProperties[SETTINGS_PROPERTY];
    const result = call<SettingsView>(session, 'apiSaveSettings', change);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(message);
    expect(result.error.split('\n')).toHaveLength(1);
    expect(result.error).toMatch(/\.$/);
    expect(workbook.documentProperties[SETTINGS_PROPERTY]).toBe(before);
  });

  it('a largest group size one above the over-full group removes its size-above-max finding', () => {
    runAction(session, 'groups');
    const over = groupCheck(workbook).filter((f) => f.rule === 'size-above-max');
    expect(over.length).toBeGreaterThan(0);
    const largest = over.filter((f) => registerGroupSize(workbook, f.group) === overFull);
    expect(largest.map((f) => f.pupils.length)).toEqual(largest.map(() => overFull));
    expect(largest.length).toBeGreaterThan(0);

    const saved = save(session, { groups: { maxSize: overFull + 1 } });
    expect(saved.settings.groups.maxSize).toBe(overFull + 1);
    expect(storedSettings(workbook).groups?.maxSize).toBe(overFull + 1);
    runAction(session, 'groups');
    const after = groupCheck(workbook);
    for (const finding of largest) {
      expect(after.filter((f) => f.group === finding.group && f.rule === 'size-above-max')).toEqual([]);
    }
  });

  it('keeps what was saved before when another field is saved', () => {
    const saved = save(session, { groups: { minSize: 4 }, impact: { directions: { 'behaviour-points': 'higher' } } });
    expect(saved.settings.groups).toMatchObject({ maxSize: overFull + 1, minSize: 4 });
    expect(saved.settings.impact.directions).toEqual({ 'behaviour-points': 'higher' });
    // Everything not sent is as it was.
    expect(saved.settings.timetable).toEqual(defaultSettings().timetable);
  });

  it('stores dates as yyyy-mm-dd, each term week once and in order', () => {
    const saved = save(session, { timetable: { termWeeks: ['2026-09-14', '2026-09-07', '2026-09-14'], cycleWeekAStart: '2026-09-07' } });
    expect(saved.settings.timetable.termWeeks).toEqual(['2026-09-07', '2026-09-14']);
    expect(storedSettings(workbook).timetable?.cycleWeekAStart).toBe('2026-09-07');
    save(session, { timetable: { termWeeks: [], cycleWeekAStart: null } });
  });

  it('protecting Science means no Schedule row misses Science', () => {
    expect(runAction(session, 'timetable')).toMatchObject({ ok: true });
    const before = missingSubjects(workbook);
    // The test can fail: with the defaults some sessions do fall in Science.
    expect(before.filter((s) => /science/i.test(s)).length).toBeGreaterThan(0);

    save(session, { timetable: { protectedSubjects: ['Maths', 'English', 'Science'] } });
    expect(runAction(session, 'timetable').ok).toBe(true);
    const after = missingSubjects(workbook);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((s) => /science|maths|english/i.test(s))).toEqual([]);
  });

  it('reset puts every default back, and the actions behave as before', () => {
    const result = call<SettingsView>(session, 'apiResetSettings');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.settings).toEqual(defaultSettings());
    expect(view(session).settings).toEqual(defaultSettings());
    const report = session.script.runFromSidebar('apiCheckGroups') as Result<ActionReport>;
    expect(report.ok).toBe(true);
    expect(groupCheck(workbook).some((f) => f.rule === 'size-above-max' && registerGroupSize(workbook, f.group) === overFull)).toBe(true);
  });
});

describe('saving settings costs the same service calls at any size', () => {
  beforeAll(ensureBuilt);

  it('at 200 and 2,000 pupils', () => {
    const calls = [200, 2000].map((pupils) => {
      const session = openSession(tidyWorkbook(generateSchool({ pupils, seed: 11 })));
      expect(runAction(session, 'setup').ok).toBe(true);
      session.emulator.counter.reset();
      const saved = call<SettingsView>(session, 'apiSaveSettings', { groups: { maxSize: 12 } });
      expect(saved.ok).toBe(true);
      const savedCalls = session.emulator.counter.total();
      session.emulator.counter.reset();
      call<SettingsView>(session, 'apiSaveSettings', { groups: { maxSize: 99 } });
      return [savedCalls, session.emulator.counter.total()];
    });
    expect(calls[0]).toEqual(calls[1]);
  });
});

describe('every setting of the table, through the server', () => {
  let session: LocalSession;

  beforeAll(async () => {
    await ensureBuilt();
    session = openSession(tidyWorkbook(generateSchool({ pupils: 200, seed: 5 })));
    expect(runAction(session, 'setup').ok).toBe(true);
  });

  it.each(settingEntries().map((e) => [`${e.section}.${e.field}`, e] as const))(
    '%s: a bad value is refused in the table’s sentence and stored nowhere; an allowed one is stored',
    (_path, { section, field, descriptor }) => {
      const before = session.workbook.documentProperties[SETTINGS_PROPERTY];
      const { value, sentence } = refusedValue(descriptor);
      expect(call<SettingsView>(session, 'apiSaveSettings', { [section]: { [field]: value } })).toEqual({
        ok: false,
        code: 'invalid-argument',
        error: sentence,
      });
      expect(session.workbook.documentProperties[SETTINGS_PROPERTY]).toBe(before);

      const allowed = allowedValue(descriptor);
      expect(save(session, { [section]: { [field]: allowed } }).settings).toMatchObject({ [section]: { [field]: allowed } });
      expect(storedSettings(session.workbook)[section]?.[field]).toEqual(allowed);
      expect(call<SettingsView>(session, 'apiResetSettings').ok).toBe(true);
    },
  );
});
