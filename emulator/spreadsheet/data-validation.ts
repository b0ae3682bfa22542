/**
 * Data validation rules: the builder, the built rule, and how a rule is kept on a sheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
import { CLASS_NAME } from '../counting';
import type { DataValidationModel } from '../model';
import { asApps, enumName, enumValue } from '../services/apps';
import type { SpreadsheetContext } from './context';
import { DataValidationCriteria } from './enums';
import { invalidArgument } from './errors';
import { rangeFromA1, rangeReference } from './references';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type CriteriaName = DataValidationModel['criteria'];

/** A rule as a sheet keeps it, without the cells it applies to. */
export type RuleModel = Omit<DataValidationModel, 'range'>;

/** A criteria value as a rule keeps it: text, a number or a boolean. */
export function primitive(value: unknown): string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

function criteriaValuesOut(ctx: SpreadsheetContext, rule: RuleModel): unknown[] {
  if (rule.criteria !== 'VALUE_IN_RANGE')
    return rule.criteria === 'VALUE_IN_LIST' ? [[...rule.values], rule.showDropdown ?? true] : [...rule.values];
  const a1 = String(rule.values[0] ?? '');
  return [rangeFromA1(ctx, a1), rule.showDropdown ?? true];
}

type RuleKeys = 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText';

/** What a built rule and a builder both answer (Apps Script gives the two classes the same getters). */
abstract class RuleReader {
  constructor(protected readonly ctx: SpreadsheetContext) {}

  protected abstract current(): RuleModel;

  copy(): Builder {
    const rule = this.current();
    return asApps(new DataValidationBuilderImpl(this.ctx, { ...rule, values: [...rule.values] }));
  }
  getAllowInvalid(): boolean {
    return this.current().allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return enumValue(DataValidationCriteria, this.current().criteria);
  }
  getCriteriaValues(): unknown[] {
    return criteriaValuesOut(this.ctx, this.current());
  }
}

export class DataValidationImpl extends RuleReader implements Pick<GoogleAppsScript.Spreadsheet.DataValidation, RuleKeys> {
  readonly [CLASS_NAME] = 'DataValidation';

  constructor(
    ctx: SpreadsheetContext,
    readonly rule: RuleModel,
  ) {
    super(ctx);
  }

  protected current(): RuleModel {
    return this.rule;
  }
  getHelpText(): string {
    return this.rule.helpText ?? '';
  }
}

type BuilderKeys =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireTextContains'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

const EMULATED_CRITERIA: readonly CriteriaName[] = [
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CHECKBOX',
  'NUMBER_BETWEEN',
  'DATE_IS_VALID_DATE',
  'TEXT_CONTAINS',
  'CUSTOM_FORMULA',
];

export class DataValidationBuilderImpl extends RuleReader implements Pick<Builder, BuilderKeys> {
  readonly [CLASS_NAME] = 'DataValidationBuilder';

  constructor(
    ctx: SpreadsheetContext,
    private rule: RuleModel = { criteria: 'VALUE_IN_LIST', values: [], allowInvalid: true },
  ) {
    super(ctx);
  }

  protected current(): RuleModel {
    return this.rule;
  }

  private self(): Builder {
    return asApps(this);
  }

  private criteria(criteria: CriteriaName, values: RuleModel['values'], showDropdown?: boolean): Builder {
    const { helpText, allowInvalid } = this.rule;
    this.rule = {
      criteria,
      values,
      allowInvalid,
      ...(helpText === undefined ? {} : { helpText }),
      ...(showDropdown === undefined ? {} : { showDropdown }),
    };
    return this.self();
  }

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    return asApps(new DataValidationImpl(this.ctx, { ...this.rule, values: [...this.rule.values] }));
  }
  getHelpText(): string | null {
    return this.rule.helpText ?? null;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): Builder {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined && v !== null).map(primitive);
    return this.criteria('CHECKBOX', values);
  }
  requireDate(): Builder {
    return this.criteria('DATE_IS_VALID_DATE', []);
  }
  requireFormulaSatisfied(formula: string): Builder {
    return this.criteria('CUSTOM_FORMULA', [String(formula)]);
  }
  requireNumberBetween(start: number, end: number): Builder {
    if (typeof start !== 'number' || typeof end !== 'number') throw invalidArgument('start');
    return this.criteria('NUMBER_BETWEEN', [start, end]);
  }
  requireTextContains(text: string): Builder {
    return this.criteria('TEXT_CONTAINS', [String(text)]);
  }
  requireValueInList(values: string[], showDropdown?: boolean): Builder {
    if (!Array.isArray(values)) throw invalidArgument('values');
    return this.criteria('VALUE_IN_LIST', values.map(String), showDropdown ?? true);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): Builder {
    return this.criteria('VALUE_IN_RANGE', [rangeReference(range)], showDropdown ?? true);
  }
  setAllowInvalid(allowInvalidData: boolean): Builder {
    this.rule = { ...this.rule, allowInvalid: Boolean(allowInvalidData) };
    return this.self();
  }
  setHelpText(helpText: string): Builder {
    this.rule = { ...this.rule, helpText: String(helpText) };
    return this.self();
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): Builder {
    const name = enumName(criteria) as CriteriaName;
    if (!EMULATED_CRITERIA.includes(name)) throw new Error(`Data validation ${name} is not available in the local emulator.`);
    if (name === 'VALUE_IN_RANGE')
      return this.requireValueInRange(args[0] as GoogleAppsScript.Spreadsheet.Range, args[1] as boolean | undefined);
    if (name === 'VALUE_IN_LIST') return this.requireValueInList(args[0] as string[], args[1] as boolean | undefined);
    return this.criteria(name, args.map(primitive));
  }
}
