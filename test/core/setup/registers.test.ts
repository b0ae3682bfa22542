/**
 * Which tab is the register: with this year's and last year's in one workbook, this school year's
 * dates decide (never the number of rows), the other is named so the user can switch; and a header
 * row far down a tab is found, as far as setup looks.
 */
import { describe, expect, it } from 'vitest';
import { HEADER_SEARCH_ROWS } from '../../../src/core/setup/detect';
import type { CellValue, IsoDate } from '../../../src/core/values';
import { setUp, tab, TODAY } from './helpers';

const HEADERS = ['Name', 'Year', 'Programme', 'Group', 'Staff', 'Start date', 'End date'];

function register(name: string, pupils: number, start: string, end: string) {
  const rows: CellValue[][] = Array.from({ length: pupils }, (_, i) => [`Pupil${i} Smith`, 8, 'Nurture', 'N8', 'Ms Patel', start, end]);
  return tab(name, [HEADERS, ...rows]);
}

describe('two registers in one workbook', () => {
  const lastYear = register('Interventions 25-26', 120, '15/09/2025', '10/07/2026');
  const thisYear = register('Interventions 26-27', 30, '14/09/2026', '18/12/2026');

  it('takes this school year’s, though last year’s has more rows, and names the other', () => {
    for (const tabs of [
      [lastYear, thisYear],
      [thisYear, lastYear],
    ]) {
      const result = setUp(tabs);
      expect(result.mapping.register?.tab).toBe('Interventions 26-27');
      expect(result.mapping.register?.alternatives).toEqual(['Interventions 25-26']);
      expect(result.summary.registerTab).toBe('Interventions 26-27');
      expect(result.summary.otherRegisterTabs).toEqual(['Interventions 25-26']);
      expect(result.data.pupils).toHaveLength(30);
    }
  });

  it('a year later, next year’s register is the one in view', () => {
    const next = register('Interventions 27-28', 10, '13/09/2027', '17/12/2027');
    const result = setUp([thisYear, next], { today: '2027-10-01' as IsoDate });
    expect(result.mapping.register?.tab).toBe('Interventions 27-28');
  });

  it('a few rows of last year’s running into this year do not make it this year’s', () => {
    const straddling = tab('Old', [
      HEADERS,
      ...Array.from({ length: 40 }, (_, i): CellValue[] => [
        `Old${i} Jones`,
        9,
        'Anger',
        'A9',
        'Mr Hughes',
        '15/09/2025',
        i < 5 ? '02/10/2026' : '10/07/2026',
      ]),
    ]);
    expect(setUp([straddling, thisYear]).mapping.register?.tab).toBe('Interventions 26-27');
  });

  it('without today, the register with the later dates is taken', () => {
    expect(setUp([lastYear, thisYear], {}).mapping.register?.tab).toBe('Interventions 26-27');
  });

  it('the user may choose the other tab; one that is not a register is not taken', () => {
    const chosen = setUp([lastYear, thisYear], { today: TODAY, registerTab: 'Interventions 25-26' });
    expect(chosen.mapping.register?.tab).toBe('Interventions 25-26');
    expect(chosen.mapping.register?.alternatives).toEqual(['Interventions 26-27']);
    expect(chosen.data.pupils).toHaveLength(120);
    const notes = tab('Notes', [['Meeting notes'], ['Keira to start next week']]);
    expect(setUp([thisYear, notes], { today: TODAY, registerTab: 'Notes' }).mapping.register).toBeNull();
  });

  it('a lone register has no alternatives, and the mapping says nothing of them', () => {
    expect(setUp([thisYear]).mapping.register).not.toHaveProperty('alternatives');
  });
});

describe('a header row far down the tab', () => {
  function below(titleRows: number) {
    const titles: CellValue[][] = Array.from({ length: titleRows }, (_, i) => (i % 3 === 0 ? [`Note ${i + 1}: read before editing`] : []));
    return tab('Tracker', [...titles, HEADERS, ['Keira Kaur', 8, 'Nurture', 'N8', 'Ms Patel', '14/09/2026', '']]);
  }

  it('is found below row 10 (here row 15)', () => {
    const result = setUp([below(14)]);
    expect(result.mapping.register).toMatchObject({ tab: 'Tracker', headerRow: 15 });
    expect(result.data.pupils.map((p) => p.name)).toEqual(['Keira Kaur']);
  });

  it(`is found as far as row ${HEADER_SEARCH_ROWS}, a screen’s height, and not beyond`, () => {
    expect(setUp([below(HEADER_SEARCH_ROWS - 1)]).mapping.register?.headerRow).toBe(HEADER_SEARCH_ROWS);
    expect(setUp([below(HEADER_SEARCH_ROWS)]).mapping.register).toBeNull();
  });
});
