/**
 * The project's own fictional school, at the level of what the add-in understands: pupils,
 * programmes, groups, 1-1s and referrals, staff, rooms, start/end measures, keep-apart pairs, the
 * lesson timetable and questionnaire responses. The layouts turn it into workbooks.
 *
 * Every group is built to pass the group rules, except the planted ones: each planted group breaks
 * exactly one rule, so the add-in's findings on the example can be checked one by one.
 */
import { APOSTROPHE_SURNAMES, pupilName, staffName } from './names';
import { PROGRAMMES, programmeNamed, SINGLE_PUPIL_PROGRAMME, type Programme, type Purpose } from './programmes';
import { generateCycle, type ExampleCycle } from './cycle';
import { slssAnswers, srsAnswers } from './questionnaires';
import { createRandom, type Random } from './random';
import { busyWeek, lessonTimetable, type LessonRow } from './timetables';

export type Gender = 'F' | 'M';
export type SenStatus = 'none' | 'support' | 'ehcp';
export type PlacementType = '1-1' | 'group' | 'referred';

export const MEASURES = ['attendance', 'behaviour', 'exclusions', 'bullying', 'readingAge'] as const;
export type MeasureKey = (typeof MEASURES)[number];
export type Measures = Readonly<Record<MeasureKey, { readonly start: number; readonly end: number }>>;

export const YEARS: readonly number[] = [7, 8, 9, 10, 11];
/** Below this, the planted groups alone would not fit. */
export const MIN_PUPILS = 60;

export interface ExamplePupil {
  /** UPN-like: a letter and twelve digits. */
  readonly id: string;
  readonly admissionNo: number;
  readonly forename: string;
  readonly surname: string;
  readonly year: number;
  readonly form: string;
  readonly gender: Gender;
  readonly sen: SenStatus;
  readonly primaryNeed: string | null;
  readonly pupilPremium: boolean;
}

export interface StaffMember {
  readonly name: string;
  readonly role: string;
  /** Pounds an hour; null for staff the tab gives no cost for, so Settings' rate by role is used. */
  readonly hourlyCost: number | null;
  /** One entry per lesson of the week (`SLOTS` order): null when free, else why busy. */
  readonly busy: readonly (string | null)[];
}

export interface ExampleGroup {
  readonly name: string;
  readonly programme: string;
  readonly purpose: Purpose;
  readonly outcome: string;
  readonly staff: string;
  readonly room: string;
  readonly sessionsPerWeek: number;
  readonly weeks: number;
  /** `yyyy-mm-dd`, a Monday. */
  readonly start: string;
  /** `yyyy-mm-dd`, the Friday of the last week. */
  readonly end: string;
  readonly pupilIds: readonly string[];
  /** Pounds spent on the group's resources. */
  readonly resourceCost: number;
  /** Who pays for it: pupil premium, SEN notional budget, recovery funding. */
  readonly funding: string;
}

export interface ExamplePlacement {
  readonly pupilId: string;
  readonly type: PlacementType;
  readonly programme: string;
  readonly group: string | null;
  readonly staff: string | null;
  readonly reason: string;
  readonly outcome: string;
  readonly start: string | null;
  readonly end: string | null;
  /** Null for referrals: consent is asked when a place is offered. */
  readonly consent: boolean | null;
  /** Null for referrals, which have no programme to measure yet. */
  readonly measures: Measures | null;
}

export interface KeepApartPair {
  readonly a: string;
  readonly b: string;
  readonly reason: string;
}

export interface FormResponse {
  readonly submitted: Date;
  /** The name as the pupil typed it. */
  readonly name: string;
  /** Who really answered; null for a name not on the register. */
  readonly pupilId: string | null;
  readonly phase: 'start' | 'end';
  /** Answers as ticked (SLSS 1–6, SRS 1–5); null for an item left blank. */
  readonly answers: readonly (number | null)[];
}

/** Where each deliberate problem is, so tests and the README can point at it. */
export interface PlantedProblems {
  readonly overFullGroup: string;
  readonly underFullGroup: string;
  readonly keepApartGroup: string;
  readonly keepApartPair: readonly [string, string];
  readonly needMismatchGroup: string;
  readonly needMismatchPupil: string;
  readonly noConsentGroup: string;
  readonly noConsentPupils: readonly [string, string];
  readonly singleGirlGroup: string;
  readonly senLoadGroup: string;
  readonly misspeltResponse: { readonly pupilId: string; readonly typed: string };
  readonly skippedItem: { readonly pupilId: string; readonly item: number };
  readonly duplicateSubmission: { readonly pupilId: string; readonly typed: string };
  readonly unknownName: string;
  readonly unreadableYearPupil: string;
  readonly singlePupilPlacement: { readonly programme: string; readonly pupilId: string };
}

export interface ExampleSchool {
  readonly name: string;
  readonly seed: number;
  readonly academicYear: string;
  readonly pupils: readonly ExamplePupil[];
  readonly programmes: readonly Programme[];
  readonly staff: readonly StaffMember[];
  readonly rooms: readonly string[];
  readonly groups: readonly ExampleGroup[];
  readonly placements: readonly ExamplePlacement[];
  readonly keepApart: readonly KeepApartPair[];
  readonly lessons: readonly LessonRow[];
  /** Students' Life Satisfaction Scale responses, in the order submitted. */
  readonly slss: readonly FormResponse[];
  /** Student Resilience Survey responses, in the order submitted. */
  readonly srs: readonly FormResponse[];
  /** SMART targets and fortnightly reviews, as staff keep them on the Targets and Reviews tabs. */
  readonly cycle: ExampleCycle;
  readonly planted: PlantedProblems;
}

export interface SchoolOptions {
  readonly pupils: number;
  readonly seed: number;
}

const SCHOOL_NAME = 'Larkspur Vale Academy';
const FORM_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
const NEEDS = ['SEMH', 'SEMH', 'SpLD', 'SpLD', 'ASD', 'SLCN', 'MLD', 'HI', 'PD'] as const;
const ROLES = [
  'Learning Mentor',
  'Pastoral Lead',
  'HLTA',
  'SENDCo',
  'Youth Worker',
  'Teaching Assistant',
  'Attendance Officer',
  'School Counsellor',
] as const;
/** Pounds an hour, by position in the staff list (no draw from the random stream, so seeds keep their schools). */
const HOURLY_COSTS = [18, 21, 16, 42, 19, 15, 23, 35] as const;
const FUNDING = ['Pupil premium', 'SEN notional budget', 'Recovery funding'] as const;
const ROOMS = [
  'Nurture Room',
  'Pastoral Base',
  'Library Corner',
  'Wellbeing Hub',
  'Learning Support Base',
  'Sports Hall',
  'Room 14',
  'Meeting Room 2',
] as const;
/** Mondays that programmes start on, autumn and spring term. */
const START_WEEKS = ['2026-09-14', '2026-10-05', '2026-11-02', '2026-11-30', '2027-01-11', '2027-02-22'] as const;
const KEEP_APART_REASONS = [
  'Fight at lunchtime (behaviour log)',
  'Online falling-out, parents involved',
  'Bullying concern under investigation',
  'Family feud outside school',
] as const;
/** Year bands a normal group draws from: a spread of at most one year. */
const BANDS: readonly (readonly number[])[] = [[7], [8], [9], [10, 11]];

interface PlantedGroupSpec {
  readonly key: 'overFull' | 'underFull' | 'keepApart' | 'needMismatch' | 'singleGirl' | 'senLoad' | 'noConsent';
  readonly programme: string;
  readonly years: readonly number[];
  readonly girls: number;
  readonly boys: number;
  /** SEN statuses of the first members; everyone else has none, so no other rule is broken. */
  readonly sen: readonly SenStatus[];
}

/** Each planted group breaks one rule and passes the others. */
const PLANTED_GROUPS: readonly PlantedGroupSpec[] = [
  { key: 'overFull', programme: 'Self-esteem group', years: [8], girls: 6, boys: 5, sen: ['support'] },
  { key: 'underFull', programme: 'Homework club', years: [7], girls: 2, boys: 2, sen: [] },
  { key: 'keepApart', programme: 'Anger management', years: [9], girls: 3, boys: 4, sen: ['support'] },
  { key: 'needMismatch', programme: 'Literacy catch-up', years: [7], girls: 4, boys: 3, sen: ['support'] },
  { key: 'singleGirl', programme: 'Boxing and behaviour mentoring', years: [10, 11], girls: 1, boys: 5, sen: [] },
  { key: 'senLoad', programme: 'Social skills', years: [9], girls: 3, boys: 3, sen: ['support', 'support', 'support', 'ehcp'] },
  { key: 'noConsent', programme: 'Resilience group', years: [10], girls: 3, boys: 3, sen: [] },
];

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A local date-time, as a form's Timestamp cell holds it. */
function timestamp(iso: string, minutesAfterNine: number): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 9, minutesAfterNine);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

interface PupilSpec {
  readonly year: number;
  readonly gender: Gender;
  readonly sen?: SenStatus;
}

/** Holds the school while it is built; `generateSchool` is the only way in. */
class SchoolBuilder {
  readonly pupils: ExamplePupil[] = [];
  readonly groups: ExampleGroup[] = [];
  readonly placements: ExamplePlacement[] = [];
  readonly keepApart: KeepApartPair[] = [];
  readonly staff: StaffMember[];
  readonly rooms: string[];
  /** Lower-case `forename surname` of every name in use, so responses can invent unused ones. */
  readonly names = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly admissionNos = new Set<number>();
  private readonly baselines = new Map<string, Measures>();
  /** Whether a pupil referred for attendance already starts exactly on the 90 % line. */
  private onTheLine = false;
  /** Pupil id → programmes of the groups they are in. */
  readonly memberships = new Map<string, string[]>();
  private readonly groupNames = new Set<string>();
  private nextStaff = 0;
  private nextRoom = 0;

  constructor(
    readonly random: Random,
    size: number,
  ) {
    const staffNames = new Set<string>();
    const staffCount = Math.max(6, Math.round(size / 50));
    // The first member of staff has an apostrophe in their surname, so matching staff names is always exercised.
    this.staff = Array.from({ length: staffCount }, (_, i) => ({
      name: staffName(random, staffNames, i === 0 ? APOSTROPHE_SURNAMES : undefined),
      role: ROLES[i % ROLES.length] as string,
      // Every other member of staff has an hourly cost, the rest are costed by role from Settings.
      hourlyCost: i % 2 === 0 ? (HOURLY_COSTS[i % HOURLY_COSTS.length] as number) : null,
      busy: busyWeek(random, 0.2),
    }));
    const roomCount = Math.max(6, Math.round(size / 40));
    this.rooms = Array.from({ length: roomCount }, (_, i) => ROOMS[i] ?? `Room ${101 + i - ROOMS.length}`);
  }

  addPupil(spec: PupilSpec): ExamplePupil {
    const { random } = this;
    const { forename, surname } = pupilName(random, spec.gender, this.names);
    const roll = random.next();
    const sen = spec.sen ?? (roll < 0.03 ? 'ehcp' : roll < 0.18 ? 'support' : 'none');
    const pupil: ExamplePupil = {
      id: this.uniqueUpn(),
      admissionNo: this.uniqueAdmissionNo(),
      forename,
      surname,
      year: spec.year,
      form: `${spec.year}${random.pick(FORM_LETTERS)}`,
      gender: spec.gender,
      sen,
      primaryNeed: sen === 'none' ? null : random.pick(NEEDS),
      pupilPremium: random.chance(0.3),
    };
    this.pupils.push(pupil);
    return pupil;
  }

  private uniqueUpn(): string {
    for (;;) {
      const letter = String.fromCharCode(65 + this.random.int(0, 25));
      const digits = Array.from({ length: 12 }, () => this.random.int(0, 9)).join('');
      const id = `${letter}${digits}`;
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }

  private uniqueAdmissionNo(): number {
    for (;;) {
      const n = this.random.int(100000, 999999);
      if (!this.admissionNos.has(n)) {
        this.admissionNos.add(n);
        return n;
      }
    }
  }

  /** Start data once per pupil (a pupil on two programmes has one baseline), shaped by why they were referred. */
  private baseline(pupil: ExamplePupil, purpose: Purpose): Measures {
    const known = this.baselines.get(pupil.id);
    if (known) return known;
    const { random } = this;
    const ageMonths = (pupil.year + 4) * 12 + 6;
    const drawn = purpose === 'attendance' ? random.real(72, 89) : Math.round(clamp(random.normal(93, 4), 78, 100) * 10) / 10;
    // One pupil starts exactly on 90 %, which persistent absence ("90 % or less") must count.
    const attendance = purpose === 'attendance' && !this.onTheLine ? 90 : drawn;
    if (purpose === 'attendance') this.onTheLine = true;
    const conduct = purpose === 'others' || purpose === 'learning';
    const start = {
      attendance,
      behaviour: conduct ? random.int(8, 35) : random.int(0, 12),
      exclusions: purpose === 'others' ? random.int(0, 3) : random.chance(0.1) ? 1 : 0,
      bullying: purpose === 'others' || purpose === 'self' ? random.int(0, 3) : random.int(0, 1),
      readingAge: purpose === 'progress' ? ageMonths - random.int(12, 40) : Math.round(random.normal(ageMonths - 6, 12)),
    };
    const measures = Object.fromEntries(MEASURES.map((key) => [key, { start: start[key], end: start[key] }])) as Measures;
    this.baselines.set(pupil.id, measures);
    return measures;
  }

  /** End data improves most on the measure the programme targets. */
  measures(pupil: ExamplePupil, purpose: Purpose): Measures {
    const { random } = this;
    const base = this.baseline(pupil, purpose);
    const att = base.attendance.start;
    const attEnd = clamp(att + (purpose === 'attendance' ? random.normal(4, 3) : random.normal(0.3, 2.5)), 50, 100);
    const beh = base.behaviour.start;
    const conduct = purpose === 'others' || purpose === 'learning';
    return {
      attendance: { start: att, end: Math.round(attEnd * 10) / 10 },
      behaviour: { start: beh, end: Math.max(0, conduct ? Math.round(beh * random.real(0.5, 0.95, 2)) : beh + random.int(-4, 3)) },
      exclusions: { start: base.exclusions.start, end: Math.max(0, base.exclusions.start - random.int(0, 2)) },
      bullying: {
        start: base.bullying.start,
        end: Math.max(0, base.bullying.start - random.int(0, purpose === 'others' || purpose === 'self' ? 2 : 1)),
      },
      readingAge: {
        start: base.readingAge.start,
        end: base.readingAge.start + (purpose === 'progress' ? random.int(4, 14) : random.int(0, 6)),
      },
    };
  }

  private groupName(programme: Programme, years: readonly number[]): string {
    const base = `${programme.short} Y${years.length > 1 ? `${Math.min(...years)}-${Math.max(...years)}` : String(years[0])}`;
    let name = base;
    for (let n = 2; this.groupNames.has(name); n += 1) name = `${base} (${n})`;
    this.groupNames.add(name);
    return name;
  }

  private nextStaffName(): string {
    const member = this.staff[this.nextStaff % this.staff.length] as StaffMember;
    this.nextStaff += 1;
    return member.name;
  }

  private nextRoomName(): string {
    const room = this.rooms[this.nextRoom % this.rooms.length] as string;
    this.nextRoom += 1;
    return room;
  }

  /** A group and one register row per member; members share the group's reason, and `reasonOf` lets a planted pupil carry another. */
  addGroup(
    programme: Programme,
    members: readonly ExamplePupil[],
    reasonOf: (p: ExamplePupil) => string,
    consentOf: (p: ExamplePupil) => boolean,
  ): ExampleGroup {
    const years = [...new Set(members.map((p) => p.year))].sort((a, b) => a - b);
    const start = this.random.pick(START_WEEKS);
    const group: ExampleGroup = {
      name: this.groupName(programme, years),
      programme: programme.name,
      purpose: programme.purpose,
      outcome: programme.outcome,
      staff: this.nextStaffName(),
      room: this.nextRoomName(),
      sessionsPerWeek: programme.sessionsPerWeek,
      weeks: programme.weeks,
      start,
      end: addDays(start, (programme.weeks - 1) * 7 + 4),
      pupilIds: members.map((p) => p.id),
      resourceCost: 40 + 15 * (this.groups.length % 7),
      funding: FUNDING[this.groups.length % FUNDING.length] as string,
    };
    this.groups.push(group);
    for (const pupil of members) {
      this.memberships.set(pupil.id, [...(this.memberships.get(pupil.id) ?? []), programme.name]);
      this.placements.push({
        pupilId: pupil.id,
        type: 'group',
        programme: programme.name,
        group: group.name,
        staff: group.staff,
        reason: reasonOf(pupil),
        outcome: programme.outcome,
        start: group.start,
        end: group.end,
        consent: consentOf(pupil),
        measures: this.measures(pupil, programme.purpose),
      });
    }
    return group;
  }

  addOneToOne(pupil: ExamplePupil): void {
    const { random } = this;
    const programme = random.pick(PROGRAMMES.filter((p) => p.runsOneToOne));
    const start = random.pick(START_WEEKS);
    this.placements.push({
      pupilId: pupil.id,
      type: '1-1',
      programme: programme.name,
      group: null,
      staff: this.nextStaffName(),
      reason: random.pick(programme.reasons),
      outcome: programme.outcome,
      start,
      end: addDays(start, (programme.weeks - 1) * 7 + 4),
      consent: true,
      measures: this.measures(pupil, programme.purpose),
    });
  }

  addReferral(pupil: ExamplePupil, programme: Programme = this.random.pick(PROGRAMMES)): void {
    this.placements.push({
      pupilId: pupil.id,
      type: 'referred',
      programme: programme.name,
      group: null,
      staff: null,
      reason: this.random.pick(programme.reasons),
      outcome: programme.outcome,
      start: null,
      end: null,
      consent: null,
      measures: null,
    });
  }

  isKeptApart(a: string, b: string): boolean {
    return this.keepApart.some((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a));
  }
}

/** Members for a planted group, girls and boys interleaved, SEN given to the first ones. */
function plantedMembers(builder: SchoolBuilder, spec: PlantedGroupSpec): ExamplePupil[] {
  const genders: Gender[] = [];
  for (let i = 0; i < Math.max(spec.girls, spec.boys); i += 1) {
    if (i < spec.girls) genders.push('F');
    if (i < spec.boys) genders.push('M');
  }
  return genders.map((gender, i) =>
    builder.addPupil({ gender, year: spec.years[i % spec.years.length] as number, sen: spec.sen[i] ?? 'none' }),
  );
}

/** A normal group: 5–10 pupils of one band, balanced by gender, light on SEN, no keep-apart pair. */
function buildNormalGroup(builder: SchoolBuilder, band: readonly ExamplePupil[], programme: Programme): ExamplePupil[] | null {
  const { random } = builder;
  const size = random.int(6, 9);
  const third = Math.ceil(size / 3);
  const girlsWanted = clamp(Math.round(size / 2) + random.int(-1, 1), third, size - third);
  const used = (p: ExamplePupil): string[] => builder.memberships.get(p.id) ?? [];
  const fresh = random.shuffle(band.filter((p) => used(p).length === 0));
  const again = random.shuffle(band.filter((p) => used(p).length === 1 && !used(p).includes(programme.name)));
  const chosen: ExamplePupil[] = [];
  let girls = 0;
  let sen = 0;
  let ehcp = 0;
  for (const pupil of [...fresh, ...again]) {
    if (chosen.length === size) break;
    const isGirl = pupil.gender === 'F';
    if (isGirl ? girls >= girlsWanted : chosen.length - girls >= size - girlsWanted) continue;
    if (pupil.sen !== 'none' && sen >= Math.floor(size / 3)) continue;
    if (pupil.sen === 'ehcp' && ehcp >= 1) continue;
    if (chosen.some((other) => builder.isKeptApart(pupil.id, other.id))) continue;
    chosen.push(pupil);
    if (isGirl) girls += 1;
    if (pupil.sen !== 'none') sen += 1;
    if (pupil.sen === 'ehcp') ehcp += 1;
  }
  const fewest = Math.min(girls, chosen.length - girls);
  return chosen.length >= 5 && fewest * 3 >= chosen.length ? chosen : null;
}

/** A misspelling with one letter of the surname dropped, that is nobody else's name. */
function dropLetter(pupil: ExamplePupil, names: ReadonlySet<string>): string {
  for (let at = 2; at < pupil.surname.length; at += 1) {
    const typed = `${pupil.forename} ${pupil.surname.slice(0, at)}${pupil.surname.slice(at + 1)}`;
    if (!names.has(typed.toLowerCase())) return typed;
  }
  return `${pupil.forename.slice(0, -1)} ${pupil.surname}`;
}

function fullName(pupil: ExamplePupil): string {
  return `${pupil.forename} ${pupil.surname}`;
}

interface Respondent {
  readonly pupil: ExamplePupil;
  readonly group: ExampleGroup;
  readonly certain: boolean;
}

/** Start (and usually end) responses for each respondent, on the group's first and last weeks. */
function responsesFor(
  random: Random,
  respondents: readonly Respondent[],
  answers: (random: Random, level: number) => number[],
  level: { mean: number; sd: number; min: number; max: number; gain: (purpose: Purpose) => number },
): FormResponse[] {
  const responses: FormResponse[] = [];
  for (const { pupil, group, certain } of respondents) {
    const startLevel = clamp(random.normal(level.mean, level.sd), level.min, level.max);
    responses.push({
      submitted: timestamp(addDays(group.start, random.int(0, 2)), random.int(0, 390)),
      name: fullName(pupil),
      pupilId: pupil.id,
      phase: 'start',
      answers: answers(random, startLevel),
    });
    if (certain || random.chance(0.85)) {
      const endLevel = clamp(startLevel + level.gain(group.purpose), level.min, level.max);
      responses.push({
        submitted: timestamp(addDays(group.end, -random.int(0, 2)), random.int(0, 390)),
        name: fullName(pupil),
        pupilId: pupil.id,
        phase: 'end',
        answers: answers(random, endLevel),
      });
    }
  }
  return responses;
}

function byTime(responses: FormResponse[]): FormResponse[] {
  return responses
    .map((response, index) => ({ response, index }))
    .sort((a, b) => a.response.submitted.getTime() - b.response.submitted.getTime() || a.index - b.index)
    .map(({ response }) => response);
}

export function generateSchool(options: SchoolOptions): ExampleSchool {
  const { pupils: size, seed } = options;
  if (!Number.isInteger(size) || size < MIN_PUPILS)
    throw new RangeError(`The example school needs a whole number of pupils, at least ${MIN_PUPILS}.`);
  const random = createRandom(seed);
  const builder = new SchoolBuilder(random, size);

  // Planted groups first, so they take the plain group names.
  const planted = new Map<PlantedGroupSpec['key'], { group: ExampleGroup; members: ExamplePupil[] }>();
  for (const spec of PLANTED_GROUPS) {
    const members = plantedMembers(builder, spec);
    const programme = programmeNamed(spec.programme);
    const mismatch = spec.key === 'needMismatch' ? members[members.length - 1] : undefined;
    const noConsent = spec.key === 'noConsent' ? new Set(members.slice(0, 2).map((p) => p.id)) : new Set<string>();
    const groupReason = random.pick(programme.reasons);
    const oddReason = mismatch ? random.pick(programmeNamed('Attendance mentoring').reasons) : groupReason;
    const group = builder.addGroup(
      programme,
      members,
      (p) => (p === mismatch ? oddReason : groupReason),
      (p) => !noConsent.has(p.id),
    );
    planted.set(spec.key, { group, members });
    if (spec.key === 'keepApart') {
      const boys = members.filter((p) => p.gender === 'M');
      builder.keepApart.push({
        a: (boys[0] as ExamplePupil).id,
        b: (boys[1] as ExamplePupil).id,
        reason: 'Fight at lunchtime (behaviour log)',
      });
    }
  }
  const unreadableYear = builder.addPupil({ year: 7, gender: random.chance(0.5) ? 'F' : 'M' });
  builder.addReferral(unreadableYear, programmeNamed('Reading intervention'));

  // Everyone else: about 10% 1-1, 5% referred, the rest into groups.
  const others = Array.from({ length: size - builder.pupils.length }, () =>
    builder.addPupil({ year: random.pick(YEARS), gender: random.chance(0.5) ? 'F' : 'M' }),
  );
  const oneToOnes = Math.round(size * 0.1);
  const referrals = Math.max(0, Math.round(size * 0.05) - 1);
  const shuffled = random.shuffle(others);
  shuffled.slice(0, oneToOnes).forEach((pupil) => builder.addOneToOne(pupil));
  shuffled.slice(oneToOnes, oneToOnes + referrals).forEach((pupil) => builder.addReferral(pupil));
  const pool = shuffled.slice(oneToOnes + referrals);

  const bands = BANDS.map((years) => pool.filter((p) => years.includes(p.year)));
  for (let pairs = Math.max(1, Math.round(size / 150)), tries = 0; pairs > 0 && tries < 100; tries += 1) {
    const band = random.pick(bands);
    if (band.length < 2) continue;
    const [a, b] = random.shuffle(band) as [ExamplePupil, ExamplePupil];
    if (builder.isKeptApart(a.id, b.id)) continue;
    builder.keepApart.push({ a: a.id, b: b.id, reason: random.pick(KEEP_APART_REASONS) });
    pairs -= 1;
  }

  const groupTarget = Math.max(0, Math.round(size / 8) - PLANTED_GROUPS.length);
  const groupProgrammes = PROGRAMMES.filter((p) => p.runsGroups);
  let groupsLeft = groupTarget;
  bands.forEach((band) => {
    // Rounding each band's share could overshoot the target by one, so the last bands give way.
    const wanted = pool.length === 0 ? 0 : Math.min(groupsLeft, Math.round((groupTarget * band.length) / pool.length));
    groupsLeft -= wanted;
    for (let i = 0; i < wanted; i += 1) {
      const programme = random.pick(groupProgrammes);
      const members = buildNormalGroup(builder, band, programme);
      if (members) {
        const reason = random.pick(programme.reasons);
        builder.addGroup(
          programme,
          members,
          () => reason,
          () => true,
        );
      }
    }
  });
  // Pupils no group could take wait on the referral list.
  for (const pupil of pool) if (!builder.memberships.has(pupil.id)) builder.addReferral(pupil);

  const lessons = lessonTimetable(random, YEARS, [...new Set(builder.pupils.map((p) => p.form))], 3);

  // Questionnaires: every pupil of the over-full self-esteem group answers the SLSS, as do about
  // half of the others in groups; the anger group and some others answer the SRS.
  const overFull = planted.get('overFull')!;
  const angerGroup = planted.get('keepApart')!;
  const pupilsById = new Map(builder.pupils.map((p) => [p.id, p]));
  const firstGroupOf = new Map<string, ExampleGroup>();
  for (const group of builder.groups) for (const id of group.pupilIds) if (!firstGroupOf.has(id)) firstGroupOf.set(id, group);
  const slssRespondents: Respondent[] = [];
  const srsRespondents: Respondent[] = [];
  for (const [id, group] of firstGroupOf) {
    const pupil = pupilsById.get(id) as ExamplePupil;
    if (group === overFull.group || random.chance(0.5)) slssRespondents.push({ pupil, group, certain: group === overFull.group });
    const srsCandidate = group.purpose === 'others' || group.purpose === 'self';
    if (group === angerGroup.group || (srsCandidate && random.chance(0.25)))
      srsRespondents.push({ pupil, group, certain: group === angerGroup.group });
  }
  const slss = responsesFor(random, slssRespondents, slssAnswers, {
    mean: 3.4,
    sd: 0.7,
    min: 1.5,
    max: 5.6,
    gain: (p) => (p === 'self' ? random.normal(0.7, 0.35) : random.normal(0.25, 0.35)),
  });
  const srs = responsesFor(random, srsRespondents, srsAnswers, {
    mean: 3.1,
    sd: 0.6,
    min: 1.4,
    max: 4.7,
    gain: (p) => (p === 'others' || p === 'self' ? random.normal(0.4, 0.3) : random.normal(0.1, 0.3)),
  });

  // Planted response problems, all on members of the over-full group (who always answer).
  const [misspelt, skipper, twice] = overFull.members as [ExamplePupil, ExamplePupil, ExamplePupil];
  const startOf = (pupil: ExamplePupil): number => slss.findIndex((r) => r.pupilId === pupil.id && r.phase === 'start');
  const misspeltTyped = dropLetter(misspelt, builder.names);
  const misspeltAt = startOf(misspelt);
  slss[misspeltAt] = { ...(slss[misspeltAt] as FormResponse), name: misspeltTyped };
  const skippedItem = 4;
  const skipAt = startOf(skipper);
  const skipped = slss[skipAt] as FormResponse;
  slss[skipAt] = { ...skipped, answers: skipped.answers.map((a, i) => (i === skippedItem ? null : a)) };
  const first = slss[startOf(twice)] as FormResponse;
  const twiceTyped = `${fullName(twice).toUpperCase()} `;
  slss.push({
    ...first,
    submitted: new Date(first.submitted.getTime() + 12 * 60_000),
    name: twiceTyped,
    answers: slssAnswers(random, 3.5),
  });
  const stranger = pupilName(random, random.chance(0.5) ? 'F' : 'M', builder.names);
  const unknownName = `${stranger.forename} ${stranger.surname}`;
  slss.push({
    submitted: timestamp(overFull.group.start, random.int(0, 390)),
    name: unknownName,
    pupilId: null,
    phase: 'start',
    answers: slssAnswers(random, 3.5),
  });

  // The first 1-1 moves to a programme nobody else is on; chosen without a draw, so the rest of
  // the school is as the seed makes it.
  const singleAt = builder.placements.findIndex((p) => p.type === '1-1');
  const single = builder.placements[singleAt] as ExamplePlacement;
  builder.placements[singleAt] = {
    ...single,
    programme: SINGLE_PUPIL_PROGRAMME.name,
    reason: SINGLE_PUPIL_PROGRAMME.reasons[0] as string,
    outcome: SINGLE_PUPIL_PROGRAMME.outcome,
  };

  const keepApartPair = builder.keepApart[0] as KeepApartPair;
  const noConsent = planted.get('noConsent')!;
  const mismatch = planted.get('needMismatch')!;
  const programmes = [...PROGRAMMES, SINGLE_PUPIL_PROGRAMME];
  return {
    name: SCHOOL_NAME,
    seed,
    academicYear: '2026-27',
    pupils: builder.pupils,
    programmes,
    staff: builder.staff,
    rooms: builder.rooms,
    groups: builder.groups,
    placements: builder.placements,
    keepApart: builder.keepApart,
    lessons,
    slss: byTime(slss),
    srs: byTime(srs),
    cycle: generateCycle(builder.placements, programmes, seed),
    planted: {
      overFullGroup: overFull.group.name,
      underFullGroup: planted.get('underFull')!.group.name,
      keepApartGroup: angerGroup.group.name,
      keepApartPair: [keepApartPair.a, keepApartPair.b],
      needMismatchGroup: mismatch.group.name,
      needMismatchPupil: (mismatch.members[mismatch.members.length - 1] as ExamplePupil).id,
      noConsentGroup: noConsent.group.name,
      noConsentPupils: [(noConsent.members[0] as ExamplePupil).id, (noConsent.members[1] as ExamplePupil).id],
      singleGirlGroup: planted.get('singleGirl')!.group.name,
      senLoadGroup: planted.get('senLoad')!.group.name,
      misspeltResponse: { pupilId: misspelt.id, typed: misspeltTyped },
      skippedItem: { pupilId: skipper.id, item: skippedItem + 1 },
      duplicateSubmission: { pupilId: twice.id, typed: twiceTyped },
      unknownName,
      unreadableYearPupil: unreadableYear.id,
      singlePupilPlacement: { programme: SINGLE_PUPIL_PROGRAMME.name, pupilId: single.pupilId },
    },
  };
}
