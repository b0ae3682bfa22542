/**
 * Which way round a tab writes its numeric dates. `12/07/2026` is 12 July day first and 7 December
 * month first; a column is read the way its unambiguous dates (`25/12/2026`) show, then the way the
 * tab's other date columns show, and day first (as in the UK) only when nothing shows, which is
 * reported once per column so someone can check.
 */
import { dateOrderOf, isAmbiguousDate, quoteCell, type DateOrder } from '../coerce';
import type { CellValue } from '../values';
import type { RowReader } from './columns';

/** Each date field's order; a column nothing shows is reported on its first ambiguous row's reader. */
export function dateOrders<F extends string>(rows: readonly RowReader<F>[], fields: readonly F[]): Partial<Record<F, DateOrder>> {
  const present = fields.filter((field) => rows[0]?.has(field));
  const valuesOf = (field: F): CellValue[] => rows.map((row) => row.raw(field));
  const own = new Map(present.map((field) => [field, dateOrderOf(valuesOf(field))] as const));
  const tabWide = dateOrderOf(present.flatMap(valuesOf));
  const orders: Partial<Record<F, DateOrder>> = {};
  for (const field of present) {
    const order = own.get(field) ?? tabWide;
    orders[field] = order ?? 'day-first';
    if (order !== null) continue;
    const ambiguous = rows.filter((row) => isAmbiguousDate(row.raw(field)));
    const first = ambiguous[0];
    if (!first) continue;
    const n = ambiguous.length;
    first.report(
      field,
      `${quoteCell(first.raw(field))} could be read day first or month first, and no date on this tab shows which way round it writes dates, so ${n === 1 ? 'it was' : `this and ${n - 1} more like it were`} read day first (dd/mm/yyyy), as in the UK. Check ${n === 1 ? 'it' : 'them'}, and write the month in words (12 Jul 2026) where that is wrong.`,
    );
  }
  return orders;
}
