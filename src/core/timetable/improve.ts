/**
 * The improvement phase: once every week has been built, a deterministic local search over the
 * whole programme lowers the soft cost (soft-cost.ts) without ever breaking a hard rule. Two kinds
 * of step, each taken only when it strictly lowers the cost:
 *  - move: one session to a cheaper lesson of its week where it fits;
 *  - kick: one session into a lesson where exactly one other session stands in its way, that one
 *    going to wherever it fits best (its partner's old lesson included, so this covers swaps).
 * After a step, the sessions sharing a pupil, the member of staff or the room are looked at again.
 * At a local optimum, three sessions are shaken into other lessons where they fit and the descent
 * runs again from them; the result is kept only when strictly cheaper, otherwise taken back.
 * Sessions a person fixed never move, nor do those back where the last timetable had them. The shakes come from a fixed-seed generator and the work is
 * bounded by a budget of candidate lessons looked at, so the same input always gives the same
 * timetable.
 */
import type { Board } from './board';
import { roomKey, type WeekSlot } from './school-week';
import type { Occurrence } from './week-plan';

export interface ImproveResult {
  /** Soft cost before and after the phase. */
  readonly before: number;
  readonly after: number;
  /** Improving steps kept, shake rounds tried and candidate lessons looked at. */
  readonly steps: number;
  readonly rounds: number;
  readonly evaluations: number;
}

export interface ImproveLimits {
  /** Candidate lessons looked at, at most, over the whole phase. */
  readonly budget: number;
  /** Shake rounds in a row that find nothing better before the phase stops. */
  readonly stall: number;
}

/** About 1 s of CPU at most on the 1,500-pupil benchmark school; tiny programmes stop on `stall` long before. */
export const IMPROVE_LIMITS: ImproveLimits = { budget: 800_000, stall: 200 };
const SHAKEN = 3;
const SEED = 0x2f6b_1d3b;

export function improveProgramme(board: Board, limits: ImproveLimits = IMPROVE_LIMITS): ImproveResult {
  const search = new LocalSearch(board, limits);
  return search.run();
}

class LocalSearch {
  /** Kick targets looked at; with the board's cost probes, the work done. */
  private kickLooks = 0;
  private readonly probesAtStart: number;
  private steps = 0;
  private seed = SEED;
  private readonly movable: Occurrence[];
  private readonly neighbours: Neighbours;

  constructor(
    private readonly board: Board,
    private readonly limits: ImproveLimits,
  ) {
    this.probesAtStart = board.probes;
    this.movable = board.weeks.flatMap((week) => week.occurrences.filter((o) => o.slot !== null && !o.fixed && !o.stayed));
    this.neighbours = new Neighbours(board, this.movable);
  }

  run(): ImproveResult {
    const before = this.board.cost.total;
    this.sweep();
    let best = this.board.cost.total;
    let rounds = 0;
    for (let stall = 0; best > 0 && this.movable.length > 0 && stall < this.limits.stall && this.withinBudget(); rounds += 1) {
      const better = this.board.attempt(() => {
        this.descend(this.shake());
        if (this.board.cost.total < best) this.sweep();
        return this.board.cost.total < best;
      });
      if (better) {
        best = this.board.cost.total;
        stall = 0;
      } else stall += 1;
    }
    return { before, after: this.board.cost.total, steps: this.steps, rounds, evaluations: this.evaluations() };
  }

  /** Candidate lessons looked at so far. */
  private evaluations(): number {
    return this.board.probes - this.probesAtStart + this.kickLooks;
  }

  private withinBudget(): boolean {
    return this.evaluations() < this.limits.budget;
  }

  /** Full descents until one finds nothing (a worklist misses a kick made possible two steps away). */
  private sweep(): void {
    for (let taken = -1; taken !== this.steps && this.withinBudget();) {
      taken = this.steps;
      this.descend(this.movable);
    }
  }

  /** Moves, then kicks, for each session on the worklist (and, after a step, for those it touches) until none helps or the budget is spent. */
  private descend(start: readonly Occurrence[]): void {
    const queue = [...start];
    const queued = new Set(queue);
    for (let head = 0; head < queue.length && this.withinBudget(); head += 1) {
      const occurrence = queue[head] as Occurrence;
      queued.delete(occurrence);
      const moved = this.board.moveToCheaper(occurrence) ? [occurrence] : this.kick(occurrence);
      if (moved.length === 0) continue;
      this.steps += 1;
      for (const touched of [...moved, ...moved.flatMap((o) => this.neighbours.of(o))]) {
        if (!queued.has(touched)) {
          queued.add(touched);
          queue.push(touched);
        }
      }
    }
  }

  /** The session and its moved partner when a kick lowered the cost; nothing otherwise. */
  private kick(occurrence: Occurrence): Occurrence[] {
    const plan = this.board.weekOf(occurrence);
    const from = occurrence.slot as WeekSlot;
    for (const target of plan.slots) {
      if (target === from || !this.board.fitsStatically(occurrence, target)) continue;
      this.kickLooks += 1;
      const blockers = new Set(plan.blockers(occurrence, target).map((blocker) => blocker.by));
      const partner = blockers.size === 1 ? ([...blockers][0] as Occurrence) : null;
      if (partner === null || partner.fixed || partner.stayed || partner.slot === null) continue;
      const before = this.board.cost.total;
      const kicked = this.board.attempt(() => {
        this.board.move(occurrence, null);
        this.board.move(partner, null);
        if (!plan.fits(occurrence, target)) return false;
        this.board.move(occurrence, target);
        const landing = this.board.cheapest(partner);
        if (landing === null || this.board.cost.total + landing.cost >= before) return false;
        this.board.move(partner, landing.slot);
        return true;
      });
      if (kicked) return [occurrence, partner];
      if (!this.withinBudget()) return [];
    }
    return [];
  }

  /** Three sessions (and their neighbours) moved to random lessons where they fit: where the next descent starts. */
  private shake(): Occurrence[] {
    const shaken: Occurrence[] = [];
    for (let n = 0; n < SHAKEN; n += 1) {
      const occurrence = this.movable[this.next(this.movable.length)] as Occurrence;
      const from = occurrence.slot;
      this.board.move(occurrence, null);
      const options = this.board.openSlots(occurrence, from);
      this.board.move(occurrence, options.length === 0 ? from : (options[this.next(options.length)] as WeekSlot));
      shaken.push(occurrence, ...this.neighbours.of(occurrence));
    }
    return [...new Set(shaken)];
  }

  /** A fixed-seed linear congruential generator: a whole number below n. */
  private next(n: number): number {
    this.seed = (Math.imul(this.seed, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((this.seed / 4_294_967_296) * n);
  }
}

/**
 * The sessions a step can make worth another look: those sharing a pupil or the member of staff
 * (any week: the cost links weeks), or the room (the same week: it may have freed a lesson).
 */
class Neighbours {
  private readonly byResource = new Map<string, Occurrence[]>();
  private readonly cache = new Map<Occurrence, Occurrence[]>();

  constructor(
    private readonly board: Board,
    occurrences: readonly Occurrence[],
  ) {
    for (const occurrence of occurrences) {
      for (const resource of this.resourcesOf(occurrence)) {
        const list = this.byResource.get(resource);
        if (list) list.push(occurrence);
        else this.byResource.set(resource, [occurrence]);
      }
    }
  }

  of(occurrence: Occurrence): Occurrence[] {
    let found = this.cache.get(occurrence);
    if (!found) {
      found = [...new Set(this.resourcesOf(occurrence).flatMap((resource) => this.byResource.get(resource) ?? []))];
      this.cache.set(occurrence, found);
    }
    return found;
  }

  private resourcesOf(occurrence: Occurrence): string[] {
    const { series, pupils, week } = occurrence;
    const resources = pupils.map((pupil) => `p|${pupil}`);
    if (series.staff !== null) resources.push(`s|${this.board.school.staffId(series.staff)}`);
    if (series.room !== null) resources.push(`r|${week}|${roomKey(series.room)}`);
    return resources;
  }
}
