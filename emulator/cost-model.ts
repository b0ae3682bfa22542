/**
 * What each service call would cost in Google, in seconds, so that a test sees what an action
 * costs in Apps Script and fails where Google would stop it. Every constant names its source or
 * says plainly that it is a guess; docs/cost-model.md carries the same table.
 *
 * The shape follows how Apps Script works: spreadsheet writes are queued in a write-back cache and
 * committed when the script next reads (or calls SpreadsheetApp.flush, or ends), so a read after
 * writes pays for the flush, and a read with nothing pending does not.
 * http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html ("Every time
 * you do a read, we must first empty (commit) the write cache"),
 * https://developers.google.com/apps-script/guides/support/best-practices ("Alternating read and
 * write commands is slow").
 */

/** The kinds of call the model prices; `callKind` sorts every `Class.method` into one. */
export type CallKind =
  | 'local'
  | 'lookup'
  | 'read'
  | 'write'
  | 'flush'
  | 'structural'
  | 'chart'
  | 'metadataFind'
  | 'properties'
  | 'lock'
  | 'ui'
  | 'formCreate'
  | 'formEdit'
  | 'trigger'
  | 'service';

/** Seconds per call of each kind, before the flush surcharge and the per-cell costs. */
export const CALL_SECONDS: Readonly<Record<CallKind, number>> = {
  // Builders, enums, Utilities, Logger, a range's own coordinates: nothing leaves the script's
  // runtime. Guess: JavaScript work is "an order of magnitude faster than talking to any
  // services" (the 2010 Apps Script blog post above), so it is priced at nothing.
  local: 0,
  // Finding an object (getActiveSpreadsheet, getSheetByName, getRange) without reading cells.
  // Guess.
  lookup: 0.01,
  // A read with nothing pending. tanaikech measured 0.3 s for getMaxRows/getMaxColumns on a
  // 10,000,000-cell sheet (https://gist.github.com/tanaikech/cc4380692790150cc090114553e38a0e);
  // an ordinary tab is far smaller, so this is a guess below that.
  read: 0.05,
  // A write queued in the write-back cache. Measured: 400 row-by-row setValues without flush took
  // 164 ms, about 0.4 ms each (a Stack Overflow answer to "What is faster: ScriptDb or
  // SpreadsheetApp?", mirrored at
  // https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp);
  // doubled here as a guess for today's runtime.
  write: 0.002,
  // SpreadsheetApp.flush with nothing pending: a round trip that finds nothing to commit. Guess.
  flush: 0.01,
  // insertSheet, deleteSheet, insert/delete rows and columns: applied at once, and the slowest
  // spreadsheet calls users report. Guess.
  structural: 0.4,
  // insertChart, updateChart, removeChart: the chart is laid out server-side. Guess.
  chart: 0.5,
  // DeveloperMetadataFinder.find searches the whole spreadsheet. Guess.
  metadataFind: 0.2,
  // One PropertiesService read or write (a separate storage service). Guess.
  properties: 0.05,
  // tryLock, waitLock, releaseLock, hasLock, without any waiting for another execution. Guess.
  lock: 0.05,
  // An alert, prompt, toast, sidebar, dialog or menu drawn in the user's browser. Guess.
  ui: 0.3,
  // FormApp.create makes a new Drive file. Guess.
  formCreate: 2,
  // One change to a form (an item added, a title, choices, setDestination): each is a round trip
  // to Forms. Guess.
  formEdit: 0.2,
  // Creating, listing or deleting installable triggers. Guess.
  trigger: 0.5,
  // Any other service call (Session, a project HTML file, a form read, opening a form). Guess.
  service: 0.05,
};

/**
 * Committing queued writes, paid by the first read (or flush, structural change, chart or
 * metadata search) that follows them, and once at the end of an execution that leaves writes
 * pending. With `read` it makes about 150 ms for a read that follows writes: one flush after a
 * 10-cell row cost about 30 ms, one after a 4,000-cell write about 560 ms (the Stack Overflow
 * measurement above); the per-cell part is WRITE_SECONDS_PER_CELL. A guess between the two.
 */
export const FLUSH_SECONDS = 0.1;

/**
 * Per cell a script reads (cells in a 2-D array a call returns). tanaikech's benchmark shows the
 * cost of getValues growing with the number of cells
 * (https://gist.github.com/tanaikech/d102c9600ba12a162c667287d2f20fe4); the constant is a guess
 * of that order: 100,000 cells read cost 0.5 s.
 */
export const READ_SECONDS_PER_CELL = 0.000005;

/**
 * Per cell a script writes (cells in a 2-D array it passes: setValues, setFormulas,
 * setBackgrounds, …). Writing costs more than reading in the same benchmark; a guess: 100,000
 * cells written cost 2 s.
 */
export const WRITE_SECONDS_PER_CELL = 0.00002;

/**
 * Script runtime: 6 min / execution, after which Apps Script stops the script with
 * "Exceeded maximum execution time". https://developers.google.com/apps-script/guides/services/quotas
 */
export const EXECUTION_LIMIT_SECONDS = 360;

/** Kinds that need the spreadsheet as it is, so queued writes are committed first. */
export const FLUSHING_KINDS: ReadonlySet<CallKind> = new Set(['read', 'flush', 'structural', 'chart', 'metadataFind']);

/** Classes whose objects are values or builders held in the script: every call is local. */
const LOCAL_CLASSES = new Set([
  'Charts',
  'ChartOptions',
  'EmbeddedChartBuilder',
  'DataValidation',
  'DataValidationBuilder',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'DeveloperMetadata',
  'DeveloperMetadataLocation',
  'ContainerInfo',
  'HtmlOutput',
  'HtmlOutputMetaTag',
  'HtmlTemplate',
  'PromptResponse',
  'TriggerBuilder',
  'Trigger',
  'User',
  'Choice',
  'Utilities',
  'Logger',
  'console',
  'PropertiesService',
  'LockService',
]);

/** Classes that are views of the spreadsheet: getters read it, everything else writes to it. */
const SPREADSHEET_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'NamedRange', 'Protection', 'EmbeddedChart']);

const FORM_CLASSES = new Set([
  'Form',
  'Item',
  'ListItem',
  'MultipleChoiceItem',
  'CheckboxItem',
  'GridItem',
  'ScaleItem',
  'TextItem',
  'ParagraphTextItem',
  'SectionHeaderItem',
]);

/** Calls priced apart from their class's rule. */
const EXCEPTIONS: Readonly<Record<string, CallKind>> = {
  'SpreadsheetApp.flush': 'flush',
  'SpreadsheetApp.getActiveSpreadsheet': 'lookup',
  'SpreadsheetApp.getActive': 'lookup',
  'SpreadsheetApp.getActiveSheet': 'lookup',
  'SpreadsheetApp.openById': 'lookup',
  'Spreadsheet.getSheets': 'lookup',
  'Spreadsheet.getSheetByName': 'lookup',
  'Spreadsheet.getSheetById': 'lookup',
  'Spreadsheet.getActiveSheet': 'lookup',
  'Spreadsheet.getRange': 'lookup',
  'Spreadsheet.getRangeByName': 'lookup',
  'Spreadsheet.getId': 'lookup',
  'Spreadsheet.getName': 'lookup',
  'Spreadsheet.getUrl': 'lookup',
  'Spreadsheet.getSpreadsheetTimeZone': 'lookup',
  'Spreadsheet.getSpreadsheetLocale': 'lookup',
  'Spreadsheet.insertSheet': 'structural',
  'Spreadsheet.deleteSheet': 'structural',
  'Spreadsheet.createDeveloperMetadataFinder': 'local',
  'Spreadsheet.toast': 'ui',
  'Sheet.getRange': 'lookup',
  'Sheet.getRangeList': 'lookup',
  'Sheet.getName': 'lookup',
  'Sheet.getSheetName': 'lookup',
  'Sheet.getSheetId': 'lookup',
  'Sheet.getIndex': 'lookup',
  'Sheet.getParent': 'lookup',
  'Sheet.insertRowsAfter': 'structural',
  'Sheet.insertRowsBefore': 'structural',
  'Sheet.insertColumnsAfter': 'structural',
  'Sheet.insertColumnsBefore': 'structural',
  'Sheet.deleteRows': 'structural',
  'Sheet.deleteColumns': 'structural',
  'Sheet.insertChart': 'chart',
  'Sheet.updateChart': 'chart',
  'Sheet.removeChart': 'chart',
  'Sheet.newChart': 'local',
  'Sheet.createDeveloperMetadataFinder': 'local',
  'Range.getA1Notation': 'local',
  'Range.getRow': 'local',
  'Range.getColumn': 'local',
  'Range.getNumRows': 'local',
  'Range.getNumColumns': 'local',
  'Range.getLastRow': 'local',
  'Range.getLastColumn': 'local',
  'Range.getGridId': 'local',
  'Range.getCell': 'local',
  'Range.offset': 'local',
  'Range.getSheet': 'lookup',
  'RangeList.getRanges': 'local',
  'EmbeddedChart.modify': 'local',
  'EmbeddedChart.getId': 'local',
  'DeveloperMetadata.remove': 'write',
  'DeveloperMetadata.setKey': 'write',
  'DeveloperMetadata.setValue': 'write',
  'DeveloperMetadata.setVisibility': 'write',
  'DeveloperMetadataFinder.find': 'metadataFind',
  'Menu.addToUi': 'ui',
  'FormApp.create': 'formCreate',
  'ScriptApp.getProjectTriggers': 'trigger',
  'ScriptApp.getUserTriggers': 'trigger',
  'ScriptApp.deleteTrigger': 'trigger',
  'SpreadsheetTriggerBuilder.create': 'trigger',
  'HtmlService.createHtmlOutputFromFile': 'service',
  'HtmlService.createTemplateFromFile': 'service',
};

const GETTER = /^(get|is|has|collects)[A-Z]?/;

/** The kind of a call named `Class.method`, as the counting proxy names it. */
export function callKind(name: string): CallKind {
  const exception = EXCEPTIONS[name];
  if (exception !== undefined) return exception;
  const [className = '', method = ''] = name.split('.');
  if (LOCAL_CLASSES.has(className)) return 'local';
  if (SPREADSHEET_CLASSES.has(className)) return GETTER.test(method) ? 'read' : 'write';
  if (FORM_CLASSES.has(className)) return GETTER.test(method) ? 'service' : 'formEdit';
  switch (className) {
    case 'SpreadsheetApp':
    case 'Menu':
    case 'SpreadsheetTriggerBuilder':
    case 'HtmlService':
    case 'DeveloperMetadataFinder':
    case 'ScriptApp':
      return 'local';
    case 'Properties':
      return 'properties';
    case 'Lock':
      return 'lock';
    case 'Ui':
      return method.startsWith('create') ? 'local' : 'ui';
    default:
      return 'service';
  }
}
