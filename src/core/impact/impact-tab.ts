/**
 * The `Impact` tab (DESIGN.md): one row per programme ("All groups") and per group per measure,
 * then persistent absence, per-pupil rows and notes, each section under its own bold header row.
 */
import type { AreaFormat, ContentFormat, PlanCell, TabPlan } from '../plan';
import { ALL_GROUPS, isReliableChange, type AbsenceRow, type PupilRow, type SummaryRow } from './summary';

export const IMPACT_KEY = 'impact';
export const IMPACT_TAB = 'Impact';
export const IMPACT_HEADERS = [
  'Programme',
  'Group',
  'Measure',
  'Better when',
  'n',
  'Start mean',
  'End mean',
  'Change',
  'Effect size',
  'Improved',
  'Improved %',
] as const;
export const PUPIL_HEADERS = [
  'Pupil',
  'Programme',
  'Group',
  'Measure',
  'Start',
  'End',
  'Change',
  'Improved',
  'RCI',
  'Reliable change',
] as const;
export const ABSENCE_HEADERS = ['Programme', 'Group', 'Measure', 'Absent when below %', 'n', 'Absent at start', 'Absent at end'] as const;
const WIDTH = IMPACT_HEADERS.length;
const HEADER_BACKGROUND = '#f1f3f4';

export interface ImpactTabInput {
  readonly summaries: readonly SummaryRow[];
  readonly absence: readonly AbsenceRow[];
  readonly persistentAbsenceBelow: number;
  readonly pupils: readonly PupilRow[];
  readonly notes: readonly string[];
}

export function impactTab(input: ImpactTabInput): TabPlan {
  const rows: PlanCell[][] = [];
  const areas: AreaFormat[] = [];
  const header = (cells: readonly string[]): void => {
    rows.push(pad(cells));
    areas.push({ area: { row: rows.length, column: 1, rows: 1, columns: WIDTH }, bold: true, background: HEADER_BACKGROUND });
  };
  const formats = (first: number, count: number, columns: Readonly<Record<number, string>>): void => {
    if (count === 0) return;
    for (const [column, numberFormat] of Object.entries(columns))
      areas.push({ area: { row: first, column: Number(column), rows: count, columns: 1 }, numberFormat });
  };

  header(IMPACT_HEADERS);
  if (input.summaries.length === 0) rows.push(pad(['No pupil in this period has both a start and an end value for any measure.']));
  const summaryStart = rows.length + 1;
  for (const r of input.summaries) rows.push(summaryCells(r));
  formats(summaryStart, input.summaries.length, { 6: '0.0', 7: '0.0', 8: '0.0', 9: '0.00', 11: '0%' });
  // The programme rows ("All groups") stand out in bold through one rule, not one format per row,
  // so the cost of formatting does not grow with the number of programmes.
  const contentFormats: ContentFormat[] =
    input.summaries.length === 0
      ? []
      : [
          {
            area: { row: summaryStart, column: 1, rows: input.summaries.length, columns: 3 },
            when: { formula: `=$B${summaryStart}="${ALL_GROUPS}"` },
            bold: true,
          },
        ];

  if (input.absence.length > 0) {
    rows.push(pad([]));
    header(ABSENCE_HEADERS);
    for (const r of input.absence)
      rows.push(pad([r.programme, r.group, r.measure.label, input.persistentAbsenceBelow, r.n, r.start, r.end]));
  }

  rows.push(pad([]));
  header(PUPIL_HEADERS);
  const pupilStart = rows.length + 1;
  for (const r of input.pupils) rows.push(pupilCells(r));
  formats(pupilStart, input.pupils.length, { 5: '0.0', 6: '0.0', 7: '0.0', 9: '0.00' });

  if (input.notes.length > 0) {
    rows.push(pad([]));
    header(['Notes']);
    for (const note of input.notes) rows.push(pad([note]));
  }

  return {
    key: IMPACT_KEY,
    name: IMPACT_TAB,
    values: rows,
    format: {
      frozenRows: 1,
      columnWidths: { 1: 220, 2: 160, 3: 220, 4: 110, 5: 60, 6: 100, 7: 100, 8: 90, 9: 90, 10: 110, 11: 100 },
      areas,
      contentFormats,
    },
    charts: [],
  };
}

function summaryCells(r: SummaryRow): PlanCell[] {
  const s = r.summary;
  return [
    r.programme,
    r.group,
    r.measure.label,
    r.measure.betterWhen,
    s.n,
    s.startMean,
    s.endMean,
    s.change,
    s.effectSize ?? '',
    s.improved,
    s.improvedShare,
  ];
}

function pupilCells(r: PupilRow): PlanCell[] {
  const reliable = r.rci === null ? '' : isReliableChange(r.rci) ? 'Yes' : 'No';
  return pad([
    r.pupilName,
    r.programme,
    r.group,
    r.measure.label,
    r.start,
    r.end,
    r.end - r.start,
    r.improved ? 'Yes' : 'No',
    r.rci ?? '',
    reliable,
  ]);
}

function pad(cells: readonly PlanCell[]): PlanCell[] {
  return [...cells, ...Array<PlanCell>(Math.max(0, WIDTH - cells.length)).fill('')];
}
