/**
 * What every action starts from: the workbook read once, the stored settings, and the school's
 * data as the mapping describes it. Setup runs implicitly when the sheet was never set up.
 */
import { INPUT_KINDS, withFoundInputTabs, type FoundInputTab } from '../core/cycle';
import type { SchoolData } from '../core/domain';
import { mappedTabs, type Mapping } from '../core/mapping/schema';
import type { GeneratedTabs } from '../core/ports';
import type { Problem } from '../core/problems';
import { PROBLEMS_KEY } from '../core/problems-tab';
import { INSTRUMENTS_TAB } from '../core/questionnaires';
import { detectMapping, readSchool, validateMapping } from '../core/setup';
import type { SkippedRow } from '../core/setup/layout-rows';
import type { WorkbookSnapshot } from '../core/snapshot';
import { isoDateOf, type IsoDate } from '../core/values';
import type { Stored } from '../core/stored';
import { services } from './services';
import { loadStored, saveMapping } from './store';

export interface School {
  readonly snapshot: WorkbookSnapshot;
  readonly generated: GeneratedTabs;
  /** Keys of the input tabs (passports, targets, reviews) the spreadsheet has. */
  readonly inputs: readonly string[];
  /** The school's own tabs read as input tabs for the first time (setup reads every tab): saving the setup tags them. */
  readonly foundInputs: readonly FoundInputTab[];
  readonly stored: Stored;
  readonly mapping: Mapping;
  readonly data: SchoolData;
  /** Setup's findings: unusable rows and mapping entries that name missing tabs or headers. */
  readonly problems: readonly Problem[];
  /** Layout rows passed over (repeated headers, totals, keys, notes), said so in setup's result. */
  readonly skipped: readonly SkippedRow[];
  /** The school year the register's dates were checked against (2026 for 2026-27), or null. */
  readonly schoolYear: number | null;
  /** The day the action runs, in the script's time zone. */
  readonly today: IsoDate;
}

/**
 * `stored` uses the saved mapping (detecting one if none was saved); `detect` starts afresh;
 * `{ registerTab }` starts afresh with the tab the user chose as the register.
 */
export type MappingChoice = 'stored' | 'detect' | { readonly registerTab: string } | Mapping;

/**
 * `reads`: keys of the generated tabs the action reads back; Problems always, to keep others'
 * findings. With a stored mapping only the tabs it names are read; detection reads every tab.
 */
export function loadSchool(choice: MappingChoice = 'stored', reads: readonly string[] = []): School {
  const stored = loadStored();
  const known = choice === 'stored' ? stored.mapping : choice === 'detect' || 'registerTab' in choice ? null : choice;
  const userTabs = known === null ? 'all' : [...mappedTabs(known), INSTRUMENTS_TAB];
  const read = services().workbook.read({ userTabs, generated: [PROBLEMS_KEY, ...reads], inputs: INPUT_KINDS });
  const { snapshot, found } = withFoundInputTabs(read.snapshot);
  const { generated } = read;
  const inputs = [...read.inputs, ...found.map((tab) => tab.key)];
  const today = isoDateOf(new Date());
  const registerTab = typeof choice === 'object' && 'registerTab' in choice ? choice.registerTab : undefined;
  const mapping = known ?? detectMapping(snapshot, { today, ...(registerTab === undefined ? {} : { registerTab }) });
  const { data, problems, skipped, schoolYear } = readSchool(snapshot, mapping, stored.settings, today);
  return {
    snapshot,
    generated,
    inputs,
    foundInputs: found,
    stored,
    mapping,
    data,
    problems: [...validateMapping(snapshot, mapping), ...problems],
    skipped,
    schoolYear,
    today,
  };
}

/** Remembers what setup understood: the mapping, and the school's own tabs it reads as input tabs. */
export function saveSetup(school: School): void {
  saveMapping(school.mapping);
  if (school.foundInputs.length > 0) services().workbook.tagInputTabs(school.foundInputs);
}
