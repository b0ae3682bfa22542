/**
 * onFormSubmit: scores the one response that just arrived and appends it to `Scores`, under the
 * document lock so it never writes while a re-score (or another submission) does. It reads the new
 * row, the register and `Scores`, never the other responses, so its cost is the same on the first
 * day of term and the last. Idempotent: a response already on `Scores` is not added again.
 *
 * Nothing is thrown back at Google and nothing about the pupil is logged: when the lock cannot be
 * had or anything fails, only the kind of failure is logged and the response stays on its tab,
 * where the sidebar counts it as unscored and Re-score picks it up.
 */
import type { Mapping } from '../core/mapping/schema';
import { INSTRUMENTS_TAB, loadInstruments, SCORES_KEY, scoreSingleResponse, type SingleScoreResult } from '../core/questionnaires';
import { scoresTab } from '../core/questionnaires/scores-tab';
import { readSchool } from '../core/setup';
import { normaliseHeader } from '../core/text';
import { services } from './services';
import { loadStored, saveMapping } from './store';

/** Long enough for a re-score or a burst of submissions to finish; well inside the trigger's time limit. */
const LOCK_WAIT_MS = 30_000;

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
  const { submissions, workbook } = services();
  const stored = loadStored();
  const mapping = stored.mapping;
  // Not set up yet: setup finds the responses tab and Re-score scores it.
  if (!mapping?.register) return;
  const submission = submissions.read(event, (tab) => mapping.responses.find((p) => p.tab === tab)?.headerRow ?? 1);
  if (!submission) throw new TypeError('no range');
  const { tab, sheetRow, headers, cells } = submission;
  const part = mapping.responses.find((p) => p.tab === tab);

  const register = submissions.readTabNamed(mapping.register.tab);
  const { data } = readSchool({ tabs: register ? [register] : [] }, mapping, stored.settings);
  const scores = submissions.readScores(SCORES_KEY);
  const response = { tab, headerRow: part?.headerRow ?? 1, headers, cells, sheetRow };
  let result = scoreSingleResponse(response, data, stored.settings, stored.resolvedPupils, undefined, scores.snapshot);
  // A school's own questionnaire: its Instruments tab is read only when no built-in one fits.
  const own = result.row === null ? submissions.readTabNamed(INSTRUMENTS_TAB) : undefined;
  if (own) result = scoreSingleResponse(response, data, stored.settings, stored.resolvedPupils, own, scores.snapshot);
  if (result.row === null || result.cells === null || result.alreadyScored) return;

  if (!part) learnResponsesTab(mapping, tab);
  if (!scores.sheet || !scores.snapshot) {
    // The first score: Scores is made through the normal plan path (tagged, formatted).
    const { instruments } = loadInstruments(stored.settings, own);
    workbook.apply({ tabs: [scoresTab([result.row], instruments)], replaces: [] }, scores.generated ?? { byKey: new Map(), leftovers: [] });
    return;
  }
  submissions.appendRow(scores.sheet, result.cells);
  const duplicates = supersededRows(result);
  const flagsColumn = (scores.snapshot.values[0] ?? []).findIndex((h) => normaliseHeader(String(h)) === 'flags') + 1;
  if (duplicates.length > 0 && flagsColumn > 0)
    submissions.rewriteCells(
      scores.sheet,
      flagsColumn,
      duplicates.map((update) => ({ row: update.row, value: update.flags })),
    );
}

/**
 * The earlier rows this response supersedes, as a full re-score would decide: a fuzzy match is a
 * guess until a person confirms it, so it neither replaces nor is replaced by another response.
 */
function supersededRows(result: SingleScoreResult): SingleScoreResult['duplicates'] {
  if (result.row?.flags.includes('fuzzy-match')) return [];
  return result.duplicates.filter(
    (update) =>
      !update.flags
        .split(',')
        .map((f) => f.trim())
        .includes('fuzzy-match'),
  );
}

/** A form linked outside the add-in: its tab joins the mapping so Re-score reads it too. */
function learnResponsesTab(mapping: Mapping, tab: string): void {
  if (mapping.responses.length >= 50) return;
  saveMapping({ ...mapping, responses: [...mapping.responses, { tab, headerRow: 1 }] });
}
