/**
 * Building one week: the hardest sessions first (fewest lessons where their staff are free and no
 * pupil has a protected subject), each into its cheapest open lesson; a bounded repair for those
 * that did not fit; while some still do not, the week starts again with them first, and the round
 * that placed the most is kept. A few passes of single moves then polish the week.
 */
import type { Board } from './board';
import { repair, REPAIR_DEPTH } from './repair';
import type { WeekSlot } from './school-week';
import type { Occurrence, WeekPlan } from './week-plan';

const REPAIRS_PER_WEEK = 20_000;
/** Fresh starts of a week with its unplaced sessions first. */
const RESTARTS = 6;
const POLISH_PASSES = 4;

/** Places the week's movable sessions; returns those that could not be placed. */
export function constructWeek(board: Board, plan: WeekPlan): Occurrence[] {
  const order = hardestFirst(board, plan);
  const first = new Set<Occurrence>();
  let best: { slots: Map<Occurrence, WeekSlot | null>; failed: Occurrence[] } | null = null;
  for (let round = 0; round < RESTARTS; round += 1) {
    for (const occurrence of order) board.move(occurrence, null);
    const failed: Occurrence[] = [];
    for (const occurrence of [...order.filter((o) => first.has(o)), ...order.filter((o) => !first.has(o))]) {
      const cheapest = board.cheapest(occurrence);
      if (cheapest) board.move(occurrence, cheapest.slot);
      else failed.push(occurrence);
    }
    let budget = REPAIRS_PER_WEEK;
    const left = failed.filter((occurrence) => !repair(board, occurrence, REPAIR_DEPTH, () => (budget -= 1) > 0));
    if (best === null || left.length < best.failed.length) best = { slots: new Map(order.map((o) => [o, o.slot] as const)), failed: left };
    const retry = left.filter((o) => !first.has(o) && plan.slots.some((slot) => board.fitsStatically(o, slot)));
    if (left.length === 0 || retry.length === 0) break;
    for (const occurrence of retry) first.add(occurrence);
  }
  for (const occurrence of order) board.move(occurrence, null);
  for (const occurrence of order) {
    const slot = best?.slots.get(occurrence);
    if (slot) board.move(occurrence, slot);
  }
  polish(board, order);
  return best?.failed ?? [];
}

/** The week's sessions still to place, those with the least room first, then the larger, then by identity. */
function hardestFirst(board: Board, plan: WeekPlan): Occurrence[] {
  const room = (o: Occurrence): number => plan.slots.filter((slot) => board.fitsStatically(o, slot)).length / o.series.perWeek;
  return plan.occurrences
    .filter((occurrence) => occurrence.slot === null && !occurrence.fixed)
    .map((occurrence) => ({ occurrence, room: room(occurrence) }))
    .sort((a, b) => a.room - b.room || b.occurrence.pupils.length - a.occurrence.pupils.length || compare(a.occurrence.id, b.occurrence.id))
    .map(({ occurrence }) => occurrence);
}

/** Single moves to cheaper lessons while any helps, for a few passes. */
function polish(board: Board, order: readonly Occurrence[]): void {
  for (let pass = 0, improved = true; improved && pass < POLISH_PASSES; pass += 1) {
    improved = false;
    for (const occurrence of order) if (board.moveToCheaper(occurrence)) improved = true;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
