/**
 * The single-register layout many schools keep: one big tab with title rows above the headers,
 * the school's own abbreviations, dates typed as text, blank rows between sections, a formula
 * column and a TOTAL row; beside it a curriculum grid, a group list, a `do not group` list and
 * the form responses.
 */
import { emptyWorkbook, type CellModel, type WorkbookModel } from '../../../emulator/model';
import { MEASURES, type ExamplePlacement, type ExampleSchool, type MeasureKey, type SenStatus } from '../school';
import { DAY_NAMES } from '../timetables';
import { orderedPlacements, pupilLookup, reviewRows, slotHeaders, slssRows, targetRows, yearCell, type CycleCells } from './parts';
import { average, buildSheet, columnLetter, ukDateText, type Cell } from './sheet';

export const REGISTER_HEADER_ROW = 4;

export const REGISTER_TABS = {
  register: (school: Pick<ExampleSchool, 'academicYear'>): string => `Interventions ${school.academicYear}`,
  curriculum: 'Curriculum',
  groups: 'Group list',
  doNotGroup: 'do not group',
  responses: 'Form responses 1',
  targets: 'Targets',
  reviews: 'Reviews',
} as const;

/** Admission numbers for IDs, and dates typed as text, as the rest of this register does. */
const CYCLE_CELLS: CycleCells = { pupilId: (pupil) => pupil.admissionNo, date: ukDateText };

const MEASURE_HEADERS: Readonly<Record<MeasureKey, readonly [string, string]>> = {
  attendance: ['Att% before', 'Att% after'],
  behaviour: ['Behaviour pts before', 'Behaviour pts after'],
  exclusions: ['FTEs before', 'FTEs after'],
  bullying: ['Bullying before', 'Bullying after'],
  readingAge: ['Reading age before', 'Reading age after'],
};

export const REGISTER_HEADERS: readonly string[] = [
  'Surname',
  'Forename',
  'Adm No',
  'NC Yr',
  'Reg',
  'Sex',
  'SEN',
  'Need',
  'PP?',
  '1-1 / group',
  'Why referred',
  'Target outcome',
  'Programme',
  'Grp',
  'Key worker',
  'Starts',
  'Ends',
  'Parental consent',
  ...MEASURES.flatMap((key) => MEASURE_HEADERS[key]),
  'Att change',
];

const SEN_WORDS: Readonly<Record<SenStatus, string>> = { none: '', support: 'SEN Support', ehcp: 'EHCP' };
const ATT_BEFORE = REGISTER_HEADERS.indexOf('Att% before');
const ATT_AFTER = REGISTER_HEADERS.indexOf('Att% after');

function titleRows(school: ExampleSchool): Cell[][] {
  return [
    [{ value: `${school.name.toUpperCase()} – INTERVENTIONS REGISTER ${school.academicYear}`, bold: true, fontSize: 14 }],
    [{ value: 'Confidential: contains SEND information. Do not print or email outside school.', italic: true }],
    [],
  ];
}

function placementRow(
  school: ExampleSchool,
  placement: ExamplePlacement,
  sheetRow: number,
  pupilOf: ReturnType<typeof pupilLookup>,
): Cell[] {
  const pupil = pupilOf(placement.pupilId);
  const measures = MEASURES.flatMap((key) =>
    placement.measures ? [placement.measures[key].start, placement.measures[key].end] : [null, null],
  );
  const change: Cell = placement.measures
    ? {
        value: Math.round((placement.measures.attendance.end - placement.measures.attendance.start) * 10) / 10,
        formula: `=${columnLetter(ATT_AFTER)}${sheetRow}-${columnLetter(ATT_BEFORE)}${sheetRow}`,
      }
    : null;
  return [
    pupil.surname,
    pupil.forename,
    pupil.admissionNo,
    yearCell(school, pupil, (year) => `Y${year}`),
    pupil.form,
    pupil.gender === 'F' ? 'Female' : 'Male',
    SEN_WORDS[pupil.sen],
    pupil.primaryNeed,
    pupil.pupilPremium ? 'Yes' : '',
    placement.type,
    placement.reason,
    placement.outcome,
    placement.programme,
    placement.group,
    placement.staff,
    ukDateText(placement.start),
    ukDateText(placement.end),
    placement.consent ? 'Y' : '',
    ...measures,
    change,
  ];
}

/** Rows from the title down to TOTAL; a blank row closes each section (groups, 1-1s, referrals). */
function registerRows(school: ExampleSchool): Cell[][] {
  const pupilOf = pupilLookup(school);
  const rows: Cell[][] = [...titleRows(school), [...REGISTER_HEADERS]];
  const placements = orderedPlacements(school);
  placements.forEach((placement, index) => {
    const previous = placements[index - 1];
    if (previous && previous.type !== placement.type) rows.push([]);
    rows.push(placementRow(school, placement, rows.length + 1, pupilOf));
  });
  const lastData = rows.length;
  rows.push([]);
  const total: Cell[] = Array.from({ length: REGISTER_HEADERS.length }, () => null);
  total[0] = { value: 'TOTAL', bold: true };
  for (const [column, side] of [
    [ATT_BEFORE, 'start'],
    [ATT_AFTER, 'end'],
  ] as const) {
    const letter = columnLetter(column);
    const values = placements.flatMap((p) => (p.measures ? [p.measures.attendance[side]] : []));
    total[column] = {
      value: average(values),
      formula: `=AVERAGE(${letter}${REGISTER_HEADER_ROW + 1}:${letter}${lastData})`,
      bold: true,
    } satisfies CellModel;
  }
  rows.push(total);
  return rows;
}

function curriculumRows(school: ExampleSchool): Cell[][] {
  const header = ['Yr', ...slotHeaders((day, lesson) => `${DAY_NAMES[day]} P${lesson}`)];
  return [header, ...school.lessons.map((row) => [row.form ?? `Y${row.year}`, ...row.subjects])];
}

function groupRows(school: ExampleSchool): Cell[][] {
  return [
    ['Grp', 'Programme', 'Aim', 'Lead', 'Where', 'Per week', 'No. of weeks', 'w/c'],
    ...school.groups.map((g) => [g.name, g.programme, g.outcome, g.staff, g.room, g.sessionsPerWeek, g.weeks, ukDateText(g.start)]),
  ];
}

function doNotGroupRows(school: ExampleSchool): Cell[][] {
  const pupilOf = pupilLookup(school);
  const name = (id: string): string => `${pupilOf(id).surname}, ${pupilOf(id).forename}`;
  return [['Student 1', 'Student 2', 'Notes'], ...school.keepApart.map((pair) => [name(pair.a), name(pair.b), pair.reason])];
}

export function registerWorkbook(school: ExampleSchool): WorkbookModel {
  const workbook = emptyWorkbook(`${school.name} intervention register`, `example-register-${school.seed}`);
  const tabs: [string, Cell[][], number][] = [
    [REGISTER_TABS.register(school), registerRows(school), REGISTER_HEADER_ROW],
    [REGISTER_TABS.curriculum, curriculumRows(school), 1],
    [REGISTER_TABS.groups, groupRows(school), 1],
    [REGISTER_TABS.doNotGroup, doNotGroupRows(school), 1],
    [
      REGISTER_TABS.responses,
      slssRows(school.slss, 'Your name', { question: 'Before or after your programme?', start: 'Before', end: 'After' }),
      1,
    ],
    [REGISTER_TABS.targets, targetRows(school, CYCLE_CELLS), 1],
    [REGISTER_TABS.reviews, reviewRows(school, CYCLE_CELLS), 1],
  ];
  const inputTabs: readonly string[] = [REGISTER_TABS.targets, REGISTER_TABS.reviews];
  workbook.sheets = tabs.map(([name, rows, headerRow], index) =>
    buildSheet(index, name, rows, { headerRow, fitColumns: inputTabs.includes(name) }),
  );
  return workbook;
}
