/**
 * Score questionnaires: every linked form-response tab matched to an instrument, each response
 * scored onto the `Scores` tab in submission order (`scoreQuestionnaires`), and one new response
 * scored as it arrives (`scoreSingleResponse`). Both go through `scoreResponses`.
 */
import type { ResponseTab } from '../domain';
import type { PlanCell, WritePlan } from '../plan';
import type { Problem } from '../problems';
import type { TabSnapshot } from '../snapshot';
import type { CellValue } from '../values';
import type { UnresolvedReason } from './item-match';
import type { TabOrder } from './reconcile';
import { describeOutcome } from './report';
import type { ScoreRow } from './score';
import { readScoresTab, scoreRowCells, scoresHeaders, scoresTab, SCORES_KEY } from './scores-tab';
import { allRows, scoreResponses, type ScoringInputs, type TabScoring } from './scoring';

export { builtinInstruments, SLSS_ID, SRS_ID } from './builtins';
export { NO_CHOICES, responseKey, type QuestionnaireChoices } from './choices';
export { pupilIdentities, type IdentitySources } from './identities';
export { FORM_LINKS_KEY, FORM_LINKS_TAB, formLinksTab } from './form-links-tab';
export { formRecordSchema, type FormIdentity, type FormRecord } from './form-records';
export {
  CODE_QUESTION,
  formIdentity,
  formNotice,
  formTitle,
  PHASE_CHOICES,
  PHASE_QUESTION,
  questionnaireFormSpec,
  type FormNotice,
} from './form-spec';
export { instrumentSchema, requiredAnswers, subscalesOf, type Instrument, type InstrumentInput, type Item, type Scale } from './instrument';
export { scoreAnswers } from './instrument-score';
export { INSTRUMENTS_TAB, parseInstrumentsTab, parseScale } from './instruments-tab';
export { itemChoiceKey, type ItemChoices } from './item-match';
export { matchResponseTab, type TabMatch, type TabMatchResult } from './match-tab';
export { answerReader, type Answer } from './answers';
export { pupilMatcher, pupilNameKey, type IdentifiedBy, type PupilIdentities, type PupilMatch } from './pupil-match';
export { readPhase, phaseFromDate, type Phase } from './phase';
export { SCORE_FLAGS, type ScoreFlag, type ScoreRow } from './score';
export { impactScores } from './impact-scores';
export { readScoresTab, scoreRowCells, scoresHeaders, SCORES_KEY, SCORES_TAB, type ExistingScore } from './scores-tab';
export { loadInstruments, unscoredCount, type ScoringInputs } from './scoring';

/** An item a person must place: the column it is under, or "not on this form". */
export interface ItemToPlace {
  readonly tab: string;
  readonly instrumentId: string;
  readonly instrument: string;
  /** 0-based item index. */
  readonly item: number;
  readonly text: string;
  readonly reason: UnresolvedReason;
  /** The headers it may be under. */
  readonly headers: readonly string[];
}

export interface ScoreResult {
  readonly plan: WritePlan;
  readonly problems: Problem[];
  readonly headline: string;
  readonly details: string[];
  readonly rows: ScoreRow[];
  readonly itemsToPlace: ItemToPlace[];
}

/** Tabs in the order setup lists them: the order responses sent together are taken in. */
function tabOrderOf(tabs: readonly string[]): TabOrder {
  const order = new Map(tabs.map((tab, index) => [tab, index]));
  return (tab) => order.get(tab) ?? tabs.length;
}

function itemsToPlace(tabs: readonly TabScoring[], responses: readonly ResponseTab[]): ItemToPlace[] {
  return tabs.flatMap(({ tab, match }) => {
    if (match === null) return [];
    const headers = responses.find((r) => r.tab === tab)?.headers ?? [];
    return match.unresolved.map((u) => ({
      tab,
      instrumentId: match.instrument.id,
      instrument: match.instrument.name,
      item: u.item,
      text: match.instrument.items[u.item]!.text,
      reason: u.reason,
      headers: u.candidates.map((c) => headers[c] ?? ''),
    }));
  });
}

/** Re-score: rebuilds `Scores` from every response tab. */
export function scoreQuestionnaires(inputs: ScoringInputs): ScoreResult {
  const { responses } = inputs.data;
  const outcome = scoreResponses(inputs, responses.map(allRows), [], tabOrderOf(responses.map((tab) => tab.tab)));
  const rows = outcome.append;
  const { headline, details } = describeOutcome(rows, outcome.tabs, responses.length);
  return {
    plan: { tabs: [scoresTab(rows, outcome.instruments)], replaces: [SCORES_KEY] },
    problems: outcome.problems,
    headline,
    details,
    rows,
    itemsToPlace: itemsToPlace(outcome.tabs, responses),
  };
}

/** One new response, as onFormSubmit receives it. */
export interface SingleResponse {
  readonly tab: string;
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly cells: readonly CellValue[];
  /** The response's 1-based row on its tab. */
  readonly sheetRow: number;
}

export interface SingleScoreResult {
  /** Scores already holds this response: nothing to add. */
  readonly held: boolean;
  /** The tab matches no instrument. */
  readonly unmatched: boolean;
  /** Null when Scores already holds it, the tab matches no instrument or the row is blank. */
  readonly row: ScoreRow | null;
  /** The row laid out under the Scores tab's headers as they stand (or fresh ones). */
  readonly cells: PlanCell[] | null;
  /** Earlier rows on `Scores` whose Flags change: their row and new Flags text. */
  readonly reflag: readonly { readonly row: number; readonly flags: string }[];
  readonly problems: Problem[];
}

/**
 * Scores one submission without reading the other responses. `scores` is the Scores tab as it
 * stands; `tabs` the responses tabs in setup's order.
 */
export function scoreSingleResponse(
  inputs: ScoringInputs,
  response: SingleResponse,
  scores: TabSnapshot | undefined,
  tabs: readonly string[],
): SingleScoreResult {
  const existing = scores ? readScoresTab(scores) : null;
  const tab: ResponseTab = { tab: response.tab, headerRow: response.headerRow, headers: response.headers, rows: [response.cells] };
  const outcome = scoreResponses(inputs, [{ tab, rowOf: () => response.sheetRow }], existing?.rows ?? [], tabOrderOf(tabs));
  const row = outcome.append[0] ?? null;
  const unmatched = outcome.tabs.every((t) => t.match === null);
  const held = existing?.rows.some((r) => r.sourceTab === response.tab && r.sourceRow === response.sheetRow) ?? false;
  if (held) return { held, unmatched, row: null, cells: null, reflag: [], problems: [] };
  const headers = existing && existing.headers.some((h) => h !== '') ? existing.headers : scoresHeaders(outcome.instruments);
  return {
    held,
    unmatched,
    row,
    cells: row === null ? null : scoreRowCells(row, headers),
    reflag: outcome.reflag,
    problems: outcome.problems,
  };
}
