/**
 * Impact on both shared examples (the tidy tracking workbook and the messy single register), each
 * with one pupil also placed on a second programme later in the year and answering the life
 * satisfaction questionnaire again there: no chart names a pupil or has more than twelve
 * categories, persistent absence at 90 % or less matches a count by hand from the register's
 * cells, and each of that pupil's questionnaire scores counts once, for the programme it was taken in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellModel, ModelValue, WorkbookModel } from '../../emulator/model';
import { openSession, runAction } from '../../tools/local/session';
import { chartsJson } from '../../tools/report/charts-json';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { haveSharedExamples, MESSY_EXAMPLE, TIDY_EXAMPLE } from '../support/shared-examples';
import { record, section } from './impact-tab';
import { grid, sheetOf } from './reference';

const NOW = () => new Date(2027, 2, 22, 9);
const SECOND_PROGRAMME = 'Managing my mental health';
const SLSS = "Students' Life Satisfaction Scale";

interface Example {
  readonly name: string;
  readonly path: string;
  readonly register: string;
  readonly headerRow: number;
  readonly pupilName: (cell: (header: string) => ModelValue) => string;
  readonly columns: {
    readonly id: string;
    readonly type: string;
    readonly programme: string;
    readonly group: string;
    readonly staff: string;
    readonly start: string;
    readonly end: string;
    readonly attendanceStart: string;
    readonly attendanceEnd: string;
  };
  readonly responses: string;
}

const EXAMPLES: readonly Example[] = [
  {
    name: 'tidy',
    path: TIDY_EXAMPLE,
    register: 'Pupils',
    headerRow: 1,
    pupilName: (cell) => text(cell('Pupil')),
    columns: {
      id: 'UPN',
      type: 'Type',
      programme: 'Intervention',
      group: 'Group',
      staff: 'Staff',
      start: 'Start date',
      end: 'End date',
      attendanceStart: 'Attendance % (start)',
      attendanceEnd: 'Attendance % (end)',
    },
    responses: 'Form Responses 1',
  },
  {
    name: 'messy',
    path: MESSY_EXAMPLE,
    register: 'Intervention Register 26-27',
    headerRow: 4,
    pupilName: (cell) => `${text(cell('Forename'))} ${text(cell('Surname'))}`.trim(),
    columns: {
      id: 'Adm No',
      type: '1-1 / group',
      programme: 'Programme',
      group: 'Grp',
      staff: 'Key worker',
      start: 'Starts',
      end: 'Ends',
      attendanceStart: 'Att% before',
      attendanceEnd: 'Att% after',
    },
    responses: 'Form responses 1',
  },
];

function text(value: ModelValue | undefined): string {
  return value === undefined || value === null ? '' : String(value).replace(/\s+/g, ' ').trim();
}

/** An attendance cell as a percentage: 85, `85%` or 0.85; null when blank or not a number. */
function percent(value: ModelValue | undefined): number | null {
  const raw = typeof value === 'string' ? value.trim().replace(/%$/, '') : value;
  if (raw === '' || raw === undefined || raw === null || typeof raw === 'boolean' || raw instanceof Date) return null;
  const n = Number(raw);
  if (!Number.isFinite(n)) return null;
  return n > 0 && n <= 1 ? n * 100 : n;
}

interface RegisterRow {
  readonly cells: (CellModel | undefined)[];
  readonly cell: (header: string) => ModelValue;
  readonly name: string;
}

function registerRows(workbook: WorkbookModel, example: Example): { headers: string[]; rows: RegisterRow[] } {
  const sheet = sheetOf(workbook, example.register);
  const headers = (grid(sheet)[example.headerRow - 1] ?? []).map(text);
  const rows = sheet.cells.slice(example.headerRow).flatMap((cells) => {
    const line = cells ?? [];
    const cell = (header: string): ModelValue => line[headers.indexOf(header)]?.value ?? '';
    const name = example.pupilName(cell);
    return name === '' || /^total/i.test(text(line[0]?.value)) ? [] : [{ cells: line, cell, name }];
  });
  return { headers, rows };
}

/** Placed (not referred) rows, as setup reads the type: a blank type is a group when a group is named. */
function isPlaced(row: RegisterRow, example: Example): boolean {
  const type = text(row.cell(example.columns.type)).toLowerCase();
  if (type !== '') return !type.startsWith('refer');
  const named = (header: string) => text(row.cell(header)) !== '';
  return named(example.columns.group) || (named(example.columns.programme) && named(example.columns.staff));
}

/** Per programme and for all: pupils at or below 90 % at the start and the end, counted from the cells. */
function persistentByHand(workbook: WorkbookModel, example: Example): Map<string, [number, number, number]> {
  const { rows } = registerRows(workbook, example);
  const counted = new Map<string, Map<string, [number, number]>>();
  const add = (programme: string, id: string, start: number, end: number): void => {
    const pupils = counted.get(programme) ?? new Map<string, [number, number]>();
    if (!pupils.has(id)) pupils.set(id, [start, end]);
    counted.set(programme, pupils);
  };
  for (const row of rows.filter((r) => isPlaced(r, example))) {
    const start = percent(row.cell(example.columns.attendanceStart));
    const end = percent(row.cell(example.columns.attendanceEnd));
    if (start === null || end === null) continue;
    const id = text(row.cell(example.columns.id)) || row.name;
    add(text(row.cell(example.columns.programme)), id, start, end);
    add('All programmes', id, start, end);
  }
  return new Map(
    [...counted].map(([programme, pupils]) => {
      const values = [...pupils.values()];
      return [programme, [values.length, values.filter(([s]) => s <= 90).length, values.filter(([, e]) => e <= 90).length]];
    }),
  );
}

/**
 * The first pupil who answered the life satisfaction questionnaire at both ends is also placed on a
 * second programme in the spring, and answers it again at its start and end.
 */
function placeTwice(workbook: WorkbookModel, example: Example): string {
  const responses = sheetOf(workbook, example.responses);
  const answers = responses.cells.slice(1).filter((row) => row?.[1] !== undefined);
  const byName = (name: string) => answers.filter((row) => text(row?.[1]?.value) === name);
  const { headers, rows } = registerRows(workbook, example);
  const pupil = rows.find((r) => isPlaced(r, example) && byName(r.name).length === 2);
  if (!pupil) throw new Error('no pupil answered twice');
  const copy = [...pupil.cells];
  const set = (header: string, value: ModelValue): void => {
    copy[headers.indexOf(header)] = { value };
  };
  set(example.columns.programme, SECOND_PROGRAMME);
  set(example.columns.group, 'Mental health spring');
  set(example.columns.type, 'Group');
  set(example.columns.start, '18/01/2027');
  set(example.columns.end, '26/02/2027');
  const register = sheetOf(workbook, example.register);
  register.cells.push(copy);
  register.maxRows = Math.max(register.maxRows, register.cells.length);
  byName(pupil.name).forEach((row, i) => {
    const again = [...(row ?? [])];
    again[0] = { value: new Date(Date.UTC(2027, i === 0 ? 0 : 1, i === 0 ? 18 : 26, 9)) };
    // Every answer one step up the scale from the autumn's, so the spring scores differ.
    for (let c = 3; c < again.length; c += 1) again[c] = { value: i === 0 ? 'Mildly agree' : 'Strongly agree' };
    responses.cells.push(again);
  });
  responses.maxRows = Math.max(responses.maxRows, responses.cells.length);
  return pupil.name;
}

describe.skipIf(!haveSharedExamples).each(EXAMPLES)('impact on the $name example', (example) => {
  let workbook: WorkbookModel;
  let pupil: string;
  beforeAll(async () => {
    await ensureBuilt();
    workbook = await readWorkbook(example.path);
    pupil = placeTwice(workbook, example);
    const session = openSession(workbook, { now: NOW });
    for (const action of ['setup', 'score', 'impact'] as const) {
      const stat = runAction(session, action);
      expect(stat.ok, stat.message).toBe(true);
    }
  });

  it('names no pupil on a chart, and gives no chart more than twelve categories', () => {
    const names = registerRows(workbook, example).rows.map((r) => r.name);
    const charts = chartsJson(workbook).filter((c) => c.sheet === 'Impact charts');
    expect(charts.length).toBeGreaterThanOrEqual(4);
    const cells = grid(sheetOf(workbook, 'Impact charts'));
    for (const chart of charts) {
      const [, a1 = ''] = (chart.ranges[0] ?? '').split('!');
      const [, top = '0', bottom = '0'] = /^A(\d+):[A-Z]+(\d+)$/.exec(a1) ?? [];
      const categories = cells.slice(Number(top), Number(bottom)).map((row) => text(row[0]));
      expect(categories.length, chart.title).toBeGreaterThan(0);
      expect(categories.length, chart.title).toBeLessThanOrEqual(12);
      for (const category of categories) {
        expect(category).toMatch(/\(n = \d+\)$/);
        for (const name of names) expect(category.includes(name), `${chart.title}: ${category}`).toBe(false);
      }
      for (const name of names) expect(chart.title.includes(name), chart.title).toBe(false);
    }
  });

  it('counts persistent absence at 90% or less as a count by hand does', () => {
    const table = section(sheetOf(workbook, 'Impact'), 'Persistently absent at start');
    const byHand = persistentByHand(workbook, example);
    const shown = new Map(
      table.rows.map((row) => {
        const r = record(table, row);
        return [String(r.Programme), [r.n, r['Persistently absent at start'], r['Persistently absent at end']]] as const;
      }),
    );
    expect(shown).toEqual(byHand);
    expect(shown.get('All programmes')?.[1]).toBeGreaterThan(0);
  });

  it('counts each of a pupil’s questionnaire scores once, for the programme it was taken in', () => {
    const scores = section(sheetOf(workbook, 'Scores'), 'Instrument');
    const mine = scores.rows
      .map((row) => record(scores, row))
      // Scores marks the autumn responses as replaced by the spring ones: impact counts each for its own programme.
      .filter((r) => r.Pupil === pupil && r.Instrument === SLSS && !/fuzzy|unmatched/.test(String(r.Flags)));
    const spring = (r: Record<string, ModelValue>) => r.Submitted instanceof Date && r.Submitted.getTime() > Date.UTC(2027, 0, 15);
    const value = (inSpring: boolean, phase: string) => mine.find((r) => spring(r) === inSpring && r.Phase === phase)?.Score;
    const detail = section(sheetOf(workbook, 'Impact'), 'RCI');
    const rows = detail.rows.map((row) => record(detail, row)).filter((r) => r.Pupil === pupil && r.Measure === SLSS);
    expect(rows.map((r) => [r.Programme, r.Start, r.End])).toEqual(
      expect.arrayContaining([[SECOND_PROGRAMME, value(true, 'pre'), value(true, 'post')]]),
    );
    expect(rows).toHaveLength(2);
    const first = rows.find((r) => r.Programme !== SECOND_PROGRAMME);
    expect([first?.Start, first?.End]).toEqual([value(false, 'pre'), value(false, 'post')]);
    expect(value(true, 'post')).not.toEqual(value(false, 'post'));
  });
});
