/**
 * An independent proof of the timetable's hard rules, read from the workbook as a person would:
 * the raw register, groups, lesson timetable and staff tabs (located through the mapping setup
 * stored, but every cell parsed here, with none of src/core's readers), against the `Schedule`
 * and `Problems` tabs the run wrote. Nothing here calls the scheduler or its checker. With no
 * term dates set, the school calendar is checked against the bank holidays gov.uk publishes
 * (https://www.gov.uk/bank-holidays), the Christmas break and August.
 */
import type { WorkbookModel } from '../../emulator/model';
import { storedMapping } from '../../tools/local/session';

type Cell = string | number | boolean | Date;

const PROTECTED = /\b(maths?|mathematics|ma|eng|english|engl|numeracy|literacy)\b/i;
const DEFAULT_WEEKS = 6;
/** England and Wales bank holidays as gov.uk publishes them, for the years the examples span. */
const BANK_HOLIDAYS: Readonly<Record<string, readonly string[]>> = {
  '2025': ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  '2026': ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  '2027': ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  '2028': ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
};
const DEFAULT_PER_WEEK = 1;
const NOT_KNOWN = 'Not known';
/** `Science (Mr Jones)` → `Science`. */
const withoutTeacher = (text: string): string => text.replace(/\s*\((mr|mrs|ms|miss|mx|dr)\b[^)]*\)\s*$/i, '').trim();
const DAY_WORDS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof']);

const isDateCell = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';
const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Why the school is closed on a weekday with no term dates set, or null when it is open. */
export function assumedClosure(day: string): string | null {
  const holidays = BANK_HOLIDAYS[day.slice(0, 4)];
  if (!holidays) throw new Error(`No published bank holidays for ${day.slice(0, 4)}: add the year to the verifier`);
  if (holidays.includes(day.slice(5))) return 'a bank holiday';
  if (day.slice(5, 7) === '08') return 'August';
  const monday = mondayOf(day) ?? day;
  for (const christmas of [`${day.slice(0, 4)}-12-25`, `${Number(day.slice(0, 4)) - 1}-12-25`]) {
    const week = mondayOf(christmas) ?? christmas;
    if (monday === week || monday === addDays(week, 7)) return 'the Christmas break';
  }
  return null;
}

/** A week with at least one weekday the school is open. */
function isSchoolWeek(monday: string): boolean {
  return [0, 1, 2, 3, 4].some((offset) => assumedClosure(addDays(monday, offset)) === null);
}

export interface Verdict {
  /** Every broken rule, as a sentence naming the rows. */
  readonly violations: string[];
  readonly rows: number;
  /** Sessions (one per series, week and lesson) on the Schedule. */
  readonly sessions: number;
  /** Series × weeks demanded, and how many of them Problems explains instead. */
  readonly demandedWeeks: number;
  readonly explainedWeeks: number;
  /** Series with no member of staff (never placed). */
  readonly unstaffed: number;
}

const norm = (value: Cell | undefined | null): string =>
  (isDateCell(value) ? value.toISOString() : String(value ?? ''))
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function grid(workbook: WorkbookModel, tab: string): Cell[][] {
  const sheet = workbook.sheets.find((s) => s.name === tab);
  if (!sheet) throw new Error(`No tab ${tab}`);
  return sheet.cells.map((row) => (row ?? []).map((cell) => cell?.value ?? ''));
}

/** `yyyy-mm-dd` of a cell's date (a Date, `dd/mm/yyyy` or `yyyy-mm-dd`), or null. */
function dayOf(value: Cell | undefined): string | null {
  let y: number, m: number, d: number;
  // Dates may come from the script's own realm (node:vm): a brand check, not instanceof.
  if (isDateCell(value)) [y, m, d] = [value.getFullYear(), value.getMonth() + 1, value.getDate()];
  else {
    const text = String(value ?? '').trim();
    const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
    if (uk) [y, m, d] = [Number(uk[3]), Number(uk[2]), Number(uk[1])];
    else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else return null;
  }
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

/** `yyyy-mm-dd` of the Monday of a cell's date, or null. */
function mondayOf(value: Cell | undefined): string | null {
  const day = dayOf(value);
  if (day === null) return null;
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

const ukText = (monday: string): string => `${monday.slice(8, 10)}/${monday.slice(5, 7)}/${monday.slice(0, 4)}`;

/** The first `count` school weeks from `start`, or those up to `end`. */
function schoolWeeks(start: string, count: number, end: string | null): string[] {
  const weeks: string[] = [];
  for (let week = start; end === null ? weeks.length < count : week <= end || weeks.length === 0; week = addDays(week, 7)) {
    if (isSchoolWeek(week)) weeks.push(week);
    if (weeks.length > 60) break;
  }
  return weeks;
}

/** `Mon 1`, `Monday P1`, `Tue L3`… → `1|1`; null for other headers. */
function slotOf(header: Cell | undefined): string | null {
  const match = /^(mon|tue|wed|thu|fri)[a-z]*\.?\s*(?:p|l|lesson|period)?\s*(\d)$/i.exec(String(header ?? '').trim());
  if (!match) return null;
  return `${DAY_WORDS.indexOf((match[1] ?? '').toLowerCase()) + 1}|${match[2] ?? ''}`;
}

function dayNumber(text: Cell | undefined): number {
  return DAY_WORDS.indexOf(norm(text).slice(0, 3)) + 1;
}

function yearOf(value: Cell | undefined): number | null {
  const match = /^(?:year|yr|y)?\s*(\d{1,2})$/i.exec(String(value ?? '').trim());
  return match ? Number(match[1]) : null;
}

/** Staff names as people write them: exact (case and apostrophes aside), or a surname alone when one person has it. */
class Staff {
  private readonly cache = new Map<string, string>();

  constructor(private readonly known: readonly string[]) {}

  identity(name: string): string {
    let found = this.cache.get(name);
    if (found === undefined) {
      found = this.resolve(name);
      this.cache.set(name, found);
    }
    return found;
  }

  private resolve(name: string): string {
    const key = norm(name);
    const words = key.split(' ');
    const titled = TITLES.has((words[0] ?? '').replace('.', '')) && words.length > 1;
    const bare = titled ? words.slice(1) : words;
    if (bare.length > 1) return key;
    const surname = bare[0] ?? '';
    const title = titled ? (words[0] ?? '').replace('.', '') : null;
    const matches = new Set(
      this.known
        .map(norm)
        .filter((other) => other !== key && other.split(' ').at(-1) === surname)
        .filter((other) => title === null || !TITLES.has(other.split(' ')[0] ?? '') || other.split(' ')[0] === title),
    );
    // The fullest spelling stands for the person.
    const full = [...matches].sort((a, b) => b.split(' ').length - a.split(' ').length);
    if (full.length === 0) return key;
    const fullest = full.filter((f) => f.split(' ').length === (full[0] ?? '').split(' ').length);
    return fullest.length === 1 && (fullest[0] ?? '').split(' ').length > key.split(' ').length ? (fullest[0] ?? key) : key;
  }
}

interface Series {
  readonly name: string;
  readonly kind: 'group' | '1-1';
  readonly staff: string | null;
  readonly perWeek: number;
  readonly weeks: string[];
  readonly members: Set<string>;
}

export function verifyTimetable(workbook: WorkbookModel): Verdict {
  const mapping = storedMapping(workbook) as {
    register: { tab: string; headerRow: number; fields: Record<string, string> };
    groups: { tab: string; headerRow: number; fields: Record<string, string> } | null;
    lessonTimetable: { tab: string; headerRow: number; keyColumn: string } | null;
    staffAvailability: { tab: string; headerRow: number; keyColumn: string } | null;
    termDates?: unknown;
  } | null;
  if (!mapping) throw new Error('Setup stored no mapping');
  if (mapping.termDates) throw new Error('The verifier knows only the calendar assumed when no term dates are set');
  const violations: string[] = [];
  const fail = (text: string): void => {
    violations.push(text);
  };

  // Problems: which register rows were rejected, and every reason given.
  const problems = grid(workbook, 'Problems').slice(1);
  // Only setup's findings reject a row; the timetable's name rows it could not place.
  const rejectedRows = new Set(
    problems.filter((row) => row[0] === mapping.register.tab && row[4] === 'Set up').map((row) => Number(row[1])),
  );
  const reasons = problems.map((row) => String(row[3] ?? ''));

  // The register.
  const reg = grid(workbook, mapping.register.tab);
  const header = (reg[mapping.register.headerRow - 1] ?? []).map(norm);
  const col = (field: string): number =>
    mapping.register.fields[field] === undefined ? -1 : header.indexOf(norm(mapping.register.fields[field]));
  const pupils = new Map<string, { name: string; year: number | null; form: string }>();
  const oneToOneRooms = new Map<string, string>();
  const series = new Map<string, Series>();
  const groupMembers = new Map<string, { id: string; staff: string; start: string | null; row: number }[]>();
  reg.forEach((row, index) => {
    if (index < mapping.register.headerRow) return;
    const at = (field: string): Cell | undefined => (col(field) < 0 ? undefined : row[col(field)]);
    const id = String(at('pupilId') ?? '').trim();
    const name =
      col('name') >= 0
        ? String(at('name') ?? '').trim()
        : `${String(at('forename') ?? '').trim()} ${String(at('surname') ?? '').trim()}`.trim();
    if (id === '' || name === '' || rejectedRows.has(index + 1)) return;
    pupils.set(id, { name, year: yearOf(at('year')), form: String(at('form') ?? '').trim() });
    const type = norm(at('type'));
    const staff = String(at('staff') ?? '').trim();
    if (type === '1-1' || type === '1:1' || type.startsWith('one')) {
      const start = mondayOf(at('start'));
      const weeks = start === null ? [] : schoolWeeks(start, DEFAULT_WEEKS, mondayOf(at('end')));
      oneToOneRooms.set(norm(`1-1: ${name}`), String(at('room') ?? '').trim());
      series.set(norm(`1-1: ${name}`), {
        name: `1-1: ${name}`,
        kind: '1-1',
        staff: staff || null,
        perWeek: 1,
        weeks,
        members: new Set([id]),
      });
    } else if (type.includes('group') && norm(at('group')) !== '') {
      const list = groupMembers.get(norm(at('group'))) ?? [];
      list.push({ id, staff, start: mondayOf(at('start')), row: index + 1 });
      groupMembers.set(norm(at('group')), list);
    }
  });

  // Groups: the Groups tab's settings, else the members'.
  const groupRows = new Map<string, Cell[]>();
  const groupHeader: string[] = [];
  if (mapping.groups) {
    const rows = grid(workbook, mapping.groups.tab);
    groupHeader.push(...(rows[mapping.groups.headerRow - 1] ?? []).map(norm));
    for (const row of rows.slice(mapping.groups.headerRow))
      if (norm(row[0]) !== '') groupRows.set(norm(row[groupHeader.indexOf(norm(mapping.groups.fields.group))]), row);
  }
  const groupField = (row: Cell[] | undefined, field: string): Cell | undefined => {
    const name = mapping.groups?.fields[field];
    return row === undefined || name === undefined ? undefined : row[groupHeader.indexOf(norm(name))];
  };
  for (const [key, members] of groupMembers) {
    const row = groupRows.get(key);
    const starts = members
      .map((m) => m.start)
      .filter((s): s is string => s !== null)
      .sort();
    const start = mondayOf(groupField(row, 'startWeek')) ?? starts[0] ?? null;
    const count = Number(groupField(row, 'weeks')) || DEFAULT_WEEKS;
    const perWeek = Number(groupField(row, 'sessionsPerWeek')) || DEFAULT_PER_WEEK;
    const name = String(groupField(row, 'group') ?? '').trim() || key;
    const staff = String(groupField(row, 'staff') ?? '').trim() || members.find((m) => m.staff !== '')?.staff || null;
    series.set(key, {
      name,
      kind: 'group',
      staff,
      perWeek,
      weeks: start === null ? [] : schoolWeeks(start, count, null),
      members: new Set(members.map((m) => m.id)),
    });
  }

  // The lesson timetable: the most specific row with something in that lesson.
  const lessons = mapping.lessonTimetable ? grid(workbook, mapping.lessonTimetable.tab) : [];
  const lessonHeader = lessons[(mapping.lessonTimetable?.headerRow ?? 1) - 1] ?? [];
  const lessonRows = lessons.slice(mapping.lessonTimetable?.headerRow ?? 1).filter((row) => norm(row[0]) !== '');
  const subjects = new Map<string, string | null>();
  const subjectOf = (pupilId: string, slot: string): string | null => {
    const cached = subjects.get(`${pupilId}|${slot}`);
    if (cached !== undefined) return cached;
    const found = lookUpSubject(pupilId, slot);
    subjects.set(`${pupilId}|${slot}`, found);
    return found;
  };
  /** The pupil's lesson then (teacher dropped), `not known` when no timetable row is theirs, or null for none. */
  const lookUpSubject = (pupilId: string, slot: string): string | null => {
    const pupil = pupils.get(pupilId);
    if (!pupil) return null;
    const column = lessonHeader.findIndex((h) => slotOf(h) === slot);
    if (column < 0) return null;
    const ranked = [
      ...lessonRows.filter((row) => norm(row[0]) === norm(pupil.name) || norm(row[0]) === norm(pupilId)),
      ...lessonRows.filter((row) => pupil.form !== '' && norm(row[0]).replace(/\s/g, '') === norm(pupil.form).replace(/\s/g, '')),
      ...lessonRows.filter((row) => yearOf(row[0]) !== null && yearOf(row[0]) === pupil.year),
    ];
    if (ranked.length === 0 && lessonRows.length > 0) return NOT_KNOWN;
    for (const row of ranked) if (String(row[column] ?? '').trim() !== '') return withoutTeacher(String(row[column]));
    return null;
  };
  /** For a pupil whose lessons are not known: whatever any class has then. */
  const anySubjectAt = (slot: string): string[] => {
    const column = lessonHeader.findIndex((h) => slotOf(h) === slot);
    return column < 0 ? [] : lessonRows.map((row) => withoutTeacher(String(row[column] ?? '')));
  };

  // Staff availability.
  const staffRows = mapping.staffAvailability ? grid(workbook, mapping.staffAvailability.tab) : [];
  const staffHeader = staffRows[(mapping.staffAvailability?.headerRow ?? 1) - 1] ?? [];
  const staffKeyColumn = staffHeader.map(norm).indexOf(norm(mapping.staffAvailability?.keyColumn ?? ''));
  const staffLines = staffRows.slice(mapping.staffAvailability?.headerRow ?? 1).filter((row) => norm(row[staffKeyColumn]) !== '');
  const staffNames = new Staff([
    ...staffLines.map((row) => String(row[staffKeyColumn])),
    ...[...series.values()].flatMap((s) => (s.staff ? [s.staff] : [])),
  ]);
  const busy = (staff: string, slot: string): string | null => {
    const column = staffHeader.findIndex((h) => slotOf(h) === slot);
    const line = staffLines.find((row) => staffNames.identity(String(row[staffKeyColumn])) === staffNames.identity(staff));
    const cell = line && column >= 0 ? String(line[column] ?? '').trim() : '';
    return cell === '' ? null : cell;
  };

  // The Schedule, row by row.
  const schedule = grid(workbook, 'Schedule');
  const cols = (schedule[0] ?? []).map(norm);
  const c = (name: string): number => cols.indexOf(norm(name));
  const pupilAt = new Map<string, string>();
  const staffAt = new Map<string, string>();
  const roomAt = new Map<string, string>();
  const sessionDays = new Map<string, Map<number, Set<string>>>();
  /** Session → `week|day|lesson` → pupils. */
  const sessionPupils = new Map<string, Map<string, Set<string>>>();
  const rows = schedule.slice(1).filter((row) => norm(row[c('Session')]) !== '');
  rows.forEach((row, i) => {
    const where = `Schedule row ${i + 2}`;
    const week = mondayOf(row[c('Week commencing')]);
    const day = dayNumber(row[c('Day')]);
    const lesson = Number(row[c('Lesson')]);
    const session = String(row[c('Session')]);
    const pupil = String(row[c('Pupil ID')]).trim();
    const staff = String(row[c('Staff')] ?? '').trim();
    const room = String(row[c('Room')] ?? '').trim();
    if (week === null || day < 1 || !Number.isInteger(lesson)) return fail(`${where}: unreadable week, day or lesson`);
    const slot = `${day}|${lesson}`;
    const when = `${week}|${slot}`;
    const date = addDays(week, day - 1);
    if (dayOf(row[c('Date')]) !== date) fail(`${where}: Date is not the ${String(row[c('Day')])} of w/c ${week}`);
    const closed = assumedClosure(date);
    if (closed !== null) fail(`${where}: ${session} is on ${date}, ${closed}`);
    const seriesStaff = series.get(norm(session))?.staff;
    if (seriesStaff === null) fail(`${where}: ${session} has no member of staff but was placed`);
    if (session.startsWith('1-1') && oneToOneRooms.has(norm(session)) && norm(room) !== norm(oneToOneRooms.get(norm(session))))
      fail(`${where}: ${session} is in "${room}", not the register's room "${oneToOneRooms.get(norm(session)) ?? ''}"`);
    const claim = (map: Map<string, string>, key: string, what: string): void => {
      const holder = map.get(key);
      if (holder !== undefined && holder !== norm(session)) fail(`${where}: ${what} is in ${holder} and ${session} at once (${when})`);
      map.set(key, norm(session));
    };
    claim(pupilAt, `${when}|${pupil}`, `pupil ${pupil}`);
    if (staff !== '') {
      claim(staffAt, `${when}|${staffNames.identity(staff)}`, `staff ${staff}`);
      const reason = busy(staff, slot);
      if (reason !== null) fail(`${where}: ${staff} is busy (${reason}) at ${when}`);
    }
    if (room !== '') claim(roomAt, `${when}|${norm(room)}`, `room ${room}`);
    const subject = subjectOf(pupil, slot);
    const couldMiss = subject === NOT_KNOWN ? anySubjectAt(slot) : subject === null ? [] : [subject];
    for (const lessonThen of couldMiss)
      if (PROTECTED.test(lessonThen))
        fail(`${where}: ${pupil} misses${subject === NOT_KNOWN ? ' perhaps' : ''} ${lessonThen} for ${session} (${when})`);
    if (norm(row[c('Missing')]) !== norm(subject ?? ''))
      fail(`${where}: Missing says ${String(row[c('Missing')])}, the timetable says ${subject ?? 'nothing'}`);
    const byWeek = sessionDays.get(`${norm(session)}|${week}`) ?? new Map<number, Set<string>>();
    byWeek.set(day, (byWeek.get(day) ?? new Set()).add(slot));
    sessionDays.set(`${norm(session)}|${week}`, byWeek);
    const meetings = sessionPupils.get(norm(session)) ?? new Map<string, Set<string>>();
    meetings.set(when, (meetings.get(when) ?? new Set()).add(pupil));
    sessionPupils.set(norm(session), meetings);
  });
  for (const [key, days] of sessionDays) {
    for (const [day, slots] of days) if (slots.size > 1) fail(`${key}: meets ${slots.size} times on day ${day}`);
  }

  // Every series got every session of every week of its programme, with all its pupils, or Problems says why not.
  let demandedWeeks = 0;
  let unstaffed = 0;
  let explainedWeeks = 0;
  for (const s of series.values()) {
    const seen = new Set<string>();
    if (s.staff === null) {
      // Nobody to run it: never placed, and Problems says so once.
      unstaffed += 1;
      if (!reasons.some((r) => norm(r).includes(norm(s.name)) && /no member of staff/i.test(r)))
        fail(`${s.name} has no member of staff and no Problems row says so`);
      continue;
    }
    for (const week of s.weeks) {
      demandedWeeks += 1;
      seen.add(week);
      const met = [...(sessionDays.get(`${norm(s.name)}|${week}`)?.values() ?? [])].reduce((n, slots) => n + slots.size, 0);
      if (met > s.perWeek) fail(`${s.name} w/c ${week}: ${met} sessions, ${s.perWeek} wanted`);
      if (met < s.perWeek) {
        const explained = reasons.some((r) => norm(r).includes(norm(s.name)) && r.includes(`w/c ${ukText(week)}`) && /: .+/.test(r));
        if (explained) explainedWeeks += 1;
        else fail(`${s.name} w/c ${week}: ${met} of ${s.perWeek} sessions and no Problems row says why`);
      }
    }
    for (const [when, pupilsThere] of sessionPupils.get(norm(s.name)) ?? []) {
      const key = `${s.name} ${when}`;
      const week = when.split('|')[0] ?? '';
      if (!seen.has(week)) fail(`${s.name} meets in w/c ${week}, outside its programme`);
      const missing = [...s.members].filter((m) => !pupilsThere.has(m));
      const extra = [...pupilsThere].filter((p) => !s.members.has(p));
      if (missing.length + extra.length > 0) fail(`${key}: pupils missing ${missing.join(', ')} extra ${extra.join(', ')}`);
    }
  }
  const known = new Set([...series.values()].map((s) => norm(s.name)));
  for (const key of sessionDays.keys())
    if (!known.has(key.split('|')[0] ?? '')) fail(`Schedule has ${key}, which no register or groups row asks for`);
  const sessions = [...sessionPupils.values()].reduce((n, meetings) => n + meetings.size, 0);
  return { violations, rows: rows.length, sessions, demandedWeeks, explainedWeeks, unstaffed };
}
