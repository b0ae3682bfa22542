/**
 * The scores impact may count: a named pupil, a known phase and a score, and not a response a
 * person still has to confirm (a fuzzy match) or one a later response replaced (a duplicate).
 */
import type { QuestionnaireScore } from '../impact';
import type { Instrument } from './instrument';
import type { ScoreRow } from './score';

const NOT_COUNTED = new Set(['duplicate', 'fuzzy-match', 'unmatched-pupil']);

export function impactScores(rows: readonly ScoreRow[], instruments: readonly Instrument[]): QuestionnaireScore[] {
  const alpha = new Map(instruments.map((instrument) => [instrument.id, instrument.alpha]));
  return rows.flatMap((row) => {
    const { pupilId, phase } = row;
    if (pupilId === null || phase === null || row.flags.some((flag) => NOT_COUNTED.has(flag))) return [];
    const base = { pupilId, instrument: row.instrument, phase, reliability: alpha.get(row.instrumentId) ?? null, sd: null };
    const scores: QuestionnaireScore[] = row.score === null ? [] : [{ ...base, subscale: null, score: row.score }];
    for (const [subscale, score] of Object.entries(row.subscales)) if (score !== null) scores.push({ ...base, subscale, score });
    return scores;
  });
}
