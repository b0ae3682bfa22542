/**
 * The school's term dates, when the sheet keeps them on a tab: found by its headers (a label, a
 * start date and an end date) on a tab named for term dates or holding terms and holidays, and read
 * in the layouts schools keep: a row per half-term (`Autumn 1 | 03/09/2026 | 23/10/2026`), a row per
 * term with its half-term inside (`Autumn | start | half term starts | half term ends | end`), a row
 * per holiday or closure (`October half term`, `INSET day` with one date), or a mix.
 */
import { readDate, readText } from '../coerce';
import type { DayRange, TermDates } from '../domain';
import type { TermDateField, TermDatesMapping } from '../mapping/schema';
import type { Problem } from '../problems';
import type { TabSnapshot } from '../snapshot';
import { cellText } from '../text';
import { dataRows, mapTab, type RowReader } from './columns';
import { best } from './detect';
import { TERM_DATE_PATTERNS } from './header-patterns';

const TERM_TAB = /\b(term|terms|calendar|holidays?|dates)\b/i;
const TERM_WORDS = /\b(term|autumn|spring|summer|holiday|half[- ]?term|inset|christmas|easter|michaelmas|lent|trinity)\b/i;
/** A row that says the school is closed (rather than open) for its dates. */
const CLOSED = /\b(holiday|break|closed|closure|inset|training|bank)\b/i;
/** `October half term` is a holiday; `Autumn half term 1` names the first half of a term. */
const HALF_TERM_HOLIDAY = /\bhalf[- ]?term\b(?!\s*(1|2|one|two)\b)/i;

/** The term-dates tab among `tabs`, or null. */
export function termDatesMapping(tabs: readonly TabSnapshot[]): TermDatesMapping | null {
  const named = tabs.filter((tab) => TERM_TAB.test(tab.name) || tab.values.slice(0, 40).some((row) => TERM_WORDS.test(cellText(row[0]))));
  const found = best(named, TERM_DATE_PATTERNS, (fields) => fields.start !== undefined && fields.end !== undefined);
  if (!found) return null;
  const mapping = { tab: found.tab.name, headerRow: found.headerRow, fields: found.fields };
  // A tab whose rows give no dates at all is not a term-dates tab, whatever its headers.
  const { dates } = readTermDates(found.tab, mapping);
  return dates.terms.length + dates.closures.length > 0 ? mapping : null;
}

export function readTermDates(tab: TabSnapshot, mapping: TermDatesMapping): { dates: TermDates; problems: Problem[] } {
  const terms: DayRange[] = [];
  const closures: DayRange[] = [];
  const problems: Problem[] = [];
  for (const reader of dataRows(mapTab<TermDateField>(tab, mapping.headerRow, mapping.fields))) {
    const label = readText(reader.raw('term'));
    const range = rangeOf(reader, 'start', 'end', label);
    const halfTerm = rangeOf(reader, 'breakStart', 'breakEnd', label === null ? 'Half-term' : `${label} half-term`);
    problems.push(...reader.problems);
    if (range === null) continue;
    if (halfTerm !== null) {
      terms.push(range);
      closures.push(halfTerm);
    } else if (label !== null && (CLOSED.test(label) || HALF_TERM_HOLIDAY.test(label))) closures.push(range);
    else terms.push(range);
  }
  return { dates: { tab: tab.name, terms, closures }, problems };
}

/** The row's days from one column to the other (one day when only the first is given); null, reported, when unusable. */
function rangeOf(reader: RowReader<TermDateField>, from: TermDateField, to: TermDateField, label: string | null): DayRange | null {
  const start = reader.read(from, readDate);
  const end = reader.read(to, readDate) ?? start;
  if (start === null || end === null) return null;
  if (end < start) {
    reader.report(to, 'This end date is before the start date, so the row was left out. Correct the dates, then generate again.');
    return null;
  }
  return { start, end, label, source: { tab: reader.tabName, row: reader.row } };
}
