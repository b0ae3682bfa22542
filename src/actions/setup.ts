/**
 * Set up: understand the school's own tracking sheet, remember what was understood, and list on
 * `Problems` every row that could not be used. Writes only the Problems tab and document
 * properties; the school's tabs are never changed.
 */
import * as v from 'valibot';
import {
  FIELD_LABELS,
  GROUP_FIELDS,
  KEEP_APART_FIELDS,
  mappedParts,
  mappingSchema,
  REGISTER_FIELDS,
  type Mapping,
} from '../core/mapping/schema';
import { summarise, type SetupSummary } from '../core/setup';
import type { SkippedRow } from '../core/setup/layout-rows';
import { userTabs } from '../core/snapshot';
import type { MappingCorrection, MappingField, SetupView, TabHeaders } from '../shared/api';
import { NO_REGISTER, withProblems } from './run-action';
import { loadSchool, saveSetup, type MappingChoice, type School } from './school';
import { UserError } from '../core/user-error';
import { services } from './services';
import { plural } from '../core/text';

export function runSetup(choice: MappingChoice): SetupView {
  const { workbook, lock } = services();
  return lock.withDocumentLock(() => {
    const school = loadSchool(choice);
    if (typeof choice === 'object' && 'registerTab' in choice && school.mapping.register?.tab !== choice.registerTab)
      throw new UserError(
        `“${choice.registerTab}” does not look like an intervention register (a header row naming the pupils and at least three other columns), so nothing was changed.`,
      );
    if (!school.mapping.register) throw new UserError(NO_REGISTER);
    saveSetup(school);
    workbook.apply(withProblems(school, { tabs: [], replaces: [] }, school.problems, ['setup']), school.generated);
    return setupView(school);
  });
}

/** Sets up again with the tab the user chose as the register (when two tabs could be it). */
export function chooseRegister(tab: string): SetupView {
  return runSetup({ registerTab: tab });
}

export function correctMapping(correction: MappingCorrection): SetupView {
  const school = loadSchool('stored');
  const corrected = withCorrection(school.mapping, correction, headersOf(school));
  return runSetup(v.parse(mappingSchema, corrected));
}

function withCorrection(mapping: Mapping, correction: MappingCorrection, tabs: readonly TabHeaders[]): Mapping {
  const section = mapping[correction.section];
  if (!section) throw new UserError('That part of the sheet has not been found yet: choose its tab first, then its columns.');
  const known: readonly string[] =
    correction.section === 'register' ? REGISTER_FIELDS : correction.section === 'groups' ? GROUP_FIELDS : KEEP_APART_FIELDS;
  if (!known.includes(correction.field))
    throw new UserError('That field is not one Intervention Planner knows. Reload the sidebar and try again.');
  const headers = tabs.find((tab) => tab.tab === section.tab)?.headers ?? [];
  if (correction.header !== null && !headers.includes(correction.header)) {
    throw new UserError(
      `The tab "${section.tab}" has no column headed "${correction.header}". Reload the sidebar to see its current headers.`,
    );
  }
  const fields: Record<string, string> = { ...section.fields };
  if (correction.header === null) delete fields[correction.field];
  else fields[correction.field] = correction.header;
  return { ...mapping, [correction.section]: { ...section, fields } };
}

export function setupView(school: School): SetupView {
  const { mapping } = school;
  const fields: MappingField[] = [
    ...REGISTER_FIELDS.map((field) => entry('register', field, mapping.register?.fields[field])),
    ...GROUP_FIELDS.map((field) => entry('groups', field, mapping.groups?.fields[field])),
    ...KEEP_APART_FIELDS.map((field) => entry('keepApart', field, mapping.keepApart?.fields[field])),
  ];
  const summary = summarise(mapping, school.data, school);
  const found = school.foundInputs.map((tab) => `“${tab.name}”`);
  const details = [
    ...detailsOf(summary),
    ...(found.length === 0
      ? []
      : [
          `${found.join(', ')} ${found.length === 1 ? 'is' : 'are'} kept in the columns Intervention Planner uses for passports, targets and reviews, so ${found.length === 1 ? 'it is' : 'they are'} read as they are and none is made beside ${found.length === 1 ? 'it' : 'them'}.`,
        ]),
  ];
  return { headline: headlineOf(summary), details, mapping, fields, tabs: headersOf(school), summary };
}

/** Rows named one by one in the result; the rest are counted. */
const MAX_ROWS_NAMED = 10;

const LAYOUT_WORDS: Record<SkippedRow['kind'], string> = {
  'repeated header': 'the header row repeated',
  total: 'a total or count',
  label: 'a label or key',
  note: 'a note',
};

/** What setup chose and what it did not find, in sentences, so nothing is missed silently. */
function detailsOf(summary: SetupSummary): string[] {
  const details: string[] = [];
  if (summary.registerTab !== null) {
    const others = summary.otherRegisterTabs.map((tab) => `“${tab}”`).join(', ');
    details.push(
      summary.otherRegisterTabs.length === 0
        ? `The register is “${summary.registerTab}”.`
        : `The register is “${summary.registerTab}”, chosen by this school year’s dates; ${others} could also be the register: choose another tab in the sidebar to use it instead.`,
    );
  }
  const byTab = new Map<string, string[]>();
  for (const field of summary.notFound) byTab.set(field.tab, [...(byTab.get(field.tab) ?? []), field.label]);
  for (const [tab, labels] of byTab)
    details.push(`Not found on “${tab}”: ${labels.join(', ')}. Choose their columns in the sidebar if the tab has them.`);
  if (summary.groupsTab === null) details.push('No groups tab was found: each group is described by its members’ rows in the register.');
  if (summary.skippedRows.length > 0) {
    const named = summary.skippedRows
      .slice(0, MAX_ROWS_NAMED)
      .map((row) => `“${row.tab}” row ${row.row} (${LAYOUT_WORDS[row.kind]})`)
      .join(', ');
    const more = summary.skippedRows.length - MAX_ROWS_NAMED;
    details.push(`Not read as pupils, being part of the layout: ${named}${more > 0 ? ` and ${plural(more, 'more row')}` : ''}.`);
  }
  if (summary.schoolYear !== null)
    details.push(`Dates were checked against the school year ${summary.schoolYear} and the years either side of it.`);
  return details;
}

function headlineOf(summary: SetupSummary): string {
  const found = `Found ${plural(summary.pupils, 'pupil', 'pupils')}, ${plural(summary.groups, 'group', 'groups')} and ${plural(summary.oneToOnes, '1-1', '1-1s')}.`;
  return summary.problems === 0 ? found : `${found} ${plural(summary.problems, 'row needs', 'rows need')} a look: see the Problems tab.`;
}

function entry(section: MappingField['section'], field: MappingField['field'], header: string | undefined): MappingField {
  return { section, field, label: FIELD_LABELS[field], header: header ?? null };
}

/** Each user tab's header row: the mapped one where the tab is mapped, else its first row. */
function headersOf(school: School): TabHeaders[] {
  const headerRows = new Map(mappedParts(school.mapping).map((part) => [part.tab, part.headerRow] as const));
  return userTabs(school.snapshot).map((tab) => {
    const headerRow = headerRows.get(tab.name) ?? 1;
    const row = tab.values[headerRow - 1] ?? [];
    return { tab: tab.name, headerRow, headers: row.map((cell) => String(cell).trim()).filter((text) => text !== '') };
  });
}
