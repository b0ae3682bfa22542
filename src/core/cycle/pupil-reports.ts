/**
 * `Pupil reports`: the one-page post-intervention report of seed 004 ("for teachers' Student
 * Progress Over Time folders" and for parents), a page-sized block per placement: the programme,
 * why and what it was for, sessions and lessons missed, each SMART target's outcome, start and end
 * data in words, and what happens next.
 */
import type { PupilRow } from '../impact/summary';
import { programmeOf } from '../impact/programmes';
import type { TabPlan } from '../plan';
import type { Instrument } from '../questionnaires/instrument';
import { plural } from '../text';
import { ukDate, type IsoDate } from '../values';
import { sessionCounts, type ScheduledSessionRow } from './attendance';
import { reportedRows, startEndText } from './in-words';
import type { CyclePlacement } from './placements';
import { PAGE_ROWS, PrintedTab, wrapLines, type LineStyle } from './printable';
import type { CycleRecords } from './records';
import { writtenTargets } from './smart';

export const PUPIL_REPORTS_KEY = 'pupil-reports';
export const PUPIL_REPORTS_TAB = 'Pupil reports';
const WIDTHS = [150, 500];
/** Characters that fit the value column on one line. */
const VALUE_CHARS = 76;
const NOT_GENERATED = 'Not known: timetables have not been generated.';
/** Lines any one answer may take, so that the report still fits its page. */
const MOST_LINES = 4;

export interface PupilReportsInput {
  /** The placements to report on, in the order their pages come. */
  readonly placements: readonly CyclePlacement[];
  readonly records: CycleRecords;
  /** The Schedule's rows; null before timetables were generated. */
  readonly schedule: readonly ScheduledSessionRow[] | null;
  /** The impact core's per-pupil start and end values. */
  readonly impact: readonly PupilRow[];
  readonly instruments: readonly Instrument[];
  readonly today: IsoDate;
  /** Which placements have a report, as the tab's first page says it. */
  readonly scope: string;
}

/** Where a pupil's report is on the tab, so the sidebar can select it to print. */
export interface ReportBlock {
  readonly pupilId: string;
  readonly pupil: string;
  readonly programme: string;
  readonly row: number;
  readonly rows: number;
}

export interface PupilReports {
  readonly tab: TabPlan;
  readonly blocks: readonly ReportBlock[];
  /** Reports cut short to fit their page. */
  readonly shortened: number;
}

interface Line {
  readonly cells: readonly string[];
  readonly style: LineStyle;
}

export function pupilReports(input: PupilReportsInput): PupilReports {
  const page = new PrintedTab(WIDTHS);
  const blocks: ReportBlock[] = [];
  let shortened = 0;
  contents(page, input);
  for (const placement of input.placements) {
    const row = page.nextRow;
    const lines = reportLines(placement, input);
    const fitted = lines.length > PAGE_ROWS ? [...lines.slice(0, PAGE_ROWS - 1), MORE] : lines;
    if (fitted !== lines) shortened += 1;
    for (const line of fitted) page.line(line.cells, line.style);
    page.toPageEnd();
    blocks.push({ pupilId: placement.pupil.id, pupil: placement.pupil.name, programme: placement.programme, row, rows: PAGE_ROWS });
  }
  return { tab: page.tab(PUPIL_REPORTS_KEY, PUPIL_REPORTS_TAB), blocks, shortened };
}

/** The first page: which placements the reports are for, and who they are. */
function contents(page: PrintedTab, input: PupilReportsInput): void {
  page.line(['Pupil reports'], 'title');
  page.line([input.scope], 'note');
  if (input.placements.length === 0) {
    page.line(['No report to print. Choose a pupil in the sidebar for a report on demand.'], 'note');
  } else {
    page.line(['Pupil', 'Programme'], 'table-header');
    for (const placement of input.placements) page.line([placement.pupil.name, placement.programme]);
  }
  page.toPageEnd();
}

const MORE: Line = { cells: ['', '… more on the Passports, Targets and Reviews tabs.'], style: 'note' };

function reportLines(placement: CyclePlacement, input: PupilReportsInput): Line[] {
  const { pupil, placement: p } = placement;
  const lines: Line[] = [];
  const line = (cells: readonly string[], style: LineStyle = 'plain'): void => void lines.push({ cells, style });
  const labelled = (label: string, text: string): void => {
    const wrapped = wrapLines(text, VALUE_CHARS);
    const kept =
      wrapped.length > MOST_LINES
        ? [...wrapped.slice(0, MOST_LINES - 1), `${(wrapped[MOST_LINES - 1] ?? '').slice(0, VALUE_CHARS - 1)}…`]
        : wrapped;
    kept.forEach((text, i) => line([i === 0 ? label : '', text], i === 0 ? 'label' : 'plain'));
  };
  const passport = input.records.passports.find((record) => record.placement === placement.key);
  const reviews = input.records.reviews.filter((review) => review.placement === placement.key).sort((a, b) => (a.date < b.date ? -1 : 1));

  line([`End of programme report: ${pupil.name}`], 'title');
  line(
    [
      [
        pupil.year === null ? '' : `Year ${pupil.year}`,
        pupil.form ? `form ${pupil.form}` : '',
        placement.programme,
        datesText(p.start, p.end),
      ]
        .filter((t) => t !== '')
        .join(' · '),
    ],
    'note',
  );
  line(
    // Short enough for the page's width: a longer line is cut off when printed.
    ['CONFIDENTIAL: about one pupil, for their teachers’ SPOT folders and their parents or carers.'],
    'confidential',
  );
  line([]);

  line(['The programme'], 'heading');
  labelled(
    'Programme',
    [placement.programme, p.group && p.group !== placement.programme ? `(group ${p.group})` : p.type === '1-1' ? '(1-1)' : '']
      .filter((t) => t !== '')
      .join(' '),
  );
  labelled('Led by', placement.staff ?? 'Not named in the register');
  labelled('Why', p.reason ?? 'Not recorded in the register');
  labelled('Desired outcome', p.outcome ?? 'Not recorded in the register');
  const counts = input.schedule === null ? null : sessionCounts(input.schedule, placement, input.today);
  labelled('Sessions', sessionsText(counts));
  labelled(
    'Lessons missed',
    counts === null
      ? NOT_GENERATED
      : counts.missed.length === 0
        ? 'None recorded.'
        : counts.missed.map((m) => `${m.subject} ${m.lessons}`).join(', '),
  );
  line([]);

  line(['SMART targets'], 'heading');
  const targets = writtenTargets(input.records.targets, placement.key);
  if (targets.length === 0) line(['', 'No targets were recorded on the Targets tab.'], 'note');
  targets.forEach((target, i) => {
    const measure = [
      target.baseline && `from ${target.baseline}`,
      target.targetValue && `to ${target.targetValue}`,
      target.by && `by ${ukDate(target.by)}`,
    ]
      .filter((t) => t)
      .join(' ');
    labelled(`Target ${i + 1}: ${target.outcome ?? 'not judged'}`, `${target.target}${measure ? ` (${measure})` : ''}`);
  });
  line([]);

  line(['Start and end'], 'heading');
  const programme = programmeOf(p);
  const measured = reportedRows(input.impact.filter((row) => row.pupilId === pupil.id && row.programme === programme));
  if (measured.length === 0) line(['', 'No start and end values were recorded for this programme.'], 'note');
  for (const row of measured) labelled(row.measure.label, startEndText(row, input.instruments));
  line([]);

  line(['What next'], 'heading');
  labelled('Next steps', passport?.nextSteps || reviews[reviews.length - 1]?.nextStep || 'Not recorded on the Passports tab.');
  labelled('Back to lessons', passport?.returnToLessons || 'Not recorded on the Passports tab.');
  if (reviews.length > 0)
    labelled(
      'Reviews',
      `${plural(reviews.length, 'review')}; the last on ${ukDate(reviews[reviews.length - 1]?.date ?? p.start ?? input.today)}: ${reviews[reviews.length - 1]?.status ?? 'no status'}.`,
    );
  return lines;
}

function datesText(start: IsoDate | null, end: IsoDate | null): string {
  if (start && end) return `${ukDate(start)} to ${ukDate(end)}`;
  if (start) return `from ${ukDate(start)}`;
  return end ? `to ${ukDate(end)}` : '';
}

function sessionsText(counts: ReturnType<typeof sessionCounts> | null): string {
  if (counts === null) return NOT_GENERATED;
  if (counts.planned === 0) return 'None on the Schedule.';
  const planned = `${counts.planned} planned`;
  if (counts.attended === null) return `${planned}; attendance has not been ticked on the Schedule.`;
  return `${planned}, ${counts.delivered ?? 0} delivered, ${counts.attended} attended.`;
}
