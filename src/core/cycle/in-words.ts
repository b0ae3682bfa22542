/**
 * A pupil's start and end values in words, for the forum report and the end report: the numbers,
 * which way they moved and whether that is better, as the impact core judged it (no statistic is
 * worked out again here). A questionnaire's average answer is also given in the scale's own words.
 */
import type { PupilRow } from '../impact/summary';
import type { Instrument } from '../questionnaires/instrument';

/** One decimal place at most, as people write a score: 3.14 → "3.1", 92 → "92". */
export function numberText(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** `better`, `worse` or `no change`, by the impact core's judgement of the pupil's pair. */
export function directionWord(row: Pick<PupilRow, 'start' | 'end' | 'improved'>): string {
  if (row.improved) return 'better';
  return row.start === row.end ? 'no change' : 'worse';
}

/** The scale's answer nearest an average score: 4.2 on the life satisfaction scale is "mildly agree". */
export function scaleWord(instrument: Instrument | undefined, score: number): string | null {
  if (!instrument || instrument.scoring.total !== 'mean' || instrument.scale.labels.length === 0) return null;
  const nearest = [...instrument.scale.labels].sort((a, b) => Math.abs(a.value - score) - Math.abs(b.value - score))[0];
  return nearest ? nearest.label.toLowerCase() : null;
}

/** `84 at the start, 92 at the end: better`; a questionnaire's scores with their words. */
export function startEndText(row: PupilRow, instruments: readonly Instrument[]): string {
  const instrument = row.measure.instrument === null ? undefined : instruments.find((i) => i.name === row.measure.instrument);
  const value = (score: number): string => {
    const word = row.measure.source === 'questionnaire' ? scaleWord(instrument, score) : null;
    return word === null ? numberText(score) : `${numberText(score)} (${word})`;
  };
  return `${value(row.start)} at the start, ${value(row.end)} at the end: ${directionWord(row)}`;
}

/** The rows worth a line in a report: register measures, and questionnaire totals (not every subscale). */
export function reportedRows(rows: readonly PupilRow[]): PupilRow[] {
  return rows.filter((row) => row.measure.subscale === null);
}
