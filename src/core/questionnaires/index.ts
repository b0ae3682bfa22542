/**
 * Score questionnaires (issue 5): every linked form-response tab matched to an instrument, each
 * response scored onto the `Scores` tab in submission order. `scoreSingleResponse` scores one new
 * response for onFormSubmit along the same code path.
 */
import type { ResponseTab, SchoolData } from '../domain';
import type { PlanCell, WritePlan } from '../plan';
import { problem, type Problem } from '../problems';
import type { Settings } from '../settings';
import type { TabSnapshot } from '../snapshot';
import type { CellValue } from '../values';
import { builtinInstruments } from './builtins';
import type { Instrument } from './instrument';
import { parseInstrumentsTab } from './instruments-tab';
import { matchResponseTab, type TabMatch } from './match-tab';
import { pupilMatcher, type PupilMatcher } from './pupil-match';
import { bySubmission, markDuplicates, placementsByPupil, responseContext, scoreResponse, type ScoreRow } from './score';
import { readScoresTab, scoreRowCells, scoresHeaders, scoresTab, SCORES_KEY } from './scores-tab';
import { quoteCell } from '../coerce';
import { plural } from '../text';

export { builtinInstruments, SLSS_ID, SRS_ID } from './builtins';
export { instrumentSchema, requiredAnswers, subscalesOf, type Instrument, type InstrumentInput, type Item, type Scale } from './instrument';
export { INSTRUMENTS_TAB, parseInstrumentsTab, parseScale } from './instruments-tab';
export { matchResponseTab, type TabMatch, type TabMatchResult } from './match-tab';
export { answerReader, type Answer } from './answers';
export { pupilMatcher, pupilNameKey, type PupilMatch } from './pupil-match';
export { readPhase, phaseFromDate, type Phase } from './phase';
export { SCORE_FLAGS, scoreAnswers, type ScoreFlag, type ScoreRow } from './score';
export { impactScores } from './impact-scores';
export { readScoresTab, scoreRowCells, scoresHeaders, SCORES_KEY, SCORES_TAB, type ExistingScore } from './scores-tab';

export interface ScoreResult {
  readonly plan: WritePlan;
  readonly problems: Problem[];
  readonly headline: string;
  readonly details: string[];
  readonly rows: ScoreRow[];
}

const MAX_DETAILS = 50;

/** The built-ins plus the school's own, with the problems its Instruments tab has. */
export function loadInstruments(
  settings: Settings,
  extraInstruments: TabSnapshot | undefined,
): { instruments: Instrument[]; problems: Problem[] } {
  const share = settings.questionnaires.minAnsweredShare;
  const builtins = builtinInstruments(share);
  if (!extraInstruments) return { instruments: builtins, problems: [] };
  const own = parseInstrumentsTab(
    extraInstruments,
    builtins.map((i) => i.id),
    share,
  );
  return { instruments: [...builtins, ...own.instruments], problems: own.problems };
}

interface Scorer {
  readonly instruments: Instrument[];
  readonly problems: Problem[];
  readonly pupils: PupilMatcher;
  readonly placements: ReturnType<typeof placementsByPupil>;
}

function scorer(
  data: SchoolData,
  settings: Settings,
  resolved: Readonly<Record<string, string>>,
  extraInstruments: TabSnapshot | undefined,
): Scorer {
  const { instruments, problems } = loadInstruments(settings, extraInstruments);
  return { instruments, problems, pupils: pupilMatcher(data.pupils, resolved), placements: placementsByPupil(data.placements) };
}

interface TabScores {
  readonly match: TabMatch | null;
  readonly rows: ScoreRow[];
  readonly problems: Problem[];
}

function scoreTab(tab: ResponseTab, s: Scorer): TabScores {
  const result = matchResponseTab(tab, s.instruments);
  if (result.kind === 'unmatched') {
    return { match: null, rows: [], problems: [unmatchedTabProblem(tab, result.reason)] };
  }
  const context = responseContext(tab.tab, tab.headers, result.match, s.pupils, s.placements);
  const rows: ScoreRow[] = [];
  const problems: Problem[] = [];
  tab.rows.forEach((cells, index) => {
    const scored = scoreResponse(context, cells, tab.headerRow + 1 + index);
    if (!scored) return;
    rows.push(scored.row);
    problems.push(...scored.problems);
  });
  return { match: result.match, rows, problems };
}

function unmatchedTabProblem(tab: ResponseTab, reason: string): Problem {
  return problem('score', tab.tab, tab.headerRow, '', `${reason} The tab was not scored.`);
}

/** Re-score: rebuilds `Scores` from every response tab. */
export function scoreQuestionnaires(
  data: SchoolData,
  settings: Settings,
  resolved: Readonly<Record<string, string>>,
  extraInstruments: TabSnapshot | undefined,
): ScoreResult {
  const s = scorer(data, settings, resolved, extraInstruments);
  const perTab = data.responses.map((tab) => ({ tab, ...scoreTab(tab, s) }));
  const tabOrder = new Map(data.responses.map((tab, index) => [tab.tab, index]));
  const rows = markDuplicates(perTab.flatMap((t) => t.rows).sort(bySubmission(tabOrder)));
  const problems = [...s.problems, ...perTab.flatMap((t) => t.problems)];
  return {
    plan: { tabs: [scoresTab(rows, s.instruments)], replaces: [SCORES_KEY] },
    problems,
    headline: headlineOf(rows, perTab),
    details: detailsOf(rows, perTab).slice(0, MAX_DETAILS),
    rows,
  };
}

function headlineOf(rows: readonly ScoreRow[], perTab: readonly { tab: ResponseTab; match: TabMatch | null }[]): string {
  if (perTab.length === 0) return 'No form response tabs are linked yet: create a questionnaire form or link an existing one.';
  const scoredTabs = perTab.filter((t) => t.match !== null).length;
  const unmatched = perTab.length - scoredTabs;
  const needLook = rows.filter((r) => r.flags.some((f) => f !== 'duplicate')).length;
  let text = `Scored ${plural(rows.length, 'response', 'responses')} from ${plural(scoredTabs, 'tab', 'tabs')}`;
  if (needLook > 0) text += `; ${plural(needLook, 'needs', 'need')} a look`;
  if (unmatched > 0) text += `; ${plural(unmatched, 'tab matches', 'tabs match')} no questionnaire`;
  return `${text}.`;
}

const FLAG_WORDS: Partial<Record<ScoreRow['flags'][number], string>> = {
  'unmatched-pupil': 'not on the register — choose the pupil',
  'fuzzy-match': 'matched to a similar name — please confirm',
  incomplete: 'too few items answered for a score',
  'out-of-range': 'an answer was not on the scale',
  'no-phase': 'could not tell whether this is the start or the end',
};

function detailsOf(rows: readonly ScoreRow[], perTab: readonly { tab: ResponseTab; match: TabMatch | null }[]): string[] {
  const details = perTab.filter((t) => t.match === null).map((t) => `${t.tab.tab}: matches no questionnaire, so it was not scored.`);
  for (const row of rows) {
    const words = row.flags.map((f) => FLAG_WORDS[f]).filter((w): w is string => w !== undefined);
    if (words.length === 0) continue;
    const who = row.flags.includes('fuzzy-match') ? `${quoteCell(row.typedName)} → ${row.pupil}` : row.pupil || 'no name';
    details.push(`${row.source.tab} row ${row.source.row} (${who}): ${words.join('; ')}.`);
  }
  return details;
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
  /** Null when the tab matches no instrument or the row is blank (see `problems`). */
  readonly row: ScoreRow | null;
  /** The row laid out under the Scores tab's headers as they stand (or fresh ones). */
  readonly cells: PlanCell[] | null;
  /** True when `Scores` already holds this response: nothing to append. */
  readonly alreadyScored: boolean;
  /** Earlier rows on `Scores` this response supersedes: their new Flags text. */
  readonly duplicates: readonly { readonly row: number; readonly flags: string }[];
  readonly problems: Problem[];
}

/** Scores one submission without reading the other responses; `scores` is the Scores tab as it stands. */
export function scoreSingleResponse(
  response: SingleResponse,
  data: SchoolData,
  settings: Settings,
  resolved: Readonly<Record<string, string>>,
  extraInstruments: TabSnapshot | undefined,
  scores: TabSnapshot | undefined,
): SingleScoreResult {
  const s = scorer(data, settings, resolved, extraInstruments);
  const tab: ResponseTab = { tab: response.tab, headerRow: response.headerRow, headers: response.headers, rows: [response.cells] };
  const matched = matchResponseTab(tab, s.instruments);
  const none = (problems: Problem[]): SingleScoreResult => ({
    row: null,
    cells: null,
    alreadyScored: false,
    duplicates: [],
    problems: [...s.problems, ...problems],
  });
  if (matched.kind === 'unmatched') return none([unmatchedTabProblem(tab, matched.reason)]);
  const scored = scoreResponse(
    responseContext(tab.tab, tab.headers, matched.match, s.pupils, s.placements),
    response.cells,
    response.sheetRow,
  );
  if (!scored) return none([]);
  const { row } = scored;
  const existing = scores ? readScoresTab(scores) : null;
  const headers = existing && existing.headers.some((h) => h !== '') ? existing.headers : scoresHeaders(s.instruments);
  const alreadyScored = existing?.rows.some((r) => r.sourceTab === row.source.tab && r.sourceRow === row.source.row) ?? false;
  const duplicates =
    alreadyScored || row.pupilId === null || row.phase === null
      ? []
      : (existing?.rows ?? [])
          .filter(
            (r) => r.pupilId === row.pupilId && r.instrument === row.instrument && r.phase === row.phase && !r.flags.includes('duplicate'),
          )
          .map((r) => ({ row: r.row, flags: [...r.flags, 'duplicate'].join(', ') }));
  return { row, cells: scoreRowCells(row, headers), alreadyScored, duplicates, problems: [...s.problems, ...scored.problems] };
}

/** How many response rows `Scores` does not yet hold (a missed trigger): the sidebar offers re-score. */
export function unscoredCount(
  data: SchoolData,
  settings: Settings,
  extraInstruments: TabSnapshot | undefined,
  scores: TabSnapshot | undefined,
): number {
  const { instruments } = loadInstruments(settings, extraInstruments);
  const held = new Set((scores ? readScoresTab(scores).rows : []).map((r) => `${r.sourceTab}\u0000${r.sourceRow}`));
  let missing = 0;
  for (const tab of data.responses) {
    if (matchResponseTab(tab, instruments).kind !== 'matched') continue;
    tab.rows.forEach((cells, index) => {
      const blank = cells.every((cell) => cell === '' || (typeof cell === 'string' && cell.trim() === ''));
      if (!blank && !held.has(`${tab.tab}\u0000${tab.headerRow + 1 + index}`)) missing++;
    });
  }
  return missing;
}
