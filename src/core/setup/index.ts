/**
 * Setup: from the workbook as read, the mapping (detected or stored) and the school's data as the
 * actions use it, with every row that could not be used listed as a Problem.
 */
import type { SchoolData } from '../domain';
import { REGISTER_FIELDS, type Mapping, type RegisterField } from '../mapping/schema';
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

export { detectMapping } from './detect';

function tabNamed(snapshot: WorkbookSnapshot, name: string | undefined): TabSnapshot | undefined {
  return name === undefined ? undefined : snapshot.tabs.find((tab) => tab.name === name);
}

export function readSchool(snapshot: WorkbookSnapshot, mapping: Mapping, settings: Settings): { data: SchoolData; problems: Problem[] } {
  const registerTab = tabNamed(snapshot, mapping.register?.tab);
  const register =
    registerTab && mapping.register
      ? readRegister(registerTab, mapping.register, settings)
      : { pupils: [], placements: [], measures: [], problems: [] };
  const groups = readGroups(tabNamed(snapshot, mapping.groups?.tab), mapping.groups, register.placements);
  const keepApartTab = tabNamed(snapshot, mapping.keepApart?.tab);
  const keepApart = keepApartTab && mapping.keepApart ? readKeepApart(keepApartTab, mapping.keepApart) : { pairs: [], problems: [] };
  const lessonTab = tabNamed(snapshot, mapping.lessonTimetable?.tab);
  const staffTab = tabNamed(snapshot, mapping.staffAvailability?.tab);
  const data: SchoolData = {
    pupils: register.pupils,
    placements: register.placements,
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
  };
  return { data, problems: [...overlongHeaders(snapshot, mapping), ...register.problems, ...groups.problems, ...keepApart.problems] };
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

export interface SetupSummary {
  readonly pupils: number;
  readonly groups: number;
  readonly oneToOnes: number;
  readonly referred: number;
  readonly measures: readonly string[];
  /** Measures nobody has said which way is better for: the sidebar asks. */
  readonly undirectedMeasures: readonly string[];
  readonly timetableFound: boolean;
  readonly staffAvailabilityFound: boolean;
  readonly responseTabs: readonly string[];
  readonly problems: number;
  readonly unmappedRegisterFields: readonly RegisterField[];
}

export function summarise(mapping: Mapping, data: SchoolData, problems: readonly Problem[]): SetupSummary {
  const mapped = mapping.register?.fields ?? {};
  const names = mapped.name !== undefined || (mapped.forename !== undefined && mapped.surname !== undefined);
  return {
    pupils: data.pupils.length,
    groups: data.groups.length,
    oneToOnes: data.placements.filter((placement) => placement.type === '1-1').length,
    referred: data.placements.filter((placement) => placement.type === 'referred').length,
    measures: data.measures.map((measure) => measure.label),
    undirectedMeasures: data.measures.filter((measure) => measure.betterWhen === null).map((measure) => measure.label),
    timetableFound: data.lessons !== null,
    staffAvailabilityFound: data.staffAvailability !== null,
    responseTabs: data.responses.map((tab) => tab.tab),
    problems: problems.length,
    // A register names pupils one way or the other: whichever way it uses, the other is not missing.
    unmappedRegisterFields: REGISTER_FIELDS.filter(
      (field) => mapped[field] === undefined && !(names && ['name', 'forename', 'surname'].includes(field)),
    ),
  };
}
