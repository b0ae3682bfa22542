/**
 * Sessions delivered, dosage and cost on the built script: staff tick the Schedule through the
 * emulator as they would in Sheets; `Costs` per programme equals the sum written out here from the
 * generated school's own numbers (its staff's hourly costs and roles, its groups' resource costs);
 * `Impact` shows the dosage and the cost per pupil improved beside each programme and reports apart
 * a pupil who attended too few sessions; the sidebar lists last week's sessions to register; and
 * the costs action's calls are the same at two school sizes, its tab trimmed to its content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellModel, SheetModel } from '../../emulator/model';
import { COSTS_HEADERS } from '../../src/core/costs';
import { IMPACT_HEADERS } from '../../src/core/impact';
import { SCHEDULE_HEADERS } from '../../src/core/timetable';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool, type ExampleSchool } from '../../tools/example/school';
import { openSession, runAction, type ActionName, type LocalSession } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import { sheetOf, text } from '../support/example-facts';

type Value = CellModel['value'];
type Row = (CellModel | null | undefined)[];

/** Monday 23 November 2026, 9 am: the school year so far is 1 September to today, the half-term Autumn 2 from 26 October. */
const NOW = () => new Date(2026, 10, 23, 9);
const TODAY = '2026-11-23';
const YEAR_FROM = '2026-09-01';
const HALF_TERM_FROM = '2026-10-26';
const MINUTES = 50;
/** Settings' rates by role (teacher £40, TA £15, mentor £20, external £50), for the generator's role titles. */
const RATE_BY_ROLE: Readonly<Record<string, number>> = {
  'Learning Mentor': 20,
  'Pastoral Lead': 20,
  HLTA: 15,
  SENDCo: 40,
  'Youth Worker': 20,
  'Teaching Assistant': 15,
  'Attendance Officer': 20,
  'School Counsellor': 50,
};

const col = (name: (typeof SCHEDULE_HEADERS)[number]): number => SCHEDULE_HEADERS.indexOf(name);
const iso = (value: Value | undefined): string => {
  if (!(value instanceof Date)) return '';
  return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
};
const cell = (row: Row | undefined, name: (typeof SCHEDULE_HEADERS)[number]): string => text(row?.[col(name)]?.value);
const sessionOf = (row: Row | undefined): string =>
  [iso(row?.[col('Week commencing')]?.value), cell(row, 'Day'), cell(row, 'Lesson'), cell(row, 'Session')].join('|');

function set(row: Row, name: (typeof SCHEDULE_HEADERS)[number], value: Value): void {
  row[col(name)] = { ...(row[col(name)] ?? {}), value };
}

function open(school: ExampleSchool): LocalSession {
  const session = openSession(tidyWorkbook(school), { now: NOW, today: NOW });
  for (const action of ['setup', 'timetable'] as const) run(session, action);
  return session;
}

function run(session: LocalSession, action: ActionName): ReturnType<typeof runAction> {
  const stat = runAction(session, action);
  expect(stat.ok, stat.message).toBe(true);
  return stat;
}

const scheduleRows = (session: LocalSession): Row[] => sheetOf(session.workbook, 'Schedule').cells.slice(1);
const pastRows = (session: LocalSession): Row[] =>
  scheduleRows(session).filter((row) => {
    const date = iso(row?.[col('Date')]?.value);
    return date !== '' && date < TODAY && cell(row, 'Pupil ID') !== '';
  });

/** The rows of a tab under the header row that starts with `first`, up to the next blank row. */
function table(sheet: SheetModel, header: readonly string[]): string[][] {
  const values = Array.from(sheet.cells, (row) =>
    Array.from(row ?? [], (c) => (typeof c?.value === 'number' ? String(c.value) : text(c?.value))),
  );
  const start = values.findIndex((row) => header.every((h, i) => row[i] === h));
  expect(start, `a table headed ${header.slice(0, 3).join(', ')}`).toBeGreaterThanOrEqual(0);
  const end = values.findIndex((row, i) => i > start && row.every((v) => v === ''));
  return values.slice(start + 1, end < 0 ? undefined : end);
}

describe('sessions, dosage and costs through the built script', () => {
  beforeAll(ensureBuilt);

  it('keeps the ticks of a session moved by hand, on the lesson it happened in, when timetables are generated again', () => {
    const session = open(generateSchool({ pupils: 200, seed: 5 }));
    const first = pastRows(session).find((row) => !cell(row, 'Session').startsWith('1-1'));
    const moved = scheduleRows(session).filter((row) => sessionOf(row) === sessionOf(first));
    expect(moved.length).toBeGreaterThan(1);
    // Staff ran it in lesson 6 instead, and registered it there.
    const lesson = Number(cell(first, 'Lesson')) === 6 ? 5 : 6;
    moved.forEach((row, i) => {
      set(row, 'Lesson', lesson);
      set(row, 'Delivered', true);
      set(row, 'Attended', i > 0);
    });
    const identity = (row: Row | undefined): string => `${sessionOf(row)}|${cell(row, 'Pupil ID')}`;
    const ticked = new Map(moved.map((row, i) => [identity(row), [true, i > 0]] as const));
    run(session, 'timetable');
    const after = new Map(scheduleRows(session).map((row) => [identity(row), row] as const));
    for (const [key, [delivered, attended]] of ticked) {
      const row = after.get(key);
      expect(row, key).toBeDefined();
      expect([row?.[col('Delivered')]?.value, row?.[col('Attended')]?.value]).toEqual([delivered, attended]);
    }
  });

  it('costs a programme as sessions delivered × minutes × the lead adult’s hourly cost + resources, shows dosage and cost per pupil improved in Impact, and reports a low attender apart', () => {
    const school = generateSchool({ pupils: 200, seed: 5 });
    const session = open(school);
    // The group programme with the most past sessions, every one of them delivered.
    const past = pastRows(session).filter((row) => !cell(row, 'Session').startsWith('1-1'));
    const byProgramme = new Map<string, Row[]>();
    for (const row of past) byProgramme.set(cell(row, 'Programme'), [...(byProgramme.get(cell(row, 'Programme')) ?? []), row]);
    const [programme, rows] = [...byProgramme].sort((a, b) => new Set(b[1].map(sessionOf)).size - new Set(a[1].map(sessionOf)).size)[0] ?? [
      '',
      [],
    ];
    expect(programme).not.toBe('');
    // One pupil of the programme's first session missed all but one of theirs: under half attended.
    const absentee = cell(rows[0], 'Pupil ID');
    const theirs = rows.filter((row) => cell(row, 'Pupil ID') === absentee);
    expect(theirs.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      set(row, 'Delivered', true);
      set(row, 'Attended', cell(row, 'Pupil ID') !== absentee || row === theirs[0]);
    }

    // The sum by hand: each session once, led by the Schedule's member of staff, at the staff tab's
    // hourly cost or, where it gives none, the Settings rate for their role; plus the resources of
    // the programme's groups starting in the period.
    const staffRate = (name: string): number => {
      const member = school.staff.find((s) => s.name === name);
      if (!member) throw new Error(`No member of staff ${name}`);
      return member.hourlyCost ?? (RATE_BY_ROLE[member.role] as number);
    };
    const expected = (from: string) => {
      const sessions = new Map<string, string>();
      for (const row of rows) if (iso(row[col('Date')]?.value) >= from) sessions.set(sessionOf(row), cell(row, 'Staff'));
      const staffCost = [...sessions.values()].reduce((sum, name) => sum + (MINUTES / 60) * staffRate(name), 0);
      const resources = school.groups
        .filter((g) => g.programme === programme && g.start >= from && g.start <= TODAY)
        .reduce((sum, g) => sum + g.resourceCost, 0);
      const pupils = new Set(
        school.placements
          .filter((p) => p.type !== 'referred' && p.programme === programme)
          .filter((p) => (p.start === null || p.start <= TODAY) && (p.end === null || p.end >= from))
          .map((p) => p.pupilId),
      ).size;
      return { sessions: sessions.size, staffCost, resources, total: staffCost + resources, pupils };
    };
    const year = expected(YEAR_FROM);
    expect(year.sessions).toBeGreaterThan(1);
    expect(year.resources).toBeGreaterThan(0);

    run(session, 'costs');
    const costs = sheetOf(session.workbook, 'Costs');
    const lines = table(costs, COSTS_HEADERS);
    const line = (period: string) => lines.find((row) => row[0]?.startsWith(period) && row[1] === programme);
    const at = (row: string[] | undefined, header: (typeof COSTS_HEADERS)[number]): number => Number(row?.[COSTS_HEADERS.indexOf(header)]);
    for (const [period, want] of [
      ['School year 2026-27', year],
      ['Autumn 2 2026', expected(HALF_TERM_FROM)],
    ] as const) {
      const got = line(period);
      expect(got, `${programme} in ${period}`).toBeDefined();
      expect(at(got, 'Sessions delivered')).toBe(want.sessions);
      expect(at(got, 'Staff cost')).toBeCloseTo(want.staffCost, 6);
      expect(at(got, 'Resources')).toBeCloseTo(want.resources, 6);
      expect(at(got, 'Total cost')).toBeCloseTo(want.total, 6);
      expect(at(got, 'Pupils')).toBe(want.pupils);
      expect(at(got, 'Cost per pupil')).toBeCloseTo(want.total / want.pupils, 6);
    }
    // Trimmed to its content.
    expect([costs.maxRows, costs.maxColumns]).toEqual([costs.cells.length, COSTS_HEADERS.length]);

    run(session, 'impact');
    const impact = sheetOf(session.workbook, 'Impact');
    const summary = table(impact, IMPACT_HEADERS);
    const ofImpact = (row: string[] | undefined, header: (typeof IMPACT_HEADERS)[number]): string =>
      row?.[IMPACT_HEADERS.indexOf(header)] ?? '';
    const programmeRows = summary.filter((row) => row[0] === programme && row[1] === 'All groups');
    expect(programmeRows.length).toBeGreaterThan(0);
    // Dosage beside the result: every past session delivered; all attended but the absentee's misses.
    const attended = rows.filter((row) => row[col('Attended')]?.value === true).length;
    for (const row of programmeRows) {
      expect(Number(ofImpact(row, 'Sessions delivered'))).toBe(year.sessions);
      expect(Number(ofImpact(row, 'Sessions attended %'))).toBeCloseTo(attended / rows.length, 6);
    }
    // Cost per pupil improved: the cost so far ÷ the pupils Impact counts as improved.
    const forImpact = programmeRows.filter((row) => ofImpact(row, 'Measure for impact') === 'Yes');
    expect(forImpact.length).toBeGreaterThan(0);
    const allDates = expected('1900-01-01');
    for (const row of forImpact) {
      const improved = Number(ofImpact(row, 'Improved'));
      const shown = ofImpact(row, 'Cost per pupil improved (£)');
      if (improved === 0) expect(shown).toBe('None improved');
      else expect(Number(shown)).toBeCloseTo(allDates.total / improved, 6);
    }
    // A programme nobody registered a session of says so rather than 0 %.
    expect(summary.some((row) => row[0] !== programme && ofImpact(row, 'Sessions delivered') === 'No sessions registered yet')).toBe(true);

    // The absentee is reported apart: counted in a line of their own, listed apart, not in the figures.
    const line1 = '1 pupil attended fewer than half their sessions and is reported apart';
    const cells = Array.from(impact.cells, (row) => text(row?.[0]?.value));
    expect(cells.some((c) => c.startsWith(line1))).toBe(true);
    const name = cell(rows[0], 'Pupil');
    const apartAt = cells.lastIndexOf('Reported apart: attended too few of their sessions');
    const detailAt = cells.findIndex((c) => c.startsWith('Pupil detail: CONFIDENTIAL'));
    expect(apartAt).toBeGreaterThan(detailAt);
    expect(cells.slice(apartAt).includes(name)).toBe(true);
    expect(impact.cells.slice(detailAt, apartAt).some((row) => text(row?.[0]?.value) === name && text(row?.[1]?.value) === programme)).toBe(
      false,
    );
  });

  it('lists last week’s sessions nobody registered as waiting in the sidebar, and no longer once they are', () => {
    const session = open(generateSchool({ pupils: 200, seed: 5 }));
    const lastWeek = scheduleRows(session).filter((row) => iso(row?.[col('Week commencing')]?.value) === '2026-11-16');
    const sessions = new Set(lastWeek.map(sessionOf)).size;
    expect(sessions).toBeGreaterThan(0);
    type State = { ok: boolean; data: { waiting: { kind: string; count: number; sentence: string; place: { tab: string } | null }[] } };
    const waiting = () =>
      (session.script.runFromSidebar('apiGetState') as State).data.waiting.filter((w) => w.kind === 'sessions-to-register');
    const [item] = waiting();
    expect(item?.count).toBe(sessions);
    expect(item?.sentence).toBe(
      `${sessions} sessions to register from last week: tick Delivered and Attended on the Schedule, or choose why it did not happen.`,
    );
    expect(item?.place?.tab).toBe('Schedule');
    // One row of each session registered registers the session: delivered, or a reason it was not.
    const seen = new Set<string>();
    for (const row of lastWeek) {
      if (seen.has(sessionOf(row))) continue;
      seen.add(sessionOf(row));
      if (seen.size % 2 === 0) set(row, 'Not delivered because', 'Staff absent');
      else set(row, 'Delivered', true);
    }
    expect(waiting()).toEqual([]);
  });

  it('costs the same service calls at 200 and 800 pupils', () => {
    const callsOf = (pupils: number) => {
      const session = open(generateSchool({ pupils, seed: 5 }));
      for (const row of pastRows(session)) set(row, 'Delivered', true);
      run(session, 'costs');
      return { calls: run(session, 'costs').calls, rows: pastRows(session).length };
    };
    const small = callsOf(200);
    const large = callsOf(800);
    expect(large.rows).toBeGreaterThan(small.rows * 2);
    expect(large.calls).toEqual(small.calls);
  });
});
