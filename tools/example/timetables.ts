/**
 * The example school's week: Monday–Friday × six lessons, a lesson timetable per year group (plus
 * a few form rows that differ, as sets and options make them), and when each member of staff is busy.
 */
import type { Random } from './random';

export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const;
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
export const LESSONS_PER_DAY = 6;

export interface Slot {
  /** 0 = Monday … 4 = Friday. */
  readonly day: number;
  /** 1-based lesson of the day. */
  readonly lesson: number;
}

/** The 30 lessons of the week in order: Mon 1 … Mon 6, Tue 1 … Fri 6. */
export const SLOTS: readonly Slot[] = DAYS.flatMap((_, day) =>
  Array.from({ length: LESSONS_PER_DAY }, (_unused, i) => ({ day, lesson: i + 1 })),
);

/** Lessons a week per subject; 30 in all. Key stage 4 trades Drama and Music for more Science. */
const WEEK_KS3: Readonly<Record<string, number>> = {
  Maths: 5,
  English: 5,
  Science: 4,
  History: 2,
  Geography: 2,
  French: 2,
  PE: 3,
  Art: 1,
  Music: 1,
  Computing: 2,
  RE: 1,
  Drama: 1,
  Tutor: 1,
};
const WEEK_KS4: Readonly<Record<string, number>> = {
  Maths: 5,
  English: 5,
  Science: 5,
  History: 2,
  Geography: 2,
  French: 2,
  PE: 2,
  Art: 2,
  Music: 0,
  Computing: 2,
  RE: 1,
  Drama: 1,
  Tutor: 1,
};

export interface LessonRow {
  /** What the timetable's first column says: `Year 7` or a form such as `8C`. */
  readonly key: string;
  readonly year: number;
  readonly form: string | null;
  /** One subject per slot, in `SLOTS` order. */
  readonly subjects: readonly string[];
}

function yearWeek(random: Random, year: number): string[] {
  const counts = year >= 10 ? WEEK_KS4 : WEEK_KS3;
  const lessons = Object.entries(counts).flatMap(([subject, n]) => Array.from({ length: n }, () => subject));
  return random.shuffle(lessons);
}

/** A form's week: its year's, with two lessons swapped (a different PE or option slot). */
function formWeek(random: Random, base: readonly string[]): string[] {
  const week = [...base];
  for (let swaps = 0; swaps < 2; swaps += 1) {
    const a = random.int(0, week.length - 1);
    let b = random.int(0, week.length - 1);
    // Swap two different subjects so the form row really differs.
    for (let tries = 0; week[a] === week[b] && tries < 30; tries += 1) b = random.int(0, week.length - 1);
    [week[a], week[b]] = [week[b] as string, week[a] as string];
  }
  return week;
}

export function lessonTimetable(random: Random, years: readonly number[], forms: readonly string[], formRows: number): LessonRow[] {
  const rows: LessonRow[] = years.map((year) => ({ key: `Year ${year}`, year, form: null, subjects: yearWeek(random, year) }));
  for (const form of random.shuffle(forms).slice(0, formRows).sort(compareForms)) {
    const year = Number.parseInt(form, 10);
    const base = rows.find((row) => row.year === year && row.form === null);
    if (base) rows.push({ key: form, year, form, subjects: formWeek(random, base.subjects) });
  }
  return rows;
}

export function compareForms(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);
}

const BUSY_REASONS = ['Teaching', 'Teaching', 'PPA', 'Meeting', 'Duty', 'Line management', 'EHCP review'] as const;

/** A member of staff's week: null when free, otherwise why they are busy (about one lesson in five). */
export function busyWeek(random: Random, share: number): (string | null)[] {
  return SLOTS.map(() => (random.chance(share) ? random.pick(BUSY_REASONS) : null));
}
