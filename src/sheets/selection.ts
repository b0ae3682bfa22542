/**
 * Selects a row of one of the user's tabs, so a click on a finding in the sidebar shows the
 * register row behind it. Refuses a tab that is not there (renamed or deleted since the check).
 */
import { UserError } from '../core/user-error';
import type { RowRef } from '../shared/api';

export function selectRow(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, ref: RowRef): RowRef {
  const sheet = spreadsheet.getSheetByName(ref.tab);
  if (!sheet)
    throw new UserError(
      `There is no tab called “${ref.tab}” in this spreadsheet any more. Run Check groups again, then click the finding.`,
    );
  if (ref.row > sheet.getMaxRows())
    throw new UserError(`“${ref.tab}” no longer has a row ${ref.row}. Run Check groups again, then click the finding.`);
  sheet.activate();
  sheet.getRange(ref.row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  return { tab: ref.tab, row: ref.row };
}
