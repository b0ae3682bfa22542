import { describe, expect, it } from 'vitest';
import { answerReader, builtinInstruments } from '../../../src/core/questionnaires';

const [slss, srs] = builtinInstruments();
const readSlss = answerReader(slss!.scale);
const readSrs = answerReader(srs!.scale);

describe('reading answers', () => {
  it.each([
    ['Strongly agree', 6],
    ['strongly agree ', 6],
    ['  STRONGLY   AGREE', 6],
    ['Mildly disagree', 3],
    ['6', 6],
    [6, 6],
    [' 1 ', 1],
    ['6 - Strongly agree', 6],
    ['Strongly agree (6)', 6],
  ])('reads %j on the SLSS scale as %d', (cell, value) => {
    expect(readSlss(cell)).toEqual({ kind: 'value', value });
  });

  it.each([['7'], [0], ['Sometimes'], ['4 - Strongly agree'], [2.5], [true]])('finds %j out of range on the SLSS scale', (cell) => {
    expect(readSlss(cell).kind).toBe('out-of-range');
  });

  it('treats empty cells as unanswered', () => {
    expect(readSlss('')).toEqual({ kind: 'blank' });
    expect(readSlss('   ')).toEqual({ kind: 'blank' });
  });

  it('reads the SRS end labels and numbers', () => {
    expect(readSrs('Never')).toEqual({ kind: 'value', value: 1 });
    expect(readSrs('always')).toEqual({ kind: 'value', value: 5 });
    expect(readSrs(3)).toEqual({ kind: 'value', value: 3 });
    expect(readSrs('6').kind).toBe('out-of-range');
  });
});
