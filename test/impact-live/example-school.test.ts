/**
 * `impact` on the shared example school (../shared/examples/oakfield-tracking.xlsx), run through the
 * built Code.js in the emulator: every statistic on the `Impact` tab is checked against a reference
 * worked out independently from the register's own cells (see reference.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/built';
import { haveSharedExamples } from '../support/shared-examples';
import { record, section } from './impact-tab';
import { absence, rci, REGISTER_MEASURES, sheetOf, summaries, type RefSummary } from './reference';
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

const SUMMARY = 'Better when';
const ALL = 'All groups';

/** The rows of the summary table as header → value. */
function summaryTable(run: ExampleRun): Record<string, unknown>[] {
  const table = section(sheetOf(run.workbook, 'Impact'), SUMMARY);
  return table.rows.map((row) => record(table, row));
}

/** Intervals to 6 places: jStat's t quantile, the reference's, is good to about 1e-8. */
function expectInterval(low: unknown, high: unknown, expected: [number, number] | null, what: string): void {
  for (const [cell, bound] of [
    [low, expected?.[0] ?? null],
    [high, expected?.[1] ?? null],
  ] as const) {
    if (bound === null) expect(cell, what).toBe('');
    else expect(cell as number, what).toBeCloseTo(bound, 6);
  }
}

/**
 * Every row of the summary table against the reference, and no row fewer: each programme's
 * measures, and each group's where a programme has two or more.
 */
function checkSummaries(run: ExampleRun): void {
  const expected = summaries(run.ref.observations);
  const groups = new Map<string, Set<string>>();
  for (const o of run.ref.observations) groups.set(o.programme, (groups.get(o.programme) ?? new Set()).add(o.group));
  const seen = new Set<string>();
  for (const r of summaryTable(run)) {
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
    expectInterval(r['Change 95 % low'], r['Change 95 % high'], want.changeInterval, `${key} change`);
    expectClose(r['Effect size'], want.effectSize, `${key} effect size`);
    expectInterval(r['Effect size 95 % low'], r['Effect size 95 % high'], want.effectSizeInterval, `${key} effect size`);
    expect(r.Improved, key).toBe(want.improved);
    expect(r['Kept at best'], key).toBe(want.keptAtBest);
    expectClose(r['Improved %'], want.improvedShare, `${key} improved %`);
  }
  const required = [...expected.keys()].filter((k) => {
    const [programme = '', group = ''] = k.split('|');
    return group === ALL || (groups.get(programme)?.size ?? 0) > 1;
  });
  expect(required.filter((k) => !seen.has(k))).toEqual([]);
}

/** `14.2`, `−0.74`: as the tab's sentences write a number (two places where the interval is narrower than 1). */
function sentenceNumber(value: number, width: number): string {
  const text = Math.abs(value).toFixed(width < 1 ? 2 : 1);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

function intervalWords(want: RefSummary): string {
  const [low, high] = want.changeInterval ?? [NaN, NaN];
  return `95 % interval ${sentenceNumber(low, high - low)} to ${sentenceNumber(high, high - low)}`;
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
    const table = section(sheetOf(run.workbook, 'Impact'), SUMMARY);
    const rule = sheetOf(run.workbook, 'Impact').conditionalFormats.find((f) => f.condition === 'CUSTOM_FORMULA');
    expect(rule?.bold).toBe(true);
    expect(rule?.values).toEqual([`=$B${table.headerRow + 1}="${ALL}"`]);
    expect(rule?.ranges).toEqual([{ row: table.headerRow, column: 0, rows: table.rows.length, columns: 3 }]);
  });

  it('opens with one sentence per programme and measure for impact, each with the reference’s interval', () => {
    const impact = sheetOf(run.workbook, 'Impact');
    const opening = section(impact, 'Measures for impact');
    expect(opening.headerRow).toBe(3);
    const sentences = opening.rows.map((row) => String(row[0]));
    const expected = summaries(run.ref.observations);
    const forImpact = summaryTable(run).filter((r) => r.Group === ALL && r['Measure for impact'] === 'Yes');
    expect(forImpact.length).toBeGreaterThan(8);
    for (const r of forImpact) {
      const want = expected.get(`${String(r.Programme)}|${ALL}|${String(r.Measure)}`);
      const sentence = sentences.find(
        (line) =>
          line.startsWith(`${String(r.Programme)}, ${want?.n} pupil`) &&
          line.includes(String(r.Measure).split(' ')[0]?.toLowerCase() ?? '?'),
      );
      const mine = sentences.filter((line) => line.startsWith(`${String(r.Programme)},`));
      expect(mine.length, String(r.Programme)).toBeGreaterThan(0);
      if (!want || want.n < 2 || want.keptAtBest === want.n) continue;
      expect(
        mine.some((line) => line.includes(intervalWords(want))),
        `${String(r.Programme)} ${String(r.Measure)}: ${intervalWords(want)} in ${sentence ?? mine.join(' / ')}`,
      ).toBe(true);
    }
    // The seeds' purposes, read from each programme's desired outcomes.
    const measuresFor = (programme: string) => forImpact.filter((r) => r.Programme === programme).map((r) => r.Measure);
    expect(measuresFor('Managing my anger')).toEqual(expect.arrayContaining(['Behaviour points', 'Exclusions', 'Bullying incidents']));
    expect(measuresFor('Literacy catch-up')).toEqual(['Reading age (months)']);
    expect(measuresFor('Improving my attendance and punctuality')).toEqual(['Attendance %']);
    expect(measuresFor('Improving my self-esteem')).toContain("Students' Life Satisfaction Scale");
    // Once, in words, what the numbers cannot show.
    const limits = section(impact, 'What these numbers can and cannot show')
      .rows.map((row) => String(row[0]))
      .join(' ');
    for (const words of ['no comparison group', 'regression to the mean', 'Groups are small']) expect(limits).toContain(words);
  });

  it('says no clear change, never rose or fell, where the interval includes no change', () => {
    const sentences = section(sheetOf(run.workbook, 'Impact'), 'Measures for impact').rows.map((row) => String(row[0]));
    const expected = summaries(run.ref.observations);
    let unclear = 0;
    for (const [key, want] of expected) {
      const [programme = '', group = '', measure = ''] = key.split('|');
      if (group !== ALL || !want.changeInterval || want.keptAtBest === want.n) continue;
      const line = sentences.find((s) => s.startsWith(`${programme},`) && s.includes(intervalWords(want)));
      if (!line) continue;
      const includesNone = want.changeInterval[0] <= 0 && want.changeInterval[1] >= 0;
      expect(line.includes('no clear change'), `${measure}: ${line}`).toBe(includesNone);
      expect(/ (rose|fell) from /.test(line), line).toBe(!includesNone);
      if (includesNone) unclear += 1;
    }
    expect(unclear).toBeGreaterThan(0);
  });

  it('matches the reference for every programme, group and measure, questionnaires included', () => {
    checkSummaries(run);
    const measures = new Set(run.ref.observations.map((o) => o.measure));
    expect(measures).toContain("Students' Life Satisfaction Scale");
    expect(measures).toContain('Student Resilience Survey: Self-esteem');
  });

  it('turns the effect size so that positive means better where lower is better', () => {
    const lower = summaryTable(run).filter((r) => r['Better when'] === 'lower' && r['Effect size'] !== '');
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
    const row = lower.find((r) => r.Programme === 'Managing my anger' && r.Group === ALL && r.Measure === 'Behaviour points');
    expect(row?.Improved).toBe(fell);
  });

  it('shows a programme with one pupil without an interval or effect size, and no effect size below n = 3', () => {
    const rows = summaryTable(run);
    const single = rows.filter((r) => r.Programme === 'Managing my relationships at home');
    expect(single.length).toBeGreaterThan(0);
    for (const r of single) {
      expect(r.n).toBe(1);
      expect([r['Effect size'], r['Change 95 % low'], r.Verdict]).toEqual(['', '', 'Too few pupils']);
    }
    for (const r of rows.filter((x) => (x.n as number) < 3)) expect(r['Effect size']).toBe('');
  });

  it('counts pupils at or below 90% and 50% attendance at the start and the end, as counted by hand', () => {
    const table = section(sheetOf(run.workbook, 'Impact'), 'Persistently absent at start');
    const expected = absence(run.ref.observations);
    expect(table.rows.length).toBe(expected.size);
    for (const row of table.rows) {
      const r = record(table, row);
      expect({
        n: r.n,
        persistentStart: r['Persistently absent at start'],
        persistentEnd: r['Persistently absent at end'],
        severeStart: r['Severely absent at start'],
        severeEnd: r['Severely absent at end'],
      }).toEqual(expected.get(String(r.Programme)));
    }
    // At least one pupil sits exactly on 90%, which "below 90%" used to leave out.
    expect(run.ref.observations.some((o) => o.measure === 'Attendance %' && (o.start === 90 || o.end === 90))).toBe(true);
  });

  it('counts pupils at 0 exclusions throughout as kept at best, out of the improved share', () => {
    const boxing = summaryTable(run).find((r) => r.Programme === 'Boxing group' && r.Group === ALL && r.Measure === 'Exclusions');
    const pupils = run.ref.observations.filter((o) => o.programme === 'Boxing group' && o.measure === 'Exclusions');
    const kept = pupils.filter((o) => o.start === 0 && o.end === 0).length;
    expect(kept).toBeGreaterThan(0);
    expect(boxing?.['Kept at best']).toBe(kept);
    expectClose(boxing?.['Improved %'], pupils.filter((o) => o.end < o.start).length / (pupils.length - kept), 'improved %');
  });

  it("lists each pupil's start, end, change, improvement and reliable change for the measures for impact", () => {
    const table = section(sheetOf(run.workbook, 'Impact'), 'RCI');
    const banner = sheetOf(run.workbook, 'Impact').cells[table.headerRow - 2]?.[0]?.value;
    expect(String(banner)).toMatch(/^Pupil detail: CONFIDENTIAL/);
    const forImpact = new Set(
      summaryTable(run)
        .filter((r) => r.Group === ALL && r['Measure for impact'] === 'Yes')
        .map((r) => `${String(r.Programme)}|${String(r.Measure)}`),
    );
    const rows = table.rows.map((row) => record(table, row));
    const wanted = run.ref.observations.filter((o) => forImpact.has(`${o.programme}|${o.measure}`));
    expect(rows.length).toBe(wanted.length);
    for (const o of wanted) {
      const r = rows.find((x) => x.Pupil === o.pupil && x.Programme === o.programme && x.Group === o.group && x.Measure === o.measure);
      expect(r, `${o.pupil} ${o.measure}`).toBeDefined();
      if (!r) continue;
      expect([r.Start, r.End]).toEqual([o.start, o.end]);
      expectClose(r.Change, o.end - o.start, 'change');
      const kept = o.best !== null && o.start === o.best && o.end === o.best;
      expect(r.Improved).toBe(kept ? 'Kept at best' : (o.better === 'higher' ? o.end > o.start : o.end < o.start) ? 'Yes' : 'No');
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
    const boxing = (measure: string) =>
      summaryTable(run).find((r) => r.Programme === 'Boxing group' && r.Group === ALL && r.Measure === measure);
    expect(boxing('Attendance %')?.n).toBe(6);
    expect(boxing('Behaviour points')?.n).toBe(6);
    expect(boxing('Exclusions')?.n).toBe(7);
    const home = summaryTable(run).filter((r) => r.Programme === 'Managing my relationships at home');
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
