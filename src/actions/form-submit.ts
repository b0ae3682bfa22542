/**
 * onFormSubmit: scores the one response that just arrived, appends it to `Scores`, re-flags the
 * earlier rows it supersedes and adds its problems to `Problems`, under the document lock so it
 * never writes while a re-score (or another submission) does. Scoring goes through the same core
 * function as a re-score, so both decide alike. It reads the new row, the register, `Scores` and
 * `Problems`, never the other responses, so its cost is the same on the first day of term and the
 * last. Idempotent: a response already on `Scores` is not added again, nor its problems.
 *
 * Nothing is thrown back at Google and nothing about the pupil is logged: when the lock cannot be
 * had or anything fails, only the kind of failure is logged and the response stays on its tab,
 * where the sidebar counts it as unscored and Re-score picks it up.
 */
import type { Mapping } from '../core/mapping/schema';
import type { TabPlan } from '../core/plan';
import type { GeneratedTabs, OwnTabNow } from '../core/ports';
import { notYetListed, PROBLEMS_KEY, problemRow, problemsTab, readProblemsTab } from '../core/problems-tab';
import { INSTRUMENTS_TAB, loadInstruments, SCORES_KEY, scoreSingleResponse, type SingleResponse } from '../core/questionnaires';
import { scoresTab } from '../core/questionnaires/scores-tab';
import { readSchool } from '../core/setup';
import type { TabSnapshot } from '../core/snapshot';
import { OWN_TAB_IDS_PROPERTY } from '../core/storage-keys';
import { readStored } from '../core/stored';
import { normaliseHeader } from '../core/text';
import { scoringInputs } from './questionnaires';
import { services } from './services';
import { saveMapping } from './store';

/** Long enough for a re-score or a burst of submissions to finish; well inside the trigger's time limit. */
const LOCK_WAIT_MS = 30_000;

const NONE: OwnTabNow = { sheet: null, snapshot: undefined };

export function onFormSubmitEvent(event: unknown): void {
  try {
    if (!services().lock.tryDocumentLock(LOCK_WAIT_MS, () => scoreSubmission(event))) leftForRescore('lock timeout');
  } catch (error) {
    leftForRescore(error instanceof Error ? error.name : 'unknown');
  }
}

/** Only the kind of failure: a message could quote a cell, and cells hold pupil data. */
function leftForRescore(kind: string): void {
  services().log.error(`a form response was left for re-score (${kind}).`);
}

function scoreSubmission(event: unknown): void {
  const { submissions } = services();
  const properties = services().properties.all();
  const stored = readStored(properties);
  // Not set up yet: setup finds the responses tab and Re-score scores it.
  if (!stored.mapping?.register) return;
  const to = submissions.open(event, (tab) => stored.mapping?.responses.find((p) => p.tab === tab)?.headerRow ?? 1);
  if (!to) throw new TypeError('no range');
  const { submission } = to;
  const mapping = withResponsesTab(stored.mapping, submission.tab);
  const ownTab = (key: string) => to.readOwnTabs([key], properties[OWN_TAB_IDS_PROPERTY]);

  const register = to.readTabNamed(mapping.register!.tab);
  const scoresRead = ownTab(SCORES_KEY);
  const scores = scoresRead.tabs.get(SCORES_KEY) ?? NONE;
  const response: SingleResponse = {
    tab: submission.tab,
    headerRow: mapping.responses.find((p) => p.tab === submission.tab)?.headerRow ?? 1,
    headers: submission.headers,
    cells: submission.cells,
    sheetRow: submission.sheetRow,
  };
  const score = (instruments: TabSnapshot | undefined) => {
    const { data } = readSchool({ tabs: register ? [register] : [] }, mapping, stored.settings);
    const inputs = scoringInputs(stored, mapping, data, { register, instruments });
    return scoreSingleResponse(
      inputs,
      response,
      scores.snapshot,
      mapping.responses.map((p) => p.tab),
    );
  };
  let result = score(undefined);
  // A school's own questionnaire: its Instruments tab is read only when no built-in one fits.
  const ownInstruments = result.unmatched ? to.readTabNamed(INSTRUMENTS_TAB) : undefined;
  if (ownInstruments) result = score(ownInstruments);
  if (result.held) return;

  const rebuild: TabPlan[] = [];
  if (result.row !== null && result.cells !== null) {
    if (scores.sheet && scores.snapshot) {
      submissions.appendRow(scores.sheet, result.cells);
      rewriteFlags(scores, result.reflag);
    } else {
      // The first score: Scores is made through the normal plan path (tagged, formatted).
      rebuild.push(scoresTab([result.row], loadInstruments(stored.settings, ownInstruments).instruments));
    }
  }
  // Problems is read only when there are some: a tab's own problems (an item without a column,
  // say) come with every response, so they are listed once.
  const problemsRead = result.problems.length > 0 ? ownTab(PROBLEMS_KEY) : null;
  const problems = problemsRead?.tabs.get(PROBLEMS_KEY) ?? NONE;
  const listed = readProblemsTab(problems.snapshot);
  const fresh = notYetListed(listed, result.problems);
  if (fresh.length > 0 && problems.sheet && listed.length > 0) submissions.appendRows(problems.sheet, fresh.map(problemRow));
  else if (fresh.length > 0) rebuild.push(problemsTab(listed, fresh, []));
  if (rebuild.length > 0)
    services().workbook.apply({ tabs: rebuild, replaces: [] }, scoresRead.generated ?? problemsRead?.generated ?? generatedTabs());
  if (mapping !== stored.mapping) saveMapping(mapping);
}

/** A form linked outside the add-in: its tab joins the mapping so Re-score reads it too. */
function withResponsesTab(mapping: Mapping, tab: string): Mapping {
  if (mapping.responses.some((p) => p.tab === tab) || mapping.responses.length >= 50) return mapping;
  return { ...mapping, responses: [...mapping.responses, { tab, headerRow: 1 }] };
}

function rewriteFlags(scores: OwnTabNow, reflag: readonly { row: number; flags: string }[]): void {
  const flagsColumn = (scores.snapshot?.values[0] ?? []).findIndex((h) => normaliseHeader(String(h)) === 'flags') + 1;
  if (reflag.length > 0 && flagsColumn > 0 && scores.sheet)
    services().submissions.rewriteCells(
      scores.sheet,
      flagsColumn,
      reflag.map((update) => ({ row: update.row, value: update.flags })),
    );
}

/** The add-in's tabs, found with one search, for a tab that must be made through the plan path. */
function generatedTabs(): GeneratedTabs {
  return services().workbook.read({ userTabs: [], generated: [] }).generated;
}
