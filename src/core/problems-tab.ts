/**
 * The `Problems` tab: every input row the add-in could not use. Each action replaces its own
 * findings and keeps the others', so running one action never hides what another found.
 */
import { ACTIONS } from './action-names';
import type { TabPlan } from './plan';
import type { Problem, ProblemSource } from './problems';
import type { TabSnapshot } from './snapshot';

export const PROBLEMS_KEY = 'problems';
export const PROBLEMS_TAB = 'Problems';
const HEADERS = ['Tab', 'Row', 'Column', 'Reason', 'Found by'] as const;
const SOURCE_LABELS: Record<ProblemSource, string> = {
  setup: 'Set up',
  timetable: 'Timetables',
  groups: 'Group check',
  score: 'Questionnaires',
  impact: 'Impact',
  reviews: 'Reviews due',
  forum: 'Forum report',
  reports: 'Pupil reports',
  letters: 'Letters',
  costs: 'Costs',
};

/** Reads back the problems an earlier run wrote, so other actions' findings survive. */
export function readProblemsTab(tab: TabSnapshot | undefined): Problem[] {
  if (!tab) return [];
  const labelToSource = new Map(ACTIONS.map((source) => [SOURCE_LABELS[source], source] as const));
  return tab.values.slice(1).flatMap((row) => {
    const source = labelToSource.get(String(row[4] ?? ''));
    const line = Number(row[1]);
    if (!source || !Number.isFinite(line)) return [];
    return [{ tab: String(row[0] ?? ''), row: line, column: String(row[2] ?? ''), reason: String(row[3] ?? ''), source }];
  });
}

/** The problems `listed` does not already hold (each once): what a live path adds to the tab. */
export function notYetListed(listed: readonly Problem[], fresh: readonly Problem[]): Problem[] {
  const keyOf = (p: Problem): string => JSON.stringify([p.source, p.tab, p.row, p.column, p.reason]);
  const seen = new Set(listed.map(keyOf));
  return fresh.filter((p) => {
    const key = keyOf(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A problem as a row of the tab: Tab | Row | Column | Reason | Found by. */
export function problemRow(p: Problem): (string | number)[] {
  return [p.tab, p.row, p.column, p.reason, SOURCE_LABELS[p.source]];
}

export function problemsTab(previous: readonly Problem[], fresh: readonly Problem[], replacedSources: readonly ProblemSource[]): TabPlan {
  const kept = previous.filter((p) => !replacedSources.includes(p.source));
  const all = [...kept, ...fresh].sort(
    (a, b) =>
      ACTIONS.indexOf(a.source) - ACTIONS.indexOf(b.source) ||
      a.tab.localeCompare(b.tab) ||
      a.row - b.row ||
      a.column.localeCompare(b.column),
  );
  const rows = all.map(problemRow);
  const body = rows.length > 0 ? rows : [['', '', '', 'No problems found: every row could be used.', '']];
  return {
    key: PROBLEMS_KEY,
    name: PROBLEMS_TAB,
    values: [[...HEADERS], ...body],
    format: {
      frozenRows: 1,
      columnWidths: { 1: 180, 2: 60, 3: 180, 4: 480, 5: 120 },
      areas: [
        { area: { row: 1, column: 1, rows: 1, columns: HEADERS.length }, bold: true, background: '#f1f3f4' },
        { area: { row: 2, column: 4, rows: body.length, columns: 1 }, wrap: true },
      ],
      tabColor: all.length > 0 ? '#d93025' : '#188038',
    },
    charts: [],
  };
}
