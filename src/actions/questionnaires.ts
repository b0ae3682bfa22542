/** Score questionnaires: rebuild `Scores` from every linked response tab. */
import type { SchoolData } from '../core/domain';
import type { Mapping } from '../core/mapping/schema';
import { INSTRUMENTS_TAB, pupilIdentities, scoreQuestionnaires, type ScoringInputs } from '../core/questionnaires';
import { userTabs, type TabSnapshot, type WorkbookSnapshot } from '../core/snapshot';
import { questionnaireChoices, type Stored } from '../core/stored';
import { normaliseText } from '../core/text';
import type { ActionReport } from '../shared/api';
import { runAction } from './run-action';
import type { School } from './school';

/** A school's own questionnaires, one row per item, on a tab named `Instruments`. */
export function instrumentsTab(snapshot: WorkbookSnapshot): TabSnapshot | undefined {
  return userTabs(snapshot).find((tab) => normaliseText(tab.name) === normaliseText(INSTRUMENTS_TAB));
}

/** What scoring needs, from the stored setup and choices and the tabs read: the same for a re-score and a submission. */
export function scoringInputs(
  stored: Stored,
  mapping: Mapping,
  data: SchoolData,
  tabs: { readonly register: TabSnapshot | undefined; readonly instruments: TabSnapshot | undefined },
): ScoringInputs {
  const register = mapping.register && tabs.register ? { tab: tabs.register, headerRow: mapping.register.headerRow } : null;
  return {
    data,
    settings: stored.settings,
    choices: questionnaireChoices(stored),
    identities: pupilIdentities(data.pupils, { secret: stored.formSecret, register }),
    extraInstruments: tabs.instruments,
  };
}

export function schoolScoringInputs(school: School): ScoringInputs {
  const register = userTabs(school.snapshot).find((tab) => tab.name === school.mapping.register?.tab);
  return scoringInputs(school.stored, school.mapping, school.data, { register, instruments: instrumentsTab(school.snapshot) });
}

export function scoreAll(school: School): ReturnType<typeof scoreQuestionnaires> {
  return scoreQuestionnaires(schoolScoringInputs(school));
}

export function rescoreQuestionnaires(): ActionReport {
  return runAction('score', scoreAll);
}
