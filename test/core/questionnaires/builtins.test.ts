import { describe, expect, it } from 'vitest';
import { builtinInstruments, SLSS_ID, SRS_ID, subscalesOf } from '../../../src/core/questionnaires';
import { SLSS_TEXTS, SRS_PAIRS, SRS_SUBSCALES } from './fixtures';

const [slss, srs] = builtinInstruments();

describe('built-in instruments', () => {
  it('holds the SLSS as instruments.md states it', () => {
    expect(slss!.id).toBe(SLSS_ID);
    expect(slss!.items.map((i) => i.text)).toEqual(SLSS_TEXTS);
    expect(slss!.items.map((i) => i.reverse)).toEqual([false, false, true, true, false, false, false]);
    expect(slss!.scale.labels.map((l) => [l.label, l.value])).toEqual([
      ['Strongly disagree', 1],
      ['Moderately disagree', 2],
      ['Mildly disagree', 3],
      ['Mildly agree', 4],
      ['Moderately agree', 5],
      ['Strongly agree', 6],
    ]);
    expect([slss!.scale.min, slss!.scale.max, slss!.alpha, slss!.scoring.total]).toEqual([1, 6, 0.82, 'mean']);
    expect(subscalesOf(slss!)).toEqual([]);
  });

  it('holds the 41-item SRS with its ten subscales, none reversed', () => {
    expect(srs!.id).toBe(SRS_ID);
    expect(srs!.items.map((i) => [i.stem, i.text])).toEqual(SRS_PAIRS.map(([stem, text], index) => [index < 27 ? stem : null, text]));
    expect(srs!.items.some((i) => i.reverse)).toBe(false);
    const counts = subscalesOf(srs!).map((name) => [name, srs!.items.filter((i) => i.subscale === name).length]);
    expect(counts).toEqual(SRS_SUBSCALES);
    expect([srs!.scale.min, srs!.scale.max, srs!.alpha]).toEqual([1, 5, null]);
  });

  it('takes the school’s minimum share of answered items', () => {
    expect(builtinInstruments(0.9).every((i) => i.minAnsweredShare === 0.9)).toBe(true);
  });
});
