/** How impact names a placement's programme and group, and whether a placement falls in the period asked about. */
import type { Placement } from '../domain';
import type { IsoDate } from '../values';

export interface ImpactRequest {
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

export const NO_PROGRAMME = 'No programme named';
export const ONE_TO_ONE_GROUP = '1-1';
export const NO_GROUP = 'No group named';

export function programmeOf(placement: Placement): string {
  return placement.programme?.trim() || NO_PROGRAMME;
}

export function groupOf(placement: Placement): string {
  if (placement.group?.trim()) return placement.group.trim();
  return placement.type === '1-1' ? ONE_TO_ONE_GROUP : NO_GROUP;
}

/** Whether a placement's dates overlap the request; open-ended placements overlap from their known side. */
export function inRange(placement: Pick<Placement, 'start' | 'end'>, request: ImpactRequest): 'in' | 'out' | 'undated' {
  if (request.from === null && request.to === null) return 'in';
  if (placement.start === null && placement.end === null) return 'undated';
  if (request.to !== null && placement.start !== null && placement.start > request.to) return 'out';
  if (request.from !== null && placement.end !== null && placement.end < request.from) return 'out';
  return 'in';
}

/** Alphabetical as people expect (case and accents aside), then exactly, so the order never depends on row order. */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}
