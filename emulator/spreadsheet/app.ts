/**
 * `SpreadsheetApp`: the entry point. The emulator has one spreadsheet, the host workbook, which is
 * the active one.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */
import { CLASS_NAME } from '../counting';
import { asApps, notEmulated } from '../services/apps';
import { ConditionalFormatRuleBuilderImpl } from './conditional-format';
import type { SpreadsheetContext } from './context';
import { DataValidationBuilderImpl } from './data-validation';
import {
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  WrapStrategy,
} from './enums';
import { exception } from './errors';
import { SpreadsheetImpl } from './spreadsheet';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

type AppKeys =
  | 'BorderStyle'
  | 'DataValidationCriteria'
  | 'DeveloperMetadataLocationType'
  | 'DeveloperMetadataVisibility'
  | 'Dimension'
  | 'ProtectionType'
  | 'WrapStrategy'
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'getActiveSheet'
  | 'openById'
  | 'create'
  | 'getUi'
  | 'flush'
  | 'newDataValidation'
  | 'newConditionalFormatRule';

export class SpreadsheetAppImpl implements Pick<App, AppKeys> {
  readonly [CLASS_NAME] = 'SpreadsheetApp';
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly Dimension = Dimension;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;

  constructor(private readonly ctx: SpreadsheetContext) {}

  getActiveSpreadsheet(): Spreadsheet {
    return asApps(new SpreadsheetImpl(this.ctx));
  }
  getActive(): Spreadsheet {
    return asApps(new SpreadsheetImpl(this.ctx));
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return new SpreadsheetImpl(this.ctx).getActiveSheet();
  }
  /** Only the host workbook can be opened: the add-in is bound to the current document. */
  openById(id: string): Spreadsheet {
    if (id !== this.ctx.host.workbook.id)
      throw exception('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return this.getActiveSpreadsheet();
  }
  create(): Spreadsheet {
    return notEmulated('SpreadsheetApp.create');
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return this.ctx.ui as GoogleAppsScript.Base.Ui;
  }
  /** Every change is applied at once in the emulator, so there is nothing to flush. */
  flush(): void {}
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asApps(new DataValidationBuilderImpl(this.ctx));
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return asApps(new ConditionalFormatRuleBuilderImpl(this.ctx));
  }
}
