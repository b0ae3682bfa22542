/**
 * The intervention cycle between the start and the end of a programme (seeds 002 and 004): the
 * passports, SMART targets and reviews the school keeps on tabs the add-in makes once, and what is
 * built from them: `Reviews due`, the half-termly `Forum report`, one-page `Pupil reports` and
 * `Letters` home.
 */
import type { SchoolData } from '../domain';
import { programmePurposes } from '../impact/for-impact';
import type { QuestionnaireScore } from '../impact/measures';
import { collectObservations } from '../impact/observations';
import { pupilRows, summaryRows } from '../impact/summary';
import type { InputTabPlan, PlanCell, WritePlan } from '../plan';
import type { Problem } from '../problems';
import type { Instrument } from '../questionnaires/instrument';
import type { Settings } from '../settings';
import type { TabSnapshot, WorkbookSnapshot } from '../snapshot';
import { plural } from '../text';
import { ukDate, type IsoDate } from '../values';
import { addDays } from '../calendar/days';
import { readScheduleSessions } from './attendance';
import { forumReport, FORUM_REPORT_KEY, periodText, type HalfTermPeriod } from './forum-report';
import { INPUT_KINDS, inputTabPlan, type InputKind } from './input-tabs';
import { LETTERS_KEY, lettersTab } from './letters';
import { byPupilName, cyclePlacements, stageOf, within, type CyclePlacement } from './placements';
import { pupilReports, PUPIL_REPORTS_KEY, type ReportBlock } from './pupil-reports';
import { isInputLayout, NO_CYCLE_RECORDS, readCycleRecords, type CycleRecords } from './records';
import { reviewState, type ReviewState } from './reviews';
import { REVIEWS_DUE_KEY, reviewsDueTab, NO_STAFF } from './reviews-due-tab';

export { INPUT_KINDS, INPUT_TABS, OUTCOMES, PROGRESS, STATUSES, type InputKind } from './input-tabs';
export {
  readCycleRecords,
  NO_CYCLE_RECORDS,
  type CycleRecords,
  type PassportRecord,
  type ReviewRecord,
  type TargetRecord,
} from './records';
export { cyclePlacements, stageOf, type CyclePlacement } from './placements';
export { smartGaps, writtenTargets, type SmartGap } from './smart';
export { REVIEWS_DUE_KEY, REVIEWS_DUE_TAB } from './reviews-due-tab';
export { FORUM_REPORT_KEY, FORUM_REPORT_TAB, periodText, type HalfTermPeriod } from './forum-report';
export { PUPIL_REPORTS_KEY, PUPIL_REPORTS_TAB, type ReportBlock } from './pupil-reports';
export { LETTERS_KEY, LETTERS_TAB } from './letters';

export interface CycleOutcome {
  readonly plan: WritePlan;
  readonly problems: readonly Problem[];
  readonly headline: string;
  readonly details: readonly string[];
}

function recordsOf(data: SchoolData): CycleRecords {
  return data.cycle ?? NO_CYCLE_RECORDS;
}

/** The input tabs the school does not have yet, with the pupils on programmes (now or soon) filled in. */
export function missingInputTabs(data: SchoolData, existing: readonly string[], today: IsoDate): InputTabPlan[] {
  const followed = cyclePlacements(data)
    .filter((p) => stageOf(p.placement, today) !== 'ended')
    .sort((a, b) => a.programme.localeCompare(b.programme, 'en-GB') || byPupilName(a, b));
  const pupilCells = followed.map((p): PlanCell[] => [p.pupil.id, p.pupil.name, p.programme]);
  const prefilled: Record<InputKind, readonly (readonly PlanCell[])[]> = { passports: pupilCells, targets: pupilCells, reviews: [] };
  return INPUT_KINDS.filter((kind) => !existing.includes(kind)).map((kind) => inputTabPlan(kind, prefilled[kind]));
}

/** A tab of the school's own that the add-in reads as one of its input tabs. */
export interface FoundInputTab {
  readonly key: InputKind;
  readonly name: string;
}

/**
 * The snapshot with each school tab kept in an input tab's name and columns marked as that input
 * tab, for the kinds the spreadsheet has no tagged tab of yet: the add-in reads it (and tags it,
 * so it is found again after a rename) instead of making another beside it.
 */
export function withFoundInputTabs(snapshot: WorkbookSnapshot): { snapshot: WorkbookSnapshot; found: FoundInputTab[] } {
  const found: FoundInputTab[] = [];
  const tabs = snapshot.tabs.map((tab): TabSnapshot => {
    if (tab.generatedKey !== null || tab.inputKey !== undefined) return tab;
    const key = INPUT_KINDS.find(
      (kind) => !found.some((f) => f.key === kind) && !snapshot.tabs.some((t) => t.inputKey === kind) && isInputLayout(tab, kind),
    );
    if (key === undefined) return tab;
    found.push({ key, name: tab.name });
    return { ...tab, inputKey: key };
  });
  return { snapshot: found.length === 0 ? snapshot : { tabs }, found };
}

/** The school's data with the records of input tabs just made (their filled-in rows), read as if they had been there. */
export function withInputTabs(
  data: SchoolData,
  snapshot: WorkbookSnapshot,
  made: readonly { readonly plan: InputTabPlan; readonly name: string }[],
): SchoolData {
  if (made.length === 0) return data;
  const tabs: TabSnapshot[] = made.map(({ plan, name }) => ({
    name,
    values: plan.values.map((row) => row.map((cell) => (typeof cell === 'object' && cell !== null && 'formula' in cell ? '' : cell))),
    generatedKey: null,
    inputKey: plan.key,
  }));
  return {
    ...data,
    cycle: readCycleRecords(
      { tabs: [...snapshot.tabs.filter((t) => t.inputKey === undefined || !made.some((m) => m.plan.key === t.inputKey)), ...tabs] },
      data,
    ).records,
  };
}

/** Every current placement's review state, and the day the coming fortnight ends. */
function currentStates(data: SchoolData, settings: Settings, today: IsoDate): ReviewState[] {
  return cyclePlacements(data)
    .filter((p) => stageOf(p.placement, today) === 'current')
    .map((p) => reviewState(p, recordsOf(data).reviews, settings.cycle, today));
}

export function buildReviewsDue(data: SchoolData, settings: Settings, today: IsoDate): CycleOutcome {
  const until = addDays(today, 13);
  const listed = currentStates(data, settings, today)
    .filter((state) => state.due <= until || state.meeting)
    .sort(
      (a, b) =>
        (a.placement.staff ?? NO_STAFF).localeCompare(b.placement.staff ?? NO_STAFF, 'en-GB') ||
        (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
        byPupilName(a.placement, b.placement),
    );
  const due = listed.filter((state) => state.due <= until);
  const overdue = due.filter((state) => state.due < today).length;
  const meetings = listed.filter((state) => state.meeting);
  const tab = reviewsDueTab({
    states: listed,
    today,
    until,
    everyDays: settings.cycle.reviewEveryDays,
    meetingAfter: settings.cycle.offTrackReviewsForMeeting,
  });
  return {
    plan: { tabs: [tab], replaces: [REVIEWS_DUE_KEY] },
    problems: [],
    headline:
      `${plural(due.length, 'review')} due by ${ukDate(until)}${overdue > 0 ? ` (${overdue} overdue)` : ''}` +
      (meetings.length > 0 ? `; ${plural(meetings.length, 'pupil needs', 'pupils need')} a Review Meeting with parents.` : '.'),
    details: meetings.map(
      (state) =>
        `${state.placement.pupil.name} (${state.placement.programme}): off track at the last ${plural(settings.cycle.offTrackReviewsForMeeting, 'review')}. Call a Review Meeting with parents.`,
    ),
  };
}

/** What the sidebar shows when it opens: reviews due by Sunday, once the school keeps a Reviews tab. */
export function reviewsDueThisWeek(
  data: SchoolData,
  settings: Settings,
  today: IsoDate,
): { due: number; overdue: number; meetings: number } | null {
  if (recordsOf(data).tabs.reviews === null) return null;
  const sunday = addDays(today, 7 - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) - 1);
  const states = currentStates(data, settings, today);
  return {
    due: states.filter((state) => state.due <= sunday).length,
    overdue: states.filter((state) => state.due < today).length,
    meetings: states.filter((state) => state.meeting).length,
  };
}

export interface ImpactInputs {
  readonly scores: readonly QuestionnaireScore[];
  readonly instruments: readonly Instrument[];
}

export function buildForumReport(
  data: SchoolData,
  settings: Settings,
  period: HalfTermPeriod,
  today: IsoDate,
  impact: ImpactInputs,
): CycleOutcome {
  const observed = collectObservations(
    data,
    settings,
    { from: period.from, to: period.to },
    impact.scores,
    programmePurposes(data, settings),
  );
  const report = forumReport({
    data,
    settings,
    placements: cyclePlacements(data),
    records: recordsOf(data),
    period,
    today,
    impact: {
      summaries: summaryRows(observed.observations, observed.measures),
      pupils: pupilRows(observed.observations, observed.measures),
    },
  });
  return {
    plan: { tabs: [report.tab], replaces: [FORUM_REPORT_KEY] },
    problems: [],
    headline: `Forum report for ${period.label}: ${plural(report.current, 'pupil')} on programmes, ${report.finished} finished, ${plural(report.meetings, 'Review Meeting')} to call, ${plural(report.concerns.length, 'programme')} to ask about.`,
    details: report.concerns,
  };
}

export interface PupilReportsOutcome extends CycleOutcome {
  readonly blocks: readonly ReportBlock[];
  /** Pupils on programmes with no report on the tab, for a report on demand. */
  readonly others: readonly { readonly id: string; readonly name: string }[];
}

/**
 * What a member of staff prints now: the placements of the chosen half-term (or dates), or of the
 * whole year when the school's settings ask for it (null).
 */
export function printWindow(settings: Settings, period: HalfTermPeriod): HalfTermPeriod | null {
  return settings.cycle.wholeYear ? null : period;
}

/** `that ended in Autumn 2 2026 (…)`, or `that have ended this year` for the whole year. */
function endedText(window: HalfTermPeriod | null): string {
  return window === null ? 'that have ended this year' : `that ended in ${periodText(window)}`;
}

/**
 * A report for every placement that ended in the window (every one that has ended, for the whole
 * year), and for the pupils asked for on demand (their latest placement).
 */
export function buildPupilReports(
  data: SchoolData,
  settings: Settings,
  wanted: readonly string[],
  schedule: TabSnapshot | undefined,
  impact: ImpactInputs,
  today: IsoDate,
  window: HalfTermPeriod | null,
): PupilReportsOutcome {
  const placements = cyclePlacements(data);
  const ended = placements
    .filter((p) => stageOf(p.placement, today) === 'ended' && (window === null || within(p.placement.end, window)))
    .sort((a, b) =>
      (a.placement.end ?? '') > (b.placement.end ?? '') ? -1 : (a.placement.end ?? '') < (b.placement.end ?? '') ? 1 : byPupilName(a, b),
    );
  const asked = wanted.flatMap((id) => {
    const theirs = placements.filter((p) => p.pupil.id === id && !ended.includes(p));
    const latest = theirs[theirs.length - 1];
    return latest ? [latest] : [];
  });
  const reported: CyclePlacement[] = [...asked, ...ended];
  const observed = collectObservations(data, settings, { from: null, to: null }, impact.scores, programmePurposes(data, settings));
  const reports = pupilReports({
    placements: reported,
    records: recordsOf(data),
    schedule: readScheduleSessions(schedule),
    impact: pupilRows(observed.observations, observed.measures),
    instruments: impact.instruments,
    today,
    scope: `Placements ${endedText(window)}${asked.length > 0 ? ', and the pupils asked for' : ''}.`,
  });
  const inReports = new Set(reported.map((p) => p.pupil.id));
  const others = [
    ...new Map(
      placements
        .filter((p) => !inReports.has(p.pupil.id))
        .sort(byPupilName)
        .map((p) => [p.pupil.id, p.pupil.name] as const),
    ),
  ];
  return {
    plan: { tabs: [reports.tab], replaces: [PUPIL_REPORTS_KEY] },
    problems: [],
    headline:
      reported.length === 0
        ? `No placement ${endedText(window).replace(/^that /, '')}: choose a pupil for a report on demand.`
        : `${plural(reported.length, 'report')} on Pupil reports, one page each: ${plural(ended.length, 'placement')} ${endedText(window)}${asked.length > 0 ? `, ${asked.length} on demand` : ''}.`,
    details:
      reports.shortened > 0
        ? [
            `${plural(reports.shortened, 'report was', 'reports were')} cut short to fit a page: the rest is on the Passports, Targets and Reviews tabs.`,
          ]
        : [],
    blocks: reports.blocks,
    others: others.map(([id, name]) => ({ id, name })),
  };
}

/**
 * Letters home go when a placement starts: those starting in the window, and any placement not yet
 * ended still waiting for consent; for the whole year, every placement not yet ended.
 */
export function buildLetters(data: SchoolData, settings: Settings, today: IsoDate, window: HalfTermPeriod | null): CycleOutcome {
  const placements = cyclePlacements(data).filter(
    (p) =>
      stageOf(p.placement, today) !== 'ended' && (window === null || within(p.placement.start, window) || p.placement.consent !== true),
  );
  const scope =
    window === null
      ? 'every placement that has not ended'
      : `placements starting in ${periodText(window)}, and any still waiting for consent`;
  const letters = lettersTab(data, settings, placements, recordsOf(data), today, scope);
  return {
    plan: { tabs: [letters.tab], replaces: [LETTERS_KEY] },
    problems: [],
    headline: `${plural(letters.letters, 'letter')} home on Letters, one page each, for ${scope}; consent returned for ${letters.consentReturned} of ${letters.letters}.`,
    details:
      letters.shortened > 0
        ? [
            `The letter template is too long for one page, so ${plural(letters.shortened, 'letter was', 'letters were')} cut short: shorten it in Settings.`,
          ]
        : [],
  };
}
