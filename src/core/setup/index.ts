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
import { columnOf } from './columns';
import { readGroups } from './read-groups';
import { readKeepApart, readLessonTimetable, readStaffAvailability } from './read-grids';
import { readRegister } from './read-register';

export { detectMapping } from './detect';

function tabNamed(snapshot: WorkbookSnapshot, name: string | undefined): TabSnapshot | undefined {
  return name === undefined ? undefined : snapshot.tabs.find((tab) => tab.name === name);
}

export function readSchool(snapshot: WorkbookSnapshot, mapping: Mapping, settings: Settings): { data: SchoolData; problems: Problem[] } {
  const registerTab = tabNamed(snapshot, mapping.register?.tab);
  const register = registerTab && mapping.register ? readRegister(registerTab, mapping.register, settings) : { pupils: [], placements: [], measures: [], problems: [] };
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
      return [{ tab: tab.name, headerRow: part.headerRow, headers: (tab.values[part.headerRow - 1] ?? []).map(cellText), rows: tab.values.slice(part.headerRow) }];
    }),
  };
  return { data, problems: [...register.problems, ...groups.problems, ...keepApart.problems] };
}

/** A stored or hand-edited mapping may name tabs or headers that are no longer there. */
export function validateMapping(snapshot: WorkbookSnapshot, mapping: Mapping): Problem[] {
  const problems: Problem[] = [];
  const parts = [
    ['register', mapping.register, mapping.register ? [...Object.values(mapping.register.fields), ...mapping.register.measures.flatMap((m) => [m.start, m.end])] : []],
    ['groups tab', mapping.groups, Object.values(mapping.groups?.fields ?? {})],
    ['keep-apart tab', mapping.keepApart, Object.values(mapping.keepApart?.fields ?? {})],
    ['lesson timetable', mapping.lessonTimetable, mapping.lessonTimetable ? [mapping.lessonTimetable.keyColumn, ...mapping.lessonTimetable.slots.map((s) => s.header)] : []],
    ['staff availability', mapping.staffAvailability, mapping.staffAvailability ? [mapping.staffAvailability.keyColumn, ...mapping.staffAvailability.slots.map((s) => s.header)] : []],
    ...mapping.responses.map((part) => ['questionnaire responses', part, []] as const),
  ] as const;
  for (const [what, part, headers] of parts) {
    if (!part) continue;
    const tab = tabNamed(snapshot, part.tab);
    if (!tab) {
      problems.push(problem('setup', part.tab, part.headerRow, '', `This tab was set up as the ${what} but is no longer in the spreadsheet. Run Set up this sheet again, or choose the tab in the sidebar.`));
      continue;
    }
    const row = (tab.values[part.headerRow - 1] ?? []).map(cellText);
    for (const header of headers) {
      if (header !== undefined && columnOf(row, header) < 0) {
        problems.push(problem('setup', part.tab, part.headerRow, header, `No column on row ${part.headerRow} is headed "${header}" any more, so it was not read. Correct the column in the sidebar.`));
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
    timetableFound: data.lessons !== null,
    staffAvailabilityFound: data.staffAvailability !== null,
    responseTabs: data.responses.map((tab) => tab.tab),
    problems: problems.length,
    // A register names pupils one way or the other: whichever way it uses, the other is not missing.
    unmappedRegisterFields: REGISTER_FIELDS.filter((field) => mapped[field] === undefined && !(names && ['name', 'forename', 'surname'].includes(field))),
  };
}
