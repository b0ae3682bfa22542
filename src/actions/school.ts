/**
 * What every action starts from: the workbook read once, the stored settings, and the school's
 * data as the mapping describes it. Setup runs implicitly when the sheet was never set up.
 */
import type { SchoolData } from '../core/domain';
import type { Mapping } from '../core/mapping/schema';
import type { Problem } from '../core/problems';
import { PROBLEMS_KEY } from '../core/problems-tab';
import { detectMapping, readSchool, validateMapping } from '../core/setup';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { GeneratedTab } from '../sheets/generated-tabs';
import { readSnapshot } from '../sheets/snapshot';
import { loadStored, type Stored } from '../sheets/store';
import { UserError } from '../core/user-error';

export interface School {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly snapshot: WorkbookSnapshot;
  readonly generated: ReadonlyMap<string, GeneratedTab>;
  readonly stored: Stored;
  readonly mapping: Mapping;
  readonly data: SchoolData;
  /** Setup's findings: unusable rows and mapping entries that name missing tabs or headers. */
  readonly problems: readonly Problem[];
}

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new UserError('Open your tracking spreadsheet first, then run Intervention Planner from its Extensions menu.');
  return spreadsheet;
}

/** `stored` uses the saved mapping (detecting one if none was saved); `detect` starts afresh. */
export type MappingChoice = 'stored' | 'detect' | Mapping;

/** `reads`: keys of the generated tabs the action reads back; Problems always, to keep others' findings. */
export function loadSchool(choice: MappingChoice = 'stored', reads: readonly string[] = []): School {
  const spreadsheet = activeSpreadsheet();
  const { snapshot, generated } = readSnapshot(spreadsheet, [PROBLEMS_KEY, ...reads]);
  const stored = loadStored();
  const mapping =
    choice === 'detect' ? detectMapping(snapshot) : choice === 'stored' ? (stored.mapping ?? detectMapping(snapshot)) : choice;
  const { data, problems } = readSchool(snapshot, mapping, stored.settings);
  return { spreadsheet, snapshot, generated, stored, mapping, data, problems: [...validateMapping(snapshot, mapping), ...problems] };
}
