/**
 * What every action starts from: the workbook read once, the stored settings, and the school's
 * data as the mapping describes it. Setup runs implicitly when the sheet was never set up.
 */
import type { SchoolData } from '../core/domain';
import { mappedTabs, type Mapping } from '../core/mapping/schema';
import type { GeneratedTabs } from '../core/ports';
import type { Problem } from '../core/problems';
import { PROBLEMS_KEY } from '../core/problems-tab';
import { INSTRUMENTS_TAB } from '../core/questionnaires';
import { detectMapping, readSchool, validateMapping } from '../core/setup';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { Stored } from '../core/stored';
import { services } from './services';
import { loadStored } from './store';

export interface School {
  readonly snapshot: WorkbookSnapshot;
  readonly generated: GeneratedTabs;
  readonly stored: Stored;
  readonly mapping: Mapping;
  readonly data: SchoolData;
  /** Setup's findings: unusable rows and mapping entries that name missing tabs or headers. */
  readonly problems: readonly Problem[];
}

/** `stored` uses the saved mapping (detecting one if none was saved); `detect` starts afresh. */
export type MappingChoice = 'stored' | 'detect' | Mapping;

/**
 * `reads`: keys of the generated tabs the action reads back; Problems always, to keep others'
 * findings. With a stored mapping only the tabs it names are read; detection reads every tab.
 */
export function loadSchool(choice: MappingChoice = 'stored', reads: readonly string[] = []): School {
  const stored = loadStored();
  const known = choice === 'stored' ? stored.mapping : choice === 'detect' ? null : choice;
  const userTabs = known === null ? 'all' : [...mappedTabs(known), INSTRUMENTS_TAB];
  const { snapshot, generated } = services().workbook.read({ userTabs, generated: [PROBLEMS_KEY, ...reads] });
  const mapping = known ?? detectMapping(snapshot);
  const { data, problems } = readSchool(snapshot, mapping, stored.settings);
  return { snapshot, generated, stored, mapping, data, problems: [...validateMapping(snapshot, mapping), ...problems] };
}
