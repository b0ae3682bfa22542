/**
 * The `Scores` tab: one row per response — Submitted | Pupil ID | Pupil | Instrument | Phase |
 * Score | one column per subscale | Total (not validated) | Answered | Flags — then Source tab |
 * Source row, so the impact and live-scoring code can find each response again. `Score` holds only
 * a validated overall score; an instrument validated by its subscales alone (the SRS) has its
 * overall mean in the column that says it is not validated.
 */
import type { AreaFormat, PlanCell, TabPlan } from '../plan';
import type { TabSnapshot } from '../snapshot';
import { cellText, normaliseHeader } from '../text';
import { isDate, type CellValue } from '../values';
import { subscalesOf, type Instrument } from './instrument';
import type { ScoreRow } from './score';

export const SCORES_KEY = 'scores';
export const SCORES_TAB = 'Scores';

const LEADING = ['Submitted', 'Pupil ID', 'Pupil', 'Instrument', 'Phase', 'Score'] as const;
const TRAILING = ['Answered', 'Flags', 'Source tab', 'Source row'] as const;
export const UNVALIDATED_TOTAL = 'Total (not validated)';

/** Every instrument's subscales, each once, in instrument then item order. */
export function subscaleColumns(instruments: readonly Instrument[]): string[] {
  return [...new Set(instruments.flatMap(subscalesOf))];
}

export function scoresHeaders(instruments: readonly Instrument[]): string[] {
  const unvalidated = instruments.some((i) => !i.totalValidated) ? [UNVALIDATED_TOTAL] : [];
  return [...LEADING, ...subscaleColumns(instruments), ...unvalidated, ...TRAILING];
}

type Cell = (row: ScoreRow) => PlanCell;

const FIXED: Record<string, Cell> = {
  submitted: (row) => row.submitted ?? '',
  'pupil id': (row) => row.pupilId ?? '',
  pupil: (row) => row.pupil,
  instrument: (row) => row.instrument,
  phase: (row) => row.phase ?? '',
  score: (row) => row.score ?? '',
  [normaliseHeader(UNVALIDATED_TOTAL)]: (row) => row.unvalidatedTotal ?? '',
  answered: (row) => `${row.answered} of ${row.items}`,
  flags: (row) => row.flags.join(', '),
  'source tab': (row) => row.source.tab,
  'source row': (row) => row.source.row,
};

/** Lays responses out under the given headers (so a live row fits the tab as it stands). */
export function scoreRowLayout(headers: readonly string[]): (row: ScoreRow) => PlanCell[] {
  const cells: Cell[] = headers.map((header) => {
    const key = normaliseHeader(header);
    return FIXED[key] ?? ((row: ScoreRow) => subscaleValue(row, key));
  });
  return (row) => cells.map((cell) => cell(row));
}

function subscaleValue(row: ScoreRow, key: string): PlanCell {
  for (const [name, value] of Object.entries(row.subscales)) {
    if (subscaleKey(name) === key) return value ?? '';
  }
  return '';
}

const subscaleKeys = new Map<string, string>();
function subscaleKey(name: string): string {
  let key = subscaleKeys.get(name);
  if (key === undefined) {
    key = normaliseHeader(name);
    subscaleKeys.set(name, key);
  }
  return key;
}

export function scoreRowCells(row: ScoreRow, headers: readonly string[]): PlanCell[] {
  return scoreRowLayout(headers)(row);
}

const WIDTHS: Record<string, number> = {
  Submitted: 130,
  'Pupil ID': 100,
  Pupil: 170,
  Instrument: 220,
  Phase: 60,
  Score: 70,
  Answered: 80,
  Flags: 200,
  'Source tab': 140,
  'Source row': 80,
};

export function scoresTab(rows: readonly ScoreRow[], instruments: readonly Instrument[]): TabPlan {
  const headers = scoresHeaders(instruments);
  const layout = scoreRowLayout(headers);
  const values = [headers as PlanCell[], ...rows.map(layout)];
  const columnWidths: Record<number, number> = {};
  headers.forEach((header, index) => {
    columnWidths[index + 1] = WIDTHS[header] ?? 110;
  });
  const areas: AreaFormat[] = [
    {
      area: { row: 1, column: 1, rows: 1, columns: headers.length },
      bold: true,
      background: '#e8eaed',
      wrap: true,
      verticalAlignment: 'middle',
    },
  ];
  if (rows.length > 0) {
    const scoreColumns = headers.length - LEADING.length - TRAILING.length + 1;
    areas.push(
      { area: { row: 2, column: 1, rows: rows.length, columns: 1 }, numberFormat: 'dd/mm/yyyy hh:mm' },
      { area: { row: 2, column: LEADING.length, rows: rows.length, columns: scoreColumns }, numberFormat: '0.00' },
    );
  }
  return { key: SCORES_KEY, name: SCORES_TAB, values, format: { frozenRows: 1, frozenColumns: 0, columnWidths, areas }, charts: [] };
}

/** A row already on `Scores`, as the live scorer needs it to spot duplicates and repeats. */
export interface ExistingScore {
  /** 1-based row on the Scores tab. */
  readonly row: number;
  readonly submitted: Date | null;
  readonly pupilId: string;
  readonly instrument: string;
  readonly phase: string;
  readonly flags: string[];
  readonly sourceTab: string;
  readonly sourceRow: number | null;
}

export function readScoresTab(tab: TabSnapshot): { headers: string[]; rows: ExistingScore[] } {
  const headers = (tab.values[0] ?? []).map((cell) => cellText(cell));
  const column = (name: string): number => headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(name));
  const [submitted, id, instrument, phase, flags, sourceTab, sourceRow] = [
    'Submitted',
    'Pupil ID',
    'Instrument',
    'Phase',
    'Flags',
    'Source tab',
    'Source row',
  ].map(column) as [number, number, number, number, number, number, number];
  const at = (row: readonly CellValue[], index: number): string => (index < 0 ? '' : cellText(row[index]));
  const rows = tab.values.slice(1).map((row, index) => {
    const source = Number(at(row, sourceRow));
    const when = submitted < 0 ? undefined : row[submitted];
    return {
      row: index + 2,
      submitted: isDate(when) ? when : null,
      pupilId: at(row, id),
      instrument: at(row, instrument),
      phase: at(row, phase),
      flags: at(row, flags)
        .split(',')
        .map((f) => f.trim())
        .filter((f) => f !== ''),
      sourceTab: at(row, sourceTab),
      sourceRow: Number.isInteger(source) && source > 0 ? source : null,
    };
  });
  return { headers, rows };
}
