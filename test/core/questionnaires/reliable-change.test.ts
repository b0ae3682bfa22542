/**
 * From raw answers to the Reliable Change Index on the Impact tab, checked against a hand
 * computation: RCI = (end − start) / (SD × √2 × √(1 − α)), α the published reliability and SD the
 * spread of the pupils' start scores (Jacobson & Truax, 1991).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildImpact, PUPIL_HEADERS } from '../../../src/core/impact';
import { builtinInstruments, impactScores, instrumentSchema, scoreQuestionnaires, type Instrument } from '../../../src/core/questionnaires';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/values';
import { at, inputs, placement, responseTab, school, SLSS_HEADERS, SLSS_LEAD, SRS_HEADERS, SRS_LEAD } from './fixtures';

const [SLSS, SRS] = builtinInstruments() as [Instrument, Instrument];
const PUPILS = ['Keira Kaur', 'Thomas Clarke', 'Sophia Patel'];
const PLACEMENTS = ['P001', 'P002', 'P003'].map((id) => placement(id, '2026-03-02', '2026-04-24'));

/** SLSS answers as the scale's numbers; items 3 and 4 are keyed 7 − answer. */
const SLSS_ANSWERS: Record<string, [number[], number[]]> = {
  // Keyed 4,4,4,4,4,4,4 → 4; then 5 throughout → 5.
  'Keira Kaur': [
    [4, 4, 3, 3, 4, 4, 4],
    [5, 5, 2, 2, 5, 5, 5],
  ],
  // 3 throughout → 3; then 4,3,3,3,3,3,3 → 22/7.
  'Thomas Clarke': [
    [3, 3, 4, 4, 3, 3, 3],
    [4, 3, 4, 4, 3, 3, 3],
  ],
  // 5 → 5.
  'Sophia Patel': [
    [5, 5, 2, 2, 5, 5, 5],
    [5, 5, 2, 2, 5, 5, 5],
  ],
};

/** Empathy is the SRS's items 35 and 36 (0-based 34 and 35); every other item answered 3. */
const EMPATHY: Record<string, [[number, number], [number, number]]> = {
  'Keira Kaur': [
    [2, 3],
    [4, 5],
  ], // 2.5 → 4.5
  'Thomas Clarke': [
    [3, 4],
    [3, 4],
  ], // 3.5 → 3.5
  'Sophia Patel': [
    [4, 5],
    [5, 5],
  ], // 4.5 → 5
};

function rows(): { slss: CellValue[][]; srs: CellValue[][] } {
  const slss: CellValue[][] = [];
  const srs: CellValue[][] = [];
  PUPILS.forEach((name, i) => {
    const [start, end] = SLSS_ANSWERS[name]!;
    slss.push([at(9, i), name, 'Start', ...start], [at(9, i, 20), name, 'End', ...end]);
    const [es, ee] = EMPATHY[name]!;
    const srsAnswers = (pair: [number, number]): number[] =>
      SRS_HEADERS.map((_, item) => (item === 34 ? pair[0] : item === 35 ? pair[1] : 3));
    srs.push([at(10, i), name, 'Before', ...srsAnswers(es)], [at(10, i, 20), name, 'After', ...srsAnswers(ee)]);
  });
  return { slss, srs };
}

function pupilRows(instruments: readonly Instrument[]): Record<string, unknown>[] {
  const { slss, srs } = rows();
  const data = school(
    [
      responseTab('Form Responses 1', [...SLSS_LEAD, ...SLSS_HEADERS], slss),
      responseTab('Form Responses 2', [...SRS_LEAD, ...SRS_HEADERS], srs),
    ],
    PLACEMENTS,
  );
  const scored = scoreQuestionnaires(inputs(data));
  const impact = buildImpact(data, defaultSettings(), { from: null, to: null }, impactScores(scored.rows, instruments, data.responses)).plan
    .tabs[0]!;
  const start = impact.values.findIndex((r) => r[0] === 'Pupil');
  const out: Record<string, unknown>[] = [];
  for (const row of impact.values.slice(start + 1)) {
    if (row.every((c) => c === '')) break;
    out.push(Object.fromEntries(PUPIL_HEADERS.map((h, i) => [h, row[i]])));
  }
  return out;
}

const rci = (found: Record<string, unknown>[], pupil: string, measure: string): unknown =>
  found.find((r) => r.Pupil === pupil && r.Measure === measure)?.RCI;

describe('the Reliable Change Index', () => {
  it('for the SLSS total, with Huebner’s α = .82 and the start scores’ SD', () => {
    const found = pupilRows([SLSS, SRS]);
    // Start scores 4, 3, 5: mean 4, SD 1. Denominator 1 × √2 × √(1 − .82) = 0.6.
    const measure = "Students' Life Satisfaction Scale";
    expect(rci(found, 'Keira Kaur', measure)).toBeCloseTo((5 - 4) / 0.6, 10);
    expect(rci(found, 'Thomas Clarke', measure)).toBeCloseTo((22 / 7 - 3) / 0.6, 10);
    expect(rci(found, 'Sophia Patel', measure)).toBe(0);
  });

  it('for an SRS subscale, with that subscale’s own α', () => {
    const withAlpha = v.parse(instrumentSchema, { ...SRS, subscaleAlphas: { Empathy: 0.7 } });
    const found = pupilRows([SLSS, withAlpha]);
    // Empathy at the start 2.5, 3.5, 4.5: SD 1. Denominator √2 × √(1 − .7) = √0.6.
    const measure = 'Student Resilience Survey: Empathy';
    expect(rci(found, 'Keira Kaur', measure)).toBeCloseTo(2 / Math.sqrt(0.6), 10);
    expect(rci(found, 'Thomas Clarke', measure)).toBe(0);
    expect(rci(found, 'Sophia Patel', measure)).toBeCloseTo(0.5 / Math.sqrt(0.6), 10);
    // A subscale with no published α gets none: never a borrowed or made-up reliability.
    expect(rci(found, 'Keira Kaur', 'Student Resilience Survey: Self-esteem')).toBe('');
  });

  it('never for the SRS total, which is not a validated score', () => {
    const found = pupilRows([SLSS, SRS]);
    expect(found.some((r) => r.Measure === 'Student Resilience Survey')).toBe(false);
    expect(found.some((r) => r.Measure === 'Student Resilience Survey: Family connection')).toBe(true);
  });
});
