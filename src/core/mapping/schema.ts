/**
 * What setup understood of a tracking sheet: for each thing the add-in needs, the tab, the header
 * row and the header text of each column. Stored as JSON in document properties, shown and
 * corrected in the sidebar, and written as `mapping.json` by the local runner (which accepts the
 * same file back with `--mapping`).
 *
 * Columns are named by their header text, not by position, so a mapping survives a user inserting
 * a column, and a person can read and edit the file.
 */
import * as z from 'zod/mini';

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

const header = z.string().check(z.minLength(1), z.maxLength(500));
const tabName = z.string().check(z.minLength(1), z.maxLength(100));
/** 1-based sheet row of the header; data starts on the next row. */
const headerRow = z.int().check(z.gte(1), z.lte(1000));

export const measureSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(60)),
  label: z.string().check(z.minLength(1), z.maxLength(100)),
  start: header,
  end: header,
  /** Null when neither the header nor a known measure says which way is better. */
  betterWhen: z.nullable(z.enum(['higher', 'lower'])),
  kind: z.enum(['percent', 'count', 'score', 'months']),
});

/** A day × lesson column of a timetable-shaped tab (lesson timetable, staff availability). */
export const slotColumnSchema = z.object({
  header,
  cycleWeek: z.nullable(z.enum(['A', 'B'])),
  day: z.int().check(z.gte(1), z.lte(5)),
  lesson: z.int().check(z.gte(1), z.lte(12)),
});

export const registerMappingSchema = z.object({
  tab: tabName,
  headerRow,
  fields: z.partialRecord(z.enum(REGISTER_FIELDS), header),
  measures: z.array(measureSchema).check(z.maxLength(40)),
  /** Other tabs that could be the register, best first, so the user can switch to one. */
  alternatives: z.optional(z.array(tabName).check(z.maxLength(10))),
});

export const groupsMappingSchema = z.object({
  tab: tabName,
  headerRow,
  fields: z.partialRecord(z.enum(GROUP_FIELDS), header),
});

export const keepApartMappingSchema = z.object({
  tab: tabName,
  headerRow,
  fields: z.partialRecord(z.enum(KEEP_APART_FIELDS), header),
});

export const slotGridMappingSchema = z.object({
  tab: tabName,
  headerRow,
  /** The column naming the row: year/form/pupil for lessons, the member of staff for availability. */
  keyColumn: header,
  slots: z.array(slotColumnSchema).check(z.minLength(1), z.maxLength(140)),
});

export const termDatesMappingSchema = z.object({
  tab: tabName,
  headerRow,
  fields: z.partialRecord(z.enum(TERM_DATE_FIELDS), header),
});

export const responsesMappingSchema = z.object({
  tab: tabName,
  headerRow,
});

export const MAPPING_VERSION = 1;

export const mappingSchema = z.object({
  version: z.literal(MAPPING_VERSION),
  register: z.nullable(registerMappingSchema),
  groups: z.nullable(groupsMappingSchema),
  keepApart: z.nullable(keepApartMappingSchema),
  lessonTimetable: z.nullable(slotGridMappingSchema),
  staffAvailability: z.nullable(slotGridMappingSchema),
  responses: z.array(responsesMappingSchema).check(z.maxLength(50)),
  /** Absent from setups saved before term-dates tabs were read. */
  termDates: z._default(z.nullable(termDatesMappingSchema), null),
});

export type Mapping = z.infer<typeof mappingSchema>;
export type RegisterMapping = z.infer<typeof registerMappingSchema>;
export type GroupsMapping = z.infer<typeof groupsMappingSchema>;
export type KeepApartMapping = z.infer<typeof keepApartMappingSchema>;
export type SlotGridMapping = z.infer<typeof slotGridMappingSchema>;
export type SlotColumn = z.infer<typeof slotColumnSchema>;
export type MeasureMapping = z.infer<typeof measureSchema>;
export type ResponsesMapping = z.infer<typeof responsesMappingSchema>;
export type TermDatesMapping = z.infer<typeof termDatesMappingSchema>;

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
