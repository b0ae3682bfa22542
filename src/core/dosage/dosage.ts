/**
 * Dosage: per placement, the sessions the Schedule plans for it, how many of those held so far were
 * delivered, how many the pupil attended, and so the share of delivered sessions attended. A
 * placement none of whose sessions is registered has no share: "no sessions registered yet", never 0 %.
 */
import type { Placement } from '../domain';
import { normaliseText } from '../text';
import type { IsoDate } from '../values';
import type { RegisteredRow } from './registered';

export interface Dosage {
  readonly planned: number;
  /** Sessions dated up to today. */
  readonly held: number;
  readonly delivered: number;
  readonly attended: number;
  /** Whether any session held so far was registered (ticked, or given a reason it did not happen). */
  readonly registered: boolean;
}

export const NO_DOSAGE: Dosage = { planned: 0, held: 0, delivered: 0, attended: 0, registered: false };

/** The Schedule's rows by pupil, so each placement looks only at its pupil's rows. */
export type RowsByPupil = ReadonlyMap<string, readonly RegisteredRow[]>;

export function rowsByPupil(rows: readonly RegisteredRow[]): RowsByPupil {
  const byPupil = new Map<string, RegisteredRow[]>();
  for (const row of rows) {
    const list = byPupil.get(row.pupil);
    if (list) list.push(row);
    else byPupil.set(row.pupil, [row]);
  }
  return byPupil;
}

/** What a Schedule row says about which session it is and when. */
export interface SessionRowFacts {
  readonly programme: string;
  readonly session: string;
  readonly date: IsoDate | null;
}

/**
 * Whether a row of the placement's pupil is one of the placement's sessions: its programme or group
 * names the row's programme or session (a 1-1 matches the pupil's `1-1` sessions), within the
 * placement's dates (a row without a date is not ruled out by them).
 */
export function placementSessionTest(placement: Placement): (row: SessionRowFacts) => boolean {
  const names = [placement.programme, placement.group].filter((name): name is string => !!name?.trim()).map(normaliseText);
  return (row) =>
    (names.includes(normaliseText(row.programme)) ||
      names.includes(normaliseText(row.session)) ||
      (placement.type === '1-1' && /^1-1\b/i.test(row.session))) &&
    (row.date === null ||
      ((placement.start === null || row.date >= placement.start) && (placement.end === null || row.date <= placement.end)));
}

/** The pupil's Schedule rows for this placement. */
export function placementRows(rows: RowsByPupil, placement: Placement): RegisteredRow[] {
  return (rows.get(normaliseText(placement.pupilId)) ?? []).filter(placementSessionTest(placement));
}

export function dosageOf(rows: readonly RegisteredRow[], today: IsoDate): Dosage {
  const held = rows.filter((row) => row.date <= today);
  return {
    planned: rows.length,
    held: held.length,
    delivered: held.filter((row) => row.sessionDelivered).length,
    attended: held.filter((row) => row.attended).length,
    registered: held.some((row) => row.sessionRegistered),
  };
}

/** Attended out of delivered; null until a session is registered or when none was delivered. */
export function attendedShare(dosage: Dosage): number | null {
  return dosage.registered && dosage.delivered > 0 ? dosage.attended / dosage.delivered : null;
}

/** Several placements' dosage added up (a programme's or a group's). */
export function totalDosage(list: readonly Dosage[]): Dosage {
  return {
    planned: sum(list.map((d) => d.planned)),
    held: sum(list.map((d) => d.held)),
    delivered: sum(list.map((d) => d.delivered)),
    attended: sum(list.map((d) => d.attended)),
    registered: list.some((d) => d.registered),
  };
}

/** Below the setting "minimum share of sessions attended": only once sessions were registered. */
export function isBelowThreshold(dosage: Dosage, minShare: number): boolean {
  const share = attendedShare(dosage);
  return share !== null && share < minShare;
}

/** "fewer than half their sessions", "fewer than 60 % of their sessions". */
export function thresholdPhrase(minShare: number): string {
  return minShare === 0.5 ? 'fewer than half their sessions' : `fewer than ${Math.round(minShare * 100)} % of their sessions`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
