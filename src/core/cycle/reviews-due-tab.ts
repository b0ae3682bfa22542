/**
 * The `Reviews due` tab: for the coming fortnight, each pupil whose review is due or overdue, by
 * member of staff, and every pupil off track at enough reviews in a row for a Review Meeting with
 * parents (listed whether a review is due or not).
 */
import type { PlanCell, TabPlan } from '../plan';
import { dateOfIso, ukDate, type IsoDate } from '../values';
import { plural } from '../text';
import type { ReviewState } from './reviews';

export const REVIEWS_DUE_KEY = 'reviews-due';
export const REVIEWS_DUE_TAB = 'Reviews due';
const HEADERS = ['Staff', 'Pupil', 'Year', 'Programme', 'Last review', 'Last status', 'Due', 'When', 'Review Meeting'] as const;
const FIRST_ROW = 5;
export const NO_STAFF = 'No member of staff named';

export interface ReviewsDueInput {
  readonly states: readonly ReviewState[];
  readonly today: IsoDate;
  readonly until: IsoDate;
  readonly everyDays: number;
  readonly meetingAfter: number;
}

export function reviewsDueTab(input: ReviewsDueInput): TabPlan {
  const body = input.states.map((state) => rowOf(state, input));
  const rows = body.length > 0 ? body : [['', '', '', '', '', '', '', 'No reviews are due in the coming fortnight.', '']];
  const width = HEADERS.length;
  const pad = (cells: readonly PlanCell[]): PlanCell[] => [...cells, ...Array<PlanCell>(width - cells.length).fill('')];
  const column = (n: number) => ({ row: FIRST_ROW, column: n, rows: rows.length, columns: 1 });
  return {
    key: REVIEWS_DUE_KEY,
    name: REVIEWS_DUE_TAB,
    values: [
      pad([`Reviews due by ${ukDate(input.until)}, by member of staff`]),
      pad([
        `A review is due ${plural(input.everyDays, 'day')} after the last one (Settings). A pupil off track at ${plural(input.meetingAfter, 'review')} in a row is listed for a Review Meeting with parents, due or not.`,
      ]),
      pad([]),
      [...HEADERS],
      ...rows.map(pad),
    ],
    format: {
      frozenRows: FIRST_ROW - 1,
      columnWidths: { 1: 170, 2: 170, 3: 50, 4: 200, 5: 100, 6: 90, 7: 100, 8: 130, 9: 330 },
      areas: [
        { area: { row: 1, column: 1, rows: 1, columns: 1 }, bold: true, fontSize: 13 },
        { area: { row: 2, column: 1, rows: 1, columns: 1 }, italic: true, fontColor: '#5f6368' },
        { area: { row: FIRST_ROW - 1, column: 1, rows: 1, columns: width }, bold: true, background: '#f1f3f4' },
        ...(body.length > 0
          ? [
              { area: column(5), numberFormat: 'dd/mm/yyyy' },
              { area: column(7), numberFormat: 'dd/mm/yyyy' },
            ]
          : []),
      ],
      contentFormats:
        body.length === 0
          ? []
          : [
              { area: column(9), when: { formula: `=$I${FIRST_ROW}<>""` }, background: '#f4c7c3', bold: true },
              { area: column(8), when: { formula: `=LEFT($H${FIRST_ROW},7)="Overdue"` }, background: '#fce8b2' },
            ],
    },
    charts: [],
  };
}

function rowOf(state: ReviewState, input: ReviewsDueInput): PlanCell[] {
  const { placement, last } = state;
  return [
    placement.staff ?? NO_STAFF,
    placement.pupil.name,
    placement.pupil.year ?? '',
    placement.programme,
    last ? dateOfIso(last.date) : 'No review yet',
    last?.status ?? '',
    dateOfIso(state.due),
    whenText(state.due, input.today, input.until),
    state.meeting ? `Call a Review Meeting with parents: off track at the last ${plural(input.meetingAfter, 'review')}` : '',
  ];
}

function whenText(due: IsoDate, today: IsoDate, until: IsoDate): string {
  const days = daysBetween(today, due);
  if (days < 0) return `Overdue by ${plural(-days, 'day')}`;
  if (days === 0) return 'Today';
  return due > until ? 'Not due yet' : `In ${plural(days, 'day')}`;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
