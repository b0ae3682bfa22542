/** Reads the `Impact` tab back into its sections by their header rows (as a leader would read it). */
import type { ModelValue, SheetModel } from '../../emulator/model';
import { grid } from '../support/example-facts';

export interface Section {
  readonly headers: string[];
  readonly rows: ModelValue[][];
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
}

/** Sections start at a header row (the first, and the first after each blank row) and end at a blank row. */
export function sections(sheet: SheetModel): Section[] {
  const values = grid(sheet);
  const result: Section[] = [];
  let current: Section | null = null;
  values.forEach((row, index) => {
    const blank = row.every((v) => v === '');
    if (blank) {
      current = null;
      return;
    }
    if (current === null) {
      current = { headers: row.map((v) => String(v)).filter((v) => v !== ''), rows: [], headerRow: index + 1 };
      result.push(current);
    } else current.rows.push(row);
  });
  return result;
}

/**
 * The section whose header row holds `header` (e.g. 'Better when', 'Persistently absent at start',
 * 'Notes'); a table under a one-line banner (the confidential pupil detail) has its header one row down.
 */
export function section(sheet: SheetModel, header: string): Section {
  const found = sections(sheet).find((s) => s.headers.includes(header));
  if (found) return found;
  const bannered = sections(sheet).find((s) => (s.rows[0] ?? []).includes(header));
  if (!bannered) throw new Error(`no section with a ${header} column`);
  const [first = [], ...rows] = bannered.rows;
  return { headers: first.map((v) => String(v)).filter((v) => v !== ''), rows, headerRow: bannered.headerRow + 1 };
}

/** A row as header → value. */
export function record(s: Section, row: readonly ModelValue[]): Record<string, ModelValue> {
  return Object.fromEntries(s.headers.map((h, i) => [h, row[i] ?? '']));
}
