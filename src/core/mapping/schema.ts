/**
 * What setup understood of a tracking sheet: for each thing the add-in needs, the tab, the header
 * row and the header text of each column. Stored as JSON in document properties, shown and
 * corrected in the sidebar, and written as `mapping.json` by the local runner (which accepts the
 * same file back with `--mapping`).
 *
 * Columns are named by their header text, not by position, so a mapping survives a user inserting
 * a column, and a person can read and edit the file.
 */
import * as v from 'valibot';
import { object, record, wholeNumber } from '../schema-parts';

/** Register fields, in the order the sidebar lists them. */
export const REGISTER_FIELDS = [
  'pupilId',
  'name',
  'forename',
  'surname',
  'year',
  'form',
  'gender',
  'sen',
  'primaryNeed',
  'pupilPremium',
  'type',
  'reason',
  'outcome',
  'programme',
  'group',
  'staff',
  'start',
  'end',
  'consent',
  'room',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export const GROUP_FIELDS = [
  'group',
  'programme',
  'focus',
  'staff',
  'room',
  'sessionsPerWeek',
  'weeks',
  'startWeek',
  'minSize',
  'maxSize',
  'singleSex',
] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];

export const KEEP_APART_FIELDS = ['pupilA', 'pupilB', 'reason'] as const;
export type KeepApartField = (typeof KEEP_APART_FIELDS)[number];

/** A term-dates tab: a row per term, half-term or holiday, with its first and last day. */
export const TERM_DATE_FIELDS = ['term', 'start', 'end', 'breakStart', 'breakEnd'] as const;
export type TermDateField = (typeof TERM_DATE_FIELDS)[number];

/** Plain-English labels for the sidebar and for Problems reasons. */
export const FIELD_LABELS: Record<RegisterField | GroupField | KeepApartField | TermDateField, string> = {
  pupilId: 'Pupil ID',
  name: 'Name',
  forename: 'Forename',
  surname: 'Surname',
  year: 'Year group',
  form: 'Form',
  gender: 'Gender',
  sen: 'SEN status',
  primaryNeed: 'Primary need',
  pupilPremium: 'Pupil premium',
  type: '1-1 or group',
  reason: 'Reason for referral',
  outcome: 'Desired outcome',
  programme: 'Programme',
  group: 'Group',
  staff: 'Staff',
  start: 'Start date',
  end: 'End date',
  consent: 'Consent',
  focus: 'Focus / outcome',
  room: 'Room',
  sessionsPerWeek: 'Sessions per week',
  weeks: 'Number of weeks',
  startWeek: 'Starts (w/c)',
  minSize: 'Minimum size',
  maxSize: 'Maximum size',
  singleSex: 'Single-sex',
  pupilA: 'Pupil',
  pupilB: 'Keep apart from',
  term: 'Term or holiday',
  breakStart: 'Half-term starts',
  breakEnd: 'Half-term ends',
};

const header = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
const tabName = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** 1-based sheet row of the header; data starts on the next row. */
const headerRow = wholeNumber(1, 1000);

/**
 * Some of the fields, each naming its header. valibot types a record keyed by a picklist as having
 * every key, but checks only the keys present, so the type says what is checked: any of them.
 */
const fieldHeaders = <F extends string>(fields: readonly F[]) =>
  record(v.picklist(fields), header) as v.GenericSchema<Partial<Record<F, string>>>;

export const measureSchema = object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), v.maxLength(60)),
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  start: header,
  end: header,
  /** Null when neither the header nor a known measure says which way is better. */
  betterWhen: v.nullable(v.picklist(['higher', 'lower'])),
  kind: v.picklist(['percent', 'count', 'score', 'months']),
});

/** A day × lesson column of a timetable-shaped tab (lesson timetable, staff availability). */
export const slotColumnSchema = object({
  header,
  cycleWeek: v.nullable(v.picklist(['A', 'B'])),
  day: wholeNumber(1, 5),
  lesson: wholeNumber(1, 12),
});

export const registerMappingSchema = object({
  tab: tabName,
  headerRow,
  fields: fieldHeaders(REGISTER_FIELDS),
  measures: v.pipe(v.array(measureSchema), v.maxLength(40)),
  /** Other tabs that could be the register, best first, so the user can switch to one. */
  alternatives: v.optional(v.pipe(v.array(tabName), v.maxLength(10))),
});

export const groupsMappingSchema = object({
  tab: tabName,
  headerRow,
  fields: fieldHeaders(GROUP_FIELDS),
});

export const keepApartMappingSchema = object({
  tab: tabName,
  headerRow,
  fields: fieldHeaders(KEEP_APART_FIELDS),
});

export const slotGridMappingSchema = object({
  tab: tabName,
  headerRow,
  /** The column naming the row: year/form/pupil for lessons, the member of staff for availability. */
  keyColumn: header,
  slots: v.pipe(v.array(slotColumnSchema), v.minLength(1), v.maxLength(140)),
});

export const termDatesMappingSchema = object({
  tab: tabName,
  headerRow,
  fields: fieldHeaders(TERM_DATE_FIELDS),
});

export const responsesMappingSchema = object({
  tab: tabName,
  headerRow,
});

export const MAPPING_VERSION = 1;

export const mappingSchema = object({
  version: v.picklist([MAPPING_VERSION]),
  register: v.nullable(registerMappingSchema),
  groups: v.nullable(groupsMappingSchema),
  keepApart: v.nullable(keepApartMappingSchema),
  lessonTimetable: v.nullable(slotGridMappingSchema),
  staffAvailability: v.nullable(slotGridMappingSchema),
  responses: v.pipe(v.array(responsesMappingSchema), v.maxLength(50)),
  /** Absent from setups saved before term-dates tabs were read. */
  termDates: v.optional(v.nullable(termDatesMappingSchema), null),
});

export type Mapping = v.InferOutput<typeof mappingSchema>;
export type RegisterMapping = v.InferOutput<typeof registerMappingSchema>;
export type GroupsMapping = v.InferOutput<typeof groupsMappingSchema>;
export type KeepApartMapping = v.InferOutput<typeof keepApartMappingSchema>;
export type SlotGridMapping = v.InferOutput<typeof slotGridMappingSchema>;
export type SlotColumn = v.InferOutput<typeof slotColumnSchema>;
export type MeasureMapping = v.InferOutput<typeof measureSchema>;
export type ResponsesMapping = v.InferOutput<typeof responsesMappingSchema>;
export type TermDatesMapping = v.InferOutput<typeof termDatesMappingSchema>;

/** Each part the mapping found: its tab and header row. */
export function mappedParts(mapping: Mapping): { readonly tab: string; readonly headerRow: number }[] {
  const parts = [
    mapping.register,
    mapping.groups,
    mapping.keepApart,
    mapping.lessonTimetable,
    mapping.staffAvailability,
    mapping.termDates,
    ...mapping.responses,
  ];
  return parts.flatMap((part) => (part ? [part] : []));
}

/** Every tab the mapping names: what an action reads once setup has run. */
export function mappedTabs(mapping: Mapping): string[] {
  return mappedParts(mapping).map((part) => part.tab);
}
