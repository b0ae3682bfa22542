/**
 * Setup: from the workbook as read, the mapping (detected or stored) and the school's data as the
 * actions use it, with every row that could not be used listed as a Problem.
 */
import type { SchoolData } from '../domain';
import type { Mapping } from '../mapping/schema';
import { problem, type Problem } from '../problems';
import type { Settings } from '../settings';
import type { TabSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellText } from '../text';
import { shortText } from '../coerce';
import { columnOf } from './columns';
import { isOverlongHeader, MAX_HEADER_LENGTH } from './detect';
import { readGroups } from './read-groups';
import { readKeepApart, readLessonTimetable, readStaffAvailability } from './read-grids';
import { readRegister } from './read-register';
import { readTermDates } from './term-dates';
import type { SkippedRow } from './layout-rows';
import { checkPlacementDates, dateWindow } from './plausible-dates';
import type { IsoDate } from '../values';
import { readCycleRecords, withConsentReturned } from '../cycle/records';

export { detectMapping } from './detect';
export { summarise, type NotFoundField, type SetupSummary } from './summary';

function tabNamed(snapshot: WorkbookSnapshot, name: string | undefined): TabSnapshot | undefined {
  return name === undefined ? undefined : snapshot.tabs.find((tab) => tab.name === name);
}

export interface SchoolRead {
  readonly data: SchoolData;
  readonly problems: Problem[];
  /** Layout rows passed over on the tabs read (repeated headers, totals, keys, notes). */
  readonly skipped: SkippedRow[];
  /** The school year the register's dates were checked against, or null when it has none. */
  readonly schoolYear: number | null;
}

/**
 * `today` breaks a tie when judging which school year the register's dates are in (and is that year
 * when the register has no dates); without it the later year wins a tie.
 */
export function readSchool(snapshot: WorkbookSnapshot, mapping: Mapping, settings: Settings, today: IsoDate | null = null): SchoolRead {
  const registerTab = tabNamed(snapshot, mapping.register?.tab);
  const register =
    registerTab && mapping.register
      ? readRegister(registerTab, mapping.register, settings)
      : { pupils: [], placements: [], measures: [], problems: [], skipped: [] };
  const starts = register.placements.flatMap((p) => (p.start === null ? [] : [p.start]));
  const window = dateWindow(starts, today);
  const headers = { start: mapping.register?.fields.start ?? '', end: mapping.register?.fields.end ?? '' };
  const dated = checkPlacementDates(register.placements, window, headers);
  const groups = readGroups(tabNamed(snapshot, mapping.groups?.tab), mapping.groups, dated.placements, window, headers);
  const keepApartTab = tabNamed(snapshot, mapping.keepApart?.tab);
  const keepApart =
    keepApartTab && mapping.keepApart ? readKeepApart(keepApartTab, mapping.keepApart) : { pairs: [], problems: [], skipped: [] };
  const lessonTab = tabNamed(snapshot, mapping.lessonTimetable?.tab);
  const staffTab = tabNamed(snapshot, mapping.staffAvailability?.tab);
  const termTab = tabNamed(snapshot, mapping.termDates?.tab);
  const termDates = termTab && mapping.termDates ? readTermDates(termTab, mapping.termDates) : null;
  const data: SchoolData = {
    pupils: register.pupils,
    placements: groups.placements,
    measures: register.measures,
    groups: groups.groups,
    keepApart: keepApart.pairs,
    lessons: lessonTab && mapping.lessonTimetable ? readLessonTimetable(lessonTab, mapping.lessonTimetable) : null,
    staffAvailability: staffTab && mapping.staffAvailability ? readStaffAvailability(staffTab, mapping.staffAvailability) : null,
    responses: mapping.responses.flatMap((part) => {
      const tab = tabNamed(snapshot, part.tab);
      if (!tab) return [];
      return [
        {
          tab: tab.name,
          headerRow: part.headerRow,
          headers: (tab.values[part.headerRow - 1] ?? []).map(cellText),
          rows: tab.values.slice(part.headerRow),
        },
      ];
    }),
    ...(termDates ? { termDates: termDates.dates } : {}),
  };
  // The passports, targets and reviews are matched to the placements just read.
  const cycle = readCycleRecords(snapshot, data);
  return {
    data: withConsentReturned(data, cycle.records),
    problems: [
      ...overlongHeaders(snapshot, mapping),
      ...register.problems,
      ...dated.problems,
      ...groups.problems,
      ...keepApart.problems,
      ...(termDates?.problems ?? []),
      ...cycle.problems,
    ],
    skipped: [...register.skipped, ...groups.skipped, ...keepApart.skipped],
    schoolYear: starts.length > 0 ? (window?.year ?? null) : null,
  };
}

interface MappedPart {
  readonly what: string;
  readonly part: { readonly tab: string; readonly headerRow: number } | null;
  /** The headers the mapping names on the part's header row. */
  readonly headers: readonly (string | undefined)[];
  /** Setup reads the part's columns by header (response tabs are read by the questionnaires). */
  readonly byHeader: boolean;
}

function mappedParts(mapping: Mapping): MappedPart[] {
  const grid = (what: string, part: Mapping['lessonTimetable']): MappedPart => ({
    what,
    part,
    headers: part ? [part.keyColumn, ...part.slots.map((s) => s.header)] : [],
    byHeader: true,
  });
  return [
    {
      what: 'register',
      part: mapping.register,
      headers: mapping.register
        ? [...Object.values(mapping.register.fields), ...mapping.register.measures.flatMap((m) => [m.start, m.end])]
        : [],
      byHeader: true,
    },
    { what: 'groups tab', part: mapping.groups, headers: Object.values(mapping.groups?.fields ?? {}), byHeader: true },
    { what: 'keep-apart tab', part: mapping.keepApart, headers: Object.values(mapping.keepApart?.fields ?? {}), byHeader: true },
    grid('lesson timetable', mapping.lessonTimetable),
    grid('staff availability', mapping.staffAvailability),
    { what: 'term-dates tab', part: mapping.termDates, headers: Object.values(mapping.termDates?.fields ?? {}), byHeader: true },
    ...mapping.responses.map((part) => ({ what: 'questionnaire responses', part, headers: [], byHeader: false })),
  ];
}

/** Header cells too long to be column names (a pasted note, say) on the tabs setup reads: not read, and said so. */
function overlongHeaders(snapshot: WorkbookSnapshot, mapping: Mapping): Problem[] {
  const problems: Problem[] = [];
  for (const { part, headers, byHeader } of mappedParts(mapping)) {
    const tab = byHeader && part ? tabNamed(snapshot, part.tab) : undefined;
    if (!tab || !part) continue;
    const named = new Set(headers);
    for (const header of (tab.values[part.headerRow - 1] ?? []).map(cellText)) {
      if (!isOverlongHeader(header) || named.has(header)) continue;
      problems.push(
        problem(
          'setup',
          tab.name,
          part.headerRow,
          shortText(header),
          `This column’s header is too long to be a column name (more than ${MAX_HEADER_LENGTH} characters), so the column was not read. Shorten the header, then run Set up this sheet again.`,
        ),
      );
    }
  }
  return problems;
}

/** A stored or hand-edited mapping may name tabs or headers that are no longer there. */
export function validateMapping(snapshot: WorkbookSnapshot, mapping: Mapping): Problem[] {
  const problems: Problem[] = [];
  for (const { what, part, headers } of mappedParts(mapping)) {
    if (!part) continue;
    const tab = tabNamed(snapshot, part.tab);
    if (!tab) {
      problems.push(
        problem(
          'setup',
          part.tab,
          part.headerRow,
          '',
          `This tab was set up as the ${what} but is no longer in the spreadsheet. Run Set up this sheet again, or choose the tab in the sidebar.`,
        ),
      );
      continue;
    }
    const row = (tab.values[part.headerRow - 1] ?? []).map(cellText);
    for (const header of headers) {
      if (header !== undefined && columnOf(row, header) < 0) {
        problems.push(
          problem(
            'setup',
            part.tab,
            part.headerRow,
            header,
            `No column on row ${part.headerRow} is headed "${header}" any more, so it was not read. Correct the column in the sidebar.`,
          ),
        );
      }
    }
  }
  return problems;
}
