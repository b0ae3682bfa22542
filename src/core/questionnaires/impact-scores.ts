/**
 * The scores impact may count: a named pupil, a known phase and a validated score, and not a
 * response a person still has to confirm (a fuzzy match). A total an instrument's validation does
 * not support (the SRS's) is never counted. Responses `Scores` flags as duplicates stay in:
 * a pupil on two programmes answers at the start of each, and impact keeps the latest of each
 * phase per placement, which within one placement is the one `Scores` keeps. Each score carries
 * the day it was sent and, when the form asks, the programme it names, so impact can count it for
 * the placement it was taken in; the scale's range and direction, for "kept at best" and the
 * charts' axes; and its published reliability, for the Reliable Change Index: the instrument's
 * for its overall score, each subscale's own for a subscale.
 */
import type { ResponseTab } from '../domain';
import type { QuestionnaireScore } from '../impact';
import { normaliseHeader } from '../text';
import { isoDateOf } from '../values';
import type { Instrument } from './instrument';
import type { ScoreRow } from './score';

const NOT_COUNTED = new Set(['fuzzy-match', 'unmatched-pupil']);
/** A question naming the programme a response is for. */
const PROGRAMME_QUESTION = /^(programme|program|intervention|which programme|which intervention|your programme|your intervention)\b/;

export function impactScores(
  rows: readonly ScoreRow[],
  instruments: readonly Instrument[],
  responses: readonly ResponseTab[],
): QuestionnaireScore[] {
  const byId = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  const programmeOf = programmeReader(responses);
  return rows.flatMap((row) => {
    const { pupilId, phase } = row;
    const instrument = byId.get(row.instrumentId);
    if (pupilId === null || phase === null || !instrument || row.flags.some((flag) => NOT_COUNTED.has(flag))) return [];
    const base = {
      pupilId,
      instrument: row.instrument,
      phase,
      date: row.submitted === null ? null : isoDateOf(row.submitted),
      programme: programmeOf(row),
      betterWhen: instrument.higherIsBetter ? ('higher' as const) : ('lower' as const),
      // No reference SD is published for these scores: impact uses the spread of the pupils' start scores.
      sd: null,
    };
    const scores: QuestionnaireScore[] =
      row.score === null
        ? []
        : [{ ...base, subscale: null, score: row.score, range: rangeOf(instrument, null), reliability: instrument.alpha }];
    for (const [subscale, score] of Object.entries(row.subscales))
      if (score !== null)
        scores.push({
          ...base,
          subscale,
          score,
          range: rangeOf(instrument, subscale),
          reliability: instrument.subscaleAlphas[subscale] ?? null,
        });
    return scores;
  });
}

/** The lowest and highest score: the scale's for a mean, times the items for a sum. */
function rangeOf(instrument: Instrument, subscale: string | null): { min: number; max: number } {
  const scoring = subscale === null ? instrument.scoring.total : instrument.scoring.subscales;
  const items = subscale === null ? instrument.items.length : instrument.items.filter((item) => item.subscale === subscale).length;
  const times = scoring === 'sum' ? items : 1;
  return { min: instrument.scale.min * times, max: instrument.scale.max * times };
}

/** The programme a response names, from a Programme question on its tab, or null. */
function programmeReader(responses: readonly ResponseTab[]): (row: ScoreRow) => string | null {
  const columns = new Map(
    responses.map((tab) => [tab.tab, tab.headers.findIndex((h) => PROGRAMME_QUESTION.test(normaliseHeader(h)))] as const),
  );
  const tabs = new Map(responses.map((tab) => [tab.tab, tab] as const));
  return (row) => {
    const tab = tabs.get(row.source.tab);
    const column = columns.get(row.source.tab) ?? -1;
    if (!tab || column < 0) return null;
    const cell = tab.rows[row.source.row - tab.headerRow - 1]?.[column];
    const text = cell === undefined ? '' : String(cell).trim();
    return text === '' ? null : text;
  };
}
