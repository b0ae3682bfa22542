/** Tabs as setup reads them, and setup run on them: detection, then reading, with a fixed today. */
import { expect } from 'vitest';
import { defaultSettings } from '../../../src/core/settings';
import { detectMapping, readSchool, summarise } from '../../../src/core/setup';
import type { DetectOptions } from '../../../src/core/setup/detect';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue, IsoDate } from '../../../src/core/values';

/** A user tab; rows are padded to the widest, as `getValues()` returns them. */
export function tab(name: string, values: CellValue[][]): TabSnapshot {
  const width = Math.max(1, ...values.map((row) => row.length));
  return { name, values: values.map((row) => [...row, ...Array<CellValue>(width - row.length).fill('')]), generatedKey: null };
}

export const TODAY = '2026-11-25' as IsoDate;

export function setUp(tabs: TabSnapshot[], options: DetectOptions = { today: TODAY }) {
  const snapshot = { tabs };
  const mapping = detectMapping(snapshot, options);
  const read = readSchool(snapshot, mapping, defaultSettings(), options.today ?? null);
  return { mapping, ...read, summary: summarise(mapping, read.data, read) };
}

/** Exactly one problem, in `column`, for the reason `reason` says. */
export function expectOnly(problems: readonly { column: string; reason: string }[], column: string, reason: RegExp): void {
  expect(problems.map((p) => p.column)).toEqual([column]);
  expect(problems[0]?.reason).toMatch(reason);
}

/** The reasons on Problems for one sheet row. */
export function reasonsAt(problems: readonly { tab: string; row: number; column: string; reason: string }[], tabName: string, row: number) {
  return problems.filter((p) => p.tab === tabName && p.row === row);
}
