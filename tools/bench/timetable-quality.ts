/**
 * How good the timetable solver is. Two measures, a benchmark and not a test:
 *  - quality: on tiny generated instances, the solver's soft cost against the optimum found by an
 *    exact branch and bound over every placement (same hard rules, same cost: scheduleSoftCost);
 *  - scale: the 1,500-pupil / 40-group / 60 1-1 / 20-staff / 10-room / 6-week school: sessions placed
 *    and unplaced, hard violations (must be 0) and solver CPU seconds.
 * `tsx tools/bench/timetable-quality.ts` prints both as Markdown tables.
 */
import { cpuUsage } from 'node:process';
import { pathToFileURL } from 'node:url';
import type { Group, LessonSlot, Placement, Pupil, PupilId, SchoolData, Weekday } from '../../src/core/domain';
import { defaultSettings, type Settings } from '../../src/core/settings';
import { buildTimetables, checkSchedule } from '../../src/core/timetable';
import { checkWithWeek } from '../../src/core/timetable/check';
import { buildSeries } from '../../src/core/timetable/demand';
import { SchoolWeek, type WeekSlot } from '../../src/core/timetable/school-week';
import { scheduleSoftCost } from '../../src/core/timetable/soft-cost';
import type { ScheduledSession, SessionSeries } from '../../src/core/timetable/types';
import type { IsoDate } from '../../src/core/values';

const MONDAY = '2026-11-02' as IsoDate;
const OTHER = ['Science', 'History', 'Geography', 'Art', 'Music', 'French', 'PE', 'Drama', 'Computing', 'RE'];

/** mulberry32: the same numbers on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Shape {
  readonly pupils: number;
  readonly forms: number;
  readonly lessons: number;
  readonly groups: number;
  readonly groupSize: number;
  readonly oneToOnes: number;
  readonly staff: number;
  readonly rooms: number;
  readonly weeks: number;
  /** Share of lessons that are Maths or English, and of lessons each member of staff is busy. */
  readonly protectedShare: number;
  readonly busyShare: number;
}

/** A school of the given shape: forms with their own timetables, groups drawn from one year. */
export function generatedSchool(shape: Shape, seed: number): SchoolData {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const slots: LessonSlot[] = [];
  for (let day = 1; day <= 5; day += 1)
    for (let lesson = 1; lesson <= shape.lessons; lesson += 1) slots.push({ cycleWeek: null, day: day as Weekday, lesson });
  const years = Math.min(5, shape.forms);
  const forms = Array.from({ length: shape.forms }, (_, i) => ({
    year: 7 + (i % years),
    form: `${7 + (i % years)}${'ABCDEFGHIJ'[Math.floor(i / years) % 10] ?? 'Z'}`,
  }));
  const rows = forms.map((f, i) => ({
    key: { kind: 'form' as const, form: f.form },
    subjects: slots.map(() => (random() < shape.protectedShare ? pick(['Maths', 'English']) : pick(OTHER))),
    source: { tab: 'Lessons', row: i + 2 },
  }));
  const pupils: Pupil[] = Array.from({ length: shape.pupils }, (_, i) => {
    const f = forms[i % forms.length] as { year: number; form: string };
    return {
      id: `U${String(i).padStart(5, '0')}` as PupilId,
      name: `Pupil${i} Test`,
      forename: `Pupil${i}`,
      surname: 'Test',
      year: f.year,
      form: f.form,
      gender: null,
      sen: 'none',
      primaryNeed: null,
      pupilPremium: null,
      source: { tab: 'Register', row: i + 2 },
    };
  });
  const staff = Array.from({ length: shape.staff }, (_, i) => `Staff ${i + 1}`);
  const groups: Group[] = Array.from({ length: shape.groups }, (_, i) => ({
    name: `Group ${i + 1}`,
    programme: 'Attendance',
    focus: null,
    staff: staff[i % shape.staff] ?? null,
    room: `Room ${(i % shape.rooms) + 1}`,
    sessionsPerWeek: 1 + (i % 2),
    weeks: shape.weeks,
    startWeek: MONDAY,
    minSize: null,
    maxSize: null,
    singleSex: false,
    source: { tab: 'Groups', row: i + 2 },
  }));
  const placement = (pupil: Pupil, extra: Partial<Placement>): Placement => ({
    pupilId: pupil.id,
    type: 'group',
    reason: null,
    outcome: null,
    programme: 'Attendance',
    group: null,
    staff: null,
    start: MONDAY,
    end: null,
    consent: true,
    measures: {},
    source: { tab: 'Register', row: 2 },
    ...extra,
  });
  const placements: Placement[] = [];
  groups.forEach((g, i) => {
    const year = 7 + (i % years);
    const candidates = pupils.filter((p) => p.year === year);
    const chosen = new Set<Pupil>();
    while (chosen.size < Math.min(shape.groupSize, candidates.length)) chosen.add(pick(candidates));
    for (const p of chosen) placements.push(placement(p, { group: g.name }));
  });
  const lastMonday = new Date(Date.parse(`${MONDAY}T00:00:00Z`) + (shape.weeks - 1) * 7 * 86_400_000).toISOString().slice(0, 10) as IsoDate;
  for (let i = 0; i < shape.oneToOnes; i += 1)
    placements.push(placement(pick(pupils), { type: '1-1', staff: pick(staff), end: lastMonday }));
  const staffAvailability = {
    slots,
    staff: staff.map((name, i) => ({
      name,
      busy: slots.map(() => (random() < shape.busyShare ? 'Teaching' : null)),
      source: { tab: 'Staff', row: i + 2 },
    })),
  };
  return { pupils, placements, measures: [], groups, keepApart: [], lessons: { slots, rows }, staffAvailability, responses: [] };
}

/** Exact minimum soft cost with every session placed, or null when none exists or the search was cut short. */
function exactOptimum(
  school: SchoolWeek,
  settings: Settings,
  series: readonly SessionSeries[],
  upperBound: number,
  nodeLimit: number,
): { cost: number | null; nodes: number; complete: boolean } {
  const weeks = [...new Set(series.flatMap((s) => s.weeks))].sort();
  interface Item {
    readonly series: SessionSeries;
    readonly week: IsoDate;
    readonly weekNumber: number;
    readonly slots: readonly WeekSlot[];
  }
  const items: Item[] = [];
  for (const week of weeks) {
    const slots = school.slotsOf(week);
    for (const s of series) {
      const n = s.weeks.indexOf(week);
      if (n < 0) continue;
      for (let k = 0; k < s.perWeek; k += 1) items.push({ series: s, week, weekNumber: n + 1, slots });
    }
  }
  const placed: ScheduledSession[] = [];
  let best = upperBound;
  let found = false;
  let nodes = 0;
  const allow = settings.timetable.allowTwicePerDay;
  const session = (item: Item, slot: WeekSlot): ScheduledSession => ({
    seriesId: item.series.id,
    kind: item.series.kind,
    name: item.series.name,
    group: item.series.group,
    programme: item.series.programme,
    staff: item.series.staff,
    room: item.series.room,
    week: item.week,
    weekNumber: item.weekNumber,
    day: slot.day,
    lesson: slot.lesson,
    pupils: item.series.learners.map((l) => l.pupil),
    locked: false,
  });
  const search = (i: number): void => {
    nodes += 1;
    if (nodes > nodeLimit) return;
    // Every added session adds a cost of zero or more, so a partial schedule bounds its completions.
    const cost = scheduleSoftCost(school, settings, placed);
    if (cost > best || (cost === best && found)) return;
    // Later sessions only ever add more, so each remaining one's cheapest lesson now is a lower bound.
    if (i < items.length && cost + remainingBound(i, cost) > best - (found ? 1 : 0)) return;
    if (i === items.length) {
      best = cost;
      found = true;
      return;
    }
    const item = items[i] as Item;
    const previous = items[i - 1];
    // Sessions of one series in one week are interchangeable: take their lessons in order.
    const after =
      previous && previous.series === item.series && previous.week === item.week ? (placed[placed.length - 1] as ScheduledSession) : null;
    const options = item.slots
      .filter((slot) => !after || slot.day > after.day || (slot.day === after.day && slot.lesson > after.lesson))
      .map((slot) => session(item, slot))
      .filter((candidate) => fitsWith(candidate))
      .map((candidate) => {
        placed.push(candidate);
        const next = scheduleSoftCost(school, settings, placed);
        placed.pop();
        return { candidate, next };
      })
      .sort((a, b) => a.next - b.next);
    for (const { candidate, next } of options) {
      if (next > best || (next === best && found)) break;
      placed.push(candidate);
      search(i + 1);
      placed.pop();
    }
  };
  const remainingBound = (from: number, cost: number): number => {
    let bound = 0;
    for (let k = from; k < items.length; k += 1) {
      const item = items[k] as Item;
      let cheapest = Number.POSITIVE_INFINITY;
      for (const slot of item.slots) {
        const candidate = session(item, slot);
        if (checkWithWeek(school, allow, [candidate]).length > 0) continue;
        placed.push(candidate);
        cheapest = Math.min(cheapest, scheduleSoftCost(school, settings, placed) - cost);
        placed.pop();
        if (cheapest === 0) break;
      }
      bound += cheapest;
    }
    return bound;
  };
  /** The hard rules for one more session against those already placed that week. */
  const fitsWith = (candidate: ScheduledSession): boolean => {
    const same = placed.filter((s) => s.week === candidate.week);
    if (checkWithWeek(school, allow, [candidate]).length > 0) return false;
    return checkWithWeek(school, allow, [...same, candidate]).length === 0;
  };
  search(0);
  return { cost: found ? best : null, nodes, complete: nodes <= nodeLimit };
}

export interface QualityInstance {
  readonly seed: number;
  readonly sessions: number;
  readonly solverCost: number;
  readonly solverUnplaced: number;
  readonly optimum: number | null;
  /** (solver − optimum) / max(optimum, 1); null when the optimum is unknown. */
  readonly gap: number | null;
  readonly nodes: number;
}

export interface QualityReport {
  readonly instances: QualityInstance[];
  readonly meanGap: number;
  readonly maxGap: number;
  /** Σ solver cost / Σ optimum over the instances solved exactly, the ratio (aim ≤ 1.1). */
  readonly costRatio: number;
  readonly optimalShare: number;
}

const TINY: Shape = {
  pupils: 10,
  forms: 2,
  lessons: 3,
  groups: 2,
  groupSize: 3,
  oneToOnes: 3,
  staff: 2,
  rooms: 2,
  weeks: 2,
  protectedShare: 0.3,
  busyShare: 0.3,
};

export async function timetableQuality(
  seeds: readonly number[] = Array.from({ length: 20 }, (_, i) => i + 1),
  nodeLimit = 50_000,
): Promise<QualityReport> {
  const settings = defaultSettings();
  const instances: QualityInstance[] = [];
  for (const seed of seeds) {
    const data = generatedSchool(TINY, seed);
    const school = new SchoolWeek(data, settings);
    const series = buildSeries(data, settings, school.calendar, MONDAY).series.map((s) =>
      s.staff === null ? s : { ...s, staff: school.staffName(s.staff) },
    );
    const result = buildTimetables(data, settings, { week: 'programme', today: MONDAY }, undefined);
    const solverCost = scheduleSoftCost(school, settings, result.sessions);
    const unplaced = result.problems.length;
    // The solver's own cost (when it placed everything) is a first upper bound for the search.
    const exact = exactOptimum(school, settings, series, unplaced === 0 ? solverCost : Number.POSITIVE_INFINITY, nodeLimit);
    const optimum = exact.complete ? (exact.cost ?? (unplaced === 0 ? solverCost : null)) : null;
    const gap = optimum === null || unplaced > 0 ? null : (solverCost - optimum) / Math.max(optimum, 1);
    instances.push({ seed, sessions: result.sessions.length, solverCost, solverUnplaced: unplaced, optimum, gap, nodes: exact.nodes });
    await Promise.resolve();
  }
  const solved = instances.filter((i) => i.gap !== null && i.optimum !== null);
  const gaps = solved.map((i) => i.gap ?? 0);
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    instances,
    meanGap: gaps.length === 0 ? Number.NaN : sum(gaps) / gaps.length,
    maxGap: gaps.length === 0 ? Number.NaN : Math.max(...gaps),
    costRatio: sum(solved.map((i) => i.solverCost)) / Math.max(1, sum(solved.map((i) => i.optimum ?? 0))),
    optimalShare: solved.filter((i) => i.gap === 0).length / Math.max(1, solved.length),
  };
}

export const SCALE: Shape = {
  pupils: 1500,
  forms: 50,
  lessons: 6,
  groups: 40,
  groupSize: 6,
  oneToOnes: 60,
  staff: 20,
  rooms: 10,
  weeks: 6,
  protectedShare: 0.33,
  busyShare: 0.3,
};

export interface ScaleReport {
  readonly seed: number;
  readonly demanded: number;
  readonly placed: number;
  readonly unplaced: number;
  readonly violations: number;
  readonly softCost: number;
  readonly cpuSeconds: number;
}

export function timetableScale(seed = 42, shape: Shape = SCALE): ScaleReport {
  const data = generatedSchool(shape, seed);
  const settings = defaultSettings();
  const started = cpuUsage();
  const result = buildTimetables(data, settings, { week: 'programme', today: MONDAY }, undefined);
  const used = cpuUsage(started);
  const school = new SchoolWeek(data, settings);
  return {
    seed,
    demanded: result.sessions.length + result.problems.length,
    placed: result.sessions.length,
    unplaced: result.problems.length,
    violations: checkSchedule(data, settings, result.sessions).length,
    softCost: scheduleSoftCost(school, settings, result.sessions),
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

/** The solver's quality tables, as `npm run bench` prints them. */
export async function printTimetableQuality(): Promise<void> {
  const quality = await timetableQuality();
  console.log('| seed | sessions | solver cost | unplaced | optimum | gap | search nodes |\n|---:|---:|---:|---:|---:|---:|---:|');
  for (const i of quality.instances) {
    console.log(
      `| ${i.seed} | ${i.sessions} | ${i.solverCost} | ${i.solverUnplaced} | ${i.optimum ?? '—'} | ${i.gap === null ? '—' : i.gap.toFixed(3)} | ${i.nodes} |`,
    );
  }
  console.log(
    `\nmean gap ${quality.meanGap.toFixed(3)}, max gap ${quality.maxGap.toFixed(3)}, cost ratio ${quality.costRatio.toFixed(3)}, optimal on ${(quality.optimalShare * 100).toFixed(0)}%\n`,
  );
  console.log('| seed | demanded | placed | unplaced | hard violations | soft cost | CPU s |\n|---:|---:|---:|---:|---:|---:|---:|');
  for (const seed of [42, 7, 2026]) {
    const r = timetableScale(seed);
    console.log(
      `| ${r.seed} | ${r.demanded} | ${r.placed} | ${r.unplaced} | ${r.violations} | ${r.softCost} | ${r.cpuSeconds.toFixed(2)} |`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printTimetableQuality().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
