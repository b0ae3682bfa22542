/**
 * The intervention cycle on the shared examples (required under CI) and always on the project's
 * generated school, through the built script: the input tabs are made (or the school's own, kept in
 * their columns, read) once and never rewritten, so a second run leaves every cell a user typed;
 * Reviews due, Forum report and Pupil reports are written with their content; the pupil off track
 * at the last two reviews is called to a Review Meeting; a placement without a target is warned
 * about on Group check; and text typed like a formula comes back as text on every cycle tab.
 *
 * Facts are read from the workbook's own cells (the Reviews tab's statuses, the Targets tab's
 * rows), never from the add-in. The clock is set to a day the workbook's programmes run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellModel, SheetModel, WorkbookModel } from '../../emulator/model';
import { INPUT_TAB_METADATA_KEY } from '../../src/core/plan';
import { RECORDS_READ_ON } from '../../tools/example/cycle';
import { openSession, runAction, type ActionName, type LocalSession } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { plantedFacts, sheetOf, text } from '../support/example-facts';
import { EXAMPLES, exampleSet, type ExampleWorkbook } from '../support/examples';

type Value = CellModel['value'];
const CYCLE: readonly ActionName[] = ['reviews', 'forum', 'reports', 'letters'];
const FORMULA_LIKE = ['=HYPERLINK("x")', '+1'] as const;

interface CycleExample extends ExampleWorkbook {
  /** The day the run happens: while the workbook's programmes run. */
  readonly today: string;
}

/** The shared examples' programmes start on 30/11/2026; the generated school's records are read on the Monday after they end. */
const SHARED_TODAY = '2027-01-18';

/** The shared examples when the run has them (CI always does), and the generated school always. */
const WORKBOOKS: readonly CycleExample[] = [
  ...(EXAMPLES.origin === 'shared' ? [EXAMPLES.tidy, EXAMPLES.messy].map((w) => ({ ...w, today: SHARED_TODAY })) : []),
  ...[exampleSet('generated').tidy, exampleSet('generated').messy].map((w) => ({ ...w, today: RECORDS_READ_ON })),
];

const inputTab = (workbook: WorkbookModel, key: string): SheetModel => {
  const sheet = workbook.sheets.find((s) => s.developerMetadata.some((m) => m.key === INPUT_TAB_METADATA_KEY && m.value === key));
  if (!sheet) throw new Error(`No input tab ${key}`);
  return sheet;
};

const headerIndex = (sheet: SheetModel, header: string): number => (sheet.cells[0] ?? []).findIndex((c) => text(c?.value) === header);

/** Types a row under the headers named, below the last filled row. */
function typeRow(sheet: SheetModel, entries: Readonly<Record<string, Value>>): void {
  const last = sheet.cells.reduce((at, row, i) => ((row ?? []).some((c) => text(c?.value) !== '') ? i : at), 0);
  const row: (CellModel | undefined)[] = [];
  for (const [header, value] of Object.entries(entries)) {
    const c = headerIndex(sheet, header);
    expect(c, `${sheet.name} has a "${header}" column`).toBeGreaterThanOrEqual(0);
    row[c] = { value };
  }
  sheet.cells[last + 1] = row;
  sheet.maxRows = Math.max(sheet.maxRows, last + 2);
}

/** Pupils whose last two reviews on the Reviews tab are Off track, by the name written there. */
function offTrackTwice(reviews: SheetModel): string[] {
  const [date, pupil, programme, status] = ['Review date', 'Pupil', 'Programme', 'Status'].map((h) => headerIndex(reviews, h)) as [
    number,
    number,
    number,
    number,
  ];
  const byPlacement = new Map<string, { when: number; status: string; pupil: string }[]>();
  for (const row of reviews.cells.slice(1)) {
    const value = row?.[date]?.value;
    const when = value instanceof Date ? value.getTime() : Date.parse(text(value).split('/').reverse().join('-'));
    if (!Number.isFinite(when)) continue;
    const key = `${text(row?.[pupil]?.value)}|${text(row?.[programme]?.value)}`;
    byPlacement.set(key, [...(byPlacement.get(key) ?? []), { when, status: text(row?.[status]?.value), pupil: text(row?.[pupil]?.value) }]);
  }
  return [...byPlacement.values()]
    .map((list) => list.sort((a, b) => a.when - b.when).slice(-2))
    .filter((last) => last.length === 2 && last.every((r) => r.status === 'Off track'))
    .map((last) => last[0]?.pupil ?? '');
}

const cellsOf = (sheet: SheetModel): CellModel[] => sheet.cells.flatMap((row) => (row ?? []).flatMap((c) => (c ? [c] : [])));
const texts = (sheet: SheetModel): string[] => cellsOf(sheet).map((c) => text(c.value));

function run(session: LocalSession, action: ActionName): string {
  const stat = runAction(session, action);
  expect(stat.ok, `${action}: ${stat.message}`).toBe(true);
  return stat.message;
}

describe.each(WORKBOOKS)('the intervention cycle on $file on $today', ({ path, layout, today }) => {
  const [YEAR, MONTH, DAY] = today.split('-').map(Number) as [number, number, number];
  let workbook: WorkbookModel;
  let session: LocalSession;
  let typedBefore: string[];
  let meetingsExpected: string[];
  let pupilTyped: string;

  beforeAll(async () => {
    await ensureBuilt();
    workbook = await readWorkbook(path);
    const clock = (): Date => new Date(YEAR, MONTH - 1, DAY, 9);
    session = openSession(workbook, { now: clock, today: clock });
    run(session, 'setup');
    run(session, 'reviews');
    // A pupil on a programme now (listed on Reviews due) has a target and a review typed like formulas.
    const due = sheetOf(workbook, 'Reviews due');
    const start = due.cells.findIndex((row) => text(row?.[0]?.value) === 'Staff');
    const [pupil = '', programme = ''] = [1, 3].map((c) => text(due.cells[start + 1]?.[c]?.value));
    pupilTyped = pupil;
    typeRow(inputTab(workbook, 'targets'), {
      Pupil: pupil,
      Programme: programme,
      Target: FORMULA_LIKE[0],
      Baseline: 'None',
      'Target value': 'Some',
    });
    const reviews = inputTab(workbook, 'reviews');
    // The shared examples keep no reviews: the typed pupil is off track at two in a row.
    const typedOffTrack = offTrackTwice(reviews).length === 0;
    // The last review of all, a day before the clock's Monday.
    for (const daysAgo of typedOffTrack ? [15, 1] : [1])
      typeRow(reviews, {
        'Review date': new Date(YEAR, MONTH - 1, DAY - daysAgo, 12),
        Pupil: pupil,
        Programme: programme,
        Status: typedOffTrack ? 'Off track' : 'On track',
        'Next step': FORMULA_LIKE[1],
      });
    meetingsExpected = offTrackTwice(reviews);
    typedBefore = ['passports', 'targets', 'reviews'].map((key) => JSON.stringify(inputTab(workbook, key).cells));
    for (const action of ['groups', ...CYCLE] as const) run(session, action);
    // The typed pupil's report on demand, beside the placements that ended this half-term.
    const passports = inputTab(workbook, 'passports');
    const id = passports.cells.find((row) => text(row?.[1]?.value) === pupilTyped && text(row?.[2]?.value) === programme)?.[0]?.value;
    const asked = session.script.runFromSidebar('apiBuildPupilReports', { pupils: [text(id)] }) as { ok: boolean; error?: string };
    expect(asked.ok, asked.error).toBe(true);
  }, 300_000);

  it('leaves every cell a user typed on Passports, Targets and Reviews, and makes none of them again', () => {
    expect(['passports', 'targets', 'reviews'].map((key) => JSON.stringify(inputTab(workbook, key).cells))).toEqual(typedBefore);
    for (const name of ['Passports', 'Targets', 'Reviews'])
      expect(workbook.sheets.filter((s) => s.name.startsWith(`${name} (`))).toEqual([]);
  });

  it('writes Reviews due, Forum report and Pupil reports with their content', () => {
    const due = texts(sheetOf(workbook, 'Reviews due'));
    expect(due).toContain(pupilTyped);
    const forum = sheetOf(workbook, 'Forum report');
    expect(text(forum.cells[0]?.[0]?.value)).toMatch(/^Vulnerable Learners Forum: /);
    expect(text(forum.cells[1]?.[0]?.value)).toMatch(/^CONFIDENTIAL/);
    expect(texts(forum)).toContain(pupilTyped);
    const reports = sheetOf(workbook, 'Pupil reports');
    expect(text(reports.cells[1]?.[0]?.value)).toMatch(/^Placements that ended in /);
    expect(
      texts(reports).some((t) => t.startsWith('End of programme report: ')) ||
        texts(reports).includes('No report to print. Choose a pupil in the sidebar for a report on demand.'),
    ).toBe(true);
  });

  it('calls a Review Meeting for the pupil off track at the last two reviews, and no other', () => {
    expect(meetingsExpected.length).toBeGreaterThan(0);
    const due = sheetOf(workbook, 'Reviews due');
    const called = due.cells.filter((row) => /^Call a Review Meeting/.test(text(row?.[8]?.value))).map((row) => text(row?.[1]?.value));
    expect(called.sort()).toEqual([...meetingsExpected].sort());
  });

  it('warns on Group check about each placement without a target that is still running', () => {
    const expected = plantedFacts(workbook, layout)
      .findings.filter((f) => f.rule === 'no-target' && (f.until === undefined || f.until === '' || f.until >= today))
      .map((f) => `${f.group}|${f.pupils.join(', ')}`);
    expect(expected.length).toBeGreaterThan(0);
    const warned = sheetOf(workbook, 'Group check')
      .cells.filter((row) => text(row?.[2]?.value) === 'no-target')
      .map((row) => `${text(row?.[0]?.value)}|${text(row?.[4]?.value)}`);
    expect(warned.sort()).toEqual(expected.sort());
  });

  it('writes what people typed like a formula as text on every cycle tab', () => {
    for (const name of ['Reviews due', 'Forum report', 'Pupil reports', 'Letters', 'Group check']) {
      expect(
        cellsOf(sheetOf(workbook, name)).filter((c) => c.formula),
        name,
      ).toEqual([]);
    }
    // The target and the last review's next step, on the pupil's report, each a cell of its own.
    const report = texts(sheetOf(workbook, 'Pupil reports'));
    expect(report.some((t) => t.startsWith(FORMULA_LIKE[0]))).toBe(true);
    expect(report).toContain(FORMULA_LIKE[1]);
  });
});
