/**
 * The schemas derived from the settings table. Every check of a setting carries the setting's own
 * refusal as its message, so the first issue of a failed parse is the sentence to show.
 */
import * as z from 'zod/mini';
import { readDate } from '../coerce';
import type { IsoDate } from '../values';
import { mondayOf } from '../calendar/days';
import { refusal, type SettingDescriptor } from './kinds';
import { crossFieldRefusal } from './rules';
import { SECTIONS, SETTINGS, type Section, type Settings, type SettingsChange } from './table';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A fresh copy of a default, so no caller can change the table's. */
const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** yyyy-mm-dd naming a day that exists (not 31 February). */
const isRealIsoDate = (text: string): boolean => ISO_DATE.test(text) && readDate(text) === text;

function wordList(maxItems: number, maxLength: number, error: string) {
  return z.array(z.string({ error }).check(z.minLength(1), z.maxLength(maxLength)), { error }).check(z.maxLength(maxItems));
}

/** Any day of a week stands for the week: its Monday. */
const weekOf = (day: string): string => mondayOf(day as IsoDate);

function isoDate(error: string) {
  return z.string({ error }).check(z.refine(isRealIsoDate));
}

/** The value's schema, without its default: what a change from the sidebar must hold. */
function valueSchema(d: SettingDescriptor): z.ZodMiniType {
  const error = refusal(d);
  switch (d.kind) {
    case 'whole-number':
      return z.int({ error }).check(z.gte(d.min), z.lte(d.max));
    case 'number':
    case 'percentage':
      return z.number({ error }).check(z.gte(d.min), z.lte(d.max));
    case 'share':
      return z.number({ error }).check(z.gte(d.min / 100), z.lte(d.max / 100));
    case 'yes-no':
      return z.boolean({ error });
    case 'text':
      return z.string({ error }).check(z.maxLength(d.maxLength));
    case 'optional-text':
      return z.nullable(z.string({ error }).check(z.maxLength(d.maxLength)));
    case 'words':
      return wordList(d.maxItems, d.maxLength, error);
    case 'dates':
      // Each date (or week) once, in order, however they were typed.
      return z.array(isoDate(error), { error }).check(
        z.maxLength(d.maxItems),
        z.overwrite((list) => [...new Set(d.weeks ? list.map(weekOf) : list)].sort()),
      );
    case 'optional-date':
      return z.nullable(d.weeks ? isoDate(error).check(z.overwrite(weekOf)) : isoDate(error));
    case 'choice-map':
      return z.record(z.string({ error }).check(z.maxLength(d.nameMaxLength)), z.enum(d.choices, { error }), { error });
    case 'keyed-words':
      return z.object(
        Object.fromEntries(
          d.keys.map((key) => [key, z._default(wordList(d.maxItems, d.maxLength, refusal(d, key)), () => copyOf(d.default[key] ?? []))]),
        ),
        { error },
      );
  }
}

const fieldsOf = (section: Section): [string, SettingDescriptor][] =>
  Object.entries(SETTINGS[section].fields as Record<string, SettingDescriptor>);

/**
 * The stored settings: anything missing takes its default, so a copy stored by an older version
 * stays valid, and fields no longer known are dropped. The cross-field rules apply last.
 */
export const settingsSchema = z
  .object(
    Object.fromEntries(
      SECTIONS.map((section) => [
        section,
        z.prefault(
          z.object(Object.fromEntries(fieldsOf(section).map(([field, d]) => [field, z._default(valueSchema(d), () => copyOf(d.default))]))),
          {},
        ),
      ]),
    ),
  )
  .check(
    z.superRefine((settings, context) => {
      const sentence = crossFieldRefusal(settings as Settings);
      if (sentence !== null) context.addIssue({ code: 'custom', message: sentence, input: settings });
    }),
  ) as unknown as z.ZodMiniType<Settings>;

/**
 * A change from the sidebar: only known sections and fields, each optional; a value is checked as
 * the stored one is. A section or field the table does not have fails without a message of its
 * own, so the caller answers that the sidebar and the server disagree.
 */
export const settingsChangeSchema = z.strictObject(
  Object.fromEntries(
    SECTIONS.map((section) => [
      section,
      z.optional(z.strictObject(Object.fromEntries(fieldsOf(section).map(([field, d]) => [field, z.optional(valueSchema(d))])))),
    ]),
  ),
) as unknown as z.ZodMiniType<SettingsChange>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
