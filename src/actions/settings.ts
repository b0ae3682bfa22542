/**
 * Settings in the sidebar: show every threshold with its default, save a change (checked with the
 * settings schema, since the sidebar is untrusted) and put everything back to the defaults. A
 * refusal names the setting as the sidebar labels it, in one sentence, and stores nothing.
 */
import { classifyPurpose, PURPOSE_LABELS, PURPOSES, type Purpose } from '../core/groups/purposes';
import { readDate, isUnreadable } from '../core/coerce';
import { defaultSettings, settingsSchema, type Settings } from '../core/settings';
import { normaliseText } from '../core/text';
import type { SettingsView } from '../shared/api';
import { withDocumentLock } from '../sheets/lock';
import { loadStored, saveSettings } from '../sheets/store';
import { loadSchool } from './school';
import { UserError } from '../core/user-error';

const PURPOSE_LIST = `${PURPOSES.slice(0, -1)
  .map((p) => PURPOSE_LABELS[p])
  .join(', ')} or ${PURPOSE_LABELS[PURPOSES[PURPOSES.length - 1] as Purpose]}`;
const WORDS = 'a list of up to 40 words, each at most 60 characters';
const wholeNumber = (from: number, to: number): string => `a whole number from ${from} to ${to}`;
const percentage = (from: number, to: number): string => `a percentage from ${from} to ${to}`;

/** Each setting as the sidebar labels it, and what it must be (in the units the sidebar shows). */
export const SETTING_FIELDS: Readonly<Record<string, { readonly label: string; readonly rule: string }>> = {
  'timetable.protectedSubjects': { label: 'Protected subjects', rule: 'a list of up to 20 subjects, each at most 60 characters' },
  'timetable.sessionsPerWeekDefault': { label: 'Sessions per week', rule: wholeNumber(1, 5) },
  'timetable.weeksDefault': { label: 'Weeks a programme runs', rule: wholeNumber(1, 39) },
  'timetable.allowTwicePerDay': { label: 'Allow a group to meet twice in a day', rule: 'yes or no' },
  'timetable.lessonsPerDay': { label: 'Lessons per day', rule: wholeNumber(5, 7) },
  'timetable.termWeeks': { label: 'Term weeks', rule: 'a list of up to 60 real dates written dd/mm/yyyy, or empty for every week' },
  'timetable.cycleWeekAStart': { label: 'Week A starts', rule: 'a real date written dd/mm/yyyy, or empty for a one-week timetable' },
  'timetable.maxSessionsPerStaffDay': { label: 'Most sessions a member of staff leads in a day', rule: wholeNumber(1, 8) },
  'timetable.oneToOneStaffDefault': { label: '1-1 staff when the register names none', rule: 'at most 100 characters, or empty' },
  'timetable.oneToOneRoomDefault': { label: '1-1 room when the register names none', rule: 'at most 100 characters' },
  'groups.minSize': { label: 'Smallest group size', rule: wholeNumber(1, 30) },
  'groups.maxSize': { label: 'Largest group size', rule: wholeNumber(1, 40) },
  'groups.maxYearSpread': { label: 'Largest year-group spread', rule: wholeNumber(0, 12) },
  'groups.minGenderShare': { label: 'Smallest gender share', rule: percentage(0, 50) },
  'groups.maxSenShare': { label: 'Largest SEN share', rule: percentage(0, 100) },
  'groups.maxEhcp': { label: 'Most pupils with an EHCP', rule: wholeNumber(0, 40) },
  'groups.programmePurposes': {
    label: 'The purpose of a programme',
    rule: `one of ${PURPOSE_LIST}, for programmes named in at most 200 characters`,
  },
  ...Object.fromEntries(
    PURPOSES.map((p) => [`groups.purposeKeywords.${p}`, { label: `Words that mean ${PURPOSE_LABELS[p]}`, rule: WORDS }]),
  ),
  ...Object.fromEntries(
    PURPOSES.map((p) => [`groups.baselineMeasures.${p}`, { label: `Start data for ${PURPOSE_LABELS[p]}`, rule: WORDS }]),
  ),
  'questionnaires.minAnsweredShare': { label: 'Share of items a pupil must answer', rule: percentage(50, 100) },
  'impact.persistentAbsenceBelow': { label: 'Persistent absence threshold', rule: percentage(0, 100) },
  'impact.expectedProgressTaLed': { label: 'Expected progress for TA-led programmes', rule: 'a number from 0 to 10' },
  'impact.expectedProgressTeacherLed': { label: 'Expected progress for teacher-led programmes', rule: 'a number from 0 to 10' },
  'impact.directions': { label: 'Which way is better for a measure', rule: 'higher or lower, for measures named in at most 60 characters' },
};

const RELOAD = 'The sidebar sent a setting Intervention Planner does not know. Reload the sidebar and try again.';

export function settingsView(): SettingsView {
  const school = loadSchool('stored');
  const settings = school.stored.settings;
  const programmes = new Map<string, string>();
  for (const item of [...school.data.groups, ...school.data.placements]) {
    const name = item.programme?.trim();
    if (name && !programmes.has(normaliseText(name))) programmes.set(normaliseText(name), name);
  }
  return {
    settings,
    defaults: defaultSettings(),
    programmes: [...programmes.values()]
      .sort((a, b) => a.localeCompare(b, 'en-GB'))
      .map((name) => ({ name, fromName: classifyPurpose(name, settings.groups.purposeKeywords) })),
    measures: (school.mapping.register?.measures ?? []).map((m) => ({ id: m.id, label: m.label, found: m.betterWhen })),
  };
}

/** Saves the settings the sidebar changed: each section's fields replace the stored ones, the rest stay. */
export function saveSettingsChange(input: unknown): SettingsView {
  withDocumentLock(() => {
    const merged = mergeChange(loadStored().settings, input);
    saveSettings(checkSettings(merged));
  });
  return settingsView();
}

export function resetSettings(): SettingsView {
  withDocumentLock(() => saveSettings(defaultSettings()));
  return settingsView();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/** Only known sections and fields are taken; anything else means the sidebar and server disagree. */
export function mergeChange(current: Settings, input: unknown): Record<string, unknown> {
  if (!isPlainObject(input)) throw new UserError(RELOAD);
  const merged: Record<string, unknown> = { ...current };
  for (const [section, fields] of Object.entries(input)) {
    const known = Object.keys(current).includes(section)
      ? (current as unknown as Record<string, Record<string, unknown>>)[section]
      : undefined;
    if (known === undefined || !isPlainObject(fields)) throw new UserError(RELOAD);
    if (Object.keys(fields).some((field) => !Object.keys(known).includes(field))) throw new UserError(RELOAD);
    merged[section] = { ...known, ...fields };
  }
  return merged;
}

/** The settings, or the first thing wrong with them as one sentence naming the setting. */
export function checkSettings(candidate: unknown): Settings {
  const parsed = settingsSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(sentenceFor(issue?.path.map(String) ?? []));
  }
  const settings = parsed.data;
  const { minSize, maxSize } = settings.groups;
  if (minSize > maxSize)
    throw new UserError(`The smallest group size (${minSize}) cannot be larger than the largest group size (${maxSize}).`);
  for (const date of [...settings.timetable.termWeeks, settings.timetable.cycleWeekAStart]) {
    if (date === null) continue;
    const read = readDate(date);
    if (read === null || isUnreadable(read) || read !== date)
      throw new UserError(sentenceFor(['timetable', settings.timetable.termWeeks.includes(date) ? 'termWeeks' : 'cycleWeekAStart']));
  }
  return { ...settings, timetable: { ...settings.timetable, termWeeks: [...new Set(settings.timetable.termWeeks)].sort() } };
}

function sentenceFor(path: readonly string[]): string {
  for (let length = path.length; length > 0; length -= 1) {
    const field = SETTING_FIELDS[path.slice(0, length).join('.')];
    if (field) return `${field.label} must be ${field.rule}.`;
  }
  return RELOAD;
}
