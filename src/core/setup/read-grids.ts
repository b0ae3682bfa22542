/**
 * The two timetable-shaped tabs: the lesson timetable (a subject per day and lesson, for a year
 * group, a form or a pupil) and staff availability (blank = free; any text = busy, and why).
 */
import { readText, readYear } from '../coerce';
import type { KeepApartPair, LessonSlot, LessonTimetable, StaffAvailability, TimetableKey } from '../domain';
import type { KeepApartField, KeepApartMapping, SlotGridMapping } from '../mapping/schema';
import { problem, type Problem } from '../problems';
import type { TabSnapshot } from '../snapshot';
import { cellText } from '../text';
import { columnOf, isDataRow, mapTab, readRows } from './columns';
import type { SkippedRow } from './layout-rows';

interface GridRow {
  readonly key: string;
  readonly cells: readonly (string | null)[];
  readonly row: number;
}

function readGrid(tab: TabSnapshot, mapping: SlotGridMapping): { slots: LessonSlot[]; rows: GridRow[] } {
  const headers = (tab.values[mapping.headerRow - 1] ?? []).map(cellText);
  const keyColumn = columnOf(headers, mapping.keyColumn);
  const columns = mapping.slots.map((slot) => columnOf(headers, slot.header));
  const slots = mapping.slots.map(({ cycleWeek, day, lesson }) => ({ cycleWeek, day: day as LessonSlot['day'], lesson }));
  const rows: GridRow[] = [];
  tab.values.forEach((cells, index) => {
    if (index < mapping.headerRow || !isDataRow(cells)) return;
    const key = cellText(cells[keyColumn]);
    if (key === '') return;
    rows.push({ key, cells: columns.map((column) => (column < 0 ? null : readText(cells[column] ?? ''))), row: index + 1 });
  });
  return { slots, rows };
}

/** `Year 7`, `Y7`, `7` → a year group; `8C` → a form; anything else names a pupil. */
export function timetableKey(text: string): TimetableKey {
  const year = readYear(text);
  if (typeof year === 'number') return { kind: 'year', year };
  if (/^\d{1,2}\s*[a-z0-9/-]{1,4}$/i.test(text.trim())) return { kind: 'form', form: text.trim().toUpperCase() };
  return { kind: 'pupil', pupil: text.trim() };
}

export function readLessonTimetable(tab: TabSnapshot, mapping: SlotGridMapping): LessonTimetable {
  const { slots, rows } = readGrid(tab, mapping);
  return { slots, rows: rows.map((row) => ({ key: timetableKey(row.key), subjects: row.cells, source: { tab: tab.name, row: row.row } })) };
}

export function readStaffAvailability(tab: TabSnapshot, mapping: SlotGridMapping): StaffAvailability {
  const { slots, rows } = readGrid(tab, mapping);
  return { slots, staff: rows.map((row) => ({ name: row.key, busy: row.cells, source: { tab: tab.name, row: row.row } })) };
}

export function readKeepApart(
  tab: TabSnapshot,
  mapping: KeepApartMapping,
): { pairs: KeepApartPair[]; problems: Problem[]; skipped: SkippedRow[] } {
  const { rows, skipped } = readRows(mapTab<KeepApartField>(tab, mapping.headerRow, mapping.fields));
  const pairs: KeepApartPair[] = [];
  const problems: Problem[] = [];
  for (const reader of rows) {
    const a = reader.text('pupilA');
    const b = reader.text('pupilB');
    const reason = reader.text('reason');
    problems.push(...reader.problems);
    if (a && b) pairs.push({ a, b, reason, source: { tab: tab.name, row: reader.row } });
    else problems.push(problem('setup', tab.name, reader.row, '', 'A keep-apart row needs two pupils; this one was left out.'));
  }
  return { pairs, problems, skipped };
}
