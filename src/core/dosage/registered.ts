/**
 * The `Schedule` as staff registered it: one row per pupil per session, with the session's own
 * state worked out from all its rows. A session counts as delivered when any of its rows is ticked
 * `Delivered` or `Attended` (a pupil who attended had a session to attend), so staff may tick
 * `Delivered` on one row only; it counts as registered once a row is ticked or gives a reason it
 * was not delivered.
 */
import { dayOfWeek } from '../calendar/days';
import type { TabSnapshot } from '../snapshot';
import { cellText, normaliseText } from '../text';
import { COLUMN, isRegistered, readPreviousSchedule, sessionKey } from '../timetable/previous-schedule';
import type { IsoDate } from '../values';

export interface RegisteredRow {
  /** The session's identity (name, week, day, lesson), shared by its pupils' rows. */
  readonly key: string;
  /** 1-based row on the Schedule. */
  readonly row: number;
  readonly session: string;
  readonly programme: string;
  readonly staff: string;
  /** The pupil's id, normalised. */
  readonly pupil: string;
  readonly date: IsoDate;
  readonly attended: boolean;
  /** The session's, not the row's: any of its rows ticked. */
  readonly sessionDelivered: boolean;
  readonly sessionRegistered: boolean;
}

/** The Schedule's readable rows; empty when there is no Schedule. */
export function readRegisteredRows(tab: TabSnapshot | undefined): RegisteredRow[] {
  const rows = readPreviousSchedule(tab).flatMap((row) => {
    if (row.week === null || row.day === null || row.lesson === null || row.session === '') return [];
    return [{ row, key: sessionKey(row.session, row.week, row.day, row.lesson), date: dayOfWeek(row.week, row.day) }];
  });
  const delivered = new Set<string>();
  const registered = new Set<string>();
  for (const { row, key } of rows) {
    if (row.ticks.delivered || row.ticks.attended) delivered.add(key);
    if (isRegistered(row.ticks)) registered.add(key);
  }
  return rows.map(({ row, key, date }) => ({
    key,
    row: row.row,
    session: row.session,
    programme: cellText(row.cells[COLUMN.Programme]),
    staff: cellText(row.cells[COLUMN.Staff]),
    pupil: normaliseText(row.pupil),
    date,
    attended: row.ticks.attended,
    sessionDelivered: delivered.has(key),
    sessionRegistered: registered.has(key),
  }));
}
