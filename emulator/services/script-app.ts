/**
 * ScriptApp's installable triggers, kept in the workbook model (Sheets keeps them between runs).
 * Only spreadsheet triggers are emulated; `submitForm` fires the form-submit ones. What
 * `create()` allows depends on how the script is deployed (see `Deployment`).
 * https://developers.google.com/apps-script/reference/script/script-app
 * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 */
import { CLASS_NAME } from '../counting';
import type { TriggerModel, WorkbookModel } from '../model';
import { exception } from '../spreadsheet/errors';
import { asApps, enumOf, enumValue, notEmulated } from './apps';

type Script = typeof GoogleAppsScript.Script;

export const AuthMode = enumOf<Script['AuthMode']>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const EventType = enumOf<Script['EventType']>(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSource = enumOf<Script['TriggerSource']>(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
const AuthorizationStatus = enumOf<Script['AuthorizationStatus']>(['REQUIRED', 'NOT_REQUIRED']);
const InstallationSource = enumOf<Script['InstallationSource']>(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);

export type SpreadsheetEventName = 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';

/**
 * How the script runs: a published editor add-on (the default, as schools will use it), a test
 * deployment of that add-on (Deploy › Test deployments), or a script bound to the spreadsheet.
 */
export type Deployment = 'add-on' | 'test' | 'bound';

/**
 * "Installable triggers aren't supported when testing. Functionality that depends on installable
 * triggers are not testable." Google does not publish the error `create()` raises; the emulator
 * raises its first sentence.
 * https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons#testing_details
 */
export const TEST_DEPLOYMENT_TRIGGERS = "Installable triggers aren't supported when testing.";

/** Triggers: 20 / user / script. https://developers.google.com/apps-script/guides/services/quotas */
const BOUND_SCRIPT_TRIGGERS = 20;

/** Installable triggers run only where they can be created: not in a test deployment. */
export function triggersRun(deployment: Deployment): boolean {
  return deployment !== 'test';
}

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
    private readonly deployment: Deployment,
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
   * so the script has to look for its existing trigger first. A bound script may have 20; a test
   * deployment none.
   */
  create(): Trigger {
    if (this.eventType === null) throw new Error('Choose the event (onOpen, onEdit, onChange or onFormSubmit) before create().');
    const eventType = this.eventType;
    if (this.deployment === 'test') throw exception(TEST_DEPLOYMENT_TRIGGERS);
    if (this.deployment === 'add-on' && this.workbook.triggers.some((t) => t.eventType === eventType && t.sourceId === this.sourceId)) {
      throw new Error(`This add-on has created too many ${eventType} triggers in this document for this Google Account user.`);
    }
    if (this.deployment === 'bound' && this.workbook.triggers.length >= BOUND_SCRIPT_TRIGGERS) {
      throw exception('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
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
    private readonly deployment: Deployment,
  ) {}

  /** Takes the spreadsheet or its id, as Apps Script does. */
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return new SpreadsheetTriggerBuilder(this.workbook, this.handler, id, this.deployment);
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

  constructor(
    private readonly workbook: WorkbookModel,
    private readonly deployment: Deployment,
  ) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw new Error('ScriptApp.newTrigger needs the name of a function.');
    return asApps(new TriggerBuilder(this.workbook, functionName, this.deployment));
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
