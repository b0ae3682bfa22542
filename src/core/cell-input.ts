/**
 * Turns a planned cell into what `Range.setValues()` should receive.
 *
 * Sheets parses strings passed to setValues as if a person had typed them: `=…` becomes a formula,
 * `+…`/`-…` may too, and `12`, `85%` or `30/11/2026` stop being text. Text that came from people
 * must arrive exactly as written, so any string Sheets would interpret gets the quote prefix (`'`),
 * which Sheets strips and stores the rest as plain text. Only the add-in's own formulas
 * (`OwnFormula`) are written as formulas.
 */
import { isOwnFormula, type PlanCell } from './plan';
import type { CellValue } from './values';

const STARTS_INTERPRETED = /^[=+\-@'\t\r\n]/;
const NUMBER_LIKE = /^\s*[(£$€]?\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?\s*[)%]?\s*$/i;
const DATE_OR_TIME_LIKE = /^\s*\d{1,4}[/.:-]\d{1,2}([/.:-]\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*(am|pm)?\s*$/i;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

export function needsQuotePrefix(text: string): boolean {
  return STARTS_INTERPRETED.test(text) || NUMBER_LIKE.test(text) || DATE_OR_TIME_LIKE.test(text) || BOOLEAN_LIKE.test(text);
}

export function toSheetInput(cell: PlanCell): CellValue {
  if (isOwnFormula(cell)) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  if (typeof cell === 'string') return needsQuotePrefix(cell) ? `'${cell}` : cell;
  return cell;
}
