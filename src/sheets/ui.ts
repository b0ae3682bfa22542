/** The menu, the sidebar, toasts and alerts inside Sheets. */
import type { UiPort } from '../core/ports';

const TITLE = 'Intervention Planner';

export const uiPort: UiPort = {
  /** Runs in AuthMode.NONE for an add-on not yet used in this document: it only builds the menu. */
  addMenu(items) {
    const menu = SpreadsheetApp.getUi().createAddonMenu();
    for (const item of items) {
      if (item === null) menu.addSeparator();
      else menu.addItem(item.caption, item.functionName);
    }
    menu.addToUi();
  },
  showSidebar(file, title) {
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
  },
  toast(message) {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, TITLE, 8);
  },
  alert(message) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(TITLE, message, ui.ButtonSet.OK);
  },
};
