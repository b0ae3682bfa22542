/**
 * The scores impact may count: a named pupil, a known phase and a validated score, and not a
 * response a person still has to confirm (a fuzzy match) or one a later response replaced (a
 * duplicate). Each carries its published reliability, for the Reliable Change Index: the
 * instrument's for its overall score, each subscale's own for a subscale. A total an instrument's
 * validation does not support (the SRS's) is never counted.
 */
import type { QuestionnaireScore } from '../impact';
import type { Instrument } from './instrument';
import type { ScoreRow } from './score';

const NOT_COUNTED = new Set(['duplicate', 'fuzzy-match', 'unmatched-pupil']);

export function impactScores(rows: readonly ScoreRow[], instruments: readonly Instrument[]): QuestionnaireScore[] {
  const byId = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  return rows.flatMap((row) => {
    const { pupilId, phase } = row;
    if (pupilId === null || phase === null || row.flags.some((flag) => NOT_COUNTED.has(flag))) return [];
    const instrument = byId.get(row.instrumentId);
    // No reference SD is published for these scores: impact uses the spread of the pupils' start scores.
    const base = { pupilId, instrument: row.instrument, phase, sd: null };
    const scores: QuestionnaireScore[] =
      row.score === null ? [] : [{ ...base, subscale: null, score: row.score, reliability: instrument?.alpha ?? null }];
    for (const [subscale, score] of Object.entries(row.subscales)) {
      if (score !== null) scores.push({ ...base, subscale, score, reliability: instrument?.subscaleAlphas[subscale] ?? null });
    }
    return scores;
  });
}
