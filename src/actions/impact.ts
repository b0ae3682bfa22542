/**
 * Build impact charts. Questionnaire scores are worked out afresh from the responses, so impact
 * never depends on whether `Scores` was rebuilt since the last submission.
 */
import { buildImpact as build, staffRoles, type QuestionnaireScore } from '../core/impact';
import { impactScores, loadInstruments } from '../core/questionnaires';
import type { Instrument } from '../core/questionnaires/instrument';
import type { IsoDate } from '../core/values';
import type { ActionReport } from '../shared/api';
import { instrumentsTab, scoreAll } from './questionnaires';
import { runAction } from './run-action';
import type { School } from './school';

export function buildImpact(from: IsoDate | null, to: IsoDate | null): ActionReport {
  return runAction('impact', (school) => {
    const staff = school.mapping.staffAvailability;
    const roles = staffRoles(
      school.snapshot.tabs.find((tab) => tab.name === staff?.tab),
      staff,
    );
    return build(school.data, school.stored.settings, { from, to }, questionnaireScores(school).scores, roles);
  });
}

/** The questionnaire scores impact counts, scored afresh from the responses, and the instruments they came from. */
export function questionnaireScores(school: School): { scores: QuestionnaireScore[]; instruments: Instrument[] } {
  const { instruments } = loadInstruments(school.stored.settings, instrumentsTab(school.snapshot));
  return { scores: impactScores(scoreAll(school).rows, instruments, school.data.responses), instruments };
}
