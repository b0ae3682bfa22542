/**
 * Build impact charts. Questionnaire scores are worked out afresh from the responses, so impact
 * never depends on whether `Scores` was rebuilt since the last submission. The Schedule is read
 * back for the dosage and cost beside each programme.
 */
import { costsForImpact } from '../core/costs';
import { buildImpact as build, dosageTable, type QuestionnaireScore } from '../core/impact';
import { impactScores, loadInstruments } from '../core/questionnaires';
import type { Instrument } from '../core/questionnaires/instrument';
import { generatedTab } from '../core/snapshot';
import { SCHEDULE_KEY } from '../core/timetable';
import type { IsoDate } from '../core/values';
import type { ActionReport } from '../shared/api';
import { costInput } from './cost-input';
import { instrumentsTab, scoreAll } from './questionnaires';
import { runAction } from './run-action';
import type { School } from './school';

export function buildImpact(from: IsoDate | null, to: IsoDate | null): ActionReport {
  return runAction(
    'impact',
    (school) => {
      const input = costInput(school);
      const request = { from, to };
      const hasSchedule = generatedTab(school.snapshot, SCHEDULE_KEY) !== undefined;
      return build(school.data, school.stored.settings, request, questionnaireScores(school).scores, {
        staff: input.staff,
        dosage: hasSchedule ? dosageTable(school.data, input.rows, request, school.today) : null,
        costs: hasSchedule ? costsForImpact(input, request) : new Map(),
      });
    },
    [SCHEDULE_KEY],
  );
}

/** The questionnaire scores impact counts, scored afresh from the responses, and the instruments they came from. */
export function questionnaireScores(school: School): { scores: QuestionnaireScore[]; instruments: Instrument[] } {
  const { instruments } = loadInstruments(school.stored.settings, instrumentsTab(school.snapshot));
  return { scores: impactScores(scoreAll(school).rows, instruments, school.data.responses), instruments };
}
