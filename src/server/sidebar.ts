/** Opens the sidebar: the one HTML file the build inlines everything into. */
export const SIDEBAR_FILE = 'Sidebar';
export const SIDEBAR_TITLE = 'Intervention Planner';

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
