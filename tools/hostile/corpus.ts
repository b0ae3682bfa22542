/**
 * Hostile and broken tracking workbooks (issue 8): each spoils a small, otherwise sound school in
 * one family of ways real sheets go wrong or are made to go wrong. Every action must survive each
 * of them: report the bad rows, do the rest of the work, never change a user's cell, never turn
 * people's text into a formula, never log pupil data.
 */
import type { WorkbookModel } from '../../emulator/model';
import type { ActionName } from '../../src/shared/api';
import {
  baseSchool,
  pupilSecrets,
  REGISTER_FIELDS,
  REGISTER_HEADERS,
  registerRow,
  RESPONSE_HEADERS,
  schoolWorkbook,
  sheetOf,
  slssHeader,
  SLSS_ITEMS,
  workbookOf,
  type BaseSchool,
  type CellSpec,
  type PupilRow,
} from './build';
import { setupCorpus } from './setup-corpus';

/** A row the named action must list on `Problems`; `column` is the header text when the cell is known. */
export interface ExpectedProblem {
  readonly tab: string;
  readonly row: number;
  readonly column?: string;
  readonly by: ActionName;
  /** What is wrong, for the test's failure message. */
  readonly why: string;
}

export interface HostileWorkbook {
  readonly name: string;
  readonly description: string;
  readonly workbook: WorkbookModel;
  /** Pupils' names and ids: they must never reach the log. */
  readonly secrets: readonly string[];
  /** Set when the workbook cannot be used at all: setup may refuse it with one plain sentence. */
  readonly unusable?: string;
  readonly expectedProblems: readonly ExpectedProblem[];
  /** The tab setup should take as the register, when the corpus means to trap it into another. */
  readonly registerTab?: string;
  /** The right answer the add-in must give, beyond the Problems rows. */
  readonly answers?: Answers;
}

/** What setup and the actions must make of a workbook: the right answer, not just no crash. */
export interface Answers {
  /** Pupils setup counts. */
  readonly pupils?: number;
  /** Pupils on the Schedule, by group (every pupil of the group timetabled). */
  readonly timetabled?: Readonly<Record<string, number>>;
  /** The week commencing (`yyyy-mm-dd`) of each group's first session. */
  readonly firstWeeks?: Readonly<Record<string, string>>;
  /** Sessions a week, by group, on the Schedule's first week. */
  readonly sessionsPerWeek?: Readonly<Record<string, number>>;
  /** Register fields setup must map, to these headers. */
  readonly mapped?: Readonly<Record<string, string>>;
  /** Fields setup must list as not found, as `section.field`, and no others. */
  readonly notFound?: readonly string[];
  /** The register's header row. */
  readonly headerRow?: number;
  /** Other tabs setup must name as possible registers. */
  readonly otherRegisterTabs?: readonly string[];
  /** Register rows setup must pass over as layout, and name in its result. */
  readonly layoutRows?: readonly number[];
  /** Names that must never be taken for a member of staff (a repeated header's). */
  readonly notStaff?: readonly string[];
  /** Formula cells the first suggested group would overwrite: shown, and refused unless ticked. */
  readonly acceptFormulas?: number;
}

export const PAYLOADS = {
  hyperlink: '=HYPERLINK("http://evil.example/x","Click me")',
  importXml: '=IMPORTXML("http://evil.example/x","//a")',
  atSum: '@SUM(1,2)',
  phone: '+44 7700 900123',
  arithmetic: '-1+2',
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert("x")</script>',
} as const;

const ITEM = (n: number): string => slssHeader(SLSS_ITEMS[n] ?? '');
/** 0-based column of an SLSS item on the response tab (timestamp, name, phase come first). */
const ITEM_COLUMN = (n: number): number => 3 + n;

function setAnswer(school: BaseSchool, response: number, item: number, answer: CellSpec): void {
  const row = school.responses[response];
  if (row) row[ITEM_COLUMN(item)] = answer;
}

function spoil(school: BaseSchool, index: number, changes: Partial<PupilRow>): void {
  const pupil = school.pupils[index];
  if (pupil) Object.assign(pupil, changes);
}

function formulaText(): HostileWorkbook {
  const school = baseSchool();
  spoil(school, 0, { name: PAYLOADS.hyperlink });
  spoil(school, 1, { name: PAYLOADS.atSum, reason: PAYLOADS.importXml });
  spoil(school, 2, { name: PAYLOADS.phone, outcome: PAYLOADS.hyperlink });
  spoil(school, 3, { reason: PAYLOADS.arithmetic, need: PAYLOADS.atSum });
  // A formula the school itself keeps in the register: it must survive as a formula.
  spoil(school, 5, { behaviourEnd: { value: 9, formula: '=T7-1' } });
  const badGroup = '=HYPERLINK("http://evil.example","Anger")';
  for (const pupil of school.pupils.slice(6)) pupil.group = badGroup;
  const anger = school.groups[1];
  if (anger) Object.assign(anger, { group: badGroup, focus: PAYLOADS.atSum, room: PAYLOADS.phone });
  school.keepApart.push([PAYLOADS.hyperlink, PAYLOADS.phone, PAYLOADS.arithmetic]);
  setAnswer(school, 0, 1, PAYLOADS.importXml);
  setAnswer(school, 2, 4, PAYLOADS.arithmetic);
  return {
    name: 'formula-text',
    description:
      'Names, reasons, outcomes, group names, rooms, keep-apart pairs and form answers that a spreadsheet would run (=, +, -, @), beside a real formula the school keeps.',
    workbook: schoolWorkbook('formula-text', school),
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [],
  };
}

function markup(): HostileWorkbook {
  const school = baseSchool();
  spoil(school, 0, { name: PAYLOADS.img });
  spoil(school, 1, { name: 'Siobhán "Shiv" O\'Neill', reason: PAYLOADS.script });
  spoil(school, 2, { name: 'Tom & Jerry Smith' });
  spoil(school, 3, { name: 'Zoë 🦄 Smith' });
  spoil(school, 4, { name: 'مريم العلي' });
  spoil(school, 7, { name: 'שירה כהן' });
  const nurture = '<b>Nurture & "Friends"</b> 🌈';
  const staff = 'Ms <i>Patel</i> & "Co"';
  for (const pupil of school.pupils.slice(0, 6)) Object.assign(pupil, { group: nurture, staff });
  const first = school.groups[0];
  if (first) Object.assign(first, { group: nurture, staff, room: '<u>Room</u> ‏12‏' });
  school.keepApart.splice(0, 1, [PAYLOADS.img, 'Tom & Jerry Smith', PAYLOADS.script]);
  school.responses.forEach((row, index) => {
    row[1] = school.pupils[index]?.name ?? '';
  });
  return {
    name: 'markup-and-odd-characters',
    description:
      'Markup, quotes, ampersands, emoji and right-to-left text in pupil, staff, group and room names, and in the names of the register and groups tabs.',
    workbook: schoolWorkbook('markup-and-odd-characters', school, { register: 'Pupils <b>&"🙂" שלום', groups: 'Groups – مجموعات' }),
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [],
  };
}

function impossibleValues(): HostileWorkbook {
  const school = baseSchool();
  spoil(school, 0, { year: 'Reception' });
  spoil(school, 1, { year: 14 });
  spoil(school, 2, { gender: 'Prefer not to say' });
  spoil(school, 3, { gender: '' });
  spoil(school, 4, { start: '31/02/2027' });
  spoil(school, 5, { end: 'next week' });
  spoil(school, 6, { attendanceStart: 'abc' });
  spoil(school, 7, { attendanceEnd: 150 });
  spoil(school, 8, { attendanceStart: -5 });
  spoil(school, 9, { behaviourStart: -3 });
  const anger = school.groups[1];
  if (anger) Object.assign(anger, { perWeek: -2, weeks: 'lots' });
  setAnswer(school, 0, 0, 'Strongly agreee');
  setAnswer(school, 1, 1, 7);
  const h = REGISTER_HEADERS;
  const at = (tab: string, row: number, column: string, by: ActionName, why: string): ExpectedProblem => ({ tab, row, column, by, why });
  return {
    name: 'impossible-values',
    description:
      'Years Reception and 14, genders "Prefer not to say" and blank, dates 31/02/2027 and "next week", attendance abc, 150 and -5, negative counts, answers misspelt or outside the 1–6 scale.',
    workbook: schoolWorkbook('impossible-values', school),
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [
      at('Pupils', registerRow(0), h.year, 'setup', 'year Reception'),
      at('Pupils', registerRow(1), h.year, 'setup', 'year 14'),
      at('Pupils', registerRow(4), h.start, 'setup', 'date 31/02/2027'),
      at('Pupils', registerRow(5), h.end, 'setup', 'date "next week"'),
      at('Pupils', registerRow(6), h.attendanceStart, 'setup', 'attendance abc'),
      at('Pupils', registerRow(7), h.attendanceEnd, 'setup', 'attendance 150'),
      at('Pupils', registerRow(8), h.attendanceStart, 'setup', 'attendance -5'),
      at('Pupils', registerRow(9), h.behaviourStart, 'setup', 'a negative count of behaviour points'),
      at('Groups', 3, 'Sessions per week', 'setup', 'a negative number of sessions per week'),
      at('Groups', 3, 'Weeks', 'setup', 'weeks "lots"'),
      at('Form Responses 1', 2, ITEM(0), 'score', 'answer "Strongly agreee"'),
      at('Form Responses 1', 3, ITEM(1), 'score', 'answer 7 on a 1–6 scale'),
    ],
  };
}

function duplicates(): HostileWorkbook {
  const school = baseSchool();
  const first = school.pupils[0];
  // Pupil 1 carries pupil 0's id under another name; pupil 3 shares pupil 2's name.
  spoil(school, 1, { upn: first?.upn ?? '' });
  spoil(school, 3, { name: school.pupils[2]?.name ?? '' });
  // Pupil 7 is also placed in the self-esteem group over the same weeks as the anger group.
  const twice = school.pupils[7];
  const selfEsteem = school.pupils[0];
  if (twice && selfEsteem)
    school.pupils.push({
      ...twice,
      group: selfEsteem.group,
      programme: selfEsteem.programme,
      outcome: selfEsteem.outcome,
      staff: selfEsteem.staff,
    });
  return {
    name: 'duplicates',
    description:
      'Two pupils sharing one id under different names, two pupils with the same name, and a pupil in two groups at the same time.',
    workbook: schoolWorkbook('duplicates', school),
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [
      { tab: 'Pupils', row: registerRow(1), by: 'setup', why: 'an id already used by a pupil with another name' },
      { tab: 'Form Responses 1', row: 4, by: 'score', why: 'a response whose name belongs to two pupils' },
    ],
  };
}

/** 20,000 characters of readable text. */
export const HUGE = 'This note is far too long for one cell. '.repeat(500).slice(0, 20_000);

function hugeCells(): HostileWorkbook {
  const school = baseSchool();
  spoil(school, 0, { reason: HUGE });
  spoil(school, 1, { outcome: HUGE });
  spoil(school, 2, { name: `Zed ${'e'.repeat(19_996)}` });
  const first = school.groups[0];
  if (first) first.focus = HUGE;
  setAnswer(school, 3, 2, HUGE);
  return {
    name: 'huge-cells',
    description: '20,000-character reasons, outcomes, a name, a group focus and a form answer.',
    workbook: schoolWorkbook('huge-cells', school),
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [],
  };
}

function hugeHeaders(): HostileWorkbook {
  const school = baseSchool();
  const workbook = schoolWorkbook('huge-headers', school);
  // A measure pair whose headers are 20,000 characters each: a mapping that stores them whole would break the 9 KB limit.
  const register = workbook.sheets[0];
  if (register) {
    const width = REGISTER_FIELDS.length;
    register.cells.forEach((row, index) => {
      row[width] = { value: index === 0 ? `${HUGE} (start)` : 3 };
      row[width + 1] = { value: index === 0 ? `${HUGE} (end)` : 4 };
    });
    register.maxColumns = Math.max(register.maxColumns, width + 2);
  }
  return {
    name: 'huge-headers',
    description: 'A register measure whose start and end headers are 20,000 characters long.',
    workbook,
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [{ tab: 'Pupils', row: 1, by: 'setup', why: 'a header too long to be a column name' }],
  };
}

function oddTabs(): HostileWorkbook {
  const school = baseSchool();
  const workbook = schoolWorkbook('odd-tabs', school, {}, []);
  const [register, groups, keepApart, ...rest] = workbook.sheets;
  if (!register || !groups || !keepApart) throw new Error('the base school lost a tab');
  const width = REGISTER_FIELDS.length;
  const headers = register.cells[0] ?? [];
  // Title row merged across the register, then a row of merged group headers over the measure pairs.
  const title = Array.from({ length: width }, (_, c) => (c === 0 ? { value: 'INTERVENTION TRACKER 2026/27' } : undefined));
  const bands = Array.from({ length: width }, (_, c) =>
    c === 17 ? { value: 'Attendance %' } : c === 19 ? { value: 'Behaviour points' } : undefined,
  );
  register.cells = [title, bands, ...register.cells];
  register.merges = [
    { row: 0, column: 0, rows: 1, columns: width },
    { row: 1, column: 17, rows: 1, columns: 2 },
    { row: 1, column: 19, rows: 1, columns: 2 },
  ];
  register.frozenRows = 3;
  // A hidden pupil row and a hidden column (PP): hidden is not deleted, they are still data.
  register.hiddenRows = [3 + 4];
  register.hiddenColumns = [7];
  const copy = sheetOf(20, 'Copy of Pupils', [headers.map((cell) => cell?.value ?? ''), ...registerRowsOf(school.pupils.slice(0, 3))]);
  const empty = sheetOf(21, 'Sheet7', []);
  keepApart.cells = keepApart.cells.slice(0, 1);
  workbook.sheets = [copy, register, groups, keepApart, empty, ...rest];
  return {
    name: 'odd-tabs',
    description:
      'A stale "Copy of Pupils" tab before the register repeating its headers, an empty tab, a keep-apart tab with only headers, a merged title row and merged header bands above the register, a hidden pupil row and a hidden column.',
    workbook,
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [],
    registerTab: 'Pupils',
  };
}

function registerRowsOf(pupils: readonly PupilRow[]): CellSpec[][] {
  return pupils.map((p) => REGISTER_FIELDS.map((field) => p[field]));
}

function renamedQuestion(): HostileWorkbook {
  const school = baseSchool();
  const renamed = slssHeader('My life is going really well');
  const deleted = 'Which group are you in?';
  // Google keeps a renamed or deleted question's column where it was and adds the new one at the end.
  const headers = [...RESPONSE_HEADERS, deleted, renamed];
  const rows = school.responses.map((row, index) => {
    const early = index < 3;
    const answer = row[ITEM_COLUMN(0)] ?? '';
    const copy = [...row];
    copy[ITEM_COLUMN(0)] = early ? answer : '';
    return [...copy, early ? 'Self-esteem' : '', early ? '' : answer];
  });
  const workbook = schoolWorkbook('renamed-question', school);
  const responses = workbook.sheets.findIndex((sheet) => sheet.name === 'Form Responses 1');
  workbook.sheets[responses] = sheetOf(6, 'Form Responses 1', [headers, ...rows]);
  return {
    name: 'renamed-question',
    description:
      'A form-response tab whose first question was renamed after three responses arrived (Google kept the old column and added a new one at the end), and with a deleted question still holding early answers.',
    workbook,
    secrets: pupilSecrets(school.pupils),
    expectedProblems: [],
  };
}

function noRegister(): HostileWorkbook {
  const notes = sheetOf(1, 'Notes', [
    ['Meeting notes'],
    ['=HYPERLINK("http://evil.example","agenda")'],
    ['Keira Kaur to start the group next week'],
  ]);
  return {
    name: 'no-register',
    description: 'Notes and an empty tab, but no tab that names pupils: nothing the add-in can work from.',
    workbook: workbookOf('no-register', [notes, sheetOf(2, 'Sheet2', [])]),
    secrets: ['Keira Kaur'],
    unusable: 'no register',
    expectedProblems: [],
  };
}

function emptyWorkbook(): HostileWorkbook {
  return {
    name: 'empty-workbook',
    description: 'A new spreadsheet: one empty tab.',
    workbook: workbookOf('empty-workbook', [sheetOf(1, 'Sheet1', [])]),
    secrets: [],
    unusable: 'no register',
    expectedProblems: [],
  };
}

function headersOnly(): HostileWorkbook {
  const school = baseSchool();
  school.pupils = [];
  school.responses = [];
  return {
    name: 'headers-only-register',
    description: 'A register, groups and timetables laid out, but no pupil entered yet.',
    workbook: schoolWorkbook('headers-only-register', school, {}, []),
    secrets: [],
    expectedProblems: [],
  };
}

/** Every hostile workbook with what the tests expect of it. */
export function hostileCorpus(): HostileWorkbook[] {
  return [
    formulaText(),
    markup(),
    impossibleValues(),
    duplicates(),
    hugeCells(),
    hugeHeaders(),
    oddTabs(),
    renamedQuestion(),
    noRegister(),
    emptyWorkbook(),
    headersOnly(),
    ...setupCorpus(),
  ];
}

export function hostileWorkbooks(): { name: string; description: string; workbook: WorkbookModel }[] {
  return hostileCorpus().map(({ name, description, workbook }) => ({ name, description, workbook }));
}
