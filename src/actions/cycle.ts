/**
 * The intervention cycle's actions: Reviews due, Build forum report, Build pupil reports and
 * Letters home. Each first makes any of the Passports, Targets and Reviews tabs the school does not
 * have yet (once: they are the school's from then on), then writes its own tab.
 */
import {
  buildForumReport,
  buildLetters,
  buildPupilReports,
  buildReviewsDue,
  INPUT_TABS,
  missingInputTabs,
  printWindow,
  PUPIL_REPORTS_KEY,
  reviewsDueThisWeek,
  withInputTabs,
  type CycleOutcome,
  type HalfTermPeriod,
  type InputKind,
} from '../core/cycle';
import { halfTermsOf, recentHalfTerms } from '../core/impact/half-terms';
import type { SchoolData } from '../core/domain';
import { andList, plural } from '../core/text';
import { SCHEDULE_KEY } from '../core/timetable';
import { dateOfIso, ukDate, type IsoDate } from '../core/values';
import type { ActionReport, WaitingItem } from '../shared/api';
import { questionnaireScores } from './impact';
import { runAction } from './run-action';
import type { School } from './school';
import { services } from './services';

/** The school's data once any missing input tab is made, and a sentence saying which were made. */
function withInputTabsMade(school: School): { data: SchoolData; made: string | null } {
  const plans = missingInputTabs(school.data, school.inputs, school.today);
  if (plans.length === 0) return { data: school.data, made: null };
  const names = services().workbook.createInputTabs(plans);
  const made = plans.map((plan, i) => ({ plan, name: names[i] ?? INPUT_TABS[plan.key as InputKind].name }));
  const listed = andList(made.map((m) => `“${m.name}”`));
  return {
    data: withInputTabs(school.data, school.snapshot, made),
    made: `Made ${listed} for you to fill in: the pupils on programmes are listed, with a note on each header saying what to write. From now on they are yours; Intervention Planner only reads them.`,
  };
}

/** Runs a cycle action: the input tabs first, then the core's outcome with a word about any tab made. */
function runCycle(
  action: 'reviews' | 'forum' | 'reports' | 'letters',
  build: (school: School, data: SchoolData) => CycleOutcome,
  reads: readonly string[] = [],
): ActionReport {
  return runAction(
    action,
    (school) => {
      const { data, made } = withInputTabsMade(school);
      const outcome = build(school, data);
      return made === null ? outcome : { ...outcome, details: [made, ...outcome.details] };
    },
    reads,
  );
}

export function reviewsDue(): ActionReport {
  return runCycle('reviews', (school, data) => buildReviewsDue(data, school.stored.settings, school.today));
}

export function buildForum(from: IsoDate | null, to: IsoDate | null): ActionReport {
  return runCycle('forum', (school, data) =>
    buildForumReport(data, school.stored.settings, periodOf(from, to, school.today), school.today, questionnaireScores(school)),
  );
}

/** `from`/`to`: the half-term (or dates) whose ended placements have a report; none: the half-term today is in. */
export function buildReports(pupils: readonly string[], from: IsoDate | null = null, to: IsoDate | null = null): ActionReport {
  let extra: Pick<ActionReport, 'reports' | 'others'> = {};
  const report = runCycle(
    'reports',
    (school, data) => {
      const outcome = buildPupilReports(
        data,
        school.stored.settings,
        pupils,
        school.snapshot.tabs.find((t) => t.generatedKey === SCHEDULE_KEY),
        questionnaireScores(school),
        school.today,
        printWindow(school.stored.settings, periodOf(from, to, school.today)),
      );
      extra = {
        reports: outcome.blocks.map(({ pupil, programme, row, rows }) => ({ pupil, programme, row, rows })),
        others: outcome.others,
      };
      return outcome;
    },
    [SCHEDULE_KEY],
  );
  return { ...report, ...extra };
}

/** `from`/`to`: the half-term (or dates) whose starting placements have a letter; none: the half-term today is in. */
export function buildLettersHome(from: IsoDate | null = null, to: IsoDate | null = null): ActionReport {
  return runCycle('letters', (school, data) =>
    buildLetters(data, school.stored.settings, school.today, printWindow(school.stored.settings, periodOf(from, to, school.today))),
  );
}

/** Selects a pupil's page on Pupil reports, so File › Print › Selected cells prints just that. */
export function selectReport(row: number, rows: number): { tab: string; row: number } {
  return { tab: services().workbook.selectRows(PUPIL_REPORTS_KEY, row, rows), row };
}

/** Reviews due by Sunday, for the sidebar to show when it opens; nothing before the school keeps a Reviews tab. */
export function waitingItems(school: School): WaitingItem[] {
  const week = reviewsDueThisWeek(school.data, school.stored.settings, school.today);
  if (week === null) return [];
  const meetings = week.meetings > 0 ? `; ${plural(week.meetings, 'pupil needs', 'pupils need')} a Review Meeting with parents` : '';
  return [
    {
      kind: 'reviews-due',
      count: week.due,
      sentence: `${plural(week.due, 'review')} due this week${week.overdue > 0 ? ` (${week.overdue} overdue)` : ''}${meetings}.`,
      button: 'Reviews due',
      // The Reviews due action lists who: the sidebar runs it.
      place: null,
    },
  ];
}

/** The half-term the dates are (or the dates themselves); without dates, the half-term today is in. */
function periodOf(from: IsoDate | null, to: IsoDate | null, today: IsoDate): HalfTermPeriod {
  if (from === null && to === null) {
    const current = recentHalfTerms(dateOfIso(today))[0];
    if (current) return current;
  }
  const start = from ?? to ?? today;
  const end = to ?? from ?? today;
  const [first, last] = start <= end ? [start, end] : [end, start];
  const year = Number(first.slice(0, 4)) - (Number(first.slice(5, 7)) < 9 ? 1 : 0);
  const named = halfTermsOf(year).find((term) => term.from === first && term.to === last);
  return named ?? { from: first, to: last, label: `${ukDate(first)} to ${ukDate(last)}` };
}
