/**
 * Protected ranges and sheets. The emulator keeps the description and warning-only flag; editors
 * are not modelled (the emulator has one user, who may edit).
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
import { CLASS_NAME } from '../counting';
import type { ProtectionModel } from '../model';
import { asApps, enumValue } from '../services/apps';
import { liveSheet, type SpreadsheetContext } from './context';
import { ProtectionType } from './enums';
import { RangeImpl } from './range';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionKeys =
  'canEdit' | 'getDescription' | 'getProtectionType' | 'getRange' | 'isWarningOnly' | 'remove' | 'setDescription' | 'setWarningOnly';

export class ProtectionImpl implements Pick<Protection, ProtectionKeys> {
  readonly [CLASS_NAME] = 'Protection';

  /** `model` is the entry in the sheet's `protections`, shared so changes land in the model. */
  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly sheetId: number,
    private readonly model: ProtectionModel,
  ) {}

  private self(): Protection {
    return asApps(this);
  }

  canEdit(): boolean {
    return true;
  }
  getDescription(): string {
    return this.model.description;
  }
  setDescription(description: string): Protection {
    this.model.description = String(description);
    return this.self();
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.model.warningOnly = Boolean(warningOnly);
    return this.self();
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return enumValue(ProtectionType, this.model.range ? 'RANGE' : 'SHEET');
  }
  /** A sheet protection covers the whole grid. */
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const sheet = liveSheet(this.ctx, this.sheetId, 'Protection', 'getRange');
    const grid = this.model.range ?? { row: 0, column: 0, rows: sheet.maxRows, columns: sheet.maxColumns };
    return asApps(new RangeImpl(this.ctx, this.sheetId, { ...grid }));
  }
  remove(): void {
    const sheet = liveSheet(this.ctx, this.sheetId, 'Protection', 'remove');
    sheet.protections = sheet.protections.filter((entry) => entry !== this.model);
  }
}
