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
export function isRepeatedHeader(cells: readonly CellValue[], headers: readonly string[], columns: readonly number[]): boolean {
  const same = columns.filter((column) => {
    const header = normaliseText(headers[column] ?? '');
    return header !== '' && normaliseText(cellText(cells[column])) === header;
  });
  return same.length >= 2;
}
