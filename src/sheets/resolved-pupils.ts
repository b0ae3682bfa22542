/**
 * The pupils people chose in the sidebar for names typed on forms (normalised name → pupil id),
 * kept in document properties and read back by `loadStored`. Holds ids only, never names of
 * pupils on the register; the typed names are the keys.
 */
import { UserError } from '../core/user-error';
import { RESOLVED_PUPILS_PROPERTY } from '../core/storage-keys';
import { PROPERTY_VALUE_LIMIT, utf8Bytes } from './store';

const TOO_MANY =
  'Google Sheets cannot remember any more chosen pupils for this spreadsheet. Correct the names on the form responses instead, or clear some earlier choices.';

export function saveResolvedPupils(resolved: Readonly<Record<string, string>>): void {
  const value = JSON.stringify(resolved);
  if (utf8Bytes(RESOLVED_PUPILS_PROPERTY) + utf8Bytes(value) > PROPERTY_VALUE_LIMIT) throw new UserError(TOO_MANY, 'limit');
  PropertiesService.getDocumentProperties().setProperty(RESOLVED_PUPILS_PROPERTY, value);
}
