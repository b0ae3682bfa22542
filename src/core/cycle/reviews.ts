/**
 * Where each placement is in its reviews (seed 002: "a Senior Leader should meet with intervention
 * staff at least fortnightly"): its reviews so far, when the next is due, and whether the pupil has
 * been off track at enough reviews in a row for a Review Meeting with parents to be called.
 */
import { addDays } from '../calendar/days';
import type { IsoDate } from '../values';
import type { CyclePlacement } from './placements';
import type { ReviewRecord } from './records';

export interface ReviewCycleSettings {
  readonly reviewEveryDays: number;
  readonly offTrackReviewsForMeeting: number;
}

export interface ReviewState {
  readonly placement: CyclePlacement;
  /** Its reviews up to today, oldest first. */
  readonly reviews: readonly ReviewRecord[];
  readonly last: ReviewRecord | null;
  /** The day the next review is due: the last review (or the start) plus the interval. */
  readonly due: IsoDate;
  /** Off track at the last reviews, as many in a row as the setting asks. */
  readonly meeting: boolean;
}

export function reviewState(
  placement: CyclePlacement,
  all: readonly ReviewRecord[],
  settings: ReviewCycleSettings,
  today: IsoDate,
): ReviewState {
  const reviews = all
    .filter((review) => review.placement === placement.key && review.date <= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.source.row - b.source.row));
  const last = reviews[reviews.length - 1] ?? null;
  const from = last?.date ?? placement.placement.start ?? today;
  const latest = reviews.slice(-settings.offTrackReviewsForMeeting);
  return {
    placement,
    reviews,
    last,
    due: addDays(from, settings.reviewEveryDays),
    meeting: latest.length === settings.offTrackReviewsForMeeting && latest.every((review) => review.status === 'Off track'),
  };
}

/** The latest review's status, or null before the first review. */
export function latestStatus(state: ReviewState): ReviewRecord['status'] {
  return state.last?.status ?? null;
}
