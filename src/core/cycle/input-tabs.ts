/**
 * The tabs the school fills in between the start and the end of a programme (seed 002): a passport
 * per placement, its SMART targets and the fortnightly reviews. The add-in makes each once, with
 * its headers, a note on each saying what to write, dropdowns and dates checked, and the pupils on
 * programmes filled in; from then on the tab is the school's and is only read.
 */
import type { Area, Dropdown, DateCells, InputTabPlan, PlanCell } from '../plan';

export type InputKind = 'passports' | 'targets' | 'reviews';
export const INPUT_KINDS: readonly InputKind[] = ['passports', 'targets', 'reviews'];

export const STATUSES = ['On track', 'At risk', 'Off track'] as const;
export type ReviewStatus = (typeof STATUSES)[number];
export const PROGRESS = ['No progress', 'Some progress', 'Good progress', 'Met'] as const;
export type TargetProgress = (typeof PROGRESS)[number];
export const OUTCOMES = ['Met', 'Partly met', 'Not met'] as const;
export type TargetOutcome = (typeof OUTCOMES)[number];

type ColumnKind = 'text' | 'date' | { readonly choices: readonly string[] };

export interface InputColumn {
  readonly header: string;
  /** The header cell's note: what to write in the column. */
  readonly note: string;
  readonly width: number;
  readonly kind: ColumnKind;
}

export interface InputTabDefinition {
  readonly key: InputKind;
  readonly name: string;
  readonly columns: readonly InputColumn[];
}

const text = (header: string, width: number, note: string): InputColumn => ({ header, note, width, kind: 'text' });
const date = (header: string, note: string): InputColumn => ({ header, note, width: 110, kind: 'date' });
const choice = (header: string, width: number, choices: readonly string[], note: string): InputColumn => ({
  header,
  note,
  width,
  kind: { choices },
});

const PUPIL_COLUMNS: readonly InputColumn[] = [
  text(
    'Pupil ID',
    110,
    'The pupil’s ID as the register has it (UPN or admission number). Filled in for the pupils on programmes when this tab was made.',
  ),
  text('Pupil', 170, 'The pupil’s name, as the register writes it. The ID is used when both are filled in.'),
  text('Programme', 200, 'The programme, as the register names it. May be left empty when the pupil is on one programme only.'),
];

export const TARGET_PROGRESS_HEADERS = ['Target 1 progress', 'Target 2 progress', 'Target 3 progress'] as const;

export const INPUT_TABS: Readonly<Record<InputKind, InputTabDefinition>> = {
  passports: {
    key: 'passports',
    name: 'Passports',
    columns: [
      ...PUPIL_COLUMNS,
      text('How they feel', 240, 'How the pupil says they feel about school, themselves and others: their own words where you can.'),
      text('Triggers', 220, 'What sets off challenging or stressed behaviour.'),
      text('Strategies that help', 240, 'What every member of staff should do to make things better for this pupil.'),
      date('Letter home sent', 'The date the letter home about this programme was sent (the Letters tab has it ready to print).'),
      date('Consent returned', 'The date parents or carers returned the consent slip. Group check reads it.'),
      text('Next steps', 240, 'What happens after the programme: shown on the pupil’s end report.'),
      text('Return to lessons', 240, 'How the pupil goes back to lessons full time: shown on the pupil’s end report.'),
    ],
  },
  targets: {
    key: 'targets',
    name: 'Targets',
    columns: [
      ...PUPIL_COLUMNS,
      text(
        'Target',
        260,
        'One SMART target: what the pupil will do, e.g. "Arrive on time every day". Up to three per programme: add a row for each.',
      ),
      text('Baseline', 130, 'Where the pupil is now, in the same units: "3 lates a week".'),
      text('Target value', 130, 'Where the pupil should be by the date: "No lates".'),
      date('By', 'The date the target should be met by.'),
      text('How measured', 200, 'Where the evidence comes from: the register, the behaviour log, a reading test.'),
      choice('Outcome', 110, OUTCOMES, 'At the end of the programme: met, partly met or not met.'),
    ],
  },
  reviews: {
    key: 'reviews',
    name: 'Reviews',
    columns: [
      date('Review date', 'The day of the review: one row per pupil per review, every fortnight.'),
      ...PUPIL_COLUMNS,
      ...TARGET_PROGRESS_HEADERS.map((header, i) =>
        choice(header, 130, PROGRESS, `Progress towards target ${i + 1} on the Targets tab (in the order the targets are listed there).`),
      ),
      choice(
        'Status',
        100,
        STATUSES,
        'Is the pupil on track to meet their outcomes? Off track at two reviews in a row calls a Review Meeting with parents.',
      ),
      text('Next step', 240, 'What will happen before the next review.'),
      text('Reviewed by', 150, 'Who took part in the review.'),
    ],
  },
};

/** Rows a new input tab has room for: a term's reviews for a school's pupils on programmes. */
export const INPUT_TAB_ROWS = 500;
/** Empty rows kept below the filled-in ones, however many pupils there are. */
const SPARE_ROWS = 100;

/** `rows` are the filled-in cells under the headers (pupil ID, pupil, programme…), in column order. */
export function inputTabPlan(kind: InputKind, rows: readonly (readonly PlanCell[])[]): InputTabPlan {
  const { key, name, columns } = INPUT_TABS[kind];
  const width = columns.length;
  const gridRows = Math.max(INPUT_TAB_ROWS, 1 + rows.length + SPARE_ROWS);
  const below = (column: number): Area => ({ row: 2, column, rows: gridRows - 1, columns: 1 });
  const dropdowns: Dropdown[] = [];
  const dateCells: DateCells[] = [];
  columns.forEach((column, i) => {
    if (column.kind === 'date') dateCells.push({ area: below(i + 1), helpText: `${column.header}: a date, dd/mm/yyyy.` });
    else if (column.kind !== 'text')
      dropdowns.push({ area: below(i + 1), choices: column.kind.choices, allowOther: false, helpText: column.note });
  });
  return {
    key,
    name,
    gridRows,
    values: [columns.map((column) => column.header), ...rows.map((row) => [...row, ...Array<PlanCell>(width - row.length).fill('')])],
    format: {
      frozenRows: 1,
      columnWidths: Object.fromEntries(columns.map((column, i) => [i + 1, column.width])),
      areas: [
        { area: { row: 1, column: 1, rows: 1, columns: width }, bold: true, background: '#f1f3f4', wrap: true, verticalAlignment: 'top' },
        { area: { row: 2, column: 1, rows: gridRows - 1, columns: width }, wrap: true, verticalAlignment: 'top' },
        ...dateCells.map(({ area }) => ({ area, numberFormat: 'dd/mm/yyyy' })),
      ],
      dropdowns,
      dateCells,
      headerNotes: columns.map((column) => column.note),
    },
    charts: [],
  };
}
