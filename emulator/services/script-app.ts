/**
 * ScriptApp's installable triggers, kept in the workbook model (Sheets keeps them between runs).
 * Only spreadsheet triggers are emulated; `submitForm` fires the form-submit ones.
 * https://developers.google.com/apps-script/reference/script/script-app
 * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 */
import { CLASS_NAME } from '../counting';
import type { TriggerModel, WorkbookModel } from '../model';
import { asApps, enumOf, enumValue, notEmulated } from './apps';

type Script = typeof GoogleAppsScript.Script;

export const AuthMode = enumOf<Script['AuthMode']>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const EventType = enumOf<Script['EventType']>(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSource = enumOf<Script['TriggerSource']>(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
const AuthorizationStatus = enumOf<Script['AuthorizationStatus']>(['REQUIRED', 'NOT_REQUIRED']);
const InstallationSource = enumOf<Script['InstallationSource']>(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);

export type SpreadsheetEventName = 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';

export class Trigger implements GoogleAppsScript.Script.Trigger {
  readonly [CLASS_NAME] = 'Trigger';

  constructor(readonly model: TriggerModel) {}

  getHandlerFunction(): string {
    return this.model.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return enumValue(EventType, this.model.eventType);
  }
  getUniqueId(): string {
    return this.model.id;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return enumValue(TriggerSource, this.model.eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS');
  }
  getTriggerSourceId(): string {
    return this.model.sourceId;
  }
}

export class SpreadsheetTriggerBuilder implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  readonly [CLASS_NAME] = 'SpreadsheetTriggerBuilder';
  private eventType: SpreadsheetEventName | null = null;

  constructor(
    private readonly workbook: WorkbookModel,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}

  onOpen(): SpreadsheetTriggerBuilder {
    return this.on('ON_OPEN');
  }
  onEdit(): SpreadsheetTriggerBuilder {
    return this.on('ON_EDIT');
  }
  onChange(): SpreadsheetTriggerBuilder {
    return this.on('ON_CHANGE');
  }
  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this.on('ON_FORM_SUBMIT');
  }

  /**
   * An add-on may have only one trigger of each type per user per document: a second one throws,
   * so the script has to look for its existing trigger first.
   */
  create(): Trigger {
    if (this.eventType === null) throw new Error('Choose the event (onOpen, onEdit, onChange or onFormSubmit) before create().');
    const eventType = this.eventType;
    if (this.workbook.triggers.some((t) => t.eventType === eventType && t.sourceId === this.sourceId)) {
      throw new Error(`This add-on has created too many ${eventType} triggers in this document for this Google Account user.`);
    }
    const model: TriggerModel = { id: nextTriggerId(this.workbook), handler: this.handler, eventType, sourceId: this.sourceId };
    this.workbook.triggers.push(model);
    return new Trigger(model);
  }

  private on(eventType: SpreadsheetEventName): SpreadsheetTriggerBuilder {
    this.eventType = eventType;
    return this;
  }
}

/** Trigger ids are numeric strings; the next is one more than any kept in the workbook. */
function nextTriggerId(workbook: WorkbookModel): string {
  const highest = workbook.triggers.reduce((max, t) => Math.max(max, Number(t.id) || 0), 1_000_000);
  return String(highest + 1);
}

export class TriggerBuilder implements Pick<
  GoogleAppsScript.Script.TriggerBuilder,
  'forSpreadsheet' | 'forDocument' | 'forForm' | 'timeBased'
> {
  readonly [CLASS_NAME] = 'TriggerBuilder';

  constructor(
    private readonly workbook: WorkbookModel,
    private readonly handler: string,
  ) {}

  /** Takes the spreadsheet or its id, as Apps Script does. */
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return new SpreadsheetTriggerBuilder(this.workbook, this.handler, id);
  }
  forDocument(): GoogleAppsScript.Script.DocumentTriggerBuilder {
    return notEmulated('TriggerBuilder.forDocument');
  }
  forForm(): GoogleAppsScript.Script.FormTriggerBuilder {
    return notEmulated('TriggerBuilder.forForm (use forSpreadsheet: the add-on is bound to the spreadsheet)');
  }
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return notEmulated('TriggerBuilder.timeBased');
  }
}

type ScriptAppKeys =
  | 'AuthMode'
  | 'AuthorizationStatus'
  | 'EventType'
  | 'InstallationSource'
  | 'TriggerSource'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger';

export class ScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, ScriptAppKeys> {
  readonly [CLASS_NAME] = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly InstallationSource = InstallationSource;
  readonly TriggerSource = TriggerSource;

  constructor(private readonly workbook: WorkbookModel) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw new Error('ScriptApp.newTrigger needs the name of a function.');
    return asApps(new TriggerBuilder(this.workbook, functionName));
  }

  getProjectTriggers(): Trigger[] {
    return this.workbook.triggers.map((model) => new Trigger(model));
  }

  /** The user's triggers on this spreadsheet: the emulator has one user and one spreadsheet. */
  getUserTriggers(): Trigger[] {
    return this.getProjectTriggers();
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = trigger.getUniqueId();
    const index = this.workbook.triggers.findIndex((t) => t.id === id);
    if (index >= 0) this.workbook.triggers.splice(index, 1);
  }
}
