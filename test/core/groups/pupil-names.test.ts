import { describe, expect, it } from 'vitest';
import { indexPupilNames, normalisePupilName } from '../../../src/core/groups/pupil-names';
import { pupil } from './fixtures';

describe('normalisePupilName', () => {
  it('turns "Surname, Forename" round and tidies case and spaces', () => {
    expect(normalisePupilName('Baker  , Fatima')).toBe('fatima baker');
    expect(normalisePupilName('  FATIMA   baker ')).toBe('fatima baker');
  });
  it('keeps apostrophes and hyphens, straightening curly quotes', () => {
    expect(normalisePupilName('O’Brien, Arthur')).toBe("arthur o'brien");
    expect(normalisePupilName('Anne-Marie Smith')).toBe('anne-marie smith');
  });
});

describe('indexPupilNames', () => {
  const a = { ...pupil({ name: 'Fatima Baker' }, 2), surname: 'Baker', forename: 'Fatima' };
  const b = pupil({ name: 'Mason Hussain' }, 3);
  const twin = pupil({ name: 'Mason Hussain' }, 4);
  const index = indexPupilNames([a, b, twin]);

  it.each(['Fatima Baker', 'Baker, Fatima', 'baker,fatima', 'BAKER FATIMA', ' fatima  baker ', 'UPN0002', 'upn0002'])(
    'finds %s',
    (written) => {
      expect(index.find(written).map((p) => p.id)).toEqual([a.id]);
    },
  );
  it('returns every pupil sharing a name', () => {
    expect(index.find('Hussain, Mason').map((p) => p.id)).toEqual([b.id, twin.id]);
  });
  it('matches nobody for a misspelling or a forename alone', () => {
    expect(index.find('Fatima Bakr')).toEqual([]);
    expect(index.find('Fatima')).toEqual([]);
  });
});
