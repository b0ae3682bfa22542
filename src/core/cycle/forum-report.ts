/**
 * The `Forum report`: the pack a senior leader takes to the half-termly Vulnerable Learners Forum
 * (seed 002: "report back on the learners who are receiving intervention, the progress being made
 * and the impact of any learner coming off an Intervention Programme", and ask for advice "where
 * there is evidence that an Intervention Programme is not working"). Pupils are named, so it says
 * CONFIDENTIAL at the top; the counts leaders ask for never show fewer than 5 pupils.
 */
import type { Pupil, SchoolData } from '../domain';
import { measuresForPurpose } from '../groups/rules';
import { programmePurpose } from '../groups/purposes';
import { ALL_GROUPS, type PupilRow, type SummaryRow } from '../impact/summary';
import { MIN_N_FOR_EFFECT_SIZE } from '../impact/stats';
import { programmeOf } from '../impact/programmes';
import type { TabPlan } from '../plan';
import type { Settings } from '../settings';
import { plural } from '../text';
import { ukDate, type IsoDate } from '../values';
import { numberText, directionWord, reportedRows } from './in-words';
import { byPupilName, overlaps, type CyclePlacement } from './placements';
import { PrintedTab, wrapLines } from './printable';
import type { CycleRecords } from './records';
import { reviewState, type ReviewState } from './reviews';
import { writtenTargets } from './smart';

export const FORUM_REPORT_KEY = 'forum-report';
export const FORUM_REPORT_TAB = 'Forum report';
/** Pupil, Yr, Staff, Started, Last review / Ended, Status / Targets, Target progress / Impact. */
const WIDTHS = [135, 30, 100, 75, 75, 70, 165];
/** Characters of a line across the page, and in the last column. */
const PAGE_CHARS = 100;
const LAST_COLUMN_CHARS = 27;
/** Below this, a count is not shown (a subgroup of fewer than 5 pupils could identify them). */
export const SMALLEST_COUNT = 5;
/** An effect size nearer 0 than this is no clear change ("around 0.2 is small"). */
export const CLEAR_CHANGE = 0.2;

export interface HalfTermPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly label: string;
}

export interface ForumInput {
  readonly data: SchoolData;
  readonly settings: Settings;
  readonly placements: readonly CyclePlacement[];
  readonly records: CycleRecords;
  readonly period: HalfTermPeriod;
  readonly today: IsoDate;
  /** The impact core's results for the half-term. */
  readonly impact: { readonly summaries: readonly SummaryRow[]; readonly pupils: readonly PupilRow[] };
}

export interface ForumReport {
  readonly tab: TabPlan;
  readonly current: number;
  readonly finished: number;
  readonly meetings: number;
  /** Programmes the forum is asked about: "something different?". */
  readonly concerns: readonly string[];
}

/** `Autumn 2 2026 (02/11/2026 to 18/12/2026)`, or just the dates when they are not a half-term. */
export function periodText(period: HalfTermPeriod): string {
  const dates = `${ukDate(period.from)} to ${ukDate(period.to)}`;
  return period.label === dates ? dates : `${period.label} (${dates})`;
}

export function forumReport(input: ForumInput): ForumReport {
  const { period, today } = input;
  const asOf = period.to < today ? period.to : today;
  const settings = input.settings.cycle;
  const states = new Map(input.placements.map((p) => [p.key, reviewState(p, input.records.reviews, settings, asOf)] as const));
  const current = input.placements.filter((p) => overlaps(p.placement, asOf, asOf)).sort(byProgrammeThenPupil);
  const finished = input.placements
    .filter((p) => p.placement.end !== null && p.placement.end >= period.from && p.placement.end <= asOf)
    .sort(byProgrammeThenPupil);
  const meetings = current.filter((p) => states.get(p.key)?.meeting);
  const concerns = concernsOf(input, current, states);

  const page = new PrintedTab(WIDTHS);
  page.line([`Vulnerable Learners Forum: ${periodText(period)}`], 'title');
  page.line(
    ['CONFIDENTIAL: this report names pupils. It is for the forum’s members only: do not share it or leave it on a printer.'],
    'confidential',
  );
  page.line([`Made on ${ukDate(today)} from the register, Passports, Targets, Reviews and the impact results.`], 'note');
  page.blank();

  const currentPupils = uniquePupils(current).length;
  const onTwo = current.length > currentPupils ? ` (${current.length} placements)` : '';
  page.line([`Pupils on programmes on ${ukDate(asOf)}: ${currentPupils}${onTwo}`], 'heading');
  if (current.length === 0) page.line(['No pupil is on a programme.'], 'note');
  for (const [programme, placements] of byProgramme(current)) {
    page.line([`${programme} (${plural(placements.length, 'pupil')})`], 'label');
    page.line(['Pupil', 'Yr', 'Staff', 'Started', 'Last review', 'Status', 'Target progress'], 'table-header');
    for (const p of placements) {
      const state = states.get(p.key);
      page.line([
        ...placementCells(p, state),
        state?.last ? (state.last.status ?? 'No status') : 'Not reviewed',
        state ? progressText(state, input.records) : '',
      ]);
    }
  }
  page.blank();

  page.line([`Review Meetings to call with parents: ${meetings.length}`], 'heading');
  page.line([`Off track at the last ${plural(settings.offTrackReviewsForMeeting, 'review')} in a row.`], 'note');
  if (meetings.length > 0) page.line(['Pupil', 'Yr', 'Staff', 'Started', 'Last review', 'Status', 'Programme'], 'table-header');
  for (const p of meetings) {
    page.line([...placementCells(p, states.get(p.key)), 'Off track', p.programme]);
  }
  page.blank();

  page.line([`Pupils who finished a programme this half-term: ${finished.length}`], 'heading');
  if (finished.length === 0) page.line(['No pupil finished a programme this half-term.'], 'note');
  for (const [programme, placements] of byProgramme(finished)) {
    page.line([`${programme} (${plural(placements.length, 'pupil')})`], 'label');
    page.line(['Pupil', 'Yr', 'Staff', 'Started', 'Ended', 'Targets', 'Start and end'], 'table-header');
    for (const p of placements) {
      const impact = impactLines(p, input.impact.pupils);
      const [first, ...more] = impact.length > 0 ? impact : ['No start and end data'];
      page.line([
        p.pupil.name,
        p.pupil.year ?? '',
        p.staff ?? '',
        dateText(p.placement.start),
        dateText(p.placement.end),
        targetsText(p, input.records),
        first ?? '',
      ]);
      for (const line of more) page.line(['', '', '', '', '', '', line]);
    }
  }
  page.blank();

  page.line(['Programmes that may not be working: something different?'], 'heading');
  if (concerns.length === 0) page.line(['None: no programme has most of its pupils off track, and none shows no clear change.'], 'note');
  for (const concern of concerns) {
    for (const line of wrapLines(concern, PAGE_CHARS)) page.line([line]);
    page.line(['Something different? ______________________________________________________________'], 'note');
  }
  page.blank();

  page.line([`Pupils on programmes this half-term, counted (fewer than ${SMALLEST_COUNT} is not shown)`], 'heading');
  const pupils = uniquePupils(input.placements.filter((p) => overlaps(p.placement, period.from, asOf)));
  for (const [label, counts] of breakdowns(pupils)) {
    page.line([label], 'label');
    for (const [category, shown] of counts) page.line([category, '', shown]);
  }

  return {
    tab: page.tab(FORUM_REPORT_KEY, FORUM_REPORT_TAB),
    current: current.length,
    finished: finished.length,
    meetings: meetings.length,
    concerns,
  };
}

function byProgrammeThenPupil(a: CyclePlacement, b: CyclePlacement): number {
  return a.programme.localeCompare(b.programme, 'en-GB') || byPupilName(a, b);
}

function byProgramme(placements: readonly CyclePlacement[]): Map<string, CyclePlacement[]> {
  const groups = new Map<string, CyclePlacement[]>();
  for (const p of placements) groups.set(p.programme, [...(groups.get(p.programme) ?? []), p]);
  return groups;
}

function dateText(date: IsoDate | null): string {
  return date === null ? '' : ukDate(date);
}

const PROGRESS_WORDS = { 'No progress': 'none', 'Some progress': 'some', 'Good progress': 'good', Met: 'met' } as const;

/** The latest review's progress on each written target: `T1 good · T2 some`. */
function progressText(state: ReviewState, records: CycleRecords): string {
  const targets = writtenTargets(records.targets, state.placement.key).length;
  if (targets === 0) return 'No targets';
  if (!state.last) return `${plural(targets, 'target')}`;
  return state.last.progress
    .slice(0, Math.max(1, targets))
    .map((progress, i) => `T${i + 1} ${progress === null ? '?' : PROGRESS_WORDS[progress]}`)
    .join(' · ');
}

/** `2 of 3 met`, counting partly met as its own. */
export function targetsText(placement: CyclePlacement, records: CycleRecords): string {
  const targets = writtenTargets(records.targets, placement.key);
  if (targets.length === 0) return 'None set';
  const met = targets.filter((t) => t.outcome === 'Met').length;
  const partly = targets.filter((t) => t.outcome === 'Partly met').length;
  return `${met}/${targets.length} met${partly > 0 ? `, ${partly} partly` : ''}`;
}

function impactLines(placement: CyclePlacement, rows: readonly PupilRow[]): string[] {
  const programme = programmeOf(placement.placement);
  return reportedRows(rows.filter((row) => row.pupilId === placement.pupil.id && row.programme === programme)).flatMap((row) =>
    wrapLines(`${row.measure.label}: ${numberText(row.start)} to ${numberText(row.end)}, ${directionWord(row)}`, LAST_COLUMN_CHARS),
  );
}

/**
 * Programmes to ask about: most pupils with a review off track at their latest, or, on the
 * measures the programme is for (all of them when none is), effect sizes that show no clear change
 * or a change for the worse, as the impact core computed them for the half-term.
 */
function concernsOf(input: ForumInput, current: readonly CyclePlacement[], states: ReadonlyMap<string, ReviewState>): string[] {
  const concerns: string[] = [];
  for (const [programme, placements] of byProgramme(current)) {
    const reviewed = placements.filter((p) => states.get(p.key)?.last?.status);
    const offTrack = reviewed.filter((p) => states.get(p.key)?.last?.status === 'Off track').length;
    if (reviewed.length > 0 && offTrack * 2 > reviewed.length)
      concerns.push(`${programme}: ${offTrack} of ${plural(reviewed.length, 'pupil')} reviewed were off track at their last review.`);
  }
  const summaries = input.impact.summaries.filter(
    (s) => s.group === ALL_GROUPS && s.summary.n >= MIN_N_FOR_EFFECT_SIZE && s.summary.effectSize !== null,
  );
  for (const programme of [...new Set(summaries.map((s) => s.programme))].sort()) {
    const all = summaries.filter((s) => s.programme === programme);
    const purpose = programmePurpose(programme, input.settings.groups);
    const wanted = purpose
      ? measuresForPurpose(
          purpose,
          input.settings.groups,
          all.map((s) => ({ id: s.measure.key, label: s.measure.label })),
        )
      : [];
    const judged = wanted.length > 0 ? all.filter((s) => wanted.some((m) => m.id === s.measure.key)) : all;
    if (judged.length === 0 || judged.some((s) => (s.summary.effectSize ?? 0) >= CLEAR_CHANGE)) continue;
    const parts = judged.map(
      (s) =>
        `${s.measure.label} ${(s.summary.effectSize ?? 0) <= -CLEAR_CHANGE ? 'got worse' : 'shows no clear change'} (effect size ${numberText(s.summary.effectSize ?? 0)}, ${s.summary.n} pupils)`,
    );
    concerns.push(`${programme}: ${parts.join('; ')}.`);
  }
  return concerns;
}

/** The columns every table of placements opens with: Pupil, Yr, Staff, Started, Last review. */
function placementCells(p: CyclePlacement, state: ReviewState | undefined): (string | number)[] {
  return [p.pupil.name, p.pupil.year ?? '', p.staff ?? '', dateText(p.placement.start), dateText(state?.last?.date ?? null)];
}

function uniquePupils(placements: readonly CyclePlacement[]): Pupil[] {
  return [...new Map(placements.map((p) => [p.pupil.id, p.pupil] as const)).values()];
}

/** Each breakdown's categories with the count to show: a number, or "fewer than 5". */
function breakdowns(pupils: readonly Pupil[]): [string, [string, string | number][]][] {
  const years = [...new Set(pupils.map((p) => p.year))].sort((a, b) => (a ?? 99) - (b ?? 99));
  return [
    ['All pupils', suppressed([['Pupils on programmes', pupils.length]], false)],
    [
      'By year group',
      suppressed(years.map((year) => [year === null ? 'Year not recorded' : `Year ${year}`, pupils.filter((p) => p.year === year).length])),
    ],
    [
      'By SEN',
      suppressed([
        ['No SEN', pupils.filter((p) => p.sen === 'none').length],
        ['SEN support', pupils.filter((p) => p.sen === 'support').length],
        ['EHCP', pupils.filter((p) => p.sen === 'ehcp').length],
      ]),
    ],
    [
      'By pupil premium',
      suppressed([
        ['Pupil premium', pupils.filter((p) => p.pupilPremium === true).length],
        ['Not pupil premium', pupils.filter((p) => p.pupilPremium === false).length],
        ['Not recorded', pupils.filter((p) => p.pupilPremium === null).length],
      ]),
    ],
  ];
}

/**
 * Counts from 1 to 4 are not shown; when only one category of a breakdown is hidden, the next
 * smallest is hidden too, or the total would give the hidden one away.
 */
export function suppressed(counts: readonly [string, number][], complementary = true): [string, string | number][] {
  const small = (n: number): boolean => n > 0 && n < SMALLEST_COUNT;
  const hidden = new Set(counts.filter(([, n]) => small(n)).map(([label]) => label));
  if (complementary && hidden.size === 1) {
    const next = counts.filter(([label, n]) => !hidden.has(label) && n > 0).sort((a, b) => a[1] - b[1])[0];
    if (next) hidden.add(next[0]);
  }
  return counts.map(([label, n]) => [label, hidden.has(label) ? (small(n) ? `fewer than ${SMALLEST_COUNT}` : 'not shown') : n]);
}
