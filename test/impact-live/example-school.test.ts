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
import { absence, ATTENDANCE, onceEach, placements, rci, reference, summaries, type Placement, type RefSummary } from './reference';
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
    const direction = layout.measures.find((m) => m.label === r.Measure)?.better ?? 'higher';
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
    // The seeds' purposes, read from each programme's desired outcomes: a programme that aims at
    // attendance leads with attendance, one that aims at behaviour with behaviour points, one that
    // aims at progress with reading age.
    const outcomes = new Map<string, string>();
    for (const p of placements(run.workbook, layout)) outcomes.set(p.programme, String(p.row.cell(layout.columns.outcome)).toLowerCase());
    const measuresFor = (programme: string) => forImpact.filter((r) => r.Programme === programme).map((r) => r.Measure);
    const aimingAt = (words: RegExp) =>
      [...outcomes].filter(([programme, outcome]) => words.test(outcome) && measuresFor(programme).length > 0);
    for (const [programme] of aimingAt(/attendance/)) expect(measuresFor(programme), programme).toContain(ATTENDANCE);
    for (const [programme] of aimingAt(/behaviour/)) expect(measuresFor(programme), programme).toContain(BEHAVIOUR);
    for (const [programme] of aimingAt(/academic|progress/)) expect(measuresFor(programme), programme).toContain(READING_AGE);
    expect(aimingAt(/attendance|behaviour|academic|progress/).length).toBeGreaterThan(2);
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
    // A fall in behaviour points counts as improved; a rise does not: a programme where some fell and some did not.
    const behaviour = (programme: string) =>
      onceEach(run.ref.observations.filter((o) => o.measure === BEHAVIOUR && o.programme === programme));
    const fellOf = (programme: string) => behaviour(programme).filter((o) => o.end < o.start).length;
    const mixed = [...new Set(run.ref.observations.map((o) => o.programme))].find(
      (p) => fellOf(p) > 0 && fellOf(p) < behaviour(p).length && behaviour(p).length >= 3,
    );
    expect(mixed).toBeDefined();
    const row = lower.find((r) => r.Programme === mixed && r.Group === ALL && r.Measure === BEHAVIOUR);
    expect(row?.Improved).toBe(fellOf(mixed ?? ''));
  });

  it('shows a programme with one pupil without an interval or effect size, and no effect size below n = 3', () => {
    const table = section(sheetOf(run.workbook, 'Impact'), 'Better when');
    const rows = table.rows.map((row) => record(table, row));
    const { singlePupilProgrammes } = plantedFacts(run.workbook, layout);
    const single = rows.filter((r) => singlePupilProgrammes.includes(String(r.Programme)));
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
    expect(run.ref.observations.some((o) => o.measure === ATTENDANCE && (o.start === 90 || o.end === 90))).toBe(true);
  });

  it('counts pupils at 0 exclusions throughout as kept at best, out of the improved share', () => {
    const exclusions = measureLabelled('exclusions');
    const of = (programme: string) => onceEach(run.ref.observations.filter((o) => o.programme === programme && o.measure === exclusions));
    const keptOf = (programme: string) => of(programme).filter((o) => o.start === 0 && o.end === 0).length;
    const programme = [...new Set(run.ref.observations.map((o) => o.programme))].sort((a, b) => keptOf(b) - keptOf(a))[0] ?? '';
    const pupils = of(programme);
    const kept = keptOf(programme);
    expect(kept).toBeGreaterThan(0);
    const row = summaryTable(run).find((r) => r.Programme === programme && r.Group === ALL && r.Measure === exclusions);
    expect(row?.['Kept at best']).toBe(kept);
    const share = pupils.length === kept ? null : pupils.filter((o) => o.end < o.start).length / (pupils.length - kept);
    expectClose(row?.['Improved %'], share, 'improved %');
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
      table.rows.map((row) => record(table, row)).find((r) => r.Programme === programme && r.Group === ALL && r.Measure === measure)?.n;
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
