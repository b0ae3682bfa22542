/** What a re-score says it did: one headline, and a line for each response a person should look at. */
import { quoteCell } from '../coerce';
import { plural } from '../text';
import type { ScoreFlag, ScoreRow } from './score';
import type { TabScoring } from './scoring';

const MAX_DETAILS = 50;

const FLAG_WORDS: Partial<Record<ScoreFlag, string>> = {
  'unmatched-pupil': 'not on the register — choose the pupil',
  'fuzzy-match': 'matched to a similar name — please confirm',
  incomplete: 'too few items answered for a score',
  'out-of-range': 'an answer was not on the scale',
  'no-phase': 'not clear whether this is the start or the end — choose it',
};

export function describeOutcome(
  rows: readonly ScoreRow[],
  tabs: readonly TabScoring[],
  linkedTabs: number,
): { headline: string; details: string[] } {
  return { headline: headlineOf(rows, tabs, linkedTabs), details: detailsOf(rows, tabs).slice(0, MAX_DETAILS) };
}

function headlineOf(rows: readonly ScoreRow[], tabs: readonly TabScoring[], linkedTabs: number): string {
  if (linkedTabs === 0) return 'No form response tabs are linked yet: create a questionnaire form or link an existing one.';
  const scoredTabs = tabs.filter((t) => t.match !== null).length;
  const unmatched = tabs.length - scoredTabs;
  const needLook = rows.filter((r) => r.flags.some((f) => f !== 'duplicate')).length;
  const unplaced = tabs.reduce((n, t) => n + (t.match?.unresolved.length ?? 0), 0);
  let text = `Scored ${plural(rows.length, 'response', 'responses')} from ${plural(scoredTabs, 'tab', 'tabs')}`;
  if (needLook > 0) text += `; ${plural(needLook, 'needs', 'need')} a look`;
  if (unplaced > 0) text += `; ${plural(unplaced, 'item has', 'items have')} no column yet`;
  if (unmatched > 0) text += `; ${plural(unmatched, 'tab matches', 'tabs match')} no questionnaire`;
  return `${text}.`;
}

function detailsOf(rows: readonly ScoreRow[], tabs: readonly TabScoring[]): string[] {
  const details = tabs.flatMap(({ tab, match }) => {
    if (match === null) return [`${tab}: matches no questionnaire, so it was not scored.`];
    return match.unresolved.map(
      (u) => `${tab}: the item ${quoteCell(match.instrument.items[u.item]!.text)} has no column yet — choose it below.`,
    );
  });
  for (const row of rows) {
    const words = row.flags.map((f) => FLAG_WORDS[f]).filter((w): w is string => w !== undefined);
    if (words.length === 0) continue;
    const who = row.flags.includes('fuzzy-match') ? `${quoteCell(row.typedName)} → ${row.pupil}` : row.pupil || 'no name';
    details.push(`${row.source.tab} row ${row.source.row} (${who}): ${words.join('; ')}.`);
  }
  return details;
}
