import { describe, expect, it } from 'vitest';
import { parseInstrumentsTab, parseScale, scoreQuestionnaires } from '../../../src/core/questionnaires';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue } from '../../../src/core/values';
import { at, inputs, responseTab, school } from './fixtures';

function tab(values: CellValue[][]): TabSnapshot {
  return { name: 'Instruments', values, generatedKey: null };
}

const SCALE = 'Not true=0; Somewhat true=1; Certainly true=2';
const OWN = tab([
  ['My school’s questionnaires', '', '', '', ''],
  ['Instrument', 'Item', 'Subscale', 'Reverse', 'Scale'],
  ['Friendship check', 'I have a good friend', 'Friends', 'No', SCALE],
  ['Friendship check', 'Other children pick on me', 'Friends', 'Yes', ''],
  ['Friendship check', 'I get on with adults', 'Adults', '', ''],
  ['', '', '', '', ''],
  ['Friendship check', 'I lose my temper', 'Adults', 'y', SCALE],
]);

describe('a school’s own instruments', () => {
  it('reads items, subscales, reverse keys and a labelled scale', () => {
    const { instruments, problems } = parseInstrumentsTab(OWN, ['slss', 'srs']);
    expect(problems).toEqual([]);
    expect(instruments).toHaveLength(1);
    const own = instruments[0]!;
    expect([own.id, own.name, own.scale.min, own.scale.max]).toEqual(['friendship-check', 'Friendship check', 0, 2]);
    expect(own.items.map((i) => [i.text, i.subscale, i.reverse])).toEqual([
      ['I have a good friend', 'Friends', false],
      ['Other children pick on me', 'Friends', true],
      ['I get on with adults', 'Adults', false],
      ['I lose my temper', 'Adults', true],
    ]);
  });

  it('reports bad rows by row and column and keeps instruments that are fine', () => {
    const { instruments, problems } = parseInstrumentsTab(
      tab([
        ['Instrument', 'Item', 'Subscale', 'Reverse', 'Scale'],
        ['Mood', 'I feel happy', '', 'maybe', '1-5'],
        ['Calm', 'I feel calm', '', '', ''],
        ['SLSS', 'My life is going well', '', '', '1-6'],
        ['', 'An orphan item', '', '', ''],
        ['Sleep', 'I sleep well', '', '', 'often'],
        ['Focus', 'I can concentrate', '', '', '1 to 4'],
        ['Focus', 'I CAN concentrate.', '', '', ''],
      ]),
      ['slss', 'srs'],
    );
    expect(instruments.map((i) => [i.id, i.items.length, i.scale.min, i.scale.max])).toEqual([['focus', 1, 1, 4]]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Reverse'],
      [4, 'Instrument'],
      [5, 'Instrument'],
      [6, 'Scale'],
      [8, 'Item'],
      [3, 'Scale'],
    ]);
    expect(problems.every((p) => p.tab === 'Instruments' && p.source === 'score' && p.reason.length > 10)).toBe(true);
  });

  it('reads scales written as a range or as labels with values', () => {
    expect(parseScale('1-5')).toEqual({ labels: [], min: 1, max: 5 });
    expect(parseScale('1=Never, 2=Sometimes, 3=Always')).toEqual({
      labels: [
        { label: 'Never', value: 1 },
        { label: 'Sometimes', value: 2 },
        { label: 'Always', value: 3 },
      ],
      min: 1,
      max: 3,
    });
    expect(typeof parseScale('5-1')).toBe('string');
  });

  it('scores responses to a school’s own instrument, reverse keys and subscales included', () => {
    const responses = responseTab(
      'Form Responses 4',
      [
        'Timestamp',
        'Name',
        'Start or end?',
        'I have a good friend',
        'Other children pick on me',
        'I get on with adults',
        'I lose my temper',
      ],
      [[at(9), 'Keira Kaur', 'Start', 'Certainly true', 'Somewhat true', 'not true', 'Certainly true']],
    );
    const result = scoreQuestionnaires(inputs(school([responses]), { extraInstruments: OWN }));
    const row = result.rows[0]!;
    // Keyed: 2, (2−1)=1, 0, (2−2)=0 → mean 3/4; Friends (2+1)/2, Adults (0+0)/2.
    expect(row.score).toBeCloseTo(0.75, 10);
    expect(row.subscales).toEqual({ Friends: 1.5, Adults: 0 });
    expect(result.plan.tabs[0]!.values[0]).toContain('Friends');
  });
});
