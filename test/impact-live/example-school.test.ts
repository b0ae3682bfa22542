/**
 * `impact` on the shared example school (../shared/examples/oakfield-tracking.xlsx), run through the
 * built Code.js in the emulator: every statistic on the `Impact` tab is checked against a reference
 * worked out independently from the register's own cells (see reference.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/built';
import { haveSharedExamples } from '../support/shared-examples';
import { record, section } from './impact-tab';
import { absence, PERSISTENT_ABSENCE_BELOW, rci, REGISTER_MEASURES, sheetOf, summaries } from './reference';
import { blankRegisterCell, runExample, type ExampleRun } from './run';

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
    const direction = REGISTER_MEASURES.find((m) => m.label === r.Measure)?.better ?? 'higher';
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

describe.skipIf(!haveSharedExamples)('impact on the example school', () => {
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
    // A fall in behaviour points counts as improved; a rise does not.
    const anger = run.ref.observations.filter((o) => o.measure === 'Behaviour points' && o.programme === 'Managing my anger');
    const fell = anger.filter((o) => o.end < o.start).length;
    expect(fell).toBeGreaterThan(0);
    expect(fell).toBeLessThan(anger.length);
    const row = lower.find((r) => r.Programme === 'Managing my anger' && r.Group === 'All groups' && r.Measure === 'Behaviour points');
    expect(row?.Improved).toBe(fell);
  });

  it('shows a programme with one pupil without an effect size, and no effect size below n = 3', () => {
    const table = section(sheetOf(run.workbook, 'Impact'), 'Better when');
    const rows = table.rows.map((row) => record(table, row));
    const single = rows.filter((r) => r.Programme === 'Managing my relationships at home');
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

describe.skipIf(!haveSharedExamples)('impact when pupils have only one of start and end', () => {
  let run: ExampleRun;
  beforeAll(async () => {
    await ensureBuilt();
    run = await runExample((workbook) => {
      blankRegisterCell(workbook, 'U453557787943', 'Attendance % (end)'); // Boxing group
      blankRegisterCell(workbook, 'U280258220180', 'Behaviour points (start)'); // Boxing group
      blankRegisterCell(workbook, 'T316632337352', 'Reading age months (end)'); // the only pupil on their programme
    });
  });

  it('leaves them out of that measure only, and the figures still match the reference', () => {
    checkSummaries(run);
    const table = section(sheetOf(run.workbook, 'Impact'), 'Better when');
    const boxing = (measure: string) =>
      table.rows
        .map((row) => record(table, row))
        .find((r) => r.Programme === 'Boxing group' && r.Group === 'All groups' && r.Measure === measure);
    expect(boxing('Attendance %')?.n).toBe(6);
    expect(boxing('Behaviour points')?.n).toBe(6);
    expect(boxing('Exclusions')?.n).toBe(7);
    const home = table.rows.map((row) => record(table, row)).filter((r) => r.Programme === 'Managing my relationships at home');
    expect(home.map((r) => r.Measure)).not.toContain('Reading age (months)');
    expect(run.ref.leftOut.filter((l) => l.startsWith('Attendance %:'))).toEqual([expect.stringMatching(/, no-end$/)]);
  });

  it('says who was left out and why, in the notes and on Problems', () => {
    const notes = section(sheetOf(run.workbook, 'Impact'), 'Notes').rows.map((row) => String(row[0]));
    expect(notes).toContain('Attendance %: 1 pupil left out (1 with no end value).');
    expect(notes).toContain('Behaviour points: 1 pupil left out (1 with no start value).');
    expect(notes).toContain('Reading age (months): 1 pupil left out (1 with no end value).');
    const problems = sheetOf(run.workbook, 'Problems').cells.map((row) => (row ?? []).map((c) => String(c?.value ?? '')).join(' | '));
    const register = run.ref.leftOut.filter((l) => REGISTER_MEASURES.some((m) => l.startsWith(`${m.label}:`)));
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
