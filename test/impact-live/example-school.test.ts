/**
 * `impact` on the tidy example school (shared or generated, whichever the run uses), run through
 * the built Code.js in the emulator: every statistic on the `Impact` tab is checked against a
 * reference worked out independently from the register's own cells (see reference.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { plantedFacts, sheetOf } from '../support/example-facts';
import { EXAMPLES } from '../support/examples';
import { record, section } from './impact-tab';
import {
  absence,
  ATTENDANCE,
  onceEach,
  PERSISTENT_ABSENCE_BELOW,
  placements,
  rci,
  reference,
  summaries,
  type Placement,
} from './reference';
import { blankRegisterCell, runExample, type ExampleRun } from './run';

const { layout } = EXAMPLES.tidy;
const measureLabelled = (id: string): string => layout.measures.find((m) => m.id === id)?.label ?? id;
const BEHAVIOUR = measureLabelled('behaviour-points');
const READING_AGE = measureLabelled('reading-age');

function blankOrNumber(value: unknown): number | null {
  if (value === '') return null;
  expect(typeof value).toBe('number');
  return value as number;
}

function expectClose(actual: unknown, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBe('');
    return;
  }
  expect(typeof actual, what).toBe('number');
  expect(actual as number, what).toBeCloseTo(expected, 9);
}

/** Every row of the summary section against the reference, and no row more or fewer. */
function checkSummaries(run: ExampleRun): void {
  const impact = sheetOf(run.workbook, 'Impact');
  const table = section(impact, 'Better when');
  const expected = summaries(run.ref.observations);
  const seen = new Set<string>();
  for (const row of table.rows) {
    const r = record(table, row);
    const key = `${String(r.Programme)}|${String(r.Group)}|${String(r.Measure)}`;
    const want = expected.get(key);
    expect(want, `unexpected row ${key}`).toBeDefined();
    if (!want) continue;
    seen.add(key);
    const direction = layout.measures.find((m) => m.label === r.Measure)?.better ?? 'higher';
    expect(r['Better when'], key).toBe(direction);
    expect(r.n, key).toBe(want.n);
    expectClose(r['Start mean'], want.startMean, `${key} start mean`);
    expectClose(r['End mean'], want.endMean, `${key} end mean`);
    expectClose(r.Change, want.change, `${key} change`);
    expectClose(r['Effect size'], want.effectSize, `${key} effect size`);
    expect(r.Improved, key).toBe(want.improved);
    expectClose(r['Improved %'], want.improvedShare, `${key} improved %`);
  }
  expect([...expected.keys()].filter((k) => !seen.has(k))).toEqual([]);
}

describe(`impact on the ${EXAMPLES.origin} example school`, () => {
  let run: ExampleRun;
  beforeAll(async () => {
    await ensureBuilt();
    run = await runExample();
  });

  it('writes Impact and Impact charts', () => {
    expect(run.workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Impact', 'Impact charts']));
    expect(sheetOf(run.workbook, 'Impact charts').charts.length).toBeGreaterThanOrEqual(5);
    const pupils = new Set(run.ref.observations.map((o) => o.pupilId)).size;
    expect(run.headline).toContain(`${pupils} pupils counted`);
    // Programme rows ("All groups") are bold by one rule over the whole summary, not a format per row.
    const table = section(sheetOf(run.workbook, 'Impact'), 'Better when');
    const rule = sheetOf(run.workbook, 'Impact').conditionalFormats.find((f) => f.condition === 'CUSTOM_FORMULA');
    expect(rule?.bold).toBe(true);
    expect(rule?.values).toEqual([`=$B${table.headerRow + 1}="All groups"`]);
    expect(rule?.ranges).toEqual([{ row: table.headerRow, column: 0, rows: table.rows.length, columns: 3 }]);
  });

  it('matches the reference for every programme, group and measure, questionnaires included', () => {
    checkSummaries(run);
    const measures = new Set(run.ref.observations.map((o) => o.measure));
    expect(measures).toContain("Students' Life Satisfaction Scale");
    expect(measures).toContain('Student Resilience Survey: Self-esteem');
  });

  it('turns the effect size so that positive means better where lower is better', () => {
    const table = section(sheetOf(run.workbook, 'Impact'), 'Better when');
    const lower = table.rows.map((row) => record(table, row)).filter((r) => r['Better when'] === 'lower' && r['Effect size'] !== '');
    expect(lower.length).toBeGreaterThan(10);
    for (const r of lower) {
      const change = r.Change as number;
      const size = r['Effect size'] as number;
      if (change < 0) expect(size).toBeGreaterThan(0);
      if (change > 0) expect(size).toBeLessThan(0);
    }
    // A fall in behaviour points counts as improved; a rise does not: a programme where some fell and some did not.
    const behaviour = (programme: string) =>
      onceEach(run.ref.observations.filter((o) => o.measure === BEHAVIOUR && o.programme === programme));
    const fellOf = (programme: string) => behaviour(programme).filter((o) => o.end < o.start).length;
    const mixed = [...new Set(run.ref.observations.map((o) => o.programme))].find(
      (p) => fellOf(p) > 0 && fellOf(p) < behaviour(p).length && behaviour(p).length >= 3,
    );
    expect(mixed).toBeDefined();
    const row = lower.find((r) => r.Programme === mixed && r.Group === 'All groups' && r.Measure === BEHAVIOUR);
    expect(row?.Improved).toBe(fellOf(mixed ?? ''));
  });

  it('shows a programme with one pupil without an effect size, and no effect size below n = 3', () => {
    const table = section(sheetOf(run.workbook, 'Impact'), 'Better when');
    const rows = table.rows.map((row) => record(table, row));
    const { singlePupilProgrammes } = plantedFacts(run.workbook, layout);
    const single = rows.filter((r) => singlePupilProgrammes.includes(String(r.Programme)));
    expect(single.length).toBeGreaterThan(0);
    for (const r of single) {
      expect(r.n).toBe(1);
      expect(r['Effect size']).toBe('');
      expect(r.Improved === 0 || r.Improved === 1).toBe(true);
    }
    for (const r of rows.filter((x) => (x.n as number) < 3)) expect(r['Effect size']).toBe('');
  });

  it('counts persistently absent pupils at the start and the end', () => {
    const table = section(sheetOf(run.workbook, 'Impact'), 'Absent at start');
    const expected = absence(run.ref.observations);
    expect(table.rows.length).toBe(expected.size);
    for (const row of table.rows) {
      const r = record(table, row);
      const want = expected.get(`${String(r.Programme)}|${String(r.Group)}`);
      expect(r['Absent when below %']).toBe(PERSISTENT_ABSENCE_BELOW);
      expect({ n: r.n, start: r['Absent at start'], end: r['Absent at end'] }).toEqual(want);
    }
  });

  it("lists every pupil's start, end, change, improvement and reliable change", () => {
    const table = section(sheetOf(run.workbook, 'Impact'), 'RCI');
    const rows = table.rows.map((row) => record(table, row));
    expect(rows.length).toBe(run.ref.observations.length);
    for (const o of run.ref.observations) {
      const r = rows.find((x) => x.Pupil === o.pupil && x.Programme === o.programme && x.Group === o.group && x.Measure === o.measure);
      expect(r, `${o.pupil} ${o.measure}`).toBeDefined();
      if (!r) continue;
      expect([r.Start, r.End]).toEqual([o.start, o.end]);
      expectClose(r.Change, o.end - o.start, 'change');
      expect(r.Improved).toBe((o.better === 'higher' ? o.end > o.start : o.end < o.start) ? 'Yes' : 'No');
      const expected = rci(o, run.ref.observations);
      expectClose(r.RCI, expected, `${o.pupil} RCI`);
      expect(r['Reliable change']).toBe(expected === null ? '' : Math.abs(expected) > 1.96 ? 'Yes' : 'No');
    }
    expect(rows.some((r) => blankOrNumber(r.RCI) !== null)).toBe(true);
  });
});

describe(`impact on the ${EXAMPLES.origin} example school when pupils have only one of start and end`, () => {
  let run: ExampleRun;
  /** Two pupils of one group programme, and the only pupil of a programme of one. */
  let first: Placement;
  let second: Placement;
  let alone: Placement;
  /** `programme|All groups|measure` → n before any cell was blanked. */
  let before: Map<string, number>;

  beforeAll(async () => {
    await ensureBuilt();
    const pristine = await readWorkbook(EXAMPLES.tidy.path);
    const placed = placements(pristine, layout);
    const { singlePupilProgrammes } = plantedFacts(pristine, layout);
    const grouped = placed.filter((p) => p.row.type === 'group');
    const programme = grouped.find((p) => grouped.filter((q) => q.programme === p.programme).length >= 4)?.programme;
    [first, second] = grouped.filter((p) => p.programme === programme) as [Placement, Placement];
    alone = placed.find((p) => singlePupilProgrammes.includes(p.programme)) as Placement;
    before = new Map([...summaries(reference(pristine, layout, null).observations)].map(([key, s]) => [key, s.n]));
    const header = (id: string, side: 'start' | 'end') => layout.measures.find((m) => m.id === id)?.[side] ?? '';
    run = await runExample((workbook) => {
      blankRegisterCell(workbook, first.row.row, header('attendance', 'end'));
      blankRegisterCell(workbook, second.row.row, header('behaviour-points', 'start'));
      blankRegisterCell(workbook, alone.row.row, header('reading-age', 'end'));
    });
  });

  it('leaves them out of that measure only, and the figures still match the reference', () => {
    checkSummaries(run);
    const table = section(sheetOf(run.workbook, 'Impact'), 'Better when');
    const n = (programme: string, measure: string) =>
      table.rows
        .map((row) => record(table, row))
        .find((r) => r.Programme === programme && r.Group === 'All groups' && r.Measure === measure)?.n;
    const was = (programme: string, measure: string) => before.get(`${programme}|All groups|${measure}`) ?? NaN;
    expect(n(first.programme, ATTENDANCE)).toBe(was(first.programme, ATTENDANCE) - 1);
    expect(n(first.programme, BEHAVIOUR)).toBe(was(first.programme, BEHAVIOUR) - 1);
    expect(n(first.programme, measureLabelled('exclusions'))).toBe(was(first.programme, measureLabelled('exclusions')));
    const lone = table.rows.map((row) => record(table, row)).filter((r) => r.Programme === alone.programme);
    expect(lone.length).toBeGreaterThan(0);
    expect(lone.map((r) => r.Measure)).not.toContain(READING_AGE);
    expect(run.ref.leftOut.filter((l) => l.startsWith(`${ATTENDANCE}:`))).toEqual([`${ATTENDANCE}: ${first.pupil}, no-end`]);
  });

  it('says who was left out and why, in the notes and on Problems', () => {
    const notes = section(sheetOf(run.workbook, 'Impact'), 'Notes').rows.map((row) => String(row[0]));
    expect(notes).toContain(`${ATTENDANCE}: 1 pupil left out (1 with no end value).`);
    expect(notes).toContain(`${BEHAVIOUR}: 1 pupil left out (1 with no start value).`);
    expect(notes).toContain(`${READING_AGE}: 1 pupil left out (1 with no end value).`);
    const problems = sheetOf(run.workbook, 'Problems').cells.map((row) => (row ?? []).map((c) => String(c?.value ?? '')).join(' | '));
    const register = run.ref.leftOut.filter((l) => layout.measures.some((m) => l.startsWith(`${m.label}:`)));
    expect(register).toHaveLength(3);
    for (const line of register) {
      const [measure = '', rest = ''] = line.split(': ');
      const pupil = rest.split(',')[0] ?? '';
      expect(
        problems.some((p) => p.includes(pupil) && p.includes(measure)),
        line,
      ).toBe(true);
    }
  });
});
