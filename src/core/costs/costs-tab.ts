/**
 * The `Costs` tab: per programme, for the school year so far and for the current half-term, the
 * sessions delivered, their staff time and cost, resources, the total, the cost per pupil and,
 * where impact is measured, the cost per pupil improved; how it was worked out leads the tab.
 */
import type { AreaFormat, PlanCell, TabPlan } from '../plan';
import type { ProgrammeCost } from './programme-costs';

export const COSTS_KEY = 'costs';
export const COSTS_TAB = 'Costs';
export const ALL_PROGRAMMES_ROW = 'All programmes';
export const COSTS_HEADERS = [
  'Period',
  'Programme',
  'Funding',
  'Sessions delivered',
  'Staff hours',
  'Staff cost',
  'Resources',
  'Total cost',
  'Pupils',
  'Cost per pupil',
  'Measure for impact',
  'Pupils improved',
  'Cost per pupil improved',
] as const;
const WIDTH = COSTS_HEADERS.length;
const MONEY = '£#,##0.00';

/** How many pupils improved on a programme's measure for impact, as Impact counts them. */
export interface Improvement {
  readonly measure: string;
  readonly improved: number;
}

export interface CostsSection {
  readonly label: string;
  readonly costs: readonly ProgrammeCost[];
  readonly improvements: ReadonlyMap<string, Improvement>;
}

export function costsTab(title: string, notes: readonly string[], sections: readonly CostsSection[]): TabPlan {
  const rows: PlanCell[][] = [pad([title]), ...notes.map((note) => pad([note])), pad([]), [...COSTS_HEADERS]];
  const headerRow = rows.length;
  const totalRows: number[] = [];
  for (const section of sections) {
    for (const cost of section.costs) rows.push(programmeCells(section.label, cost, section.improvements.get(cost.programme) ?? null));
    rows.push(totalCells(section.label, section.costs));
    totalRows.push(rows.length);
  }
  const dataRows = rows.length - headerRow;
  const areas: AreaFormat[] = [
    { area: { row: 1, column: 1, rows: 1, columns: WIDTH }, bold: true },
    { area: { row: headerRow, column: 1, rows: 1, columns: WIDTH }, bold: true, background: '#f1f3f4', borders: true },
    ...totalRows.map((row) => ({ area: { row, column: 1, rows: 1, columns: WIDTH }, bold: true })),
  ];
  if (dataRows > 0)
    for (const column of [6, 7, 8, 10, 13])
      areas.push({ area: { row: headerRow + 1, column, rows: dataRows, columns: 1 }, numberFormat: MONEY });
  if (dataRows > 0) areas.push({ area: { row: headerRow + 1, column: 5, rows: dataRows, columns: 1 }, numberFormat: '0.0' });
  return {
    key: COSTS_KEY,
    name: COSTS_TAB,
    values: rows,
    format: {
      frozenRows: 0,
      columnWidths: { 1: 150, 2: 220, 3: 180, 4: 90, 5: 80, 6: 100, 7: 100, 8: 100, 9: 60, 10: 100, 11: 180, 12: 90, 13: 120 },
      areas,
    },
    charts: [],
  };
}

function programmeCells(period: string, cost: ProgrammeCost, improvement: Improvement | null): PlanCell[] {
  return [
    period,
    cost.programme,
    cost.funding.join(', '),
    cost.sessions,
    cost.staffHours,
    cost.staffCost,
    cost.resources,
    cost.total,
    cost.pupils,
    cost.pupils > 0 ? cost.total / cost.pupils : '',
    improvement?.measure ?? 'Not measured',
    improvement?.improved ?? '',
    improvement === null ? '' : improvement.improved > 0 ? cost.total / improvement.improved : 'None improved',
  ];
}

function totalCells(period: string, costs: readonly ProgrammeCost[]): PlanCell[] {
  const sum = (value: (c: ProgrammeCost) => number): number => costs.reduce((total, c) => total + value(c), 0);
  return pad([
    period,
    ALL_PROGRAMMES_ROW,
    '',
    sum((c) => c.sessions),
    sum((c) => c.staffHours),
    sum((c) => c.staffCost),
    sum((c) => c.resources),
    sum((c) => c.total),
  ]);
}

function pad(cells: readonly PlanCell[]): PlanCell[] {
  return [...cells, ...Array<PlanCell>(Math.max(0, WIDTH - cells.length)).fill('')];
}
