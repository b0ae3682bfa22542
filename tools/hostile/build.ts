/**
 * Small builders for the hostile corpus: a sheet from rows of plain values, and a baseline school
 * (register, groups, keep-apart, timetables, a form-response tab) that each hostile family then
 * spoils in its own way. Built from scratch so the corpus does not depend on the example school.
 */
import {
  emptySheet,
  emptyWorkbook,
  isModelDate,
  type CellModel,
  type ModelValue,
  type SheetModel,
  type WorkbookModel,
} from '../../emulator/model';
import { builtinInstruments } from '../../src/core/questionnaires';

/** A cell as the corpus writes it: a plain value (blank when ''), or a full cell with a formula or format. */
export type CellSpec = ModelValue | CellModel | null;
export type RowSpec = readonly CellSpec[];

function isCellModel(cell: CellSpec): cell is CellModel {
  return typeof cell === 'object' && cell !== null && !isModelDate(cell) && 'value' in cell;
}

function cellOf(cell: CellSpec): CellModel | undefined {
  if (cell === null || cell === '') return undefined;
  if (isCellModel(cell)) return { ...cell };
  return { value: cell };
}

export function sheetOf(id: number, name: string, rows: readonly RowSpec[]): SheetModel {
  const sheet = emptySheet(id, name);
  sheet.cells = rows.map((row) => row.map(cellOf));
  sheet.maxRows = Math.max(sheet.maxRows, rows.length);
  sheet.maxColumns = Math.max(sheet.maxColumns, ...rows.map((row) => row.length));
  return sheet;
}

export function workbookOf(name: string, sheets: readonly SheetModel[]): WorkbookModel {
  const workbook = emptyWorkbook(name, `hostile-${name}`);
  workbook.sheets = [...sheets];
  return workbook;
}

/** Dates as Sheets hands them to a script: midnight UTC of the day. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export const DATE_FORMAT = 'dd/mm/yyyy';

export function dateCell(iso: string): CellModel {
  return { value: day(iso), numberFormat: DATE_FORMAT };
}

/** One register row, by field, so a family can spoil any field of any pupil. */
export interface PupilRow {
  upn: CellSpec;
  name: CellSpec;
  year: CellSpec;
  form: CellSpec;
  gender: CellSpec;
  sen: CellSpec;
  need: CellSpec;
  pp: CellSpec;
  type: CellSpec;
  reason: CellSpec;
  outcome: CellSpec;
  programme: CellSpec;
  group: CellSpec;
  staff: CellSpec;
  start: CellSpec;
  end: CellSpec;
  consent: CellSpec;
  attendanceStart: CellSpec;
  attendanceEnd: CellSpec;
  behaviourStart: CellSpec;
  behaviourEnd: CellSpec;
}

export const REGISTER_HEADERS: Readonly<Record<keyof PupilRow, string>> = {
  upn: 'UPN',
  name: 'Pupil',
  year: 'Year',
  form: 'Form',
  gender: 'Gender',
  sen: 'SEN',
  need: 'Primary need',
  pp: 'PP',
  type: 'Type',
  reason: 'Reason for referral',
  outcome: 'Desired outcome',
  programme: 'Intervention',
  group: 'Group',
  staff: 'Staff',
  start: 'Start date',
  end: 'End date',
  consent: 'Consent',
  attendanceStart: 'Attendance % (start)',
  attendanceEnd: 'Attendance % (end)',
  behaviourStart: 'Behaviour points (start)',
  behaviourEnd: 'Behaviour points (end)',
};

export const REGISTER_FIELDS = Object.keys(REGISTER_HEADERS) as (keyof PupilRow)[];

/** The register's 1-based sheet row of the pupil at `index` (header in row 1). */
export function registerRow(index: number): number {
  return index + 2;
}

export interface GroupRow {
  group: CellSpec;
  programme: CellSpec;
  focus: CellSpec;
  staff: CellSpec;
  room: CellSpec;
  perWeek: CellSpec;
  weeks: CellSpec;
  starts: CellSpec;
}

export const GROUP_HEADERS = [
  'Group',
  'Intervention',
  'Focus / outcome',
  'Staff',
  'Room',
  'Sessions per week',
  'Weeks',
  'Starts (w/c)',
] as const;

export interface BaseSchool {
  pupils: PupilRow[];
  groups: GroupRow[];
  keepApart: [CellSpec, CellSpec, CellSpec][];
  /** Form answers: timestamp, name, phase, then seven SLSS items. */
  responses: CellSpec[][];
}

const SELF_ESTEEM = {
  programme: 'Improving my self-esteem',
  outcome: 'Improved self-esteem (attitude questionnaire)',
  staff: 'Ms Patel',
  reason: 'Attitudes to self',
};
const ANGER = {
  programme: 'Managing my anger',
  outcome: 'Reductions in challenging behaviour incidents',
  staff: 'Mr Hughes',
  reason: 'Challenging behaviour',
};

const FIRST = ['Keira', 'Thomas', 'Sophia', 'Riley', 'Sienna', 'Oscar', 'Tyler', 'Olivia', 'Maya', 'Liam', 'Finley', 'Megan'];
const LAST = ['Kaur', 'Clarke', 'Patel', 'Baker', 'Wilson', 'Smith', 'Harrison', 'Thompson', 'Jones', 'Evans', 'Robinson', 'Turner'];

function pupil(index: number): PupilRow {
  const selfEsteem = index < 6;
  const programme = selfEsteem ? SELF_ESTEEM : ANGER;
  const year = selfEsteem ? 8 : 9;
  return {
    upn: `H${String(700000000000 + index * 7919)}`,
    name: `${FIRST[index] ?? 'Pupil'} ${LAST[index] ?? String(index)}`,
    year,
    form: `${year}${'ABCDEF'[index % 6] ?? 'A'}`,
    gender: index % 2 === 0 ? 'F' : 'M',
    sen: index % 5 === 0 ? 'K' : 'N',
    need: index % 5 === 0 ? 'SEMH' : '',
    pp: index % 3 === 0 ? 'Y' : 'N',
    type: 'Group',
    reason: programme.reason,
    outcome: programme.outcome,
    programme: programme.programme,
    group: selfEsteem ? 'Self-esteem Y8' : 'Anger Y9',
    staff: programme.staff,
    start: dateCell('2026-11-30'),
    end: dateCell('2027-01-08'),
    consent: 'Yes',
    attendanceStart: 80 + index,
    attendanceEnd: 85 + index,
    behaviourStart: 10 + index,
    behaviourEnd: 5 + index,
  };
}

const SLSS_PREFIX = 'How much do you agree with each statement?';
// The wording comes from the add-in's built-in instrument, so the corpus follows it.
export const SLSS_ITEMS: readonly string[] = (builtinInstruments()[0]?.items ?? []).map((item) => item.text);

export function slssHeader(item: string): string {
  return `${SLSS_PREFIX} [${item}]`;
}

export const RESPONSE_HEADERS = [
  'Timestamp',
  'Your name',
  'Is this the start or the end of your programme?',
  ...SLSS_ITEMS.map(slssHeader),
];

const ANSWERS = [
  'Strongly disagree',
  'Moderately disagree',
  'Mildly disagree',
  'Mildly agree',
  'Moderately agree',
  'Strongly agree',
] as const;

function response(index: number, name: CellSpec): CellSpec[] {
  const stamp: CellModel = { value: new Date(Date.UTC(2026, 10, 30, 9, 5 + index * 3)), numberFormat: 'dd/mm/yyyy hh:mm:ss' };
  return [
    stamp,
    name,
    'Start of the programme',
    ...SLSS_ITEMS.map((_, item) => ANSWERS[(index + item) % ANSWERS.length] ?? 'Mildly agree'),
  ];
}

/** Twelve pupils in two groups of six, both groups described, one keep-apart pair, six responses. */
export function baseSchool(): BaseSchool {
  const pupils = Array.from({ length: 12 }, (_, index) => pupil(index));
  return {
    pupils,
    groups: [
      {
        group: 'Self-esteem Y8',
        programme: SELF_ESTEEM.programme,
        focus: SELF_ESTEEM.outcome,
        staff: 'Ms Patel',
        room: 'Nurture Room',
        perWeek: 1,
        weeks: 6,
        starts: dateCell('2026-11-30'),
      },
      {
        group: 'Anger Y9',
        programme: ANGER.programme,
        focus: ANGER.outcome,
        staff: 'Mr Hughes',
        room: 'Pastoral Base',
        perWeek: 1,
        weeks: 6,
        starts: dateCell('2026-11-30'),
      },
    ],
    keepApart: [['Tyler Harrison', 'Olivia Thompson', 'Ongoing conflict']],
    responses: pupils.slice(0, 6).map((p, index) => response(index, p.name)),
  };
}

export function registerRows(pupils: readonly PupilRow[]): CellSpec[][] {
  return [REGISTER_FIELDS.map((field) => REGISTER_HEADERS[field]), ...pupils.map((p) => REGISTER_FIELDS.map((field) => p[field]))];
}

export function groupRows(groups: readonly GroupRow[]): CellSpec[][] {
  return [[...GROUP_HEADERS], ...groups.map((g) => [g.group, g.programme, g.focus, g.staff, g.room, g.perWeek, g.weeks, g.starts])];
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const;
const SLOTS = DAYS.flatMap((d) => [1, 2, 3, 4, 5, 6].map((lesson) => `${d} ${lesson}`));
const SUBJECTS = ['Maths', 'English', 'Science', 'History', 'Geography', 'PE', 'Art', 'Music', 'RE', 'Drama'] as const;

export function lessonTimetableRows(): CellSpec[][] {
  const years = [7, 8, 9, 10, 11];
  return [
    ['Year / form', ...SLOTS],
    ...years.map((year) => [`Year ${year}`, ...SLOTS.map((_, slot) => SUBJECTS[(slot * 3 + year) % SUBJECTS.length] ?? 'PE')]),
  ];
}

export function staffRows(staff: readonly string[]): CellSpec[][] {
  return [
    ['Staff', 'Role', ...SLOTS],
    ...staff.map((name, index) => [name, 'Learning Mentor', ...SLOTS.map((_, slot) => ((slot + index) % 7 === 0 ? 'Teaching' : ''))]),
  ];
}

export interface SchoolTabs {
  register?: string;
  groups?: string;
  keepApart?: string;
  lessons?: string;
  staff?: string;
  responses?: string;
}

/** The base school as the usual tabs; `names` renames any tab, and extra sheets are appended. */
export function schoolWorkbook(
  name: string,
  school: BaseSchool,
  names: SchoolTabs = {},
  extra: readonly CellSpec[][][] = [],
): WorkbookModel {
  const staffNames = [...new Set(school.groups.map((g) => g.staff).filter((s): s is string => typeof s === 'string'))];
  const sheets = [
    sheetOf(1, names.register ?? 'Pupils', registerRows(school.pupils)),
    sheetOf(2, names.groups ?? 'Groups', groupRows(school.groups)),
    sheetOf(3, names.keepApart ?? 'Keep apart', [['Pupil', 'Keep apart from', 'Why'], ...school.keepApart]),
    sheetOf(4, names.lessons ?? 'Lesson timetable', lessonTimetableRows()),
    sheetOf(5, names.staff ?? 'Staff', staffRows(staffNames)),
    sheetOf(6, names.responses ?? 'Form Responses 1', [RESPONSE_HEADERS, ...school.responses]),
  ];
  extra.forEach((rows, index) => sheets.push(sheetOf(7 + index, `Extra ${index + 1}`, rows)));
  return workbookOf(name, sheets);
}

/** Text a test must never find in logs: every pupil's name and id as written in the register. */
export function pupilSecrets(pupils: readonly PupilRow[]): string[] {
  const texts = pupils.flatMap((p) => [p.name, p.upn]).map((cell) => (isCellModel(cell) ? cell.value : cell));
  return [
    ...new Set(
      texts
        .filter((t): t is string | number => (typeof t === 'string' && t.trim().length >= 3) || typeof t === 'number')
        .map((t) => String(t).trim()),
    ),
  ];
}
