/**
 * What the `Schedule` says about one placement: the sessions planned, how many staff ticked as
 * delivered and attended, and the lessons the pupil missed for them, by subject.
 */
import type { TabSnapshot } from '../snapshot';
import { cellText, normaliseText } from '../text';
import { isDate, isoDateOf, type CellValue, type IsoDate } from '../values';
import { addDays } from '../weeks';
import { programmeKey, type CyclePlacement } from './placements';

export interface ScheduledSessionRow {
  readonly pupilId: string;
  readonly programme: string;
  readonly session: string;
  readonly date: IsoDate | null;
  /** The lesson the pupil would have had ('' when none is known). */
  readonly missing: string;
  readonly delivered: boolean;
  readonly attended: boolean;
}

export interface SessionCounts {
  readonly planned: number;
  /** Sessions up to today. */
  readonly held: number;
  /** Null when nobody ticked a session of this placement as delivered or attended. */
  readonly delivered: number | null;
  readonly attended: number | null;
  /** Lessons missed up to today (attended sessions only, once attendance is ticked), most first. */
  readonly missed: readonly { readonly subject: string; readonly lessons: number }[];
}

const TICKED = new Set(['true', 'yes', 'y', 'x', '✓', '✔']);
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** The Schedule's rows, or null when there is no Schedule (timetables not generated yet). */
export function readScheduleSessions(tab: TabSnapshot | undefined): ScheduledSessionRow[] | null {
  const header = tab?.values[0];
  if (!tab || !header) return null;
  const at = (name: string): number => header.findIndex((cell) => normaliseText(cellText(cell)) === normaliseText(name));
  const columns = {
    week: at('Week commencing'),
    day: at('Day'),
    date: at('Date'),
    session: at('Session'),
    programme: at('Programme'),
    pupil: at('Pupil ID'),
    missing: at('Missing'),
    delivered: at('Delivered'),
    attended: at('Attended'),
  };
  const cell = (row: readonly CellValue[], column: number): CellValue => (column < 0 ? '' : (row[column] ?? ''));
  return tab.values.slice(1).flatMap((row) => {
    const pupilId = cellText(cell(row, columns.pupil));
    if (pupilId === '') return [];
    return [
      {
        pupilId,
        programme: cellText(cell(row, columns.programme)),
        session: cellText(cell(row, columns.session)),
        date: dateOf(cell(row, columns.date)) ?? sessionDay(cell(row, columns.week), cell(row, columns.day)),
        missing: cellText(cell(row, columns.missing)),
        delivered: isTicked(cell(row, columns.delivered)),
        attended: isTicked(cell(row, columns.attended)),
      },
    ];
  });
}

export function sessionCounts(rows: readonly ScheduledSessionRow[], placement: CyclePlacement, today: IsoDate): SessionCounts {
  const { pupil, placement: p } = placement;
  const names = [p.programme, p.group].filter((name): name is string => !!name).map(programmeKey);
  const mine = rows.filter(
    (row) =>
      normaliseText(row.pupilId) === normaliseText(pupil.id) &&
      (names.includes(programmeKey(row.programme)) ||
        names.includes(programmeKey(row.session)) ||
        (p.type === '1-1' && /^1-1\b/i.test(row.session))) &&
      (row.date === null || ((p.start === null || row.date >= p.start) && (p.end === null || row.date <= p.end))),
  );
  const held = mine.filter((row) => row.date !== null && row.date <= today);
  const ticked = held.some((row) => row.delivered || row.attended);
  const missedRows = ticked ? held.filter((row) => row.attended) : held;
  const missed = new Map<string, number>();
  for (const row of missedRows) if (row.missing !== '') missed.set(row.missing, (missed.get(row.missing) ?? 0) + 1);
  return {
    planned: mine.length,
    held: held.length,
    delivered: ticked ? held.filter((row) => row.delivered).length : null,
    attended: ticked ? held.filter((row) => row.attended).length : null,
    missed: [...missed]
      .map(([subject, lessons]) => ({ subject, lessons }))
      .sort((a, b) => b.lessons - a.lessons || a.subject.localeCompare(b.subject)),
  };
}

function isTicked(value: CellValue): boolean {
  return value === true || (typeof value === 'string' && TICKED.has(value.trim().toLowerCase()));
}

function dateOf(value: CellValue): IsoDate | null {
  if (isDate(value)) return isoDateOf(value);
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cellText(value));
  return match ? (`${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}` as IsoDate) : null;
}

function sessionDay(week: CellValue, day: CellValue): IsoDate | null {
  const monday = dateOf(week);
  const index = DAYS.indexOf(cellText(day).toLowerCase().slice(0, 3));
  return monday === null || index < 0 ? null : addDays(monday, index);
}
