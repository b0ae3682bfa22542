/**
 * The sidebar's Questionnaires section: how many responses the trigger missed, and the names typed
 * on forms that a person must match to a pupil. A choice is remembered (normalised name → pupil
 * id, in document properties) and every later score, live or re-score, uses it.
 */
import { builtinInstruments, pupilNameKey, SCORES_KEY, unscoredCount, type ScoreRow } from '../core/questionnaires';
import type { NameToResolve, PupilChoice, QuestionnaireState, ResolvePupilArgs, ResolvePupilResult } from '../shared/api';
import { hasFormSubmitTrigger } from '../sheets/forms';
import { saveResolvedPupils } from '../sheets/resolved-pupils';
import { FORM_INSTRUMENTS, FORM_SUBMIT_HANDLER } from './questionnaire-forms';
import { instrumentsTab, rescoreQuestionnaires, scoreAll } from './questionnaires';
import { loadSetUpSchool } from './run-action';
import type { School } from './school';
import { UserError } from '../core/user-error';

/** Enough for the sidebar to stay usable; the rest follow once these are chosen. */
const MAX_NAMES = 50;

/** Flagged responses grouped by the name as typed (one choice settles them all). */
export function namesToResolve(rows: readonly ScoreRow[]): NameToResolve[] {
  const byKey = new Map<string, { first: ScoreRow; count: number }>();
  for (const row of rows) {
    const fuzzy = row.flags.includes('fuzzy-match');
    if (!fuzzy && !row.flags.includes('unmatched-pupil')) continue;
    const key = pupilNameKey(row.typedName);
    if (key === '') continue;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { first: row, count: 1 });
  }
  return [...byKey.values()].map(({ first, count }) => {
    const fuzzy = first.flags.includes('fuzzy-match') && first.pupilId !== null;
    return {
      typedName: first.typedName,
      kind: fuzzy ? 'fuzzy' : 'unmatched',
      suggestion: fuzzy ? { id: first.pupilId!, name: first.pupil } : null,
      responses: count,
      where: `${first.source.tab} row ${first.source.row}`,
    };
  });
}

function stateOf(school: School): QuestionnaireState {
  const scores = school.snapshot.tabs.find((tab) => tab.generatedKey === SCORES_KEY);
  const extra = instrumentsTab(school.snapshot);
  const names = namesToResolve(scoreAll(school).rows);
  const pupils: PupilChoice[] = school.data.pupils
    .map((pupil) => ({ id: pupil.id, name: pupil.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id));
  const builtins = builtinInstruments();
  return {
    unscored: unscoredCount(school.data, school.stored.settings, extra, scores),
    triggerInstalled: hasFormSubmitTrigger(school.spreadsheet, FORM_SUBMIT_HANDLER),
    toResolve: names.slice(0, MAX_NAMES),
    moreToResolve: Math.max(0, names.length - MAX_NAMES),
    pupils,
    instruments: FORM_INSTRUMENTS.map((id) => ({ id, name: builtins.find((i) => i.id === id)?.name ?? id })),
  };
}

export function questionnaireState(): QuestionnaireState {
  return stateOf(loadSetUpSchool([SCORES_KEY]));
}

export function resolvePupil(args: ResolvePupilArgs): ResolvePupilResult {
  const school = loadSetUpSchool();
  const key = pupilNameKey(args.typedName);
  if (key === '') throw new UserError('That response has no name to match. Choose the pupil on the form responses tab instead.');
  if (args.pupilId !== null && !school.data.pupils.some((pupil) => pupil.id === args.pupilId)) {
    throw new UserError('That pupil is no longer on the register. Reload the sidebar and choose again.');
  }
  const resolved: Record<string, string> = { ...school.stored.resolvedPupils };
  for (const name of Object.keys(resolved)) if (pupilNameKey(name) === key) delete resolved[name];
  if (args.pupilId !== null) resolved[key] = args.pupilId;
  saveResolvedPupils(resolved);
  const report = rescoreQuestionnaires();
  return { report, state: questionnaireState() };
}
