/**
 * The placements the cycle follows (every pupil placed on a programme, referrals left out), each
 * with a key that passports, targets and reviews are matched to, the member of staff who leads it
 * (the register's, else its group's) and where it stands today.
 */
import type { Placement, Pupil, PupilId, SchoolData } from '../domain';
import { normaliseText } from '../text';
import type { IsoDate } from '../values';

export interface CyclePlacement {
  /** `pupil id|programme`, with `#2`… for a pupil placed on the same programme again. */
  readonly key: string;
  readonly placement: Placement;
  readonly pupil: Pupil;
  /** The programme as the register names it, or the group's name, or `1-1`. */
  readonly programme: string;
  readonly staff: string | null;
}

export type PlacementStage = 'upcoming' | 'current' | 'ended';

export function programmeKey(text: string | null): string {
  return normaliseText(text ?? '');
}

export function cyclePlacements(data: SchoolData): CyclePlacement[] {
  const pupils = new Map<PupilId, Pupil>(data.pupils.map((p) => [p.id, p]));
  const groupStaff = new Map(data.groups.map((g) => [normaliseText(g.name), g.staff] as const));
  const seen = new Map<string, number>();
  return data.placements.flatMap((placement) => {
    const pupil = pupils.get(placement.pupilId);
    if (placement.type === 'referred' || !pupil) return [];
    const programme = placement.programme?.trim() || placement.group?.trim() || (placement.type === '1-1' ? '1-1' : 'No programme named');
    const base = `${placement.pupilId}|${programmeKey(programme)}`;
    const times = (seen.get(base) ?? 0) + 1;
    seen.set(base, times);
    const staff = placement.staff?.trim() || (placement.group ? groupStaff.get(normaliseText(placement.group))?.trim() : null) || null;
    return [{ key: times === 1 ? base : `${base}#${times}`, placement, pupil, programme, staff }];
  });
}

/** A placement without dates counts as current: the register says the pupil is on it. */
export function stageOf(placement: Placement, today: IsoDate): PlacementStage {
  if (placement.start !== null && placement.start > today) return 'upcoming';
  if (placement.end !== null && placement.end < today) return 'ended';
  return 'current';
}

/** Whether the placement ran at any time from `from` to `to`. */
export function overlaps(placement: Placement, from: IsoDate, to: IsoDate): boolean {
  return (placement.start === null || placement.start <= to) && (placement.end === null || placement.end >= from);
}

export function byPupilName(a: CyclePlacement, b: CyclePlacement): number {
  return a.pupil.name.localeCompare(b.pupil.name, 'en-GB') || a.programme.localeCompare(b.programme, 'en-GB');
}

/** Whether a placement's date (its start or end) falls in the period, ends included. */
export function within(date: IsoDate | null, period: { readonly from: IsoDate; readonly to: IsoDate }): boolean {
  return date !== null && date >= period.from && date <= period.to;
}
