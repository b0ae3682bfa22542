/**
 * The sidebar's Questionnaires section: how many responses the trigger missed, what a new form
 * would collect, and what a person must choose because the add-in will not guess — the pupil a
 * name, code or email means, whether a response is a start or an end one, and which column holds
 * an item. Each choice is remembered in document properties and every later score, live or
 * re-score, uses it.
 */
import {
  builtinInstruments,
  formIdentity,
  formNotice,
  itemChoiceKey,
  loadInstruments,
  pupilNameKey,
  readScoresTab,
  responseKey,
  SCORES_KEY,
  unscoredCount,
  type ScoreRow,
} from '../core/questionnaires';
import { CHOICES_TOO_BIG, itemChoicesProperties, phaseChoicesProperties } from '../core/stored';
import { UserError } from '../core/user-error';
import type {
  ChoiceResult,
  NameToResolve,
  PhaseToChoose,
  PlaceItemArgs,
  PupilChoice,
  QuestionnaireState,
  ResolvePhaseArgs,
  ResolvePupilArgs,
} from '../shared/api';
import { FORM_INSTRUMENTS, FORM_SUBMIT_HANDLER } from './questionnaire-forms';
import { instrumentsTab, rescoreQuestionnaires, schoolScoringInputs, scoreAll } from './questionnaires';
import { loadSetUpSchool } from './run-action';
import type { School } from './school';
import { services } from './services';
import { saveResolvedPupils } from './store';

/** Enough for the sidebar to stay usable; the rest follow once these are chosen. */
const MAX_LISTED = 50;

/** Flagged responses grouped by the name, code or email given (one choice settles them all). */
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
    const suggestion = first.flags.includes('fuzzy-match') && first.pupilId !== null ? { id: first.pupilId, name: first.pupil } : null;
    return {
      typedName: first.typedName,
      what: first.identifiedBy === 'code' || first.identifiedBy === 'email' ? first.identifiedBy : 'name',
      kind: suggestion ? 'fuzzy' : 'unmatched',
      suggestion,
      responses: count,
      where: `${first.source.tab} row ${first.source.row}`,
    };
  });
}

const two = (n: number): string => String(n).padStart(2, '0');

function sentText(date: Date | null): string {
  if (date === null) return '';
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Responses whose start or end is not clear, in submission order. */
export function phasesToChoose(rows: readonly ScoreRow[]): PhaseToChoose[] {
  return rows
    .filter((row) => row.flags.includes('no-phase'))
    .map((row) => ({
      key: responseKey(row.source.tab, row.source.row, row.submitted),
      where: `${row.source.tab} row ${row.source.row}`,
      sent: sentText(row.submitted),
      pupil: row.pupil,
      answer: row.phaseText,
    }));
}

function stateOf(school: School): QuestionnaireState {
  const scores = school.snapshot.tabs.find((tab) => tab.generatedKey === SCORES_KEY);
  const result = scoreAll(school);
  const names = namesToResolve(result.rows);
  const phases = phasesToChoose(result.rows);
  const pupils: PupilChoice[] = school.data.pupils
    .map((pupil) => ({ id: pupil.id, name: pupil.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id));
  const builtins = builtinInstruments();
  const { stored } = school;
  return {
    unscored: unscoredCount(schoolScoringInputs(school), scores ? readScoresTab(scores).rows : []),
    triggerInstalled: services().forms.hasFormSubmitTrigger(FORM_SUBMIT_HANDLER),
    toResolve: names.slice(0, MAX_LISTED),
    moreToResolve: Math.max(0, names.length - MAX_LISTED),
    phasesToChoose: phases.slice(0, MAX_LISTED),
    morePhases: Math.max(0, phases.length - MAX_LISTED),
    itemsToPlace: result.itemsToPlace.map((item) => ({
      tab: item.tab,
      instrument: item.instrumentId,
      instrumentName: item.instrument,
      item: item.item,
      text: item.text,
      reason: item.reason,
      headers: item.headers,
    })),
    pupils,
    instruments: FORM_INSTRUMENTS.map((id) => ({ id, name: builtins.find((i) => i.id === id)?.name ?? id })),
    notice: formNotice(formIdentity(stored.settings)),
    forms: stored.forms.map((f) => ({ title: f.title, publishedUrl: f.publishedUrl, editUrl: f.editUrl })),
  };
}

export function questionnaireState(): QuestionnaireState {
  return stateOf(loadSetUpSchool([SCORES_KEY]));
}

/** Scores rebuilt with the new choice, and the section afresh. */
function rescored(): ChoiceResult {
  const report = rescoreQuestionnaires();
  return { report, state: questionnaireState() };
}

export function resolvePupil(args: ResolvePupilArgs): ChoiceResult {
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
  return rescored();
}

/** A response key as the state gave it: `[tab, row, sent]`, the tab one setup knows. */
function isResponseKey(key: string, school: School): boolean {
  try {
    const parsed = JSON.parse(key) as unknown;
    if (!Array.isArray(parsed) || parsed.length !== 3) return false;
    const [tab, row, sent] = parsed as unknown[];
    return (
      school.mapping.responses.some((part) => part.tab === tab) &&
      Number.isInteger(row) &&
      (sent === null || Number.isFinite(sent)) &&
      responseKey(tab as string, row as number, sent === null ? null : new Date(sent as number)) === key
    );
  } catch {
    return false;
  }
}

export function resolvePhase(args: ResolvePhaseArgs): ChoiceResult {
  const school = loadSetUpSchool();
  if (!isResponseKey(args.key, school))
    throw new UserError('That response is no longer on a form responses tab. Reload the sidebar and choose again.');
  const phases = { ...school.stored.phaseChoices };
  if (args.phase === null) delete phases[args.key];
  else phases[args.key] = args.phase;
  services().properties.set(phaseChoicesProperties(phases), CHOICES_TOO_BIG);
  return rescored();
}

export function placeItem(args: PlaceItemArgs): ChoiceResult {
  const school = loadSetUpSchool();
  const tab = school.data.responses.find((r) => r.tab === args.tab);
  if (!tab) throw new UserError('That form responses tab is no longer linked. Reload the sidebar and choose again.');
  const instrument = loadInstruments(school.stored.settings, instrumentsTab(school.snapshot)).instruments.find(
    (i) => i.id === args.instrument,
  );
  if (!instrument || args.item >= instrument.items.length)
    throw new UserError('That questionnaire item is not known. Reload the sidebar and choose again.');
  if (args.header !== null && args.header !== '' && !tab.headers.includes(args.header))
    throw new UserError('That column is no longer on the tab. Reload the sidebar and choose again.');
  const forTab: Record<string, string> = { ...(school.stored.itemChoices[args.tab] ?? {}) };
  const key = itemChoiceKey(args.instrument, args.item);
  if (args.header === null) delete forTab[key];
  else forTab[key] = args.header;
  services().properties.set(itemChoicesProperties({ ...school.stored.itemChoices, [args.tab]: forTab }), CHOICES_TOO_BIG);
  return rescored();
}
