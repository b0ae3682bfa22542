/**
 * Conditional format rules: the builder and the built rule. Conditions are kept under Apps
 * Script's BooleanCriteria names (`TEXT_EQUAL_TO`, `NUMBER_LESS_THAN`, `CUSTOM_FORMULA`, …).
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 */
import { CLASS_NAME } from '../counting';
import type { ConditionalFormatModel, GridRangeModel } from '../model';
import { asApps } from '../services/apps';
import type { SpreadsheetContext } from './context';
import { exception, invalidArgument } from './errors';
import { RangeImpl } from './range';

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A rule as the script holds it: ranges with their sheet; null condition until one is chosen. */
interface RuleDraft {
  readonly ranges: readonly { sheetId: number; grid: GridRangeModel }[];
  readonly condition: string | null;
  readonly values: readonly (string | number)[];
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

function rangesOut(ctx: SpreadsheetContext, draft: RuleDraft): Range[] {
  return draft.ranges.map(({ sheetId, grid }) => asApps<Range>(new RangeImpl(ctx, sheetId, { ...grid })));
}

export class ConditionalFormatRuleImpl implements Pick<Rule, 'copy' | 'getRanges'> {
  readonly [CLASS_NAME] = 'ConditionalFormatRule';

  constructor(
    private readonly ctx: SpreadsheetContext,
    readonly draft: RuleDraft,
  ) {}

  static fromModel(ctx: SpreadsheetContext, sheetId: number, model: ConditionalFormatModel): ConditionalFormatRuleImpl {
    const { ranges, ...rest } = model;
    return new ConditionalFormatRuleImpl(ctx, {
      ...rest,
      values: [...rest.values],
      ranges: ranges.map((grid) => ({ sheetId, grid: { ...grid } })),
    });
  }

  copy(): Builder {
    return asApps(new ConditionalFormatRuleBuilderImpl(this.ctx, this.draft));
  }
  getRanges(): Range[] {
    return rangesOut(this.ctx, this.draft);
  }
}

/** The model entry for a rule set on the sheet `sheetId`: all its ranges must be on that sheet. */
export function conditionalFormatModel(rule: Rule, sheetId: number): ConditionalFormatModel {
  if (!(rule instanceof ConditionalFormatRuleImpl)) throw invalidArgument('rules');
  const { draft } = rule;
  if (draft.condition === null) throw exception('The conditional format rule has no condition.');
  if (draft.ranges.some((range) => range.sheetId !== sheetId)) {
    throw exception('A conditional format rule cannot reference a different sheet.');
  }
  return {
    ranges: draft.ranges.map(({ grid }) => ({ ...grid })),
    condition: draft.condition,
    values: [...draft.values],
    ...(draft.background === undefined ? {} : { background: draft.background }),
    ...(draft.fontColor === undefined ? {} : { fontColor: draft.fontColor }),
    ...(draft.bold === undefined ? {} : { bold: draft.bold }),
  };
}

type BuilderKeys =
  | 'build'
  | 'copy'
  | 'getRanges'
  | 'setRanges'
  | 'setBackground'
  | 'setFontColor'
  | 'setBold'
  | 'whenTextEqualTo'
  | 'whenTextContains'
  | 'whenNumberLessThan'
  | 'whenNumberGreaterThan'
  | 'whenNumberEqualTo'
  | 'whenNumberBetween'
  | 'whenFormulaSatisfied'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty';

export class ConditionalFormatRuleBuilderImpl implements Pick<Builder, BuilderKeys> {
  readonly [CLASS_NAME] = 'ConditionalFormatRuleBuilder';
  private draft: RuleDraft;

  constructor(
    private readonly ctx: SpreadsheetContext,
    draft: RuleDraft = { ranges: [], condition: null, values: [] },
  ) {
    this.draft = { ...draft, ranges: [...draft.ranges], values: [...draft.values] };
  }

  private self(): Builder {
    return asApps(this);
  }
  private with(change: Partial<RuleDraft>): Builder {
    this.draft = { ...this.draft, ...change };
    return this.self();
  }
  private when(condition: string, values: (string | number)[]): Builder {
    return this.with({ condition, values });
  }

  build(): Rule {
    if (this.draft.condition === null) throw exception('The conditional format rule has no condition.');
    return asApps(new ConditionalFormatRuleImpl(this.ctx, this.draft));
  }
  copy(): Builder {
    return asApps(new ConditionalFormatRuleBuilderImpl(this.ctx, this.draft));
  }
  getRanges(): Range[] {
    return rangesOut(this.ctx, this.draft);
  }
  setRanges(ranges: Range[]): Builder {
    if (!Array.isArray(ranges)) throw invalidArgument('ranges');
    return this.with({
      ranges: ranges.map((range) => {
        if (!(range instanceof RangeImpl)) throw invalidArgument('ranges');
        return { sheetId: range.sheetId, grid: { ...range.grid } };
      }),
    });
  }
  /** null takes the format away again. */
  setBackground(color: string | null): Builder {
    return this.with({ background: color === null ? undefined : String(color) });
  }
  setFontColor(color: string | null): Builder {
    return this.with({ fontColor: color === null ? undefined : String(color) });
  }
  setBold(bold: boolean | null): Builder {
    return this.with({ bold: bold === null ? undefined : Boolean(bold) });
  }
  whenTextEqualTo(text: string): Builder {
    return this.when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextContains(text: string): Builder {
    return this.when('TEXT_CONTAINS', [String(text)]);
  }
  whenNumberLessThan(number: number): Builder {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberGreaterThan(number: number): Builder {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberEqualTo(number: number): Builder {
    return this.when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberBetween(start: number, end: number): Builder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenFormulaSatisfied(formula: string): Builder {
    return this.when('CUSTOM_FORMULA', [String(formula)]);
  }
  whenCellEmpty(): Builder {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): Builder {
    return this.when('CELL_NOT_EMPTY', []);
  }
}
