/**
 * Suggest groups and Accept, through the built script in the emulator: suggestions keep the rules
 * and are deterministic at 20, 200 and 2,000 referrals; accepting writes exactly the cells the user
 * confirmed and nothing else; a changed sheet or a tampered request writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AcceptReport, ActionReport, CellChange, Result, SuggestionView } from '../../src/shared/api';
import { openSession, type LocalSession } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import {
  changedCells,
  GROUPS_TAB,
  PROGRAMMES,
  REGISTER_HEADERS,
  REGISTER_TAB,
  referralSchool,
  tabValues,
  userCells,
  type Referral,
  type ReferralSchool,
} from './support';

const NOW = () => new Date(2026, 10, 23, 9);
const GROUP_COLUMN = REGISTER_HEADERS.indexOf('Group') + 1;
const TYPE_COLUMN = REGISTER_HEADERS.indexOf('Type') + 1;
const MIN = 5;
const MAX = 10;

function call<T>(session: LocalSession, name: string, ...args: unknown[]): Result<T> {
  return session.script.runFromSidebar(name, ...args) as Result<T>;
}

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

function membersOf(view: SuggestionView, school: ReferralSchool): Referral[] {
  const byName = new Map(school.referrals.map((r) => [`${r.forename} ${r.surname}`, r]));
  return view.pupils.map((name) => {
    const referral = byName.get(name);
    if (!referral) throw new Error(`${name} was never referred`);
    return referral;
  });
}

/** The cells accepting should write, worked out from the register as built, not from the add-in. */
function expectedChanges(view: SuggestionView, members: readonly Referral[], groupsRow: number): string[] {
  const register = members.flatMap((m) => [
    `${REGISTER_TAB}!${m.row}:${TYPE_COLUMN} Referred→Group`,
    `${REGISTER_TAB}!${m.row}:${GROUP_COLUMN} →${view.name}`,
  ]);
  const programme = PROGRAMMES.find((p) => p.name === view.programme);
  const groups = [
    `${GROUPS_TAB}!${groupsRow}:1 →${view.name}`,
    `${GROUPS_TAB}!${groupsRow}:2 →${view.programme}`,
    `${GROUPS_TAB}!${groupsRow}:3 →${programme?.outcome ?? '?'}`,
  ];
  return [...groups, ...register].sort();
}

const describeChange = (c: CellChange): string => `${c.tab}!${c.row}:${c.column} ${c.old}→${c.new}`;

describe.each([
  [20, [9, 10] as const, [PROGRAMMES[0]]],
  [200, [7, 11] as const, PROGRAMMES],
  [2000, [7, 11] as const, PROGRAMMES],
])('Suggest groups on %i referrals', (n, years, programmes) => {
  let school: ReferralSchool;
  let session: LocalSession;
  let report: ActionReport;
  let views: readonly SuggestionView[];

  beforeAll(async () => {
    await ensureBuilt();
    school = referralSchool(n, n, { years, programmes });
    session = openSession(school.workbook, { now: NOW });
    report = ok(call<ActionReport>(session, 'apiSuggestGroups'));
    views = report.suggestions ?? [];
  });

  it('suggests groups that keep every rule, each pupil at most once', () => {
    expect(views.length).toBeGreaterThanOrEqual(n === 20 ? 2 : Math.floor(n / (MAX * 2)));
    const apart = new Set(school.apart.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
    const seen = new Set<string>();
    for (const view of views) {
      const members = membersOf(view, school);
      expect(members.length).toBeGreaterThanOrEqual(MIN);
      expect(members.length).toBeLessThanOrEqual(MAX);
      const ys = members.map((m) => m.year);
      expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(1);
      expect(new Set(members.map((m) => m.programme))).toEqual(new Set([view.programme]));
      for (const a of members) for (const b of members) expect(apart.has(`${a.id}|${b.id}`)).toBe(false);
      for (const m of members) {
        expect(seen.has(m.id)).toBe(false);
        seen.add(m.id);
      }
      expect(view.blocked).toBeNull();
    }
  });

  it('lists every referral once on the Suggested groups tab, grouped or not', () => {
    const rows = tabValues(session.workbook, 'Suggested groups').slice(1);
    expect(rows.map((r) => r[2]).sort()).toEqual(school.referrals.map((r) => r.id).sort());
    const grouped = rows.filter((r) => r[0] !== 'Not grouped');
    expect(grouped.length).toBe(views.reduce((sum, v) => sum + v.pupils.length, 0));
  });

  it('is deterministic', () => {
    const tab = tabValues(session.workbook, 'Suggested groups');
    const again = ok(call<ActionReport>(session, 'apiSuggestGroups'));
    expect(again.suggestions).toEqual(views);
    expect(tabValues(session.workbook, 'Suggested groups')).toEqual(tab);
  });

  it('offers exactly the cells accepting will change: the groups tab row and each pupil’s Type and Group', () => {
    for (const view of views.slice(0, 5)) {
      expect(view.changes.map(describeChange).sort()).toEqual(expectedChanges(view, membersOf(view, school), 3));
    }
  });

  it('accepts one: writes exactly the confirmed cells, as text, and nothing else', () => {
    const view = views[0]!;
    const before = userCells(session.workbook);
    session.emulator.counter.reset();
    const accepted = ok(call<AcceptReport>(session, 'apiAcceptSuggestion', { suggestion: view.name, confirmedCells: view.changes }));
    const calls = session.emulator.counter.snapshot();
    expect(accepted.changed).toEqual(view.changes);
    const changed = changedCells(before, userCells(session.workbook));
    const wanted = new Map(view.changes.map((c) => [`${c.tab}!${c.row}:${c.column}`, JSON.stringify([c.new, null])]));
    expect(changed).toEqual(wanted);
    // Batched: at most one write per run of neighbouring cells, however long the register.
    expect(calls['Range.setValues'] ?? 0).toBeLessThanOrEqual(2 * view.pupils.length + 1);
    expect(calls['Range.setValue'] ?? 0).toBe(0);

    // The group now exists: Check groups finds it with these pupils, and Suggest no longer offers them.
    const check = ok(call<ActionReport>(session, 'apiCheckGroups'));
    const mine = (check.findings ?? []).filter((f) => f.group === view.name);
    expect(mine.map((f) => f.rule).filter((r) => !['no-staff', 'gender-balance', 'send-load'].includes(r ?? ''))).toEqual([]);
    const next = ok(call<ActionReport>(session, 'apiSuggestGroups'));
    const offered = new Set((next.suggestions ?? []).flatMap((v) => v.pupils));
    for (const pupil of view.pupils) expect(offered.has(pupil)).toBe(false);
  });

  it('refuses, writing nothing, when a confirmed cell changed in the sheet since', () => {
    const view = (ok(call<ActionReport>(session, 'apiSuggestGroups')).suggestions ?? [])[0];
    if (!view) return;
    const target = view.changes.find((c) => c.tab === REGISTER_TAB)!;
    const register = session.workbook.sheets.find((s) => s.name === REGISTER_TAB)!;
    register.cells[target.row - 1]![target.column - 1] = { value: 'Typed by a colleague' };
    const before = userCells(session.workbook);
    const result = call<AcceptReport>(session, 'apiAcceptSuggestion', { suggestion: view.name, confirmedCells: view.changes });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/changed since .* nothing was written/i);
    expect(userCells(session.workbook)).toEqual(before);
  });

  it('refuses a tampered or malformed request, writing nothing', () => {
    const view = (ok(call<ActionReport>(session, 'apiSuggestGroups')).suggestions ?? [])[0];
    if (!view) return;
    const before = userCells(session.workbook);
    const tampered = view.changes.map((c, i) => (i === 0 ? { ...c, new: '=IMPORTXML("http://evil.example","//a")' } : c));
    expect(call(session, 'apiAcceptSuggestion', { suggestion: view.name, confirmedCells: tampered }).ok).toBe(false);
    expect(call(session, 'apiAcceptSuggestion', { suggestion: view.name, confirmedCells: view.changes.slice(1) }).ok).toBe(false);
    expect(call(session, 'apiAcceptSuggestion', { suggestion: 'No such group', confirmedCells: view.changes }).ok).toBe(false);
    expect(call(session, 'apiAcceptSuggestion', { suggestion: view.name, confirmedCells: [] }).ok).toBe(false);
    expect(call(session, 'apiAcceptSuggestion', { suggestion: view.name, confirmedCells: [{ ...view.changes[0], row: 'two' }] }).ok).toBe(
      false,
    );
    expect(userCells(session.workbook)).toEqual(before);
  });
});

describe('Accept with people’s text that looks like a formula', () => {
  beforeAll(ensureBuilt);

  it('writes the group name as text, never as a formula', () => {
    const programme = { name: '=HYPERLINK("http://evil.example","Anger")', reason: 'Attitudes to others', outcome: '+Fewer incidents' };
    const school = referralSchool(12, 3, { programmes: [programme], years: [9, 9] });
    const session = openSession(school.workbook, { now: NOW });
    const view = ok(call<ActionReport>(session, 'apiSuggestGroups')).suggestions?.[0];
    expect(view?.name.startsWith('=HYPERLINK')).toBe(true);
    const before = userCells(session.workbook);
    ok(call<AcceptReport>(session, 'apiAcceptSuggestion', { suggestion: view!.name, confirmedCells: view!.changes }));
    const changed = changedCells(before, userCells(session.workbook));
    expect(changed.size).toBe(view!.changes.length);
    for (const change of view!.changes)
      expect(changed.get(`${change.tab}!${change.row}:${change.column}`)).toBe(JSON.stringify([change.new, null]));
  });
});

describe('service calls of the groups actions do not grow with the register', () => {
  beforeAll(ensureBuilt);

  function callsOf(endpoint: string, n: number): Record<string, number> {
    const session = openSession(referralSchool(n, 5).workbook, { now: NOW });
    ok(call(session, endpoint));
    session.emulator.counter.reset();
    ok(call(session, endpoint));
    return session.emulator.counter.snapshot();
  }

  it('Check groups costs the same calls for 200 and 2,000 referrals', () => {
    const small = callsOf('apiCheckGroups', 200);
    expect(callsOf('apiCheckGroups', 2000)).toEqual(small);
    expect(small['Range.getValues']).toBeGreaterThan(0);
  });

  it('Suggest groups costs the same calls for 200 and 2,000 referrals, give or take what the data shows', () => {
    const small = callsOf('apiSuggestGroups', 200);
    const large = callsOf('apiSuggestGroups', 2000);
    // Two calls depend on the data, not its length: the amber area appears only when some pupils are
    // left ungrouped, and a tab longer than a new sheet's 1,000 rows needs one row insertion.
    const names = new Set([...Object.keys(small), ...Object.keys(large)]);
    for (const name of names) expect(Math.abs((large[name] ?? 0) - (small[name] ?? 0)), name).toBeLessThanOrEqual(1);
    const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
    expect(Math.abs(total(large) - total(small))).toBeLessThanOrEqual(2);
  });
});

describe('Accept where the cells hold formulas', () => {
  beforeAll(ensureBuilt);

  /** Twelve referrals whose Group cells hold a formula showing nothing, as a register filled down with formulas does. */
  function formulaSchool() {
    const school = referralSchool(12, 3, { programmes: [PROGRAMMES[0]], years: [9, 9] });
    const register = school.workbook.sheets.find((s) => s.name === REGISTER_TAB)!;
    for (const referral of school.referrals)
      register.cells[referral.row - 1]![GROUP_COLUMN - 1] = {
        value: '',
        formula: `=IFERROR(VLOOKUP(A${referral.row},Groups!A:A,1,FALSE),"")`,
      };
    const session = openSession(school.workbook, { now: NOW });
    const view = ok(call<ActionReport>(session, 'apiSuggestGroups')).suggestions?.[0];
    if (!view) throw new Error('no suggestion for twelve referrals');
    return { session, view, formulas: view.changes.filter((c) => c.formula !== null) };
  }

  it('shows each formula the cells hold, beside what they show', () => {
    const { view, formulas } = formulaSchool();
    expect(formulas.map((c) => c.column)).toEqual(view.pupils.map(() => GROUP_COLUMN));
    for (const change of formulas) {
      expect(change.old).toBe('');
      expect(change.formula).toMatch(/^=IFERROR\(VLOOKUP\(A\d+,/);
    }
    // The Type cells hold plain values.
    expect(view.changes.filter((c) => c.column === TYPE_COLUMN).every((c) => c.formula === null)).toBe(true);
  });

  it('refuses, writing nothing, unless every formula cell is ticked to be replaced', () => {
    const { session, view, formulas } = formulaSchool();
    const before = userCells(session.workbook);
    const none = call<AcceptReport>(session, 'apiAcceptSuggestion', { suggestion: view.name, confirmedCells: view.changes });
    expect(none.ok).toBe(false);
    if (!none.ok)
      expect(none.error).toMatch(
        /Row \d+’s Group cell on “Pupils” holds a formula \(=IFERROR\(VLOOKUP.*\), so nothing was written. Tick that cell/,
      );
    const some = formulas.slice(1).map(({ tab, row, column }) => ({ tab, row, column }));
    expect(call(session, 'apiAcceptSuggestion', { suggestion: view.name, confirmedCells: view.changes, formulasToReplace: some }).ok).toBe(
      false,
    );
    expect(userCells(session.workbook)).toEqual(before);
  });

  it('replaces the formulas the user ticked, one by one, and writes every confirmed cell', () => {
    const { session, view, formulas } = formulaSchool();
    const before = userCells(session.workbook);
    const ticked = formulas.map(({ tab, row, column }) => ({ tab, row, column }));
    ok(
      call<AcceptReport>(session, 'apiAcceptSuggestion', {
        suggestion: view.name,
        confirmedCells: view.changes,
        formulasToReplace: ticked,
      }),
    );
    const changed = changedCells(before, userCells(session.workbook));
    expect(changed).toEqual(new Map(view.changes.map((c) => [`${c.tab}!${c.row}:${c.column}`, JSON.stringify([c.new, null])])));
  });

  it('shows a cell of the groups tab’s next row that holds a formula, and refuses it unticked', () => {
    const school = referralSchool(12, 3, { programmes: [PROGRAMMES[0]], years: [9, 9] });
    const groups = school.workbook.sheets.find((s) => s.name === GROUPS_TAB)!;
    groups.cells[2] = [{ value: '', formula: '=IF(B3="","",B3)' }];
    const session = openSession(school.workbook, { now: NOW });
    const view = ok(call<ActionReport>(session, 'apiSuggestGroups')).suggestions?.[0];
    const cell = view?.changes.find((c) => c.tab === GROUPS_TAB && c.column === 1);
    expect(cell).toMatchObject({ row: 3, old: '', formula: '=IF(B3="","",B3)' });
    const before = userCells(session.workbook);
    expect(call(session, 'apiAcceptSuggestion', { suggestion: view!.name, confirmedCells: view!.changes }).ok).toBe(false);
    expect(userCells(session.workbook)).toEqual(before);
  });
});
