/** Score questionnaires: rebuild `Scores` from every linked response tab. */
import { INSTRUMENTS_TAB, scoreQuestionnaires } from '../core/questionnaires';
import { userTabs, type TabSnapshot, type WorkbookSnapshot } from '../core/snapshot';
import { normaliseText } from '../core/text';
import type { ActionReport } from '../shared/api';
import { runAction } from './run-action';
import type { School } from './school';

/** A school's own questionnaires, one row per item, on a tab named `Instruments`. */
export function instrumentsTab(snapshot: WorkbookSnapshot): TabSnapshot | undefined {
  return userTabs(snapshot).find((tab) => normaliseText(tab.name) === normaliseText(INSTRUMENTS_TAB));
}

export function scoreAll(school: School): ReturnType<typeof scoreQuestionnaires> {
  return scoreQuestionnaires(school.data, school.stored.settings, school.stored.resolvedPupils, instrumentsTab(school.snapshot));
}

export function rescoreQuestionnaires(): ActionReport {
  return runAction('score', scoreAll);
}
