import { describe, expect, it } from 'vitest';
import { buildImpact, END_COLOUR, START_COLOUR } from '../../../src/core/impact';
import type { ChartSpec, TabPlan } from '../../../src/core/plan';
import { defaultSettings } from '../../../src/core/settings';
import { ALL_DATES, ATTENDANCE, BEHAVIOUR, school, score } from './fixtures';

const DEFAULT_ROW_PX = 21;
const DEFAULT_COLUMN_PX = 100;

const data = school([
  { name: 'Ava', id: 'P1', group: 'Nurture A', values: { attendance: [80, 90], 'behaviour-points': [10, 4] } },
  { name: 'Ben', id: 'P2', group: 'Nurture A', values: { attendance: [85, 88], 'behaviour-points': [6, 6] } },
  { name: 'Cara', id: 'P3', group: 'Nurture B', values: { attendance: [90, 95], 'behaviour-points': [8, 11] } },
  { name: 'Dan', id: 'P4', programme: 'Anger management', group: 'Calm', values: { attendance: [92, 86], 'behaviour-points': [12, 3] } },
  { name: 'Eve', id: 'P5', programme: 'Anger management', group: 'Calm', values: { attendance: [75, 80] } },
]);
const srs = (id: string, subscale: string | null, pre: number, post: number) => [
  score(id, 'pre', pre, { instrument: 'SRS', subscale, reliability: null }),
  score(id, 'post', post, { instrument: 'SRS', subscale, reliability: null }),
];
const scores = [
  ...srs('P1', null, 3, 3.5),
  ...srs('P1', 'Empathy', 3, 4),
  ...srs('P1', 'Self-esteem', 4, 3),
  ...srs('P2', 'Empathy', 2, 3),
];
const charts = buildImpact(data, defaultSettings(), ALL_DATES, scores).plan.tabs.find((t) => t.key === 'impact-charts') as TabPlan;

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
  it('draws the five kinds of chart', () => {
    expect(charts.name).toBe('Impact charts');
    expect(charts.charts.map((c) => c.id)).toEqual([
      'means:attendance',
      'means:behaviour-points',
      'means:q:srs',
      'pupils',
      'improved',
      'absence:attendance',
      'profile:SRS',
    ]);
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

  it('uses grey for start and blue for end, with axis titles and a legend', () => {
    for (const chart of charts.charts) {
      expect(chart.width).toBe(600);
      expect(chart.height).toBe(371);
      expect(typeof chart.options['hAxis.title']).toBe('string');
      expect(typeof chart.options['vAxis.title']).toBe('string');
      if (chart.id === 'improved') expect(chart.options.colors).toEqual([END_COLOUR]);
      else expect(chart.options.colors).toEqual([START_COLOUR, END_COLOUR]);
    }
    expect(charts.charts.find((c) => c.id === 'pupils')?.options['legend.position']).toBe('bottom');
  });

  it('titles each chart with its message', () => {
    const title = (id: string) => charts.charts.find((c) => c.id === id)?.title;
    // Nurture attendance 85 → 91 (rose); Anger management 83.5 → 83 (fell).
    expect(title('means:attendance')).toBe('Attendance % rose for 1 of 2 programmes');
    // Nurture 8 → 7 and Anger management 12 → 3: both fell, which is better.
    expect(title('means:behaviour-points')).toBe('Behaviour points fell for 2 of 2 programmes');
    expect(title('means:q:srs')).toBe('SRS rose for Nurture');
    // Nurture has 3 pupils, Anger management 2: attendance (3 pupils) is its main measure, and all rose.
    expect(title('pupils')).toBe('Nurture: Attendance % rose for 3 of 3 pupils');
    // Improved: Nurture attendance 100%, behaviour 33%, SRS 100%; Anger attendance 50%, behaviour 100%.
    expect(title('improved')).toBe('Most pupils improved on 3 of 5 programme measures');
    // Below 90 at start: Ava, Ben, Eve (3); at end: Ben, Dan, Eve (3).
    expect(title('absence:attendance')).toBe('Persistently absent pupils (Attendance % below 90%) stayed at 3');
    // Empathy 2.5 → 3.5 (better), Self-esteem 4 → 3 (worse).
    expect(title('profile:SRS')).toBe('SRS: scores improved on 1 of 2 subscales');
  });

  it('labels n on every figure', () => {
    const means = charts.charts.find((c) => c.id === 'means:attendance');
    const range = parseRange(means?.ranges[0] ?? '');
    const labels = charts.values.slice(range.top, range.bottom).map((r) => r[0]);
    expect(labels).toEqual(['Anger management (n = 2)', 'Nurture (n = 3)']);
    const profile = parseRange(charts.charts.find((c) => c.id === 'profile:SRS')?.ranges[0] ?? '');
    expect(charts.values.slice(profile.top - 1, profile.bottom).map((r) => r.slice(0, 3))).toEqual([
      ['Score', 'Start', 'End'],
      ['Overall (n = 1)', 3, 3.5],
      ['Empathy (n = 2)', 2.5, 3.5],
      ['Self-esteem (n = 1)', 4, 3],
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

describe('with one measure and one programme', () => {
  it('titles a single programme by name', () => {
    const one = school([{ name: 'Ava', values: { attendance: [95, 91] } }], [ATTENDANCE, BEHAVIOUR]);
    const tab = buildImpact(one, defaultSettings(), ALL_DATES, []).plan.tabs[1];
    expect(tab?.charts.find((c) => c.id === 'means:attendance')?.title).toBe('Attendance % did not rise for Nurture');
    expect(tab?.charts.find((c) => c.id === 'pupils')?.title).toBe('Nurture: Attendance % did not rise for any 1 pupil');
  });
});
