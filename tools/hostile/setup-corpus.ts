/**
 * Hostile workbooks for setup (issue 20): ordinary real-life shapes that once gave a confident
 * wrong answer. Each says what the right answer is (the pupils counted and timetabled, the group's
 * first week, the register chosen, the columns mapped, the dates reported with their cells), not
 * only that nothing crashed.
 */
import type { CellModel } from '../../emulator/model';
import type { ActionName } from '../../src/shared/api';
import {
  baseSchool,
  dateCell,
  groupRows,
  pupilSecrets,
  REGISTER_FIELDS,
  REGISTER_HEADERS,
  registerRow,
  registerRows,
  schoolWorkbook,
  sheetOf,
  type BaseSchool,
  type CellSpec,
  type PupilRow,
} from './build';
import type { ExpectedProblem, HostileWorkbook } from './corpus';

const h = REGISTER_HEADERS;
const SELF_ESTEEM = 'Self-esteem Y8';
const ANGER = 'Anger Y9';

function at(tab: string, row: number, column: string, by: ActionName, why: string): ExpectedProblem {
  return { tab, row, column, by, why };
}

function spoil(pupils: PupilRow[], index: number, changes: Partial<PupilRow>): void {
  const pupil = pupils[index];
  if (pupil) Object.assign(pupil, changes);
}

/** Both groups starting in the same week, and all six pupils of each timetabled. */
function bothStart(week: string): Record<string, string> {
  return { [SELF_ESTEEM]: week, [ANGER]: week };
}
const EVERY_PUPIL = { [SELF_ESTEEM]: 6, [ANGER]: 6 };

/** The base school with every register date, and the groups tab's starts, typed as this text. */
function typedDates(start: string, end: string, groupStarts: string): BaseSchool {
  const school = baseSchool();
  for (const pupil of school.pupils) Object.assign(pupil, { start, end });
  for (const group of school.groups) group.starts = groupStarts;
  return school;
}

/** The register row of the pupil at `index`, counting `above` rows over the header. */
function rowOf(index: number, above = 0): number {
  return registerRow(index) + above;
}

function implausibleDates(): HostileWorkbook {
  const school = baseSchool();
  spoil(school.pupils, 1, { start: '30/11/1926' });
  spoil(school.pupils, 2, { start: '01/01/1900' });
  spoil(school.pupils, 3, { end: '31/12/2099' });
  spoil(school.pupils, 4, { end: '31/12/9999' });
  spoil(school.pupils, 5, { end: '01/09/2026' });
  // Anger Y9's groups-tab row has no start: its members decide, and one typed month first.
  spoil(school.pupils, 8, { start: '12/07/2026' });
  const anger = school.groups[1];
  if (anger) anger.starts = '';
  // A 1-1 started in 1926 is not planned in 1926.
  spoil(school.pupils, 11, { type: '1-1', group: '', start: '30/11/1926' });
  return {
    name: 'implausible-dates',
    description:
      'Starts typed 30/11/1926, 01/01/1900 and, month first, 12/07/2026 (meant as 7 December); ends of 31/12/2099, 31/12/9999 and one before its start.',
    workbook: schoolWorkbook('implausible-dates', school),
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [
      at('Pupils', rowOf(1), h.start, 'setup', 'a start in 1926'),
      at('Pupils', rowOf(2), h.start, 'setup', 'a start on 01/01/1900'),
      at('Pupils', rowOf(3), h.end, 'setup', 'an end in 2099'),
      at('Pupils', rowOf(4), h.end, 'setup', 'an end in 9999'),
      at('Pupils', rowOf(5), h.end, 'setup', 'an end before the start'),
      at('Pupils', rowOf(8), h.start, 'setup', 'a start far from the group’s'),
      at('Pupils', rowOf(11), h.start, 'setup', 'a 1-1 starting in 1926'),
    ],
    answers: { pupils: 12, timetabled: { [SELF_ESTEEM]: 6, [ANGER]: 5 }, firstWeeks: bothStart('2026-11-30') },
  };
}

function usDates(): HostileWorkbook {
  const school = typedDates('11/30/2026', '01/08/2027', '11/30/2026');
  return {
    name: 'us-dates',
    description: 'Every date typed month first (11/30/2026), as a spreadsheet set to the US locale would keep it.',
    workbook: schoolWorkbook('us-dates', school),
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [],
    answers: { pupils: 12, timetabled: EVERY_PUPIL, firstWeeks: bothStart('2026-11-30') },
  };
}

function ambiguousDates(): HostileWorkbook {
  const school = typedDates('07/12/2026', '05/02/2027', '');
  return {
    name: 'ambiguous-dates',
    description: 'Every date could be day or month first (07/12/2026): read day first, as in the UK, and each column reported once.',
    workbook: schoolWorkbook('ambiguous-dates', school),
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [
      at('Pupils', rowOf(0), h.start, 'setup', 'a start column that cannot say which way round it is'),
      at('Pupils', rowOf(0), h.end, 'setup', 'an end column that cannot say which way round it is'),
    ],
    answers: { pupils: 12, firstWeeks: bothStart('2026-12-07') },
  };
}

/** Columns merged down each group's rows in a common layout: what the group shares. */
const MERGED: readonly (keyof PupilRow)[] = ['type', 'reason', 'outcome', 'programme', 'group', 'staff', 'start', 'end'];

function mergedCells(): HostileWorkbook {
  const school = baseSchool();
  const workbook = schoolWorkbook('merged-cells', school);
  const register = workbook.sheets[0];
  if (!register) throw new Error('the base school lost its register');
  const blocks = [
    { first: 0, rows: 6 },
    { first: 6, rows: 6 },
  ];
  // Row by row, as a spreadsheet program lists its merges (so the .xlsx reads back the same).
  for (const { first, rows } of blocks) {
    for (const field of MERGED) {
      const column = REGISTER_FIELDS.indexOf(field);
      // Sheets keeps a merged range's value in its top-left cell only.
      for (let i = 1; i < rows; i += 1) {
        const cells = register.cells[registerRow(first + i) - 1];
        if (cells) cells[column] = undefined;
      }
      register.merges.push({ row: registerRow(first) - 1, column, rows, columns: 1 });
    }
  }
  return {
    name: 'merged-cells',
    description: 'A register whose Type, Reason, Outcome, Intervention, Group, Staff and date cells are merged down each group’s rows.',
    workbook,
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [],
    answers: {
      pupils: 12,
      timetabled: EVERY_PUPIL,
      firstWeeks: bothStart('2026-11-30'),
    },
  };
}

function twoRegisters(): HostileWorkbook {
  const school = baseSchool();
  const lastYear = baseSchool().pupils.flatMap((pupil, index) =>
    [0, 1].map((copy): PupilRow => ({
      ...pupil,
      upn: `L${index}${copy}`,
      name: `${typeof pupil.name === 'string' ? pupil.name : 'Pupil'} ${copy === 0 ? 'Senior' : 'Junior'}`,
      group: copy === 0 ? 'Old group A' : 'Old group B',
      start: dateCell('2025-09-15'),
      end: dateCell('2026-07-17'),
    })),
  );
  const workbook = schoolWorkbook('two-registers', school, { register: 'Pupils 2026-27' });
  // Last year's register, longer and first in the workbook: size and order must not decide.
  workbook.sheets.unshift(sheetOf(10, 'Pupils 2025-26', registerRows(lastYear)));
  return {
    name: 'two-registers',
    description: 'This year’s register and last year’s, longer and first, in one workbook.',
    workbook,
    secrets: pupilSecrets([...school.pupils, ...lastYear]),
    expectedProblems: [],
    registerTab: 'Pupils 2026-27',
    answers: { pupils: 12, otherRegisterTabs: ['Pupils 2025-26'], timetabled: EVERY_PUPIL },
  };
}

const STAFF_HEADER = 'Key worker';

function errorValuesAndLayoutRows(): HostileWorkbook {
  const school = baseSchool();
  spoil(school.pupils, 0, { name: '#N/A' });
  spoil(school.pupils, 7, { upn: '#REF!' });
  spoil(school.pupils, 9, { year: '#VALUE!' });
  const rows: CellSpec[][] = registerRows(school.pupils);
  const staffColumn = REGISTER_FIELDS.indexOf('staff');
  const header = rows[0] ?? [];
  header[staffColumn] = STAFF_HEADER;
  // The header repeated after the first group (a paste, or to print each page with its header).
  rows.splice(7, 0, [...header]);
  const width = header.length;
  const line = (...cells: CellSpec[]): CellSpec[] => [...cells, ...Array<CellSpec>(width - cells.length).fill('')];
  rows.push(
    line(),
    line('Grand total', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 12),
    line('Number of pupils:', 12),
    line('Key:', 'K = SEN support, E = EHCP, PP = pupil premium'),
    line('', 'Pupils shaded grey left the school during the programme and are kept for the record'),
  );
  const workbook = schoolWorkbook('error-values-and-layout-rows', school);
  workbook.sheets[0] = sheetOf(1, 'Pupils', rows);
  return {
    name: 'error-values-and-layout-rows',
    description:
      'Formula errors (#N/A, #REF!, #VALUE!) in a name, an id and a year; the header row repeated mid-register; Grand total, Number of pupils:, Key: and note rows under it.',
    workbook,
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [
      at('Pupils', 2, h.name, 'setup', 'a name that is a formula error'),
      at('Pupils', 10, h.upn, 'setup', 'an id that is a formula error'),
      at('Pupils', 12, h.year, 'setup', 'a year that is a formula error'),
    ],
    answers: {
      pupils: 10,
      timetabled: { [SELF_ESTEEM]: 5, [ANGER]: 5 },
      layoutRows: [8, 16, 17, 18, 19],
      notStaff: [STAFF_HEADER],
    },
  };
}

const TITLE_ROWS = 14;

function deepHeader(): HostileWorkbook {
  const school = baseSchool();
  const notes: CellSpec[][] = Array.from({ length: TITLE_ROWS }, (_, i) =>
    i === 0
      ? ['OAKWOOD SCHOOL: INTERVENTIONS 2026/27']
      : i % 4 === 2
        ? [`Guidance ${i}: keep this register up to date after each review`]
        : [],
  );
  const workbook = schoolWorkbook('deep-header', school);
  workbook.sheets[0] = sheetOf(1, 'Pupils', [...notes, ...registerRows(school.pupils)]);
  return {
    name: 'deep-header',
    description: `A register whose header row is row ${TITLE_ROWS + 1}, under a title and guidance notes.`,
    workbook,
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [],
    registerTab: 'Pupils',
    answers: { pupils: 12, headerRow: TITLE_ROWS + 1, timetabled: EVERY_PUPIL },
  };
}

/** The register's headers in the school's own words, field by field (written for the corpus). */
const OWN_WORDS: Readonly<Record<keyof PupilRow, string>> = {
  upn: 'Pupil No.',
  name: "Child's name",
  year: 'Yr',
  form: 'Tutor group',
  gender: 'M/F',
  sen: 'SEND?',
  need: 'Area of need',
  pp: 'FSM',
  type: 'Format',
  reason: 'Concern',
  outcome: 'Goal',
  programme: 'Course',
  group: 'Grp name',
  staff: 'Key adult',
  start: 'Date started',
  end: 'Date completed',
  consent: 'Permission',
  attendanceStart: 'Attendance % (start)',
  attendanceEnd: 'Attendance % (end)',
  behaviourStart: 'Behaviour points (start)',
  behaviourEnd: 'Behaviour points (end)',
};

const OWN_GROUP_WORDS = ['Grp', 'Course', 'Objective', 'Who', 'Venue', 'x per wk', 'Dur.', 'W/C'];

function ownWords(): HostileWorkbook {
  const school = baseSchool();
  school.pupils.forEach((pupil, index) => {
    // Consent ticked, crossed, or dated the day it came back.
    pupil.consent = index % 3 === 0 ? '✓' : index % 3 === 1 ? dateCell('2026-11-16') : 'x';
  });
  const anger = school.groups[1];
  if (anger) anger.perWeek = 2;
  const register = registerRows(school.pupils);
  register[0] = REGISTER_FIELDS.map((field) => OWN_WORDS[field]);
  const groups = groupRows(school.groups);
  groups[0] = [...OWN_GROUP_WORDS];
  const workbook = schoolWorkbook('own-words', school);
  workbook.sheets[0] = sheetOf(1, 'Pupils', register);
  workbook.sheets[1] = sheetOf(2, 'Groups', groups);
  return {
    name: 'own-words',
    description:
      'Register and groups headers in a school’s own words and abbreviations (Yr, Key adult, Permission, x per wk, Dur., W/C), consent as ticks and dates.',
    workbook,
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [],
    answers: {
      pupils: 12,
      mapped: {
        pupilId: OWN_WORDS.upn,
        name: OWN_WORDS.name,
        year: OWN_WORDS.year,
        form: OWN_WORDS.form,
        gender: OWN_WORDS.gender,
        sen: OWN_WORDS.sen,
        primaryNeed: OWN_WORDS.need,
        pupilPremium: OWN_WORDS.pp,
        type: OWN_WORDS.type,
        reason: OWN_WORDS.reason,
        outcome: OWN_WORDS.outcome,
        programme: OWN_WORDS.programme,
        group: OWN_WORDS.group,
        staff: OWN_WORDS.staff,
        start: OWN_WORDS.start,
        end: OWN_WORDS.end,
        consent: OWN_WORDS.consent,
      },
      notFound: ['register.room', 'groups.minSize', 'groups.maxSize', 'groups.singleSex'],
      timetabled: EVERY_PUPIL,
      sessionsPerWeek: { [SELF_ESTEEM]: 1, [ANGER]: 2 },
    },
  };
}

/** A formula filled down the register's Group column, showing nothing until a group is typed. */
export function groupFormula(row: number): CellModel {
  return { value: '', formula: `=IFERROR(VLOOKUP(A${row},Groups!A:A,1,FALSE),"")` };
}

function formulaGroupCells(): HostileWorkbook {
  const school = baseSchool();
  // Six pupils of a new programme referred but not yet grouped: their Group cells hold a formula.
  const referred = Array.from({ length: 6 }, (_, i): PupilRow => {
    const pupil = { ...(school.pupils[i] ?? school.pupils[0]!) };
    const row = registerRow(school.pupils.length + i);
    return {
      ...pupil,
      upn: `R${i}`,
      name: `${['Ada', 'Ben', 'Cai', 'Dan', 'Eve', 'Fin'][i]} Referred`,
      type: 'Referred',
      programme: 'Worry busters',
      reason: 'Anxiety',
      outcome: 'Calmer in lessons',
      group: groupFormula(row),
      staff: '',
    };
  });
  school.pupils.push(...referred);
  return {
    name: 'formula-group-cells',
    description:
      'Six referred pupils whose Group cells hold a formula filled down the register: accepting a suggestion must not overwrite it unasked.',
    workbook: schoolWorkbook('formula-group-cells', school),
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [],
    answers: { pupils: 18, acceptFormulas: referred.length },
  };
}

/** The setup families, each with its right answer. */
export function setupCorpus(): HostileWorkbook[] {
  return [
    implausibleDates(),
    usDates(),
    ambiguousDates(),
    mergedCells(),
    twoRegisters(),
    errorValuesAndLayoutRows(),
    deepHeader(),
    ownWords(),
    formulaGroupCells(),
  ];
}
