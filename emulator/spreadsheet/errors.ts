/**
 * Errors as Apps Script raises them: `name` is `Exception`, so `String(error)` reads
 * `Exception: Range not found` while `error.message` is the sentence alone, as in Apps Script.
 */
export class AppsScriptException extends Error {
  override readonly name = 'Exception';
}

export function exception(message: string): AppsScriptException {
  return new AppsScriptException(message);
}

export const RANGE_NOT_FOUND = 'Range not found';

/** What Apps Script says when a method is called on a sheet that has since been deleted. */
export function deletedSheet(className: string, method: string): AppsScriptException {
  return exception(`Unexpected error while getting the method or property ${method} on object SpreadsheetApp.${className}.`);
}

/** Arguments Apps Script checks before it does anything. */
export function invalidArgument(name: string): AppsScriptException {
  return exception(`Invalid argument: ${name}`);
}
