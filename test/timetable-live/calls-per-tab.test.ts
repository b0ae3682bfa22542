/**
 * Service calls per generated tab do not grow with the school: every call the built script makes
 * while generating timetables is put down to the sheet it acts on (a Sheet or Range call, or a
 * Spreadsheet call that takes or returns a sheet), and the rest to the workbook. A Schedule of
 * 20,000 rows, a staff timetable or a "Where pupils are" tab must each cost the same calls at 200
 * and 1,500 pupils, and the workbook's own calls must be fixed or one set per tab.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RangeImpl } from '../../emulator/spreadsheet/range';
import { SheetImpl } from '../../emulator/spreadsheet/sheet';
import { SpreadsheetImpl } from '../../emulator/spreadsheet/spreadsheet';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { generatedTabNames, openSession, runAction, type LocalSession } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';

type Method = (...args: unknown[]) => unknown;

interface Attribution {
  readonly perSheet: Map<number, number>;
  readonly workbook: Map<string, number>;
}

/** Counts each script call against the sheet it touched while `run` runs. */
function attribute(session: LocalSession, run: () => void): Attribution {
  const { counter } = session.emulator;
  const perSheet = new Map<number, number>();
  const workbook = new Map<string, number>();
  const bump = <K>(map: Map<K, number>, key: K): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  // The counting proxy records a call just before it reaches the emulator object: the next patched
  // method to start is that call; methods the emulator calls inside it find nothing pending.
  let pending: string | null = null;
  const flush = (): void => {
    if (pending !== null) bump(workbook, pending);
    pending = null;
  };
  const record = counter.record.bind(counter);
  counter.record = (name: string) => {
    flush();
    record(name);
    pending = name;
  };
  const restore: (() => void)[] = [];
  for (const cls of [SheetImpl, RangeImpl, SpreadsheetImpl] as const) {
    const proto = cls.prototype as unknown as Record<string, Method>;
    for (const key of Object.getOwnPropertyNames(proto)) {
      const original = Object.getOwnPropertyDescriptor(proto, key)?.value as unknown;
      if (key === 'constructor' || typeof original !== 'function') continue;
      proto[key] = function (this: object, ...args: unknown[]) {
        const name = pending;
        pending = null;
        const result = (original as Method).apply(this, args);
        if (name !== null) {
          const sheet =
            this instanceof SheetImpl || this instanceof RangeImpl
              ? this
              : result instanceof SheetImpl
                ? result
                : args[0] instanceof SheetImpl
                  ? args[0]
                  : null;
          if (sheet) bump(perSheet, sheet.sheetId);
          else bump(workbook, name);
        }
        return result;
      };
      restore.push(() => {
        proto[key] = original as Method;
      });
    }
  }
  try {
    run();
  } finally {
    flush();
    for (const undo of restore) undo();
    counter.record = record;
  }
  return { perSheet, workbook };
}

function kindOf(name: string): string {
  if (name.startsWith('Timetable ')) return 'staff timetable';
  if (name.startsWith('Where pupils are')) return 'where pupils are';
  return name;
}

function measure(pupils: number) {
  const session = openSession(tidyWorkbook(generateSchool({ pupils, seed: 11 })), { now: () => new Date(2026, 10, 23, 9) });
  expect(runAction(session, 'setup').ok).toBe(true);
  let total = 0;
  const calls = attribute(session, () => {
    const stat = runAction(session, 'timetable');
    expect(stat.ok).toBe(true);
    total = stat.totalCalls;
  });
  const tabs = generatedTabNames(session.workbook);
  const byKind = new Map<string, Set<number>>();
  const tabsOfKind = new Map<string, number>();
  for (const sheet of session.workbook.sheets) {
    if (!tabs.includes(sheet.name)) continue;
    const kind = kindOf(sheet.name);
    byKind.set(kind, (byKind.get(kind) ?? new Set()).add(calls.perSheet.get(sheet.id) ?? 0));
    tabsOfKind.set(kind, (tabsOfKind.get(kind) ?? 0) + 1);
  }
  const scheduleRows = session.workbook.sheets.find((s) => s.name === 'Schedule')?.cells.length ?? 0;
  const attributed = [...calls.perSheet.values()].reduce((a, b) => a + b, 0) + [...calls.workbook.values()].reduce((a, b) => a + b, 0);
  return { total, attributed, tabs: tabs.length, byKind, tabsOfKind, workbook: calls.workbook, scheduleRows };
}

describe('service calls per generated tab', () => {
  beforeAll(ensureBuilt);

  it('are the same for 200 and 1,500 pupils, for every kind of tab', () => {
    const small = measure(200);
    const large = measure(1500);
    // The attribution accounts for every call the counter saw.
    expect(small.attributed).toBe(small.total);
    expect(large.attributed).toBe(large.total);
    // The larger school really is larger: more rows and more tabs.
    expect(large.scheduleRows).toBeGreaterThan(5 * small.scheduleRows);
    expect(large.tabs).toBeGreaterThan(2 * small.tabs);

    const perTab = (run: typeof small): Record<string, number[]> =>
      Object.fromEntries([...run.byKind].map(([kind, counts]) => [kind, [...counts]]));
    // Every tab of a kind costs one number of calls, and that number is the same at both sizes.
    for (const counts of Object.values(perTab(small))) expect(counts).toHaveLength(1);
    expect(perTab(large)).toEqual(perTab(small));
    expect(Object.keys(perTab(small)).sort()).toEqual(['Problems', 'Schedule', 'staff timetable', 'where pupils are']);

    // Workbook-level calls: each is a whole number of calls per tab written (often none) plus a
    // small fixed part, the same at both sizes.
    const names = [...new Set([...small.workbook.keys(), ...large.workbook.keys()])].sort();
    const slopes = new Map<string, number>();
    for (const name of names) {
      const a = small.workbook.get(name) ?? 0;
      const b = large.workbook.get(name) ?? 0;
      const slope = (b - a) / (large.tabs - small.tabs);
      const fixedPart = a - slope * small.tabs;
      expect({ name, wholePerTab: Number.isInteger(slope), smallFixedPart: Math.abs(fixedPart) <= 2 }).toEqual({
        name,
        wholePerTab: true,
        smallFixedPart: true,
      });
      slopes.set(name, slope);
    }
    // So the whole run is a fixed part plus the same cost per tab of each kind.
    const fixed = (run: typeof small): number => {
      const tabsCost = [...run.byKind].reduce((sum, [kind, counts]) => sum + ([...counts][0] ?? 0) * (run.tabsOfKind.get(kind) ?? 0), 0);
      const workbookPerTab = [...slopes.values()].reduce((sum, slope) => sum + slope * run.tabs, 0);
      return run.total - tabsCost - workbookPerTab;
    };
    expect(fixed(large)).toBe(fixed(small));
    expect(fixed(small)).toBeLessThan(100);
    console.log(
      `calls per tab: ${JSON.stringify(perTab(small))}; workbook per tab: ${[...slopes.values()].reduce((a, b) => a + b, 0)}; fixed ${fixed(small)}; totals ${small.total}/${small.tabs} tabs and ${large.total}/${large.tabs} tabs`,
    );
  }, 120_000);
});
