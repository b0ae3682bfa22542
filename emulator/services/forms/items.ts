/**
 * Form items: each class is a view over one ItemModel kept in the form's model.
 * https://developers.google.com/apps-script/reference/forms/item (and list-item, multiple-choice-item,
 * checkbox-item, grid-item, scale-item, text-item, paragraph-text-item, section-header-item)
 */
import { CLASS_NAME } from '../../counting';
import type { FormModel } from '../../model';
import { asApps, enumOf, enumValue } from '../apps';
import type { ItemModel, ItemTypeName } from './item-model';
import { ItemResponse } from './responses';

type Forms = typeof GoogleAppsScript.Forms;

export const ItemType = enumOf<Forms['ItemType']>([
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
]);

export class Choice implements Pick<GoogleAppsScript.Forms.Choice, 'getValue' | 'isCorrectAnswer'> {
  readonly [CLASS_NAME] = 'Choice';
  constructor(private readonly value: string) {}
  getValue(): string {
    return this.value;
  }
  isCorrectAnswer(): boolean {
    return false;
  }
}

/** What every item has; `Api` is the Apps Script class the builder methods hand back. */
abstract class ItemBase<Api> {
  abstract readonly [CLASS_NAME]: string;

  constructor(
    readonly model: ItemModel,
    protected readonly form: FormModel,
  ) {}

  getId(): number {
    return this.model.id;
  }
  getIndex(): number {
    return this.form.items.indexOf(this.model);
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return enumValue(ItemType, this.model.type);
  }
  getTitle(): string {
    return this.model.title;
  }
  setTitle(title: string): Api {
    this.model.title = String(title);
    return this.self();
  }
  getHelpText(): string {
    return this.model.helpText;
  }
  setHelpText(text: string): Api {
    this.model.helpText = String(text);
    return this.self();
  }

  protected self(): Api {
    return asApps<Api>(this);
  }
}

abstract class QuestionBase<Api> extends ItemBase<Api> {
  isRequired(): boolean {
    return this.model.required;
  }
  setRequired(enabled: boolean): Api {
    this.model.required = enabled;
    return this.self();
  }
}

abstract class ChoiceBase<Api> extends QuestionBase<Api> {
  createChoice(value: string): GoogleAppsScript.Forms.Choice {
    return asApps(new Choice(String(value)));
  }
  getChoices(): GoogleAppsScript.Forms.Choice[] {
    return this.model.choices.map((value) => asApps(new Choice(value)));
  }
  setChoiceValues(values: string[]): Api {
    this.model.choices = values.map(String);
    return this.self();
  }
  setChoices(choices: GoogleAppsScript.Forms.Choice[]): Api {
    this.model.choices = choices.map((choice) => choice.getValue());
    return this.self();
  }
}

type ItemKeys = 'getId' | 'getIndex' | 'getType' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText';
type QuestionKeys = ItemKeys | 'isRequired' | 'setRequired';
type ChoiceKeys = QuestionKeys | 'createChoice' | 'getChoices' | 'setChoiceValues' | 'setChoices';

export class ListItem extends ChoiceBase<GoogleAppsScript.Forms.ListItem> implements Pick<GoogleAppsScript.Forms.ListItem, ChoiceKeys> {
  readonly [CLASS_NAME] = 'ListItem';
}

export class MultipleChoiceItem
  extends ChoiceBase<GoogleAppsScript.Forms.MultipleChoiceItem>
  implements Pick<GoogleAppsScript.Forms.MultipleChoiceItem, ChoiceKeys>
{
  readonly [CLASS_NAME] = 'MultipleChoiceItem';
}

export class CheckboxItem
  extends ChoiceBase<GoogleAppsScript.Forms.CheckboxItem>
  implements Pick<GoogleAppsScript.Forms.CheckboxItem, ChoiceKeys>
{
  readonly [CLASS_NAME] = 'CheckboxItem';
}

export class GridItem
  extends QuestionBase<GoogleAppsScript.Forms.GridItem>
  implements Pick<GoogleAppsScript.Forms.GridItem, QuestionKeys | 'getRows' | 'setRows' | 'getColumns' | 'setColumns'>
{
  readonly [CLASS_NAME] = 'GridItem';
  getRows(): string[] {
    return [...this.model.rows];
  }
  setRows(rows: string[]): GoogleAppsScript.Forms.GridItem {
    this.model.rows = rows.map(String);
    return this.self();
  }
  getColumns(): string[] {
    return [...this.model.columns];
  }
  setColumns(columns: string[]): GoogleAppsScript.Forms.GridItem {
    this.model.columns = columns.map(String);
    return this.self();
  }
}

type ScaleKeys = QuestionKeys | 'setBounds' | 'getLowerBound' | 'getUpperBound' | 'setLabels' | 'getLeftLabel' | 'getRightLabel';

export class ScaleItem extends QuestionBase<GoogleAppsScript.Forms.ScaleItem> implements Pick<GoogleAppsScript.Forms.ScaleItem, ScaleKeys> {
  readonly [CLASS_NAME] = 'ScaleItem';

  /** Forms allows a lower bound of 0 or 1 and an upper bound from 3 to 10. */
  setBounds(lower: number, upper: number): GoogleAppsScript.Forms.ScaleItem {
    if (lower !== 0 && lower !== 1) throw new Error('ScaleItem.setBounds: the lower bound must be 0 or 1.');
    if (!Number.isInteger(upper) || upper < 3 || upper > 10) throw new Error('ScaleItem.setBounds: the upper bound must be from 3 to 10.');
    this.model.lowerBound = lower;
    this.model.upperBound = upper;
    return this.self();
  }
  getLowerBound(): number {
    return this.model.lowerBound;
  }
  getUpperBound(): number {
    return this.model.upperBound;
  }
  setLabels(lower: string, upper: string): GoogleAppsScript.Forms.ScaleItem {
    this.model.leftLabel = String(lower);
    this.model.rightLabel = String(upper);
    return this.self();
  }
  getLeftLabel(): string {
    return this.model.leftLabel;
  }
  getRightLabel(): string {
    return this.model.rightLabel;
  }
}

export class TextItem
  extends QuestionBase<GoogleAppsScript.Forms.TextItem>
  implements Pick<GoogleAppsScript.Forms.TextItem, QuestionKeys | 'createResponse'>
{
  readonly [CLASS_NAME] = 'TextItem';

  /** An answer to this item, for a FormResponse (https://developers.google.com/apps-script/reference/forms/text-item#createResponse(String)). */
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    return asApps(new ItemResponse(this.model, this.form, String(response)));
  }
}

export class ParagraphTextItem
  extends QuestionBase<GoogleAppsScript.Forms.ParagraphTextItem>
  implements Pick<GoogleAppsScript.Forms.ParagraphTextItem, QuestionKeys>
{
  readonly [CLASS_NAME] = 'ParagraphTextItem';
}

export class SectionHeaderItem
  extends ItemBase<GoogleAppsScript.Forms.SectionHeaderItem>
  implements Pick<GoogleAppsScript.Forms.SectionHeaderItem, ItemKeys>
{
  readonly [CLASS_NAME] = 'SectionHeaderItem';
}

type AsKeys =
  | 'asListItem'
  | 'asMultipleChoiceItem'
  | 'asCheckboxItem'
  | 'asGridItem'
  | 'asScaleItem'
  | 'asTextItem'
  | 'asParagraphTextItem'
  | 'asSectionHeaderItem';

/** The generic item `Form.getItems()` returns; `asXItem()` gives the typed view. */
export class Item extends ItemBase<GoogleAppsScript.Forms.Item> implements Pick<GoogleAppsScript.Forms.Item, ItemKeys | AsKeys> {
  readonly [CLASS_NAME] = 'Item';

  asListItem(): GoogleAppsScript.Forms.ListItem {
    return asApps(new ListItem(this.expect('LIST'), this.form));
  }
  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return asApps(new MultipleChoiceItem(this.expect('MULTIPLE_CHOICE'), this.form));
  }
  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return asApps(new CheckboxItem(this.expect('CHECKBOX'), this.form));
  }
  asGridItem(): GoogleAppsScript.Forms.GridItem {
    return asApps(new GridItem(this.expect('GRID'), this.form));
  }
  asScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return asApps(new ScaleItem(this.expect('SCALE'), this.form));
  }
  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return asApps(new TextItem(this.expect('TEXT'), this.form));
  }
  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return asApps(new ParagraphTextItem(this.expect('PARAGRAPH_TEXT'), this.form));
  }
  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return asApps(new SectionHeaderItem(this.expect('SECTION_HEADER'), this.form));
  }

  private expect(type: ItemTypeName): ItemModel {
    if (this.model.type !== type) throw new Error(`Item "${this.model.title}" is a ${this.model.type} item, not ${type}.`);
    return this.model;
  }
}
