import { describe, expect, it } from 'vitest';
import { buildImpact, END_COLOUR, MAX_CATEGORIES, MAX_CHARTS, START_COLOUR } from '../../../src/core/impact';
import type { ChartSpec, TabPlan } from '../../../src/core/plan';
import { defaultSettings } from '../../../src/core/settings';
import { ALL_DATES, ATTENDANCE, BEHAVIOUR, school, score, type Row } from './fixtures';

const DEFAULT_ROW_PX = 21;
const DEFAULT_COLUMN_PX = 100;
const OUTCOME = 'Reductions in challenging behaviour incidents';

function pupils(programme: string, prefix: string, values: readonly [[number, number], [number, number]][]): Row[] {
  return values.map(([behaviour, attendance], i) => ({
    name: `${prefix} Pupil${i + 1}`,
    id: `${prefix}${i + 1}`,
    programme,
    group: i % 2 === 0 ? `${programme} A` : `${programme} B`,
    outcome: OUTCOME,
    values: { 'behaviour-points': behaviour, attendance },
  }));
}

// Nurture: every pupil's behaviour points fell by 3 to 6 (a clear change); Anger management's moved
// both ways (changes −9, 3, 2, −4, 0: no clear change); Tiny has two pupils, too few to chart.
const rows: Row[] = [
  ...pupils('Nurture', 'N', [
    [
      [10, 4],
      [80, 90],
    ],
    [
      [12, 7],
      [85, 88],
    ],
    [
      [9, 5],
      [90, 95],
    ],
    [
      [14, 8],
      [88, 92],
    ],
    [
      [11, 6],
      [70, 85],
    ],
    [
      [8, 5],
      [95, 96],
    ],
  ]),
  ...pupils('Anger management', 'A', [
    [
      [12, 3],
      [92, 86],
    ],
    [
      [6, 9],
      [75, 80],
    ],
    [
      [10, 12],
      [88, 88],
    ],
    [
      [8, 4],
      [90, 91],
    ],
    [
      [9, 9],
      [85, 84],
    ],
  ]),
  ...pupils('Tiny', 'T', [
    [
      [5, 2],
      [85, 95],
    ],
    [
      [7, 1],
      [95, 95],
    ],
  ]),
];
const data = school(rows, [ATTENDANCE, BEHAVIOUR]);
const srs = (id: string, subscale: string | null, pre: number, post: number) => [
  score(id, 'pre', pre, { instrument: 'SRS', subscale, reliability: null, range: { min: 1, max: 5 } }),
  score(id, 'post', post, { instrument: 'SRS', subscale, reliability: null, range: { min: 1, max: 5 } }),
];
const scores = ['N1', 'N2', 'N3', 'N4', 'N5'].flatMap((id, i) => [
  ...srs(id, null, 3 + i / 10, 3.6 + i / 10 + (i % 2) / 10),
  ...srs(id, 'Empathy', 2 + i / 5, 3 + i / 5 - (i % 2) / 5),
  ...srs(id, 'Self-esteem', 4 - i / 5, 3 + (i % 3) / 2),
]);
const charts = buildImpact(data, defaultSettings(), ALL_DATES, scores).plan.tabs.find((t) => t.key === 'impact-charts') as TabPlan;
const names = new Set(rows.map((r) => r.name));

/** The category labels of a chart: the first column of its data rows. */
function categories(tab: TabPlan, chart: ChartSpec): string[] {
  const range = parseRange(chart.ranges[0] ?? '');
  return tab.values.slice(range.top, range.bottom).map((r) => (typeof r[0] === 'string' ? r[0] : ''));
}

function pixelLeft(tab: TabPlan, column: number): number {
  let x = 0;
  for (let c = 1; c < column; c += 1) x += tab.format.columnWidths?.[c] ?? DEFAULT_COLUMN_PX;
  return x;
}

function rectangle(tab: TabPlan, chart: ChartSpec) {
  const x = pixelLeft(tab, chart.position.column) + (chart.position.offsetX ?? 0);
  const y = (chart.position.row - 1) * DEFAULT_ROW_PX + (chart.position.offsetY ?? 0);
  return { x, y, right: x + chart.width, bottom: y + chart.height };
}

function parseRange(a1: string) {
  const match = /^'(.+)'!([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!match) throw new Error(`not an A1 range: ${a1}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet: match[1], top: Number(match[3]), left: col(match[2] ?? ''), bottom: Number(match[5]), right: col(match[4] ?? '') };
}

describe('the Impact charts tab', () => {
  it('charts measures for impact, improvement, absence and questionnaires', () => {
    expect(charts.name).toBe('Impact charts');
    expect(charts.charts.map((c) => c.id)).toEqual([
      'means:behaviour-points',
      'means:q:srs',
      'improved',
      'absence:attendance',
      'profile:SRS',
    ]);
  });

  it('names no pupil: every category is a programme, measure or subscale of five or more, with its n', () => {
    for (const chart of charts.charts) {
      for (const label of categories(charts, chart)) {
        expect(names.has(label), label).toBe(false);
        for (const name of names) expect(label.includes(name), label).toBe(false);
        const n = /\(n = (\d+)\)$/.exec(label);
        expect(n, label).not.toBeNull();
        expect(Number(n?.[1])).toBeGreaterThanOrEqual(5);
      }
      expect(categories(charts, chart).some((label) => label.startsWith('Tiny'))).toBe(false);
    }
  });

  it('places no chart over another or over the data blocks', () => {
    const rects = charts.charts.map((c) => rectangle(charts, c));
    for (let i = 0; i < rects.length; i += 1) {
      for (let j = i + 1; j < rects.length; j += 1) {
        const a = rects[i]!;
        const b = rects[j]!;
        const apart = a.right <= b.x || b.right <= a.x || a.bottom <= b.y || b.bottom <= a.y;
        expect(apart, `${charts.charts[i]?.id} overlaps ${charts.charts[j]?.id}`).toBe(true);
      }
    }
    const dataRight = Math.max(...charts.charts.map((c) => parseRange(c.ranges[0] ?? '').right));
    const dataEdge = pixelLeft(charts, dataRight + 1);
    for (const r of rects) expect(r.x).toBeGreaterThanOrEqual(dataEdge);
  });

  it('keeps every range on this tab, inside the grid, on a block with a header row and filled cells', () => {
    for (const chart of charts.charts) {
      expect(chart.ranges).toHaveLength(1);
      const range = parseRange(chart.ranges[0] ?? '');
      expect(range.sheet).toBe('Impact charts');
      expect(range.bottom).toBeLessThanOrEqual(charts.values.length);
      expect(range.bottom).toBeGreaterThan(range.top);
      const header = charts.values[range.top - 1] ?? [];
      expect(header.slice(range.left - 1, range.right).every((c) => typeof c === 'string' && c !== '')).toBe(true);
      for (let row = range.top + 1; row <= range.bottom; row += 1) {
        const cells = (charts.values[row - 1] ?? []).slice(range.left - 1, range.right);
        expect(typeof cells[0]).toBe('string');
        expect(cells.slice(1).every((c) => typeof c === 'number' && Number.isFinite(c))).toBe(true);
      }
      // The row after the block is blank, so the range holds the whole block.
      expect((charts.values[range.bottom] ?? []).slice(range.left - 1, range.right).every((c) => c === '')).toBe(true);
    }
  });

  it('sizes the grid to cover every chart position', () => {
    const width = charts.values[0]?.length ?? 0;
    for (const chart of charts.charts) {
      expect(chart.position.column + 5).toBeLessThanOrEqual(width);
      expect(chart.position.row + 17).toBeLessThanOrEqual(charts.values.length);
    }
  });

  it('uses grey for start and blue for end, with axis titles', () => {
    for (const chart of charts.charts) {
      expect(chart.width).toBe(600);
      expect(chart.height).toBe(371);
      expect(typeof chart.options['hAxis.title']).toBe('string');
      expect(typeof chart.options['vAxis.title']).toBe('string');
      if (chart.id === 'improved') expect(chart.options.colors).toEqual([END_COLOUR]);
      else expect(chart.options.colors).toEqual([START_COLOUR, END_COLOUR]);
    }
  });

  it('starts questionnaire axes at the scale’s lowest score and counts at 0', () => {
    const axis = (id: string) => charts.charts.find((c) => c.id === id)?.options;
    expect(axis('profile:SRS')?.['vAxis.viewWindow.min']).toBe(1);
    expect(axis('means:q:srs')?.['vAxis.viewWindow.min']).toBe(1);
    expect(axis('means:behaviour-points')?.['vAxis.viewWindow.min']).toBe(0);
    expect(axis('improved')?.['hAxis.viewWindow.min']).toBe(0);
  });

  it('titles each chart with what happened, and no clear change where the interval includes none', () => {
    const title = (id: string) => charts.charts.find((c) => c.id === id)?.title;
    expect(title('means:behaviour-points')).toBe('Behaviour points: clearly better for 1 of 2 programmes, no clear change for 1');
    expect(title('means:q:srs')).toBe('Nurture: the SRS score rose from 3.2 to 3.8');
    // Improved: Nurture behaviour 6 of 6 and SRS 5 of 5; Anger management behaviour 2 of 5.
    expect(title('improved')).toBe('Most pupils improved on 2 of 3 programme measures');
    // At 90% or less, all programmes: Nurture 5 then 3, Anger management 4 then 4, Tiny 1 then 0.
    expect(title('absence:attendance')).toBe('Persistently absent pupils (attendance 90% or less) fell from 10 to 7');
    expect(title('profile:SRS')).toMatch(/^SRS: /);
  });

  it('labels n on every figure', () => {
    const means = charts.charts.find((c) => c.id === 'means:behaviour-points');
    expect(means && categories(charts, means)).toEqual(['Anger management (n = 5)', 'Nurture (n = 6)']);
    const profile = parseRange(charts.charts.find((c) => c.id === 'profile:SRS')?.ranges[0] ?? '');
    expect(charts.values.slice(profile.top - 1, profile.bottom).map((r) => r[0])).toEqual([
      'Score',
      'Overall (n = 5)',
      'Empathy (n = 5)',
      'Self-esteem (n = 5)',
    ]);
  });

  it('lays charts out two to a row', () => {
    const positions = charts.charts.map((c) => c.position);
    expect(positions[0]?.row).toBe(positions[1]?.row);
    expect(positions[2]?.row).toBeGreaterThan(positions[0]?.row ?? 0);
    expect(positions[0]?.column).toBe(positions[2]?.column);
    expect(positions[1]?.column).toBeGreaterThan(positions[0]?.column ?? 0);
  });
});

describe('many programmes', () => {
  it('shows the twelve programmes with most pupils and says how many more are on Impact', () => {
    // Programmes 1–14 of 7, 5, 6, 7, 5, 6… pupils: five have 5, and two of those five are left out.
    const many = Array.from({ length: 14 }, (_, p) =>
      pupils(
        `Programme ${String(p + 1).padStart(2, '0')}`,
        `P${p}-`,
        Array.from(
          { length: 5 + ((p + 2) % 3) },
          (_, i) =>
            [
              [10 + i, 8 + i],
              [90, 92],
            ] as [[number, number], [number, number]],
        ),
      ),
    ).flat();
    const tab = buildImpact(school(many, [ATTENDANCE, BEHAVIOUR]), defaultSettings(), ALL_DATES, []).plan.tabs[1] as TabPlan;
    for (const chart of tab.charts) expect(categories(tab, chart).length).toBeLessThanOrEqual(MAX_CATEGORIES);
    const behaviour = tab.charts.find((c) => c.id === 'means:behaviour-points');
    const shown = behaviour ? categories(tab, behaviour) : [];
    expect(shown).toHaveLength(12);
    const sizes = shown.map((label) => Number(/\(n = (\d+)\)$/.exec(label)?.[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
    expect(sizes.filter((n) => n === 5)).toHaveLength(3);
    expect(behaviour?.title).toBe(
      'Behaviour points: clearly better for 12 of 12 programmes (the 12 programmes with most pupils; 2 more on Impact)',
    );
  });
});

describe('with one small programme', () => {
  it('draws no chart at all rather than show fewer than five pupils', () => {
    const one = school(
      [{ name: 'Ava', outcome: OUTCOME, values: { attendance: [95, 91], 'behaviour-points': [4, 2] } }],
      [ATTENDANCE, BEHAVIOUR],
    );
    const tab = buildImpact(one, defaultSettings(), ALL_DATES, []).plan.tabs[1];
    expect(tab?.charts).toEqual([]);
    expect(tab?.values[0]?.[0]).toMatch(/^No charts: no programme has 5 or more pupils/);
  });
});

describe('with more questionnaires than a meeting can read', () => {
  it(`draws at most ${MAX_CHARTS} charts, the overviews first and then those for most pupils, and says how many more`, () => {
    // Ten questionnaires taken by the five Nurture pupils, the first by all five, the others by four.
    const instruments = Array.from({ length: 10 }, (_, i) => `Questionnaire ${i + 1}`);
    const many = instruments.flatMap((instrument, q) =>
      ['N1', 'N2', 'N3', 'N4', 'N5', 'N6']
        .slice(0, q === 0 ? 6 : 5)
        .flatMap((id, i) => [score(id, 'pre', 2 + i / 10, { instrument }), score(id, 'post', 3 + i / 10, { instrument })]),
    );
    const tab = buildImpact(data, defaultSettings(), ALL_DATES, many).plan.tabs.find((t) => t.key === 'impact-charts') as TabPlan;
    const ids = tab.charts.map((c) => c.id);
    expect(ids).toHaveLength(MAX_CHARTS);
    expect(ids).toEqual(expect.arrayContaining(['improved', 'absence:attendance', 'profile:Questionnaire 1']));
    // Behaviour's means, the two overviews, and a means chart and a profile for each questionnaire.
    const wanted = 1 + 2 + 2 * instruments.length;
    const note = tab.values.flat().find((cell) => typeof cell === 'string' && / more charts would have been drawn/.test(cell));
    expect(note).toBe(
      `${wanted - MAX_CHARTS} more charts would have been drawn: ${MAX_CHARTS} at most, those for the most pupils; the numbers for every measure are on Impact.`,
    );
  });
});
