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
import { readSchool } from '../core/setup';
import type { Mapping } from '../core/mapping/schema';
import { INSTRUMENTS_TAB, loadInstruments, scoreSingleResponse, type SingleScoreResult } from '../core/questionnaires';
import { scoresTab } from '../core/questionnaires/scores-tab';
import { normaliseHeader } from '../core/text';
import { applyPlan } from '../sheets/apply';
import {
  appendScoreRow,
  readScoresSheet,
  readSubmission,
  readTabNamed,
  rewriteFlags,
  underDocumentLock,
  type SubmitEvent,
} from '../sheets/append-scores';
import { loadStored, saveMapping } from '../sheets/store';

/** Long enough for a re-score or a burst of submissions to finish; well inside the trigger's time limit. */
const LOCK_WAIT_MS = 30_000;

export function onFormSubmitEvent(event: unknown): void {
  try {
    if (!underDocumentLock(LOCK_WAIT_MS, () => scoreSubmission((event ?? {}) as SubmitEvent))) leftForRescore('lock timeout');
  } catch (error) {
    leftForRescore(error instanceof Error ? error.name : 'unknown');
  }
}

/** Only the kind of failure: a message could quote a cell, and cells hold pupil data. */
function leftForRescore(kind: string): void {
  console.error(`Intervention Planner: a form response was left for re-score (${kind}).`);
}

function scoreSubmission(event: SubmitEvent): void {
  const stored = loadStored();
  const mapping = stored.mapping;
  // Not set up yet: setup finds the responses tab and Re-score scores it.
  if (!mapping?.register) return;
  const submission = readSubmission(event, (tab) => mapping.responses.find((p) => p.tab === tab)?.headerRow ?? 1);
  if (!submission) throw new TypeError('no range');
  const { spreadsheet, tab, sheetRow, headers, cells } = submission;
  const part = mapping.responses.find((p) => p.tab === tab);

  const register = readTabNamed(spreadsheet, mapping.register.tab);
  const { data } = readSchool({ tabs: register ? [register] : [] }, mapping, stored.settings);
  const scores = readScoresSheet(spreadsheet);
  const response = { tab, headerRow: part?.headerRow ?? 1, headers, cells, sheetRow };
  let result = scoreSingleResponse(response, data, stored.settings, stored.resolvedPupils, undefined, scores.snapshot);
  // A school's own questionnaire: its Instruments tab is read only when no built-in one fits.
  const own = result.row === null ? readTabNamed(spreadsheet, INSTRUMENTS_TAB) : undefined;
  if (own) result = scoreSingleResponse(response, data, stored.settings, stored.resolvedPupils, own, scores.snapshot);
  if (result.row === null || result.cells === null || result.alreadyScored) return;

  if (!part) learnResponsesTab(mapping, tab);
  if (!scores.sheet || !scores.snapshot) {
    // The first score: Scores is made through the normal plan path (tagged, formatted).
    const { instruments } = loadInstruments(stored.settings, own);
    applyPlan(spreadsheet, { tabs: [scoresTab([result.row], instruments)], replaces: [] }, scores.generated ?? new Map());
    return;
  }
  appendScoreRow(scores.sheet, result.cells);
  const duplicates = supersededRows(result);
  const flagsColumn = (scores.snapshot.values[0] ?? []).findIndex((h) => normaliseHeader(String(h)) === 'flags') + 1;
  if (duplicates.length > 0 && flagsColumn > 0) rewriteFlags(scores.sheet, flagsColumn, duplicates);
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
