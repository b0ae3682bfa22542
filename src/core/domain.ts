/**
 * The school's data once setup has understood the tracking sheet: what every action works on.
 * Everything here is plain data, already coerced and validated; rows that could not be used are
 * on the `Problems` list instead, never half-filled in here.
 */
import type { CycleRecords } from './cycle/records';
import type { CellValue, IsoDate } from './values';

/** A pupil's identifier: the register's id column (UPN, admission number), or a derived one. */
export type PupilId = string & { readonly __brand: 'PupilId' };
/** A measure's identifier, for example `attendance` or `behaviour-points`. */
export type MeasureId = string & { readonly __brand: 'MeasureId' };

export type Gender = 'F' | 'M' | 'other';
export type SenStatus = 'none' | 'support' | 'ehcp';
export type PlacementType = '1-1' | 'group' | 'referred';
export type Direction = 'higher' | 'lower';

/** Where a value came from: the tab and its 1-based row, so findings can point back at it. */
export interface SourceRef {
  readonly tab: string;
  readonly row: number;
}

export interface Pupil {
  readonly id: PupilId;
  /** Display name, `Forename Surname`. */
  readonly name: string;
  readonly forename: string | null;
  readonly surname: string | null;
  /** National Curriculum year, 1–13; null when the sheet had none or it was unusable. */
  readonly year: number | null;
  readonly form: string | null;
  readonly gender: Gender | null;
  readonly sen: SenStatus;
  readonly primaryNeed: string | null;
  readonly pupilPremium: boolean | null;
  readonly source: SourceRef;
}

/** A start/end pair of register columns that together measure one thing. */
export interface MeasureDef {
  readonly id: MeasureId;
  /** Plain-English name shown to leaders, e.g. `Attendance %`. */
  readonly label: string;
  /** Null when nothing says which way is better: the add-in asks rather than guesses. */
  readonly betterWhen: Direction | null;
  readonly kind: 'percent' | 'count' | 'score' | 'months';
}

export interface MeasureValues {
  readonly start: number | null;
  readonly end: number | null;
}

/** One register row: a pupil referred to, or placed on, a programme. */
export interface Placement {
  readonly pupilId: PupilId;
  readonly type: PlacementType;
  readonly reason: string | null;
  readonly outcome: string | null;
  readonly programme: string | null;
  /** The group's name for group placements; null for 1-1 and referrals. */
  readonly group: string | null;
  readonly staff: string | null;
  /** Where a 1-1 meets, when the register says; absent when it has no room column. */
  readonly room?: string | null;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  /** Parental consent / parents informed; null when the sheet does not record it for this row. */
  readonly consent: boolean | null;
  readonly measures: Readonly<Record<MeasureId, MeasureValues>>;
  readonly source: SourceRef;
}

export interface Group {
  readonly name: string;
  readonly programme: string | null;
  readonly focus: string | null;
  readonly staff: string | null;
  readonly room: string | null;
  readonly sessionsPerWeek: number | null;
  readonly weeks: number | null;
  readonly startWeek: IsoDate | null;
  readonly minSize: number | null;
  readonly maxSize: number | null;
  readonly singleSex: boolean;
  /** Null when the group exists only in the register's group column. */
  readonly source: SourceRef | null;
}

export interface KeepApartPair {
  /** Names or ids exactly as the sheet writes them; matched to pupils by the group rules. */
  readonly a: string;
  readonly b: string;
  readonly reason: string | null;
  readonly source: SourceRef;
}

export type Weekday = 1 | 2 | 3 | 4 | 5;

/** One lesson of the school week; `cycleWeek` is set for two-week (A/B) timetables. */
export interface LessonSlot {
  readonly cycleWeek: 'A' | 'B' | null;
  readonly day: Weekday;
  readonly lesson: number;
}

/** Who a lesson-timetable row describes: the most specific row wins (pupil, then form, then year). */
export type TimetableKey =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'form'; readonly form: string }
  | { readonly kind: 'pupil'; readonly pupil: string };

export interface LessonTimetable {
  readonly slots: readonly LessonSlot[];
  /** Each row's subjects in `slots` order; null where the cell was blank. */
  readonly rows: readonly { readonly key: TimetableKey; readonly subjects: readonly (string | null)[]; readonly source: SourceRef }[];
}

export interface StaffAvailability {
  readonly slots: readonly LessonSlot[];
  /** Per member of staff, in `slots` order: null when free, otherwise the reason they are busy. */
  readonly staff: readonly { readonly name: string; readonly busy: readonly (string | null)[]; readonly source: SourceRef }[];
}

/** A tab of questionnaire responses, kept raw: the questionnaire code decides what it means. */
export interface ResponseTab {
  readonly tab: string;
  readonly headerRow: number;
  readonly headers: readonly string[];
  /** The rows under the header, as read (blank rows included, so row numbers stay true). */
  readonly rows: readonly (readonly CellValue[])[];
}

/** A run of days on a term-dates tab, both ends included. */
export interface DayRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** What the tab calls it: `Autumn 1`, `October half-term`, `INSET day`. */
  readonly label: string | null;
  readonly source: SourceRef;
}

/** The school's term dates as a term-dates tab gives them. */
export interface TermDates {
  readonly tab: string;
  /** Terms or half-terms: the school is open on their weekdays. Empty when the tab lists only holidays. */
  readonly terms: readonly DayRange[];
  /** Holidays, half-terms and closure days (INSET days, say) the tab lists. */
  readonly closures: readonly DayRange[];
}

export interface SchoolData {
  readonly pupils: readonly Pupil[];
  readonly placements: readonly Placement[];
  readonly measures: readonly MeasureDef[];
  readonly groups: readonly Group[];
  readonly keepApart: readonly KeepApartPair[];
  readonly lessons: LessonTimetable | null;
  readonly staffAvailability: StaffAvailability | null;
  readonly responses: readonly ResponseTab[];
  /** The passports, targets and reviews kept on the tabs the add-in made for them; absent when not read. */
  readonly cycle?: CycleRecords;
  /** Absent when the sheet has no term-dates tab. */
  readonly termDates?: TermDates;
}
