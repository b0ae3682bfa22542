/**
 * One way to score: new responses and what `Scores` already holds in, rows to append, rows to
 * re-flag and problems out. A re-score passes every response and an empty Scores; a live
 * submission passes its one response and Scores as it stands. Matching a tab to an instrument,
 * reading its timestamps, identifying pupils, phases and duplicates are therefore decided in one
 * place for both.
 */
import type { ResponseTab, SchoolData } from '../domain';
import { quoteCell } from '../coerce';
import { problem, type Problem } from '../problems';
import type { Settings } from '../settings';
import type { TabSnapshot } from '../snapshot';
import { answerReader } from './answers';
import { builtinInstruments } from './builtins';
import type { QuestionnaireChoices } from './choices';
import type { Instrument } from './instrument';
import { parseInstrumentsTab } from './instruments-tab';
import type { UnresolvedItem } from './item-match';
import { matchResponseTab, type TabMatch } from './match-tab';
import { pupilMatcher, type PupilIdentities } from './pupil-match';
import { reconcile, type Reconciled, type TabOrder } from './reconcile';
import { placementsByPupil, scoreResponse, type ResponseContext, type ScoreRow } from './score';
import type { ExistingScore } from './scores-tab';
import { timestampColumn } from './timestamps';

export interface ScoringInputs {
  readonly data: SchoolData;
  readonly settings: Settings;
  readonly choices: QuestionnaireChoices;
  readonly identities: PupilIdentities;
  /** The school's own `Instruments` tab, when it has one. */
  readonly extraInstruments: TabSnapshot | undefined;
}

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

/** Responses of one tab to score: the tab (headers and the rows given) and each row's sheet row. */
export interface ResponseRows {
  readonly tab: ResponseTab;
  /** 1-based sheet row of `tab.rows[index]`. */
  readonly rowOf: (index: number) => number;
}

/** Every row of a tab as setup read it. */
export function allRows(tab: ResponseTab): ResponseRows {
  return { tab, rowOf: (index) => tab.headerRow + 1 + index };
}

export interface TabScoring {
  readonly tab: string;
  readonly match: TabMatch | null;
}

export interface ScoringOutcome extends Reconciled {
  readonly instruments: Instrument[];
  readonly problems: Problem[];
  readonly tabs: TabScoring[];
}

export function scoreResponses(
  inputs: ScoringInputs,
  responses: readonly ResponseRows[],
  onScores: readonly ExistingScore[],
  tabOrder: TabOrder,
): ScoringOutcome {
  const { instruments, problems } = loadInstruments(inputs.settings, inputs.extraInstruments);
  const pupils = pupilMatcher(inputs.data.pupils, inputs.choices.pupils, inputs.identities);
  const placements = placementsByPupil(inputs.data.placements);
  const fresh: ScoreRow[] = [];
  const tabs: TabScoring[] = [];
  for (const { tab, rowOf } of responses) {
    const result = matchResponseTab(tab, instruments, inputs.choices.items[tab.tab]);
    if (result.kind === 'unmatched') {
      tabs.push({ tab: tab.tab, match: null });
      problems.push(problem('score', tab.tab, tab.headerRow, '', `${result.reason} The tab was not scored.`));
      continue;
    }
    const { match } = result;
    tabs.push({ tab: tab.tab, match });
    problems.push(...match.unresolved.map((u) => unresolvedItemProblem(tab, match, u)));
    const timestamps = timestampColumn(match.timestampColumn === null ? [] : tab.rows.map((row) => row[match.timestampColumn!]));
    if (timestamps.ambiguous) problems.push(ambiguousTimestampsProblem(tab, match, timestamps.example ?? ''));
    const context: ResponseContext = {
      tab: tab.tab,
      headers: tab.headers,
      match,
      reader: answerReader(match.instrument.scale),
      timestamps,
      pupils,
      placements,
      phases: inputs.choices.phases,
    };
    tab.rows.forEach((cells, index) => {
      const scored = scoreResponse(context, cells, rowOf(index));
      if (!scored) return;
      fresh.push(scored.row);
      problems.push(...scored.problems);
    });
  }
  return { instruments, problems, tabs, ...reconcile(onScores, fresh, tabOrder) };
}

function unresolvedItemProblem(tab: ResponseTab, match: TabMatch, unresolved: UnresolvedItem): Problem {
  const item = `The ${match.instrument.name} item ${quoteCell(match.instrument.items[unresolved.item]!.text)}`;
  const until = 'it counts as unanswered until you choose its column in the sidebar (Questionnaires).';
  const headers = unresolved.candidates.map((c) => quoteCell(tab.headers[c] ?? ''));
  const why = unresolved.reason === 'none' ? 'matches no column' : `matches more than one column (${headers.join(' and ')})`;
  return problem('score', tab.tab, tab.headerRow, '', `${item} ${why}: ${until}`);
}

function ambiguousTimestampsProblem(tab: ResponseTab, match: TabMatch, example: string): Problem {
  const header = tab.headers[match.timestampColumn!] ?? '';
  return problem(
    'score',
    tab.tab,
    tab.headerRow,
    header,
    `These timestamps could be day/month or month/day (such as ${quoteCell(example)}), and nothing in the column says which: they were read day first, as dd/mm/yyyy. Check a few against the form's own list of responses.`,
  );
}

/** How many responses `Scores` does not hold yet (a missed trigger): the sidebar offers a re-score. */
export function unscoredCount(inputs: ScoringInputs, scores: readonly ExistingScore[]): number {
  const { instruments } = loadInstruments(inputs.settings, inputs.extraInstruments);
  const held = new Set(scores.map((r) => `${r.sourceTab}\u0000${r.sourceRow}`));
  let missing = 0;
  for (const tab of inputs.data.responses) {
    if (matchResponseTab(tab, instruments, inputs.choices.items[tab.tab]).kind !== 'matched') continue;
    tab.rows.forEach((cells, index) => {
      const blank = cells.every((cell) => cell === '' || (typeof cell === 'string' && cell.trim() === ''));
      if (!blank && !held.has(`${tab.tab}\u0000${tab.headerRow + 1 + index}`)) missing++;
    });
  }
  return missing;
}
