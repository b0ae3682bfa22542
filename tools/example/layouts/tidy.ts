/**
 * The tidy layout: one tab per kind of thing, one header row each, real dates and numbers, and
 * the Google Forms response tabs as Forms writes them. Its wording is this school's own, not the
 * shared example's, but recognisably the same kind of workbook.
 */
import { emptyWorkbook, type CellModel, type WorkbookModel } from '../../../emulator/model';
import { MEASURES, type ExamplePlacement, type ExampleSchool, type MeasureKey, type SenStatus } from '../school';
import { DAYS } from '../timetables';
import { orderedPlacements, pupilLookup, reviewRows, slotHeaders, slssRows, srsRows, targetRows, yearCell, type CycleCells } from './parts';
import { average, buildSheet, columnLetter, dateCell, type Cell } from './sheet';

export const TIDY_TABS = {
  register: 'Pupil register',
  groups: 'Groups',
  keepApart: 'Keep apart',
  lessons: 'Lesson timetable',
  staff: 'Staff availability',
  slss: 'Form Responses 1',
  srs: 'Form Responses 2',
  targets: 'Targets',
  reviews: 'Reviews',
} as const;

/** UPNs for IDs and real dates, as the rest of this workbook has them. */
const CYCLE_CELLS: CycleCells = { pupilId: (pupil) => pupil.id, date: dateCell };

const MEASURE_HEADERS: Readonly<Record<MeasureKey, readonly [string, string]>> = {
  attendance: ['Attendance (start %)', 'Attendance (end %)'],
  behaviour: ['Behaviour points (start)', 'Behaviour points (end)'],
  exclusions: ['Exclusions (start)', 'Exclusions (end)'],
  bullying: ['Bullying incidents (start)', 'Bullying incidents (end)'],
  readingAge: ['Reading age months (start)', 'Reading age months (end)'],
};

export const TIDY_REGISTER_HEADERS: readonly string[] = [
  'UPN',
  'Pupil',
  'Year',
  'Form',
  'Gender',
  'SEN',
  'Primary need',
  'PP',
  'Type',
  'Reason for referral',
  'Desired outcome',
  'Intervention',
  'Group',
  'Staff',
  'Start date',
  'End date',
  'Consent',
  ...MEASURES.flatMap((key) => MEASURE_HEADERS[key]),
];

const SEN_CODES: Readonly<Record<SenStatus, string>> = { none: 'N', support: 'K', ehcp: 'E' };
const TYPE_WORDS = { group: 'Group', '1-1': '1-1', referred: 'Referred' } as const;

function consentWord(consent: boolean | null): string {
  return consent === null ? '' : consent ? 'Yes' : 'No';
}

function registerRows(school: ExampleSchool): Cell[][] {
  const pupilOf = pupilLookup(school);
  const placements = orderedPlacements(school);
  const rows: Cell[][] = placements.map((placement) => {
    const pupil = pupilOf(placement.pupilId);
    return [
      pupil.id,
      `${pupil.forename} ${pupil.surname}`,
      yearCell(school, pupil, (year) => year),
      pupil.form,
      pupil.gender,
      SEN_CODES[pupil.sen],
      pupil.primaryNeed,
      pupil.pupilPremium ? 'Y' : 'N',
      TYPE_WORDS[placement.type],
      placement.reason,
      placement.outcome,
      placement.programme,
      placement.group,
      placement.staff,
      dateCell(placement.start),
      dateCell(placement.end),
      consentWord(placement.consent),
      ...MEASURES.flatMap((key) => (placement.measures ? [placement.measures[key].start, placement.measures[key].end] : [null, null])),
    ];
  });
  return [[...TIDY_REGISTER_HEADERS], ...rows, [], averagesRow(placements, rows.length)];
}

/** The row schools add under the data: averages as formulas, with their last results. */
function averagesRow(placements: readonly ExamplePlacement[], dataRows: number): Cell[] {
  const firstMeasure = TIDY_REGISTER_HEADERS.indexOf(MEASURE_HEADERS.attendance[0]);
  const row: Cell[] = [null, 'Average'];
  MEASURES.forEach((key, m) => {
    for (const side of ['start', 'end'] as const) {
      const column = firstMeasure + m * 2 + (side === 'end' ? 1 : 0);
      const letter = columnLetter(column);
      const values = placements.flatMap((p) => (p.measures ? [p.measures[key][side]] : []));
      row[column] = {
        value: average(values),
        formula: `=AVERAGE(${letter}2:${letter}${dataRows + 1})`,
        numberFormat: '0.0',
      } satisfies CellModel;
    }
  });
  return Array.from({ length: row.length }, (_, i) => row[i] ?? null);
}

function groupRows(school: ExampleSchool): Cell[][] {
  return [
    ['Group', 'Intervention', 'Outcome', 'Staff', 'Room', 'Sessions per week', 'Weeks', 'Start w/c', 'Resources (£)', 'Funding'],
    ...school.groups.map((g) => [
      g.name,
      g.programme,
      g.outcome,
      g.staff,
      g.room,
      g.sessionsPerWeek,
      g.weeks,
      dateCell(g.start),
      g.resourceCost,
      g.funding,
    ]),
  ];
}

function keepApartRows(school: ExampleSchool): Cell[][] {
  const pupilOf = pupilLookup(school);
  const name = (id: string): string => `${pupilOf(id).forename} ${pupilOf(id).surname}`;
  return [['Pupil', 'Not with', 'Reason'], ...school.keepApart.map((pair) => [name(pair.a), name(pair.b), pair.reason])];
}

const tidySlots = (): string[] => slotHeaders((day, lesson) => `${DAYS[day]} ${lesson}`);

export function tidyWorkbook(school: ExampleSchool): WorkbookModel {
  const workbook = emptyWorkbook(`${school.name} – interventions ${school.academicYear}`, `example-tidy-${school.seed}`);
  const phase = { question: 'Which questionnaire is this?', start: 'Start of the programme', end: 'End of the programme' };
  const tabs: [string, Cell[][]][] = [
    [TIDY_TABS.register, registerRows(school)],
    [TIDY_TABS.groups, groupRows(school)],
    [TIDY_TABS.keepApart, keepApartRows(school)],
    [TIDY_TABS.lessons, [['Year / form', ...tidySlots()], ...school.lessons.map((row) => [row.key, ...row.subjects])]],
    [
      TIDY_TABS.staff,
      [
        ['Staff', 'Role', 'Hourly cost', ...tidySlots()],
        ...school.staff.map((member) => [member.name, member.role, member.hourlyCost, ...member.busy]),
      ],
    ],
    [TIDY_TABS.slss, slssRows(school.slss, 'Your name', phase)],
    [
      TIDY_TABS.srs,
      srsRows(school.srs, 'Name', {
        question: 'Start or end of your programme?',
        start: 'Start of the programme',
        end: 'End of the programme',
      }),
    ],
    [TIDY_TABS.targets, targetRows(school, CYCLE_CELLS)],
    [TIDY_TABS.reviews, reviewRows(school, CYCLE_CELLS)],
  ];
  const inputTabs: readonly string[] = [TIDY_TABS.targets, TIDY_TABS.reviews];
  workbook.sheets = tabs.map(([name, rows], index) =>
    buildSheet(index, name, rows, { headerRow: 1, columnWidths: { 1: 160 }, fitColumns: inputTabs.includes(name) }),
  );
  return workbook;
}
