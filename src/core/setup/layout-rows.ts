/**
 * Rows that are part of a tab's layout, not its data: totals and counts under the table, labels
 * (`Key:`, `Number of pupils:`), notes and legends typed in one cell, and the header row repeated
 * further down (after a paste, or to print each page with its header). None of them is a pupil.
 */
import { cellText, normaliseText } from '../text';
import { isBlank, type CellValue } from '../values';

export type LayoutKind = 'repeated header' | 'total' | 'label' | 'note';

/** A row passed over as layout, so setup's result can say which rows it did not read and why. */
export interface SkippedRow {
  readonly tab: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly kind: LayoutKind;
}

const TOTAL = /^(grand\s+totals?|sub-?\s?totals?|totals?|averages?|mean|sum|count|number of|no\.? of|how many)\b/i;
/** `Key:`, `Notes -`, `N.B.`: a label introducing what follows, never a name. */
const LABEL = /^(key|notes?|n\.?\s?b\.?|please note|legend)\s*([:\-–]|$)/i;
/** A legend or remark in one cell: `✓ = consent received`, `Red - needs attention`, `* left in March`. */
const REMARK = /\s[=–-]\s|^[*(]|\s=|=\s/;
/** A sentence, not a name: names have at most four or five words. */
const SENTENCE_WORDS = 6;

/** Why a row is layout rather than data, or null when it may hold data. Blank rows are neither. */
export function layoutKind(cells: readonly CellValue[]): LayoutKind | null {
  const filled = cells.filter((cell) => !isBlank(cell)).map(cellText);
  const first = filled[0];
  if (first === undefined) return null;
  if (TOTAL.test(first)) return 'total';
  if (LABEL.test(first) || first.endsWith(':')) return 'label';
  if (filled.length === 1 && (REMARK.test(first) || first.split(/\s+/).length >= SENTENCE_WORDS)) return 'note';
  return null;
}

/**
 * The header row typed again under the data: at least two of the columns read hold their own
 * header (one alone could be a coincidence, a pupil in a group called `Group`).
 */
export function isRepeatedHeader(cells: readonly CellValue[], headers: readonly HeaderCell[]): boolean {
  let same = 0;
  for (const { column, text, key } of headers) {
    const cell = cells[column];
    // Only text of about the header's length and with its first letter can be it: most cells are
    // passed over without normalising, which would cost more than the rest of reading the row.
    if (typeof cell !== 'string') continue;
    const trimmed = cell.trim();
    if (Math.abs(trimmed.length - text.length) > SPACING_SLACK || trimmed.charAt(0).toLowerCase() !== text.charAt(0).toLowerCase())
      continue;
    if (normaliseText(cell) === key && (same += 1) >= 2) return true;
  }
  return false;
}

/** Spaces and quotes normalising may remove from a cell that is still its header. */
const SPACING_SLACK = 4;

/** A mapped column's header, read once per tab for `isRepeatedHeader`. */
export interface HeaderCell {
  readonly column: number;
  readonly text: string;
  readonly key: string;
}

export function headerCellsOf(headers: readonly string[], columns: readonly number[]): HeaderCell[] {
  return columns
    .map((column) => ({ column, text: (headers[column] ?? '').trim(), key: normaliseText(headers[column] ?? '') }))
    .filter((header) => header.key !== '');
}
