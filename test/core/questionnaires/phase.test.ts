import { describe, expect, it } from 'vitest';
import { phaseFromDate, readPhase } from '../../../src/core/questionnaires';
import type { IsoDate } from '../../../src/core/values';
import { placement } from './fixtures';

describe('phases', () => {
  it.each([
    ['Start', 'pre'],
    ['Start of the programme', 'pre'],
    ['BEFORE', 'pre'],
    ['Pre-intervention', 'pre'],
    ['Baseline', 'pre'],
    ['End', 'post'],
    ['End of the programme', 'post'],
    ['After', 'post'],
    ['post', 'post'],
    ['Exit', 'post'],
    ['Before or after', null],
    ['Midway', null],
    ['', null],
  ])('reads %j as %s', (text, phase) => {
    expect(readPhase(text)).toBe(phase);
  });

  it('takes the nearer of the placement’s start and end', () => {
    const placements = [placement('P001', '2026-03-02', '2026-04-24')];
    expect(phaseFromDate('2026-02-27' as IsoDate, placements)).toBe('pre');
    expect(phaseFromDate('2026-03-20' as IsoDate, placements)).toBe('pre');
    expect(phaseFromDate('2026-04-10' as IsoDate, placements)).toBe('post');
    expect(phaseFromDate('2026-05-01' as IsoDate, placements)).toBe('post');
    expect(phaseFromDate('2026-03-05' as IsoDate, [placement('P001', '2026-03-02', null)])).toBe('pre');
    expect(phaseFromDate('2026-06-05' as IsoDate, [placement('P001', '2026-03-02', null)])).toBeNull();
    expect(phaseFromDate('2026-03-05' as IsoDate, [])).toBeNull();
  });
});
