/**
 * Named ranges, kept in the workbook by sheet name.
 * https://developers.google.com/apps-script/reference/spreadsheet/named-range
 */
import { CLASS_NAME } from '../counting';
import type { NamedRangeModel } from '../model';
import { asApps } from '../services/apps';
import { findSheet, findSheetByName, type SpreadsheetContext } from './context';
import { exception, invalidArgument } from './errors';
import { RangeImpl } from './range';

type Range = GoogleAppsScript.Spreadsheet.Range;
type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

/** Letters, digits, `_` and `.`, not starting with a digit, and not a cell reference like `A1`. */
function checkName(name: unknown): string {
  if (
    typeof name !== 'string' ||
    !/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^(true|false)$/i.test(name)
  ) {
    throw exception(
      'Named ranges must start with a letter or underscore and contain only letters, numbers and underscores, and must not look like a cell reference.',
    );
  }
  return name;
}

function modelOf(ctx: SpreadsheetContext, range: Range): Omit<NamedRangeModel, 'name'> {
  if (!(range instanceof RangeImpl)) throw invalidArgument('range');
  const sheet = findSheet(ctx, range.sheetId);
  if (!sheet) throw invalidArgument('range');
  return { sheet: sheet.name, range: { ...range.grid } };
}

/** Adds a named range, or moves an existing one of the same name. */
export function setNamedRange(ctx: SpreadsheetContext, name: string, range: Range): void {
  const checked = checkName(name);
  const entry = { name: checked, ...modelOf(ctx, range) };
  const { workbook } = ctx.host;
  const index = workbook.namedRanges.findIndex((named) => named.name === checked);
  if (index >= 0) workbook.namedRanges[index] = entry;
  else workbook.namedRanges.push(entry);
}

export class NamedRangeImpl implements Pick<NamedRange, 'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'> {
  readonly [CLASS_NAME] = 'NamedRange';

  constructor(
    private readonly ctx: SpreadsheetContext,
    private name: string,
  ) {}

  private model(): NamedRangeModel {
    const named = this.ctx.host.workbook.namedRanges.find((entry) => entry.name === this.name);
    if (!named) throw exception('Named range not found.');
    return named;
  }

  getName(): string {
    return this.model().name;
  }
  getRange(): Range {
    const named = this.model();
    const sheet = findSheetByName(this.ctx, named.sheet);
    if (!sheet) throw exception('Range not found');
    return asApps(new RangeImpl(this.ctx, sheet.id, { ...named.range }));
  }
  remove(): void {
    const named = this.model();
    const { workbook } = this.ctx.host;
    workbook.namedRanges = workbook.namedRanges.filter((entry) => entry !== named);
  }
  setName(name: string): NamedRange {
    const checked = checkName(name);
    if (checked !== this.name && this.ctx.host.workbook.namedRanges.some((entry) => entry.name === checked)) {
      throw exception(`A named range with the name "${checked}" already exists.`);
    }
    this.model().name = checked;
    this.name = checked;
    return asApps(this);
  }
  setRange(range: Range): NamedRange {
    Object.assign(this.model(), modelOf(this.ctx, range));
    return asApps(this);
  }
}
