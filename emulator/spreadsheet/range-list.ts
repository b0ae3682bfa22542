/**
 * `RangeList`: several ranges of one sheet changed by one call, as `Sheet.getRangeList` returns
 * them. Each method does to every range what the Range method of that name does.
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list
 */
import { CLASS_NAME } from '../counting';
import { asApps } from '../services/apps';
import type { RangeImpl } from './range';

type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

type RangeListKeys =
  | 'getRanges'
  | 'breakApart'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'insertCheckboxes'
  | 'setBackground'
  | 'setBorder'
  | 'setFontColor'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFormula'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'setNumberFormat'
  | 'setValue'
  | 'setVerticalAlignment'
  | 'setWrap';

type ClearOptions = Parameters<RangeImpl['clear']>[0];

export class RangeListImpl implements Pick<RangeList, RangeListKeys> {
  readonly [CLASS_NAME] = 'RangeList';

  constructor(private readonly ranges: readonly RangeImpl[]) {}

  private each(change: (range: RangeImpl) => unknown): RangeList {
    for (const range of this.ranges) change(range);
    return asApps(this);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.ranges.map((range) => asApps<GoogleAppsScript.Spreadsheet.Range>(range));
  }

  breakApart(): RangeList {
    return this.each((range) => range.breakApart());
  }
  clear(options?: ClearOptions): RangeList {
    return this.each((range) => range.clear(options));
  }
  clearContent(): RangeList {
    return this.each((range) => range.clearContent());
  }
  clearDataValidations(): RangeList {
    return this.each((range) => range.clearDataValidations());
  }
  clearFormat(): RangeList {
    return this.each((range) => range.clearFormat());
  }
  clearNote(): RangeList {
    return this.each((range) => range.clearNote());
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): RangeList {
    return this.each((range) => range.insertCheckboxes(checkedValue, uncheckedValue));
  }
  setBackground(color: string | null): RangeList {
    return this.each((range) => range.setBackground(color));
  }
  /**
   * The outer sides as Range.setBorder takes them; the model keeps one solid border per cell, so
   * the inner (vertical, horizontal) lines, colour and style are not kept.
   */
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null): RangeList {
    return this.each((range) => range.setBorder(top, left, bottom, right));
  }
  setFontColor(color: string | null): RangeList {
    return this.each((range) => range.setFontColor(color));
  }
  setFontSize(size: number): RangeList {
    return this.each((range) => range.setFontSize(size));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): RangeList {
    return this.each((range) => range.setFontStyle(fontStyle));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): RangeList {
    return this.each((range) => range.setFontWeight(fontWeight));
  }
  setFormula(formula: string): RangeList {
    return this.each((range) => range.setFormula(formula));
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeList {
    return this.each((range) => range.setHorizontalAlignment(alignment));
  }
  setNote(note: string | null): RangeList {
    return this.each((range) => range.setNote(note));
  }
  setNumberFormat(numberFormat: string): RangeList {
    return this.each((range) => range.setNumberFormat(numberFormat));
  }
  setValue(value: unknown): RangeList {
    return this.each((range) => range.setValue(value));
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): RangeList {
    return this.each((range) => range.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): RangeList {
    return this.each((range) => range.setWrap(isWrapEnabled));
  }
}
