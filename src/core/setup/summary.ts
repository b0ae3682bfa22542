/**
 * What setup found, for its result and the sidebar: the counts, the register tab it chose (and the
 * other tabs that could have been it), every field the add-in can use that no column was found
 * for, and the rows it passed over as layout. Nothing is missed silently.
 */
import type { SchoolData } from '../domain';
import {
  FIELD_LABELS,
  GROUP_FIELDS,
  KEEP_APART_FIELDS,
  REGISTER_FIELDS,
  type GroupField,
  type KeepApartField,
  type Mapping,
  type RegisterField,
} from '../mapping/schema';
import type { Problem } from '../problems';
import type { SkippedRow } from './layout-rows';
import { schoolYearLabel } from '../impact/half-terms';

/** A field the add-in can use whose column setup did not find on a tab it did find. */
export interface NotFoundField {
  readonly section: 'register' | 'groups' | 'keepApart';
  readonly field: RegisterField | GroupField | KeepApartField;
  readonly label: string;
  /** The tab the column would be on. */
  readonly tab: string;
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
  /** The tab term dates were read from; null when they come from Settings or are assumed. */
  readonly termDatesTab: string | null;
  readonly responseTabs: readonly string[];
  readonly problems: number;
  /** The tab read as the register, and other tabs that could be it (the user may switch). */
  readonly registerTab: string | null;
  readonly otherRegisterTabs: readonly string[];
  readonly groupsTab: string | null;
  readonly notFound: readonly NotFoundField[];
  readonly skippedRows: readonly SkippedRow[];
  /** `2026-27`: the school year the register's dates were checked against, or null without dates. */
  readonly schoolYear: string | null;
}

/** Pupils are named by one column or by two: whichever way a register uses, the other is not missing. */
const NAME_FIELDS: readonly string[] = ['name', 'forename', 'surname'];

export function summarise(
  mapping: Mapping,
  data: SchoolData,
  read: { readonly problems: readonly Problem[]; readonly skipped: readonly SkippedRow[]; readonly schoolYear: number | null },
): SetupSummary {
  return {
    pupils: data.pupils.length,
    groups: data.groups.length,
    oneToOnes: data.placements.filter((placement) => placement.type === '1-1').length,
    referred: data.placements.filter((placement) => placement.type === 'referred').length,
    measures: data.measures.map((measure) => measure.label),
    undirectedMeasures: data.measures.filter((measure) => measure.betterWhen === null).map((measure) => measure.label),
    timetableFound: data.lessons !== null,
    staffAvailabilityFound: data.staffAvailability !== null,
    termDatesTab: data.termDates?.tab ?? null,
    responseTabs: data.responses.map((tab) => tab.tab),
    problems: read.problems.length,
    registerTab: mapping.register?.tab ?? null,
    otherRegisterTabs: mapping.register?.alternatives ?? [],
    groupsTab: mapping.groups?.tab ?? null,
    notFound: notFound(mapping),
    skippedRows: read.skipped,
    schoolYear: read.schoolYear === null ? null : schoolYearLabel(read.schoolYear),
  };
}

function notFound(mapping: Mapping): NotFoundField[] {
  const missing: NotFoundField[] = [];
  const register = mapping.register;
  if (register) {
    const f = register.fields;
    const named = f.name !== undefined || (f.forename !== undefined && f.surname !== undefined);
    for (const field of REGISTER_FIELDS)
      if (f[field] === undefined && !(named && NAME_FIELDS.includes(field)))
        missing.push({ section: 'register', field, label: FIELD_LABELS[field], tab: register.tab });
  }
  const groups = mapping.groups;
  if (groups)
    for (const field of GROUP_FIELDS)
      if (groups.fields[field] === undefined) missing.push({ section: 'groups', field, label: FIELD_LABELS[field], tab: groups.tab });
  const keepApart = mapping.keepApart;
  if (keepApart)
    for (const field of KEEP_APART_FIELDS)
      if (keepApart.fields[field] === undefined)
        missing.push({ section: 'keepApart', field, label: FIELD_LABELS[field], tab: keepApart.tab });
  return missing;
}
