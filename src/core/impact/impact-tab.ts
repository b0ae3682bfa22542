/**
 * The `Impact` tab (DESIGN.md): it opens with one sentence per programme and measure for impact,
 * then says once what the numbers can and cannot show, then the tables: every programme and
 * measure (measures for impact first, secondary ones below), absence, ratio gain, breakdowns and
 * notes, and last the pupil detail, marked confidential. Each section sits under its own bold
 * header row, separated from the next by a blank row.
 */
import type { AreaFormat, ContentFormat, PlanCell, TabPlan } from '../plan';
import type { BreakdownRow } from './breakdowns';
import type { Summary } from './stats';
import { ALL_GROUPS, isReliableChange, type AbsenceRow, type PupilRow, type SummaryRow } from './summary';

export const IMPACT_KEY = 'impact';
export const IMPACT_TAB = 'Impact';
export const SENTENCES_HEADER = 'Measures for impact';
export const LIMITS_HEADER = 'What these numbers can and cannot show';
export const RATIO_GAIN_HEADER = 'Ratio gain (reading and spelling ages)';
export const NOTES_HEADER = 'Notes';
export const CONFIDENTIAL =
  'Pupil detail: CONFIDENTIAL. It names pupils and their special-category data: keep it among the staff who work with them, and never put it on a chart or in a report.';
/** The columns statCells fills, split where the summary table puts the effect size between them. */
const CHANGE_HEADERS = ['n', 'Start mean', 'End mean', 'Change', 'Change 95 % low', 'Change 95 % high'] as const;
const OUTCOME_HEADERS = ['Improved', 'Kept at best', 'Improved %', 'Verdict'] as const;
/** Beside each programme's result: what it delivered and how much of it its pupils attended. */
const DOSAGE_HEADERS = ['Sessions delivered', 'Sessions attended %'] as const;
export const NO_SESSIONS_REGISTERED = 'No sessions registered yet';
export const APART_HEADER = 'Reported apart: attended too few of their sessions';
export const IMPACT_HEADERS = [
  'Programme',
  'Group',
  'Measure',
  'Better when',
  ...CHANGE_HEADERS,
  'Effect size',
  'Effect size 95 % low',
  'Effect size 95 % high',
  ...OUTCOME_HEADERS,
  'Measure for impact',
  ...DOSAGE_HEADERS,
  'Cost per pupil improved (£)',
] as const;
export const ABSENCE_HEADERS = [
  'Programme',
  'Measure',
  'n',
  'Persistently absent at start',
  'Persistently absent at end',
  'Severely absent at start',
  'Severely absent at end',
] as const;
export const BREAKDOWN_HEADERS = ['Measure', 'Breakdown', 'Subgroup', ...CHANGE_HEADERS, ...OUTCOME_HEADERS] as const;
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
const WIDTH = IMPACT_HEADERS.length;
const HEADER_BACKGROUND = '#f1f3f4';
const CONFIDENTIAL_BACKGROUND = '#fce8e6';

export interface ImpactTabInput {
  readonly title: string;
  readonly sentences: readonly string[];
  readonly limits: readonly string[];
  readonly summaries: readonly SummaryRow[];
  readonly absence: readonly AbsenceRow[];
  readonly ratioGain: readonly string[];
  readonly breakdowns: readonly BreakdownRow[];
  readonly notes: readonly string[];
  readonly pupils: readonly PupilRow[];
  /** The dosage and cost columns of each programme row. */
  readonly beside: (row: SummaryRow) => BesideCells;
  /** The line saying how many pupils are reported apart, and their rows; null when none is. */
  readonly apart: { readonly line: string; readonly pupils: readonly PupilRow[] } | null;
}

/** What sits beside a programme row: '' where nothing is known. */
export interface BesideCells {
  readonly sessionsDelivered: number | string;
  readonly attendedShare: number | string;
  readonly costPerImproved: number | string;
}

/** Rows, and the formats that go with them, built section by section. */
class TabBuilder {
  readonly rows: PlanCell[][] = [];
  readonly areas: AreaFormat[] = [];

  /** A bold header row, after a blank one unless it is the first row or `joined` to the row above. */
  header(cells: readonly string[], background = HEADER_BACKGROUND, joined = false): void {
    if (this.rows.length > 0 && !joined) this.rows.push(pad([]));
    this.rows.push(pad(cells));
    this.areas.push({ area: { row: this.rows.length, column: 1, rows: 1, columns: WIDTH }, bold: true, background });
  }

  /** Rows under the last header, with a number format per column; the first row's number. */
  table(rows: readonly (readonly PlanCell[])[], numberFormats: Readonly<Record<number, string>> = {}): number {
    const first = this.rows.length + 1;
    for (const row of rows) this.rows.push(pad(row));
    if (rows.length > 0)
      for (const [column, numberFormat] of Object.entries(numberFormats))
        this.areas.push({ area: { row: first, column: Number(column), rows: rows.length, columns: 1 }, numberFormat });
    return first;
  }

  section(header: string, lines: readonly string[]): void {
    if (lines.length === 0) return;
    this.header([header]);
    this.table(lines.map((line) => [line]));
  }
}

const MEAN_FORMATS = {
  6: '0.0',
  7: '0.0',
  8: '0.0',
  9: '0.0',
  10: '0.0',
  11: '0.00',
  12: '0.00',
  13: '0.00',
  16: '0%',
  20: '0%',
  21: '£#,##0',
};

export function impactTab(input: ImpactTabInput): TabPlan {
  const tab = new TabBuilder();
  tab.header([input.title]);
  tab.section(SENTENCES_HEADER, input.sentences);
  tab.section(LIMITS_HEADER, input.limits);

  tab.header(IMPACT_HEADERS);
  const ordered = [...input.summaries.filter((r) => r.forImpact), ...input.summaries.filter((r) => !r.forImpact)];
  if (ordered.length === 0) tab.table([['No pupil in this period has both a start and an end value for any measure.']]);
  const summaryStart = tab.table(
    ordered.map((row) => {
      const beside = input.beside(row);
      return [...summaryCells(row), beside.sessionsDelivered, beside.attendedShare, beside.costPerImproved];
    }),
    MEAN_FORMATS,
  );
  // The programme rows ("All groups") stand out in bold through one rule, not one format per row,
  // so the cost of formatting does not grow with the number of programmes.
  const contentFormats: ContentFormat[] =
    ordered.length === 0
      ? []
      : [
          {
            area: { row: summaryStart, column: 1, rows: ordered.length, columns: 3 },
            when: { formula: `=$B${summaryStart}="${ALL_GROUPS}"` },
            bold: true,
          },
        ];

  if (input.absence.length > 0) {
    tab.header(ABSENCE_HEADERS);
    tab.table(
      input.absence.map((r) => [r.programme, r.measure.label, r.n, r.persistentStart, r.persistentEnd, r.severeStart, r.severeEnd]),
    );
  }
  tab.section(RATIO_GAIN_HEADER, input.ratioGain);
  if (input.breakdowns.length > 0) {
    tab.header(BREAKDOWN_HEADERS);
    tab.table(
      input.breakdowns.map((r) => [r.measure.label, r.by, r.subgroup, ...statCells(r.summary)]),
      { 5: '0.0', 6: '0.0', 7: '0.0', 8: '0.0', 9: '0.0', 12: '0%' },
    );
  }
  if (input.apart) tab.section(APART_HEADER, [input.apart.line]);
  tab.section(NOTES_HEADER, input.notes);

  tab.header([CONFIDENTIAL], CONFIDENTIAL_BACKGROUND);
  tab.header(PUPIL_HEADERS, HEADER_BACKGROUND, true);
  const pupilFormats = { 5: '0.0', 6: '0.0', 7: '0.0', 9: '0.00' };
  tab.table(input.pupils.map(pupilCells), pupilFormats);
  if (input.apart && input.apart.pupils.length > 0) {
    tab.header([APART_HEADER], CONFIDENTIAL_BACKGROUND);
    tab.header(PUPIL_HEADERS, HEADER_BACKGROUND, true);
    tab.table(input.apart.pupils.map(pupilCells), pupilFormats);
  }

  return {
    key: IMPACT_KEY,
    name: IMPACT_TAB,
    values: tab.rows,
    format: {
      frozenRows: 1,
      columnWidths: {
        1: 260,
        2: 160,
        3: 220,
        4: 90,
        5: 50,
        6: 90,
        7: 90,
        8: 80,
        9: 100,
        10: 100,
        11: 80,
        12: 120,
        13: 120,
        19: 110,
        20: 110,
        21: 120,
      },
      areas: tab.areas,
      contentFormats,
    },
    charts: [],
  };
}

export function verdictText(summary: Summary): string {
  if (summary.verdict === null) return 'Too few pupils';
  if (summary.verdict === 'unclear') return 'No clear change';
  return summary.verdict === 'better' ? 'Clear improvement' : 'Clear worsening';
}

/** n, means, change and its interval, improved, kept at best, improved %, verdict. */
function statCells(s: Summary): PlanCell[] {
  return [
    s.n,
    s.startMean,
    s.endMean,
    s.change,
    s.changeInterval?.low ?? '',
    s.changeInterval?.high ?? '',
    s.improved,
    s.keptAtBest,
    s.improvedShare ?? '',
    verdictText(s),
  ];
}

function summaryCells(r: SummaryRow): PlanCell[] {
  const s = r.summary;
  const stats = statCells(s);
  return [
    r.programme,
    r.group,
    r.measure.label,
    r.measure.betterWhen,
    ...stats.slice(0, CHANGE_HEADERS.length),
    s.effectSize ?? '',
    s.effectSizeInterval?.low ?? '',
    s.effectSizeInterval?.high ?? '',
    ...stats.slice(CHANGE_HEADERS.length),
    r.forImpact ? 'Yes' : 'Secondary',
  ];
}

function pupilCells(r: PupilRow): PlanCell[] {
  const reliable = r.rci === null ? '' : isReliableChange(r.rci) ? 'Yes' : 'No';
  return [
    r.pupilName,
    r.programme,
    r.group,
    r.measure.label,
    r.start,
    r.end,
    r.end - r.start,
    r.keptAtBest ? 'Kept at best' : r.improved ? 'Yes' : 'No',
    r.rci ?? '',
    reliable,
  ];
}

function pad(cells: readonly PlanCell[]): PlanCell[] {
  return [...cells, ...Array<PlanCell>(Math.max(0, WIDTH - cells.length)).fill('')];
}
