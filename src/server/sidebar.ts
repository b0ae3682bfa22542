/** Opens the sidebar: the one HTML file the build inlines everything into. */
import { services } from '../actions/services';

export const SIDEBAR_FILE = 'Sidebar';
export const SIDEBAR_TITLE = 'Intervention Planner';

export function showSidebar(): void {
  services().ui.showSidebar(SIDEBAR_FILE, SIDEBAR_TITLE);
}
