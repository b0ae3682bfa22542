/**
 * The schemas derived from the settings table. Every check of a setting carries the setting's own
 * refusal as its message, so the first issue of a failed parse is the sentence to show.
 */
import * as v from 'valibot';
import { readDate } from '../coerce';
import type { IsoDate } from '../values';
import { mondayOf } from '../calendar/days';
import { finiteNumber, object, record, strictObject, wholeNumber } from '../schema-parts';
import { refusal, type SettingDescriptor } from './kinds';
import { crossFieldRefusal } from './rules';
import { SECTIONS, SETTINGS, type Section, type Settings, type SettingsChange } from './table';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A fresh copy of a default, so no caller can change the table's. */
const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** yyyy-mm-dd naming a day that exists (not 31 February). */
const isRealIsoDate = (text: string): boolean => ISO_DATE.test(text) && readDate(text) === text;

function wordList(maxItems: number, maxLength: number, error: string) {
  return v.pipe(
    v.array(v.pipe(v.string(error), v.minLength(1, error), v.maxLength(maxLength, error)), error),
    v.maxLength(maxItems, error),
  );
}

/** Any day of a week stands for the week: its Monday. */
const weekOf = (day: string): string => mondayOf(day as IsoDate);

function isoDate(error: string) {
  return v.pipe(v.string(error), v.check(isRealIsoDate, error));
}

function number(min: number, max: number, error: string) {
  return v.pipe(finiteNumber(error), v.minValue(min, error), v.maxValue(max, error));
}

/** The value's schema, without its default: what a change from the sidebar must hold. */
function valueSchema(d: SettingDescriptor): v.GenericSchema {
  const error = refusal(d);
  switch (d.kind) {
    case 'whole-number':
      return wholeNumber(d.min, d.max, error);
    case 'number':
    case 'percentage':
      return number(d.min, d.max, error);
    case 'share':
      return number(d.min / 100, d.max / 100, error);
    case 'yes-no':
      return v.boolean(error);
    case 'text':
      return v.pipe(v.string(error), v.maxLength(d.maxLength, error));
    case 'optional-text':
      return v.nullable(v.pipe(v.string(error), v.maxLength(d.maxLength, error)));
    case 'words':
      return wordList(d.maxItems, d.maxLength, error);
    case 'dates':
      // Each date (or week) once, in order, however they were typed.
      return v.pipe(
        v.array(isoDate(error), error),
        v.maxLength(d.maxItems, error),
        v.transform((list) => [...new Set(d.weeks ? list.map(weekOf) : list)].sort()),
      );
    case 'optional-date':
      return v.nullable(d.weeks ? v.pipe(isoDate(error), v.transform(weekOf)) : isoDate(error));
    case 'choice-map':
      return record(v.pipe(v.string(error), v.maxLength(d.nameMaxLength, error)), v.picklist(d.choices, error), error);
    case 'keyed-words':
      return object(
        Object.fromEntries(
          d.keys.map((key) => [key, v.optional(wordList(d.maxItems, d.maxLength, refusal(d, key)), () => copyOf(d.default[key] ?? []))]),
        ),
        error,
      );
  }
}

const fieldsOf = (section: Section): [string, SettingDescriptor][] =>
  Object.entries(SETTINGS[section].fields as Record<string, SettingDescriptor>);

/**
 * The stored settings: anything missing takes its default, so a copy stored by an older version
 * stays valid, and fields no longer known are dropped. The cross-field rules apply last, once
 * every field has passed its own check.
 */
export const settingsSchema = v.pipe(
  object(
    Object.fromEntries(
      SECTIONS.map((section) => [
        section,
        v.optional(
          object(Object.fromEntries(fieldsOf(section).map(([field, d]) => [field, v.optional(valueSchema(d), () => copyOf(d.default))]))),
          {},
        ),
      ]),
    ),
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const sentence = crossFieldRefusal(dataset.value as Settings);
    if (sentence !== null) addIssue({ message: sentence });
  }),
) as unknown as v.GenericSchema<unknown, Settings>;

/**
 * A change from the sidebar: only known sections and fields, each optional; a value is checked as
 * the stored one is. A section or field the table does not have fails without a message of its
 * own, so the caller answers that the sidebar and the server disagree.
 */
export const settingsChangeSchema = strictObject(
  Object.fromEntries(
    SECTIONS.map((section) => [
      section,
      v.optional(strictObject(Object.fromEntries(fieldsOf(section).map(([field, d]) => [field, v.optional(valueSchema(d))])))),
    ]),
  ),
) as unknown as v.GenericSchema<unknown, SettingsChange>;

export function defaultSettings(): Settings {
  return v.parse(settingsSchema, {});
}
