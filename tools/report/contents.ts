/**
 * The report's tabs, grouped as a reader looks for them: the add-in's tabs first (one entry for
 * each kind, so 144 staff timetables are one line), then the school's own tabs. A tab's kind is the
 * first part of the key the add-in marks it with (`staff-timetable:Ms Patel:2026-11-30`).
 */
import type { SheetModel, WorkbookModel } from '../../emulator/model';
import { generatedKey } from '../local/generated-key';

/** Names for the kinds the add-in writes many of; any other kind is named by its first tab. */
const KIND_NAMES: Record<string, string> = {
  'staff-timetable': 'Staff timetables',
  'where-pupils': 'Where pupils are, week by week',
};

export interface ReportTab {
  readonly sheet: SheetModel;
  /** The element id the contents list links to. */
  readonly anchor: string;
}

export interface TabGroup {
  readonly label: string;
  readonly tabs: readonly ReportTab[];
}

export interface ReportContents {
  readonly generated: readonly TabGroup[];
  readonly school: readonly TabGroup[];
}

function kindOf(sheet: SheetModel): string {
  const key = generatedKey(sheet) ?? sheet.name;
  return key.split(':')[0] ?? key;
}

function groupLabel(kind: string, tabs: readonly ReportTab[]): string {
  const [first] = tabs;
  if (tabs.length === 1 && first) return first.sheet.name;
  return `${KIND_NAMES[kind] ?? `${first?.sheet.name ?? kind} and the like`} (${tabs.length} tabs)`;
}

/**
 * `generatedSheets` are the add-in's tabs in the order to show them; every other visible tab is the
 * school's, in workbook order. Hidden tabs are left out, as Sheets leaves them out of its tab bar.
 */
export function reportContents(model: WorkbookModel, generatedSheets: readonly string[]): ReportContents {
  const generated = generatedSheets
    .map((name) => model.sheets.find((s) => s.name === name))
    .filter((s): s is SheetModel => s !== undefined);
  const school = model.sheets.filter((s) => !generatedSheets.includes(s.name) && !s.hidden);
  let next = 0;
  const tab = (sheet: SheetModel): ReportTab => ({ sheet, anchor: `tab-${++next}` });
  const byKind = new Map<string, ReportTab[]>();
  for (const sheet of generated.filter((s) => !s.hidden)) {
    const kind = kindOf(sheet);
    byKind.set(kind, [...(byKind.get(kind) ?? []), tab(sheet)]);
  }
  return {
    generated: [...byKind].map(([kind, tabs]) => ({ label: groupLabel(kind, tabs), tabs })),
    school: school.map((sheet) => {
      const only = tab(sheet);
      return { label: sheet.name, tabs: [only] };
    }),
  };
}
