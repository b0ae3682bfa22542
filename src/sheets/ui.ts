/** The menu, the sidebar, toasts and alerts inside Sheets. */
import type { UiPort } from '../core/ports';

const TITLE = 'Intervention Planner';
/** Room for the help to be read a screen at a time on a laptop. */
const DIALOG = { width: 560, height: 520 } as const;

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
  showDialog(file, title) {
    const page = HtmlService.createHtmlOutputFromFile(file).setWidth(DIALOG.width).setHeight(DIALOG.height);
    SpreadsheetApp.getUi().showModalDialog(page, title);
  },
  toast(message) {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, TITLE, 8);
  },
  alert(message) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(TITLE, message, ui.ButtonSet.OK);
  },
};
