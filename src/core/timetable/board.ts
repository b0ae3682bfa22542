/**
 * The whole programme while the solver works on it: every week's plan and the soft-cost ledger,
 * changed only through `move`, which keeps the two in step and journals each change so any step
 * can be taken back with `attempt` (the one transaction helper every step of the solver uses).
 */
import type { SchoolWeek, WeekSlot } from './school-week';
import type { Booking, SoftCost } from './soft-cost';
import type { Occurrence, WeekPlan } from './week-plan';

interface Move {
  readonly occurrence: Occurrence;
  readonly from: WeekSlot | null;
  readonly to: WeekSlot | null;
}

export class Board {
  /** Cost probes made: the measure of work the improvement phase is budgeted in. */
  probes = 0;
  private readonly journal: Move[] = [];
  private openAttempts = 0;

  constructor(
    readonly school: SchoolWeek,
    readonly weeks: readonly WeekPlan[],
    readonly cost: SoftCost,
  ) {}

  weekOf(occurrence: Occurrence): WeekPlan {
    return occurrence.plan;
  }

  /** Moves an occurrence to a lesson of its week (null: takes it out), keeping the cost in step. */
  move(occurrence: Occurrence, to: WeekSlot | null): void {
    const plan = this.weekOf(occurrence);
    const from = occurrence.slot;
    if (from !== null) {
      plan.unbook(occurrence);
      this.cost.remove(this.booking(plan, occurrence, from));
    }
    if (to !== null) {
      plan.book(occurrence, to);
      this.cost.add(this.booking(plan, occurrence, to));
    }
    if (this.openAttempts > 0) this.journal.push({ occurrence, from, to });
  }

  /**
   * Runs a step that may fail: when `step` returns false, every move it made is taken back, in
   * reverse, and the board is exactly as before. Attempts nest.
   */
  attempt(step: () => boolean): boolean {
    const mark = this.journal.length;
    this.openAttempts += 1;
    let kept = false;
    try {
      kept = step();
    } finally {
      this.openAttempts -= 1;
      if (!kept) this.rollback(mark);
      if (this.openAttempts === 0) this.journal.length = 0;
    }
    return kept;
  }

  /** What putting the unplaced occurrence into `slot` would change the cost by. */
  probe(occurrence: Occurrence, slot: WeekSlot): number {
    this.probes += 1;
    return this.cost.probe(this.booking(this.weekOf(occurrence), occurrence, slot));
  }

  /** The rules that do not depend on other sessions: its member of staff free, and no pupil missing a protected subject. */
  fitsStatically(occurrence: Occurrence, slot: WeekSlot): boolean {
    return occurrence.plan.allowedLessons(occurrence.series, (candidate) => this.allowedIn(occurrence, candidate))[slot.index] === true;
  }

  /** The lessons where the unplaced occurrence fits now, `skip` aside. */
  openSlots(occurrence: Occurrence, skip: WeekSlot | null = null): WeekSlot[] {
    const plan = this.weekOf(occurrence);
    return plan.slots.filter((slot) => slot !== skip && this.fitsStatically(occurrence, slot) && plan.fits(occurrence, slot));
  }

  /** The open lesson where the unplaced occurrence costs least (the earliest of equals), and that cost. */
  cheapest(occurrence: Occurrence, skip: WeekSlot | null = null): { slot: WeekSlot; cost: number } | null {
    let found: { slot: WeekSlot; cost: number } | null = null;
    for (const slot of this.openSlots(occurrence, skip)) {
      const cost = this.probe(occurrence, slot);
      if (found === null || cost < found.cost) found = { slot, cost };
    }
    return found;
  }

  /** Moves a placed, movable occurrence to a strictly cheaper open lesson of its week; true when it moved. */
  moveToCheaper(occurrence: Occurrence): boolean {
    const from = occurrence.slot;
    if (from === null || occurrence.fixed) return false;
    return this.attempt(() => {
      const before = this.cost.total;
      this.move(occurrence, null);
      const best = this.cheapest(occurrence, from);
      if (best === null || this.cost.total + best.cost >= before) return false;
      this.move(occurrence, best.slot);
      return true;
    });
  }

  private allowedIn(occurrence: Occurrence, slot: WeekSlot): boolean {
    const { staff } = occurrence.series;
    if (staff !== null && this.school.staffBusy(staff, slot) !== null) return false;
    return occurrence.pupils.every((pupil) => this.school.protectedMiss(pupil, slot) === null);
  }

  private booking(plan: WeekPlan, occurrence: Occurrence, slot: WeekSlot): Booking {
    return { pupils: occurrence.pupils, staff: occurrence.series.staff, ordinal: plan.ordinal, day: slot.day, slot };
  }

  private rollback(mark: number): void {
    while (this.journal.length > mark) {
      const move = this.journal.pop() as Move;
      const plan = this.weekOf(move.occurrence);
      if (move.to !== null) {
        plan.unbook(move.occurrence);
        this.cost.remove(this.booking(plan, move.occurrence, move.to));
      }
      if (move.from !== null) {
        plan.book(move.occurrence, move.from);
        this.cost.add(this.booking(plan, move.occurrence, move.from));
      }
    }
  }
}
