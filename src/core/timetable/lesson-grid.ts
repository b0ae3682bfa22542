/**
 * The Monday–Friday × Lesson grid both printed tabs share, and the tab-name rules.
 */
import type { AreaFormat, PlanCell } from '../plan';
import type { Weekday } from '../domain';
import { DAY_NAMES } from './school-week';

export const GRID_WIDTH = 6;
const MAX_TAB_NAME = 100;

/** Header row then one row per lesson; `cell` gives the text for a day and lesson. */
export function lessonGridRows(lessons: number, cell: (day: Weekday, lesson: number) => string): PlanCell[][] {
  const rows: PlanCell[][] = [['', ...DAY_NAMES]];
  for (let lesson = 1; lesson <= lessons; lesson += 1) {
    rows.push([`Lesson ${lesson}`, ...[1, 2, 3, 4, 5].map((day) => cell(day as Weekday, lesson))]);
  }
  return rows;
}

/** Formats for a grid whose header is on `firstRow`: bold header and lesson names, borders, wrapped cells. */
export function lessonGridFormats(firstRow: number, lessons: number): AreaFormat[] {
  return [
    { area: { row: firstRow, column: 1, rows: 1, columns: GRID_WIDTH }, bold: true, background: '#e8eaed', horizontalAlignment: 'center' },
    { area: { row: firstRow + 1, column: 1, rows: lessons, columns: 1 }, bold: true, verticalAlignment: 'middle' },
    { area: { row: firstRow + 1, column: 2, rows: lessons, columns: GRID_WIDTH - 1 }, wrap: true, verticalAlignment: 'top' },
    { area: { row: firstRow, column: 1, rows: lessons + 1, columns: GRID_WIDTH }, borders: true },
  ];
}

export const GRID_WIDTHS: Readonly<Record<number, number>> = { 1: 110, 2: 200, 3: 200, 4: 200, 5: 200, 6: 200 };

export function padRow(row: readonly PlanCell[], width: number): PlanCell[] {
  return Array.from({ length: width }, (_, i) => row[i] ?? '');
}

/** `prefix + variable + suffix`, the variable part shortened so the name fits Sheets' 100 characters. */
export function fittedTabName(prefix: string, variable: string, suffix: string): string {
  const room = MAX_TAB_NAME - prefix.length - suffix.length;
  const middle = variable.length > room ? `${variable.slice(0, Math.max(0, room - 1))}…` : variable;
  return `${prefix}${middle}${suffix}`;
}
