/**
 * Repair by ejection chains: puts a session that did not fit into a lesson where at most two placed
 * sessions stand in its way, moving each of them to its cheapest open lesson or, a level down,
 * repairing them in turn. A chain that fails is taken back whole.
 */
import type { Board } from './board';
import type { Occurrence } from './week-plan';

/** How many sessions a repair may move aside at once, and how deep a chain of moves may go. */
const MAX_EJECTED = 2;
export const REPAIR_DEPTH = 3;

/** True when `occurrence` was placed; `allowed` is asked before each try and says when the budget is spent. */
export function repair(
  board: Board,
  occurrence: Occurrence,
  depth: number,
  allowed: () => boolean,
  avoid: ReadonlySet<Occurrence> = new Set(),
): boolean {
  const plan = board.weekOf(occurrence);
  const candidates = plan.slots
    .filter((slot) => board.fitsStatically(occurrence, slot))
    .map((slot) => ({ slot, blockers: [...new Set(plan.blockers(occurrence, slot).map((blocker) => blocker.by))] }))
    .filter(({ blockers }) => blockers.length <= MAX_EJECTED && blockers.every((b) => !b.fixed && !avoid.has(b)))
    .sort((a, b) => a.blockers.length - b.blockers.length || a.slot.index - b.slot.index);
  for (const { slot, blockers } of candidates) {
    if (blockers.length === 0) {
      board.move(occurrence, slot);
      return true;
    }
    if (!allowed()) return false;
    const placed = board.attempt(() => {
      for (const blocker of blockers) board.move(blocker, null);
      if (!plan.fits(occurrence, slot)) return false;
      board.move(occurrence, slot);
      const inner = new Set([...avoid, occurrence]);
      return blockers.every((blocker) => {
        const to = board.cheapest(blocker);
        if (to) {
          board.move(blocker, to.slot);
          return true;
        }
        return depth > 1 && repair(board, blocker, depth - 1, allowed, inner);
      });
    });
    if (placed) return true;
  }
  return false;
}
