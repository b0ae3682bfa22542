/**
 * The example workbooks the acceptance tests run on: the shared examples beside the repository
 * when they are there (../shared/examples), otherwise the project's own generated ones, which have
 * the same shapes and the same planted problems. Under CI=1 a missing shared example is an error
 * naming the file, never a quiet switch; IP_EXAMPLES=generated|shared chooses explicitly.
 *
 * What the tests may know of a workbook without reading it is its layout: which tab and header
 * hold what. Facts about its contents (which group is over-full…) are read from its cells
 * (example-facts.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTER_HEADER_ROW, REGISTER_TABS } from '../../tools/example/layouts/register';
import { TIDY_TABS } from '../../tools/example/layouts/tidy';
import { ROOT } from './built';

export type ExampleOrigin = 'shared' | 'generated';

/** Setup's field names (as mapping.json writes them), each with the header that holds it. */
export type RegisterColumns = Readonly<Partial<Record<RegisterField, string>>> & Readonly<Record<CommonField, string>>;
type CommonField =
  | 'pupilId'
  | 'year'
  | 'form'
  | 'gender'
  | 'sen'
  | 'primaryNeed'
  | 'pupilPremium'
  | 'type'
  | 'reason'
  | 'outcome'
  | 'programme'
  | 'group'
  | 'staff'
  | 'start'
  | 'end'
  | 'consent';
export type RegisterField = CommonField | 'name' | 'forename' | 'surname';

export interface MeasureColumns {
  /** Setup's measure id, and the label the add-in shows for it. */
  readonly id: string;
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly better: 'higher' | 'lower';
}

export interface WorkbookLayout {
  readonly register: string;
  /** 1-based row of the register's headers. */
  readonly headerRow: number;
  readonly columns: RegisterColumns;
  readonly measures: readonly MeasureColumns[];
  readonly groups: string;
  readonly keepApart: string;
  readonly lessons: string;
  readonly staff: string | null;
  readonly responses: readonly string[];
}

export interface ExampleWorkbook {
  readonly path: string;
  /** The file's name, for test titles. */
  readonly file: string;
  readonly layout: WorkbookLayout;
}

export interface ExampleSet {
  readonly origin: ExampleOrigin;
  /** The tidy multi-tab workbook. */
  readonly tidy: ExampleWorkbook;
  /** The messy single register: title rows, the school's own headers, text dates, blank and total rows, formulas. */
  readonly messy: ExampleWorkbook;
}

export const SHARED_EXAMPLES = join(ROOT, '..', 'shared', 'examples');
export const GENERATED_EXAMPLES = join(ROOT, 'out', 'test-examples');
/** The generated school the tests use: about the size of the shared examples. */
export const GENERATED_SCHOOL = { pupils: 80, seed: 2026 } as const;

const measure = (id: string, label: string, start: string, end: string, better: 'higher' | 'lower'): MeasureColumns => ({
  id,
  label,
  start,
  end,
  better,
});

/** The tidy layout's register headers, the same in the shared example and the generated one. */
const TIDY_COLUMNS: RegisterColumns = {
  pupilId: 'UPN',
  name: 'Pupil',
  year: 'Year',
  form: 'Form',
  gender: 'Gender',
  sen: 'SEN',
  primaryNeed: 'Primary need',
  pupilPremium: 'PP',
  type: 'Type',
  reason: 'Reason for referral',
  outcome: 'Desired outcome',
  programme: 'Intervention',
  group: 'Group',
  staff: 'Staff',
  start: 'Start date',
  end: 'End date',
  consent: 'Consent',
};

/** The messy register's abbreviations, shared by both examples but for the SEN column's. */
const MESSY_COLUMNS: RegisterColumns = {
  surname: 'Surname',
  forename: 'Forename',
  pupilId: 'Adm No',
  year: 'NC Yr',
  form: 'Reg',
  gender: 'Sex',
  sen: 'SEN',
  primaryNeed: 'Need',
  pupilPremium: 'PP?',
  type: '1-1 / group',
  reason: 'Why referred',
  outcome: 'Target outcome',
  programme: 'Programme',
  group: 'Grp',
  staff: 'Key worker',
  start: 'Starts',
  end: 'Ends',
  consent: 'Parental consent',
};

/** The tidy layout's start/end columns, which differ between the examples only for attendance. */
function tidyMeasures(attendanceStart: string, attendanceEnd: string): MeasureColumns[] {
  return [
    measure('attendance', 'Attendance %', attendanceStart, attendanceEnd, 'higher'),
    measure('behaviour-points', 'Behaviour points', 'Behaviour points (start)', 'Behaviour points (end)', 'lower'),
    measure('exclusions', 'Exclusions', 'Exclusions (start)', 'Exclusions (end)', 'lower'),
    measure('bullying', 'Bullying incidents', 'Bullying incidents (start)', 'Bullying incidents (end)', 'lower'),
    measure('reading-age', 'Reading age (months)', 'Reading age months (start)', 'Reading age months (end)', 'higher'),
  ];
}

const MESSY_MEASURES: readonly MeasureColumns[] = [
  measure('attendance', 'Attendance %', 'Att% before', 'Att% after', 'higher'),
  measure('behaviour-points', 'Behaviour points', 'Behaviour pts before', 'Behaviour pts after', 'lower'),
  measure('exclusions', 'Exclusions', 'FTEs before', 'FTEs after', 'lower'),
  measure('bullying', 'Bullying incidents', 'Bullying before', 'Bullying after', 'lower'),
];

const SHARED: ExampleSet = {
  origin: 'shared',
  tidy: {
    path: join(SHARED_EXAMPLES, 'oakfield-tracking.xlsx'),
    file: 'oakfield-tracking.xlsx',
    layout: {
      register: 'Pupils',
      headerRow: 1,
      columns: TIDY_COLUMNS,
      measures: tidyMeasures('Attendance % (start)', 'Attendance % (end)'),
      groups: 'Groups',
      keepApart: 'Keep apart',
      lessons: 'Lesson timetable',
      staff: 'Staff',
      responses: ['Form Responses 1', 'Form Responses 2'],
    },
  },
  messy: {
    path: join(SHARED_EXAMPLES, 'oakfield-register-messy.xlsx'),
    file: 'oakfield-register-messy.xlsx',
    layout: {
      register: 'Intervention Register 26-27',
      headerRow: 4,
      columns: { ...MESSY_COLUMNS, sen: 'SEN Stat' },
      measures: MESSY_MEASURES,
      groups: 'Groups & rooms',
      keepApart: 'Do not group',
      lessons: 'Curriculum',
      staff: null,
      responses: ['Form responses 1'],
    },
  },
};

const GENERATED: ExampleSet = {
  origin: 'generated',
  tidy: {
    path: join(GENERATED_EXAMPLES, 'example-tidy.xlsx'),
    file: 'example-tidy.xlsx',
    layout: {
      register: TIDY_TABS.register,
      headerRow: 1,
      columns: TIDY_COLUMNS,
      measures: tidyMeasures('Attendance (start %)', 'Attendance (end %)'),
      groups: TIDY_TABS.groups,
      keepApart: TIDY_TABS.keepApart,
      lessons: TIDY_TABS.lessons,
      staff: TIDY_TABS.staff,
      responses: [TIDY_TABS.slss, TIDY_TABS.srs],
    },
  },
  messy: {
    path: join(GENERATED_EXAMPLES, 'example-register.xlsx'),
    file: 'example-register.xlsx',
    layout: {
      register: REGISTER_TABS.register({ academicYear: '2026-27' }),
      headerRow: REGISTER_HEADER_ROW,
      columns: MESSY_COLUMNS,
      measures: [...MESSY_MEASURES, measure('reading-age', 'Reading age (months)', 'Reading age before', 'Reading age after', 'higher')],
      groups: REGISTER_TABS.groups,
      keepApart: REGISTER_TABS.doNotGroup,
      lessons: REGISTER_TABS.curriculum,
      staff: null,
      responses: [REGISTER_TABS.responses],
    },
  },
};

/** Which set a run uses: the environment's choice, else the shared examples when present, else the generated ones (an error under CI). */
export function chooseOrigin(env: NodeJS.ProcessEnv, sharedPresent: (path: string) => boolean): ExampleOrigin {
  const asked = env.IP_EXAMPLES;
  if (asked !== undefined && asked !== 'shared' && asked !== 'generated')
    throw new Error(`IP_EXAMPLES must be "shared" or "generated", not "${asked}".`);
  if (asked === 'generated') return 'generated';
  const missing = [SHARED.tidy.path, SHARED.messy.path].find((path) => !sharedPresent(path));
  if (missing === undefined) return 'shared';
  if (asked === 'shared' || env.CI === '1' || env.CI === 'true')
    throw new Error(
      `The shared example ${missing} is missing. The acceptance tests run on it under CI: put the shared folder beside the repository, or set IP_EXAMPLES=generated to run on the project's own examples.`,
    );
  return 'generated';
}

export function exampleSet(origin: ExampleOrigin): ExampleSet {
  return origin === 'shared' ? SHARED : GENERATED;
}

/** The set this run uses. */
export const EXAMPLES: ExampleSet = exampleSet(chooseOrigin(process.env, existsSync));
