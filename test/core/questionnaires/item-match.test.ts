import { describe, expect, it } from 'vitest';
import { builtinInstruments, itemChoiceKey, matchResponseTab, scoreQuestionnaires } from '../../../src/core/questionnaires';
import { findItems, wordingSimilarity } from '../../../src/core/questionnaires/item-match';
import { at, inputs, responseTab, school, SLSS_HEADERS, SLSS_TEXTS, SRS_LEAD, SRS_PAIRS } from './fixtures';

const [SLSS, SRS] = builtinInstruments() as [ReturnType<typeof builtinInstruments>[number], ReturnType<typeof builtinInstruments>[number]];

/** SRS headers as a school's own form words them: the published variants and a few small edits. */
const VARIANTS: Record<number, [string, string]> = {
  // "at my school" for "at your school", in the peer-support stem (every one of its 13 items).
  ...Object.fromEntries(
    SRS_PAIRS.map(([stem, text], i) => [i, [stem.replace('at your school', 'at my school'), text]] as const).filter(([, [stem]]) =>
      stem.includes('my school'),
    ),
  ),
  13: ['Away from school...', 'I take lessons in music, art, sports, or have a hobby'],
  20: ['Are there students at my school who would...', 'miss you if you were not at school'],
  28: ['How often is this true for you?', 'I help my family to make decisions'],
  29: ['How often is this true for you?', 'At my school, I decide things like class activities or rules'],
  33: ['How often is this true for you?', 'There are lots of things that I do well'],
  40: ['How often is this true for you?', 'I think I will be successful when I am grown up'],
};

function variantHeaders(): string[] {
  return SRS_PAIRS.map((pair, i) => {
    const [stem, text] = VARIANTS[i] ?? pair;
    return `${stem} [${text}]`;
  });
}

describe('items matched by meaning', () => {
  it('measures wording as alike from small edits, and not from different statements', () => {
    expect(
      wordingSimilarity('i take lessons in music arts sports or have a hobby', 'i take lessons in music art sports or have a hobby'),
    ).toBeGreaterThan(0.95);
    expect(wordingSimilarity('my life is just right', 'my life is just about right')).toBeGreaterThanOrEqual(0.8);
    expect(wordingSimilarity('i have a good life', 'i have what i want in life')).toBe(0);
    expect(wordingSimilarity('tell you youre good at doing things', 'tell you youre their friend')).toBe(0);
  });

  it('matches every SRS item under the published variants and a few reworded items, each to its own column', () => {
    const headers = [...SRS_LEAD, ...variantHeaders()];
    const result = matchResponseTab(responseTab('Form Responses 2', headers, []), builtinInstruments());
    if (result.kind !== 'matched') throw new Error(result.reason);
    expect(result.match.instrument.id).toBe('srs');
    expect(result.match.unresolved).toEqual([]);
    expect(result.match.itemColumns).toEqual(SRS_PAIRS.map((_, i) => SRS_LEAD.length + i));
  });

  it('scores such a tab exactly as the published wording would be scored', () => {
    const answers = SRS_PAIRS.map((_, i) => ((i * 3) % 5) + 1);
    const published = responseTab(
      'Form Responses 1',
      [...SRS_LEAD, ...SRS_PAIRS.map(([s, t]) => `${s} [${t}]`)],
      [[at(9), 'Keira Kaur', 'Before', ...answers]],
    );
    const variant = responseTab('Form Responses 2', [...SRS_LEAD, ...variantHeaders()], [[at(10), 'Keira Kaur', 'After', ...answers]]);
    const [a, b] = scoreQuestionnaires(inputs(school([published, variant]))).rows;
    expect(b!.subscales).toEqual(a!.subscales);
    expect(b!.answered).toBe(41);
  });

  it('lists an item that matches nothing and scores the tab from the others', () => {
    const headers = [...SRS_LEAD, ...variantHeaders()];
    headers[SRS_LEAD.length + 11] = 'Away from school, there is an adult who... [I could phone if I needed help]';
    const tab = responseTab('Form Responses 2', headers, [[at(9), 'Keira Kaur', 'Before', ...SRS_PAIRS.map(() => 4)]]);
    const result = scoreQuestionnaires(inputs(school([tab])));
    expect(result.itemsToPlace).toEqual([
      {
        tab: 'Form Responses 2',
        instrumentId: 'srs',
        instrument: SRS.name,
        item: 11,
        text: 'I trust',
        reason: 'none',
        headers: ['Away from school, there is an adult who... [I could phone if I needed help]'],
      },
    ]);
    const [row] = result.rows;
    expect(row!.answered).toBe(40);
    // Three of Community connection's four items are under 80%: that subscale alone has no score.
    expect(row!.subscales['Community connection']).toBeNull();
    expect(row!.subscales['Family connection']).toBe(4);
    expect(result.problems).toEqual([
      expect.objectContaining({
        tab: 'Form Responses 2',
        row: 1,
        reason: expect.stringContaining('"I trust" matches no column') as unknown,
      }),
    ]);
  });

  it('lists an item two columns fit equally, rather than guess, and uses a person’s choice', () => {
    const headers = ['Timestamp', 'Name', ...SLSS_HEADERS.slice(0, 6), SLSS_TEXTS[6]!, `${SLSS_TEXTS[6]!}.`];
    const found = findItems(headers, SLSS);
    expect(found.unresolved).toEqual([{ item: 6, reason: 'several', candidates: [8, 9] }]);
    expect(found.columns[6]).toBeNull();
    const chosen = findItems(headers, SLSS, { [itemChoiceKey('slss', 6)]: `${SLSS_TEXTS[6]!}.` });
    expect([chosen.columns[6], chosen.unresolved]).toEqual([9, []]);
    const absent = findItems(headers.slice(0, 8), SLSS, { [itemChoiceKey('slss', 6)]: '' });
    expect([absent.columns[6], absent.unresolved]).toEqual([null, []]);
  });

  it('tells apart the same words under two stems, and lists them when no stem says which', () => {
    const plain = ['Name', ...SRS_PAIRS.map(([stem, text], i) => (i === 4 || i === 8 ? text : `${stem} [${text}]`))];
    const found = findItems(plain, SRS);
    // "really cares about me" at school (item 4) and away from school (item 8), both without their stem.
    expect(found.unresolved.map((u) => [u.item, u.reason, u.candidates])).toEqual([
      [4, 'several', [5, 9]],
      [8, 'several', [5, 9]],
    ]);
  });
});
