/**
 * Day-and-lesson column headers of timetable-shaped tabs: `Mon 1`, `Monday P1`, `Tue L3`,
 * `Wed Period 2`, and for two-week timetables `A Mon 1`, `Week B Tue 2` or `Mon 1 (A)`.
 */
import type { SlotColumn } from '../mapping/schema';
import { normaliseText } from '../text';

const DAYS: Record<string, 1 | 2 | 3 | 4 | 5> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5 };

const SLOT =
  /^(?:(?:wk|week)?\s*([ab])\s*[-:]?\s+)?(mon|tues?|wed|thu(?:rs?)?|fri)[a-z]*\.?\s*(?:p|l|lesson|period)?\s*(\d{1,2})(?:\s*\(?\s*(?:wk|week)?\s*([ab])\s*\)?)?$/;

export function parseSlotHeader(header: string): SlotColumn | null {
  const text = normaliseText(header);
  const match = SLOT.exec(text);
  if (!match) return null;
  const day = DAYS[match[2]!.slice(0, 3)];
  const lesson = Number(match[3]);
  const week = (match[1] ?? match[4])?.toUpperCase() as 'A' | 'B' | undefined;
  if (!day || lesson < 1 || lesson > 12) return null;
  return { header: header.trim(), cycleWeek: week ?? null, day, lesson };
}

/** Every slot column of a header row, in column order. */
export function slotColumns(headers: readonly string[]): SlotColumn[] {
  return headers.flatMap((header) => {
    const slot = parseSlotHeader(header);
    return slot ? [slot] : [];
  });
}
