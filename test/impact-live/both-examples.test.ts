/**
 * Impact on both examples (the tidy tracking workbook and the messy single register), each
 * with one pupil also placed on a second programme later in the year and answering the life
 * satisfaction questionnaire again there: no chart names a pupil or has more than twelve
 * categories, persistent absence at 90 % or less matches a count by hand from the register's
 * cells, and each of that pupil's questionnaire scores counts once, for the programme it was taken in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelValue, WorkbookModel } from '../../emulator/model';
import { openSession, runAction } from '../../tools/local/session';
import { chartsJson } from '../../tools/report/charts-json';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { grid, readRegister, sheetOf, text, type RegisterRow } from '../support/example-facts';
import { EXAMPLES, type ExampleWorkbook, type WorkbookLayout } from '../support/examples';
import { record, section } from './impact-tab';

const NOW = () => new Date(2027, 2, 22, 9);
const SECOND_PROGRAMME = 'Spring wellbeing programme';
const SLSS = "Students' Life Satisfaction Scale";
/** When the second programme's start and end answers were submitted: 18/01/2027 and 26/02/2027, 9 am. */
const SPRING_SUBMITTED = [Date.UTC(2027, 0, 18, 9), Date.UTC(2027, 1, 26, 9)] as const;

/** An attendance cell as a percentage: 85, `85%` or 0.85; null when blank or not a number. */
function percent(value: ModelValue | undefined): number | null {
  const raw = typeof value === 'string' ? value.trim().replace(/%$/, '') : value;
  if (raw === '' || raw === undefined || typeof raw === 'boolean' || raw instanceof Date) return null;
  const n = Number(raw);
  if (!Number.isFinite(n)) return null;
  return n > 0 && n <= 1 ? n * 100 : n;
}

/** Placed (not referred) rows, as setup reads the type: a blank type is a group when a group is named. */
function isPlaced(row: RegisterRow): boolean {
  if (row.type !== '') return row.type !== 'referred';
  return row.group !== '' || (row.programme !== '' && row.staff !== '');
}

/** Per programme and for all: pupils at or below 90 % at the start and the end, counted from the cells. */
function persistentByHand(workbook: WorkbookModel, layout: WorkbookLayout): Map<string, [number, number, number]> {
  const attendance = layout.measures.find((m) => m.id === 'attendance');
  if (!attendance) throw new Error('no attendance columns');
  const counted = new Map<string, Map<string, [number, number]>>();
  const add = (programme: string, id: string, start: number, end: number): void => {
    const pupils = counted.get(programme) ?? new Map<string, [number, number]>();
    if (!pupils.has(id)) pupils.set(id, [start, end]);
    counted.set(programme, pupils);
  };
  for (const row of readRegister(workbook, layout).filter(isPlaced)) {
    const start = percent(row.cell(attendance.start));
    const end = percent(row.cell(attendance.end));
    if (start === null || end === null) continue;
    add(row.programme, row.pupilId, start, end);
    add('All programmes', row.pupilId, start, end);
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
function placeTwice(workbook: WorkbookModel, layout: WorkbookLayout): string {
  const responses = sheetOf(workbook, layout.responses[0] ?? '');
  const byName = (name: string) => responses.cells.slice(1).filter((row) => text(row?.[1]?.value).replace(/\s+/g, ' ') === name);
  const pupil = readRegister(workbook, layout).find((r) => isPlaced(r) && byName(r.name).length === 2);
  if (!pupil) throw new Error('no pupil answered twice');
  const register = sheetOf(workbook, layout.register);
  const headers = (grid(register)[layout.headerRow - 1] ?? []).map(text);
  const copy = [...(register.cells[pupil.row - 1] ?? [])];
  const set = (header: string | undefined, value: ModelValue): void => {
    if (header !== undefined) copy[headers.indexOf(header)] = { value };
  };
  set(layout.columns.programme, SECOND_PROGRAMME);
  set(layout.columns.group, 'Wellbeing spring');
  set(layout.columns.type, 'Group');
  set(layout.columns.outcome, 'Improved self-esteem (attitude questionnaire)');
  set(layout.columns.start, '18/01/2027');
  set(layout.columns.end, '26/02/2027');
  register.cells.push(copy);
  register.maxRows = Math.max(register.maxRows, register.cells.length);
  byName(pupil.name).forEach((row, i) => {
    const again = [...(row ?? [])];
    again[0] = { value: new Date(SPRING_SUBMITTED[i] ?? 0) };
    // Other answers than in the autumn, so the spring scores differ from them.
    for (let c = 3; c < again.length; c += 1) again[c] = { value: i === 0 ? 'Mildly agree' : 'Strongly agree' };
    responses.cells.push(again);
  });
  responses.maxRows = Math.max(responses.maxRows, responses.cells.length);
  return pupil.name;
}

const BOTH: readonly (ExampleWorkbook & { readonly kind: string })[] = [
  { kind: 'tidy', ...EXAMPLES.tidy },
  { kind: 'messy', ...EXAMPLES.messy },
];

describe.each(BOTH)(`impact on the ${EXAMPLES.origin} $kind example`, (example) => {
  let workbook: WorkbookModel;
  let pupil: string;
  beforeAll(async () => {
    await ensureBuilt();
    workbook = await readWorkbook(example.path);
    pupil = placeTwice(workbook, example.layout);
    const session = openSession(workbook, { now: NOW });
    for (const action of ['setup', 'score', 'impact'] as const) {
      const stat = runAction(session, action);
      expect(stat.ok, stat.message).toBe(true);
    }
  });

  it('names no pupil on a chart, and gives no chart more than twelve categories', () => {
    const names = readRegister(workbook, example.layout).map((r) => r.name);
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
    const byHand = persistentByHand(workbook, example.layout);
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
    // The spring answers are the two this test added, known by their times: the pupil's first
    // programme may itself have ended after New Year.
    const spring = (r: Record<string, ModelValue>) =>
      r.Submitted instanceof Date && (SPRING_SUBMITTED as readonly number[]).includes(r.Submitted.getTime());
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
