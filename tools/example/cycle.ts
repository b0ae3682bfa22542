/**
 * The example school's intervention cycle as staff keep it by the date its records reach: up to
 * three SMART targets per placement (from the start measures the programme aims at) and a review
 * every fortnight from the start. Planted, so tests can find each one: a placement with no target,
 * a target with no baseline, a pupil off track at the last two reviews and placements whose
 * reviews stopped weeks ago (overdue). Drawn from a stream of its own, so the rest of the school is
 * as the seed makes it with or without the cycle.
 */
import type { Programme, Purpose } from './programmes';
import { createRandom, type Random } from './random';
import { addDays, type ExamplePlacement, type Measures } from './school';

/** The Friday the example's targets and reviews are written up to: run it on a later day and some are overdue. */
export const RECORDS_UP_TO = '2026-11-20';
/** The Monday after, the day the tests run the example's cycle on. */
export const RECORDS_READ_ON = '2026-11-23';
const REVIEW_EVERY_DAYS = 14;
/** How far behind the reviews of an overdue placement stopped. */
const OVERDUE_DAYS = 28;
/** Mixed into the seed, so the cycle's draws leave the school's own untouched. */
const CYCLE_STREAM = 0x5eed_c7c1;

export type ExampleStatus = 'On track' | 'At risk' | 'Off track';
export type ExampleProgress = 'No progress' | 'Some progress' | 'Good progress' | 'Met';
export type ExampleOutcome = 'Met' | 'Partly met' | 'Not met';

export interface ExampleTarget {
  /** Index into the school's placements. */
  readonly placement: number;
  readonly target: string;
  readonly baseline: string;
  readonly targetValue: string;
  readonly by: string;
  readonly howMeasured: string;
  /** Judged once the placement has ended by the records' date. */
  readonly outcome: ExampleOutcome | null;
}

export interface ExampleReview {
  readonly placement: number;
  readonly date: string;
  /** One per target of the placement, in the Targets tab's order. */
  readonly progress: readonly ExampleProgress[];
  readonly status: ExampleStatus;
  readonly nextStep: string;
  readonly reviewedBy: string;
}

export interface PlantedCycle {
  /** Placements (by index) with no target written. */
  readonly noTarget: number;
  /** The placement whose first target has no baseline. */
  readonly noBaseline: number;
  /** The placement off track at its last two reviews. */
  readonly offTrackTwice: number;
  /** Placements still running whose reviews stopped before the records' date. */
  readonly overdue: readonly number[];
  /** Placements that ended by the records' date. */
  readonly ended: readonly number[];
}

export interface ExampleCycle {
  readonly targets: readonly ExampleTarget[];
  readonly reviews: readonly ExampleReview[];
  readonly planted: PlantedCycle;
}

type TargetText = Omit<ExampleTarget, 'placement' | 'by' | 'outcome'>;

/** Targets worded for what the programme is for, measured from the placement's start values. */
function targetsFor(purpose: Purpose, measures: Measures): TargetText[] {
  const attendance: TargetText = {
    target: 'Arrive at school on time every day',
    baseline: `${measures.attendance.start}% attendance`,
    targetValue: `${Math.max(95, Math.ceil(measures.attendance.start))}% attendance`,
    howMeasured: 'The attendance register',
  };
  const behaviour: TargetText = {
    target: 'Stay in lessons without a behaviour point',
    baseline: `${measures.behaviour.start} behaviour points`,
    targetValue: `${Math.floor(measures.behaviour.start / 2)} behaviour points`,
    howMeasured: 'The behaviour log',
  };
  const reading: TargetText = {
    target: 'Read a short book aloud to an adult each week',
    baseline: `Reading age ${Math.floor(measures.readingAge.start / 12)}y ${measures.readingAge.start % 12}m`,
    targetValue: `Reading age ${Math.floor((measures.readingAge.start + 6) / 12)}y ${(measures.readingAge.start + 6) % 12}m`,
    howMeasured: 'The reading test',
  };
  const feelings: TargetText = {
    target: 'Say one thing they did well at the end of each session',
    baseline: 'Says nothing positive about themselves',
    targetValue: 'Names one thing every session',
    howMeasured: 'Session notes',
  };
  const friends: TargetText = {
    target: 'Spend lunchtime with a friend without an incident',
    baseline: `${measures.bullying.start} incidents this term`,
    targetValue: 'No incidents',
    howMeasured: 'The behaviour log',
  };
  const byPurpose: Readonly<Record<Purpose, TargetText[]>> = {
    attendance: [attendance, feelings],
    learning: [behaviour, attendance],
    self: [feelings, friends],
    others: [behaviour, friends, feelings],
    progress: [reading, attendance],
  };
  return byPurpose[purpose];
}

const NEXT_STEPS: Readonly<Record<ExampleStatus, readonly string[]>> = {
  'On track': ['Carry on as planned', 'Share the progress with the form tutor', 'Keep the same targets'],
  'At risk': ['Check in with the pupil each morning', 'Talk to parents about the targets', 'Try a different time of day'],
  'Off track': ['Speak to parents this week', 'Ask the SENDCo to observe a session', 'Review the targets with the pupil'],
};

function progressOf(status: ExampleStatus, random: Random): ExampleProgress {
  if (status === 'Off track') return 'No progress';
  if (status === 'At risk') return random.pick(['No progress', 'Some progress'] as const);
  return random.pick(['Some progress', 'Good progress', 'Good progress', 'Met'] as const);
}

/** Statuses for a run of reviews: mostly on track, never off track twice in a row (that is planted once). */
function statusesFor(reviews: number, random: Random): ExampleStatus[] {
  const statuses: ExampleStatus[] = [];
  for (let i = 0; i < reviews; i += 1) {
    const roll = random.next();
    const status: ExampleStatus = roll < 0.7 ? 'On track' : roll < 0.9 ? 'At risk' : 'Off track';
    statuses.push(status === 'Off track' && statuses[i - 1] === 'Off track' ? 'At risk' : status);
  }
  return statuses;
}

function reviewDates(placement: ExamplePlacement, upTo: string): string[] {
  const dates: string[] = [];
  if (placement.start === null) return dates;
  const last = placement.end !== null && placement.end < upTo ? placement.end : upTo;
  for (let date = addDays(placement.start, REVIEW_EVERY_DAYS); date <= last; date = addDays(date, REVIEW_EVERY_DAYS)) dates.push(date);
  return dates;
}

/** Placements followed by the cycle: everyone placed, referrals left out. */
const isPlaced = (placement: ExamplePlacement): boolean => placement.type !== 'referred' && placement.start !== null;
/** Reviewed by the records' date and still running when they are read. */
const isCurrent = (placement: ExamplePlacement): boolean =>
  isPlaced(placement) && (placement.start ?? '') <= RECORDS_UP_TO && (placement.end ?? RECORDS_READ_ON) >= RECORDS_READ_ON;

export function generateCycle(placements: readonly ExamplePlacement[], programmes: readonly Programme[], seed: number): ExampleCycle {
  const random = createRandom(seed ^ CYCLE_STREAM);
  const purposes = new Map(programmes.map((programme) => [programme.name, programme.purpose] as const));
  const placed = placements.flatMap((placement, index) => (isPlaced(placement) ? [index] : []));
  const current = placed.filter((index) => isCurrent(placements[index] as ExamplePlacement));
  // Long enough to have had two reviews: the pupil off track at both (one still running when there is one).
  const reviewedTwice = (list: readonly number[]): number[] =>
    list.filter((index) => reviewDates(placements[index] as ExamplePlacement, RECORDS_UP_TO).length >= 2);
  const offTrackTwice = reviewedTwice(current).at(-1) ?? reviewedTwice(placed).at(-1) ?? placed.at(-1) ?? 0;
  // Group Check warns of these while the placement runs: members of groups still running longest.
  const endOf = (index: number): string => placements[index]?.end ?? '';
  const byLatestEnd = (list: readonly number[]): number[] =>
    list
      .filter((index) => index !== offTrackTwice && placements[index]?.type === 'group')
      .sort((a, b) => (endOf(a) > endOf(b) ? -1 : endOf(a) < endOf(b) ? 1 : a - b));
  const inGroups = [...byLatestEnd(current), ...byLatestEnd(placed.filter((index) => !current.includes(index)))];
  const noTarget = inGroups[0] ?? 0;
  const noBaseline = inGroups[1] ?? 0;
  // Running long enough for a review to be due: some stopped being reviewed a month ago, at least one.
  const couldBeOverdue = current.filter(
    (index) => index !== offTrackTwice && (placements[index]?.start ?? '') <= addDays(RECORDS_UP_TO, -REVIEW_EVERY_DAYS - 1),
  );
  const drawn = couldBeOverdue.filter(() => random.chance(0.12));
  const overdue = drawn.length > 0 || couldBeOverdue.length === 0 ? drawn : couldBeOverdue.slice(0, 1);

  const targets: ExampleTarget[] = [];
  const reviews: ExampleReview[] = [];
  for (const index of placed) {
    const placement = placements[index] as ExamplePlacement;
    // Judged on the last day, like the reviews.
    const judged = placement.end !== null && placement.end <= RECORDS_UP_TO;
    const written =
      index === noTarget || !placement.measures
        ? []
        : targetsFor(purposes.get(placement.programme) ?? 'learning', placement.measures).slice(0, random.int(1, 3));
    written.forEach((text, i) =>
      targets.push({
        placement: index,
        ...text,
        baseline: index === noBaseline && i === 0 ? '' : text.baseline,
        by: placement.end ?? addDays(placement.start ?? RECORDS_UP_TO, 42),
        outcome: judged ? random.pick(['Met', 'Met', 'Partly met', 'Not met'] as const) : null,
      }),
    );
    const upTo = overdue.includes(index) ? addDays(RECORDS_UP_TO, -OVERDUE_DAYS) : RECORDS_UP_TO;
    const dates = reviewDates(placement, upTo);
    const statuses = statusesFor(dates.length, random);
    if (index === offTrackTwice) statuses.splice(-2, 2, 'Off track', 'Off track');
    // Whatever came before the planted pair, the review before it is not off track, so the run is exactly two.
    if (index === offTrackTwice && statuses.length > 2 && statuses[statuses.length - 3] === 'Off track')
      statuses[statuses.length - 3] = 'At risk';
    dates.forEach((date, i) => {
      const status = statuses[i] ?? 'On track';
      reviews.push({
        placement: index,
        date,
        progress: written.map(() => progressOf(status, random)),
        status,
        nextStep: random.pick(NEXT_STEPS[status]),
        reviewedBy: placement.staff ?? '',
      });
    });
  }
  const ended = placed.filter((index) => {
    const end = placements[index]?.end ?? null;
    return end !== null && end < RECORDS_UP_TO;
  });
  return { targets, reviews, planted: { noTarget, noBaseline, offTrackTwice, overdue, ended } };
}
