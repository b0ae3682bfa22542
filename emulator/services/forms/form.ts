/**
 * A Google Form the script made, as a view over its FormState in the workbook model.
 * https://developers.google.com/apps-script/reference/forms/form
 */
import { CLASS_NAME } from '../../counting';
import type { WorkbookModel } from '../../model';
import { asApps, enumName, enumOf, enumValue } from '../apps';
import { newItem, type ItemModel, type ItemTypeName } from './item-model';
import {
  CheckboxItem,
  GridItem,
  Item,
  ListItem,
  MultipleChoiceItem,
  ParagraphTextItem,
  ScaleItem,
  SectionHeaderItem,
  TextItem,
} from './items';
import { itemsOf, nextItemId, type FormState } from './form-state';
import { addResponsesSheet } from './responses-sheet';
import { FormResponse, publishedUrl } from './responses';

export const DestinationType = enumOf<typeof GoogleAppsScript.Forms.DestinationType>(['SPREADSHEET']);

type FormKeys =
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getDescription'
  | 'setDescription'
  | 'addListItem'
  | 'addMultipleChoiceItem'
  | 'addCheckboxItem'
  | 'addGridItem'
  | 'addScaleItem'
  | 'addTextItem'
  | 'addParagraphTextItem'
  | 'addSectionHeaderItem'
  | 'getItems'
  | 'getItemById'
  | 'deleteItem'
  | 'setDestination'
  | 'getDestinationId'
  | 'getDestinationType'
  | 'removeDestination'
  | 'setCollectEmail'
  | 'collectsEmail'
  | 'setRequireLogin'
  | 'requiresLogin'
  | 'createResponse'
  | 'setAcceptingResponses'
  | 'isAcceptingResponses'
  | 'getPublishedUrl'
  | 'getEditUrl';

export class Form implements Pick<GoogleAppsScript.Forms.Form, FormKeys> {
  readonly [CLASS_NAME] = 'Form';

  constructor(
    readonly model: FormState,
    private readonly workbook: WorkbookModel,
  ) {}

  getId(): string {
    return this.model.id;
  }
  getTitle(): string {
    return this.model.title;
  }
  setTitle(title: string): GoogleAppsScript.Forms.Form {
    this.model.title = String(title);
    return this.self();
  }
  getDescription(): string {
    return this.model.description;
  }
  setDescription(description: string): GoogleAppsScript.Forms.Form {
    this.model.description = String(description);
    return this.self();
  }

  addListItem(): GoogleAppsScript.Forms.ListItem {
    return asApps(new ListItem(this.add('LIST'), this.model));
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return asApps(new MultipleChoiceItem(this.add('MULTIPLE_CHOICE'), this.model));
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return asApps(new CheckboxItem(this.add('CHECKBOX'), this.model));
  }
  addGridItem(): GoogleAppsScript.Forms.GridItem {
    return asApps(new GridItem(this.add('GRID'), this.model));
  }
  addScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return asApps(new ScaleItem(this.add('SCALE'), this.model));
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return asApps(new TextItem(this.add('TEXT'), this.model));
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return asApps(new ParagraphTextItem(this.add('PARAGRAPH_TEXT'), this.model));
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return asApps(new SectionHeaderItem(this.add('SECTION_HEADER'), this.model));
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GoogleAppsScript.Forms.Item[] {
    const wanted = itemType === undefined ? null : enumName(itemType);
    return itemsOf(this.model)
      .filter((item) => wanted === null || item.type === wanted)
      .map((item) => asApps(new Item(item, this.model)));
  }

  getItemById(id: number): GoogleAppsScript.Forms.Item {
    const item = itemsOf(this.model).find((candidate) => candidate.id === id);
    if (item === undefined) throw new Error(`No item with ID ${id} was found on this form.`);
    return asApps(new Item(item, this.model));
  }

  deleteItem(item: number | GoogleAppsScript.Forms.Item): void {
    const index =
      typeof item === 'number' ? item : this.model.items.findIndex((candidate) => candidate === (item as unknown as Item).model);
    if (index < 0 || index >= this.model.items.length) throw new Error('Form.deleteItem: no such item on this form.');
    this.model.items.splice(index, 1);
  }

  /**
   * Links the form to this spreadsheet: Forms adds a `Form Responses N` sheet. Linking again to
   * the same spreadsheet keeps the sheet it already writes to.
   */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): GoogleAppsScript.Forms.Form {
    if (enumName(type) !== 'SPREADSHEET')
      throw new Error('Form.setDestination: the only destination type is FormApp.DestinationType.SPREADSHEET.');
    if (id !== this.workbook.id)
      throw new Error(`Form.setDestination: no spreadsheet with ID ${id} (the emulator has only ${this.workbook.id}).`);
    const linked =
      this.model.destinationSpreadsheetId === id && this.workbook.sheets.some((sheet) => sheet.id === this.model.destinationSheetId);
    if (!linked) {
      this.model.destinationSpreadsheetId = id;
      this.model.destinationSheetId = addResponsesSheet(this.workbook, this.model).id;
    }
    return this.self();
  }
  getDestinationId(): string {
    if (this.model.destinationSpreadsheetId === null) throw new Error('This form has no response destination.');
    return this.model.destinationSpreadsheetId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (this.model.destinationSpreadsheetId === null) throw new Error('This form has no response destination.');
    return enumValue(DestinationType, 'SPREADSHEET');
  }
  /** The responses sheet stays in the spreadsheet, as in Sheets; it just stops receiving rows. */
  removeDestination(): GoogleAppsScript.Forms.Form {
    this.model.destinationSpreadsheetId = null;
    this.model.destinationSheetId = null;
    return this.self();
  }

  /** Respondents' email addresses go in an `Email Address` column after the Timestamp. */
  setCollectEmail(collect: boolean): GoogleAppsScript.Forms.Form {
    this.model.collectEmail = collect;
    return this.self();
  }
  collectsEmail(): boolean {
    return this.model.collectEmail === true;
  }
  setRequireLogin(requireLogin: boolean): GoogleAppsScript.Forms.Form {
    this.model.requireLogin = requireLogin;
    return this.self();
  }
  requiresLogin(): boolean {
    return this.model.requireLogin === true;
  }

  /**
   * Publishing lets respondents open the form (https://developers.google.com/workspace/forms/api/guides/publish-form);
   * newer than the typings, so not in `FormKeys`.
   */
  setPublished(enabled: boolean): GoogleAppsScript.Forms.Form {
    this.model.published = enabled;
    return this.self();
  }
  isPublished(): boolean {
    return this.model.published !== false;
  }

  /** A new, empty response, to pre-fill a link with (nothing is submitted). */
  createResponse(): GoogleAppsScript.Forms.FormResponse {
    return asApps(new FormResponse(this.model));
  }
  setAcceptingResponses(enabled: boolean): GoogleAppsScript.Forms.Form {
    this.model.acceptingResponses = enabled;
    return this.self();
  }
  isAcceptingResponses(): boolean {
    return this.model.acceptingResponses;
  }
  getPublishedUrl(): string {
    return publishedUrl(this.model.id);
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.model.id}/edit`;
  }

  private add(type: ItemTypeName): ItemModel {
    const item = newItem(nextItemId(this.workbook), type);
    this.model.items.push(item);
    return item;
  }

  private self(): GoogleAppsScript.Forms.Form {
    return asApps(this);
  }
}
