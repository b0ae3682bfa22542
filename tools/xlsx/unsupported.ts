/**
 * What a workbook holds that neither the emulator nor exceljs can carry (charts, pivot tables,
 * shapes, macros, …), found in the package itself, so the runner can name it instead of dropping
 * it silently.
 */
import { elements, partText, relationshipsOf, type Package } from './package';

/** One thing that will not be in the output: on a tab, or (sheet null) in the workbook as a whole. */
export interface NotKept {
  readonly sheet: string | null;
  readonly what: string;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Relationship kinds a worksheet can have that nothing here reads, and how to name them. */
const SHEET_PARTS: Record<string, (n: number) => string> = {
  pivotTable: (n) => plural(n, 'pivot table'),
  slicer: () => 'slicers',
  timeline: () => 'timelines',
  threadedComment: () => 'threaded comment replies (each thread is kept as a note)',
  ctrlProp: (n) => plural(n, 'form control'),
  control: (n) => plural(n, 'control'),
  oleObject: (n) => plural(n, 'embedded object'),
  package: (n) => plural(n, 'embedded document'),
  queryTable: () => 'a data connection',
};

const WORKBOOK_PARTS: Record<string, (n: number) => string> = {
  vbaProject: () => "the workbook's macros",
  externalLink: (n) => `${plural(n, 'link')} to other workbooks`,
  connections: () => 'data connections',
};

/** Kinds of `<sheet>` exceljs skips, by the relationship that points at them. */
const OTHER_SHEETS: Record<string, string> = {
  chartsheet: 'the chart sheet',
  dialogsheet: 'the dialog sheet',
  xlMacrosheet: 'the macro sheet',
  xlIntlMacrosheet: 'the macro sheet',
};

async function drawingFindings(pkg: Package, drawing: string): Promise<string[]> {
  const charts = relationshipsOf(pkg, drawing).filter((r) => r.kind === 'chart' || r.kind === 'chartEx').length;
  const xml = await partText(pkg, drawing);
  const shapes = (xml.match(/<xdr:(sp|grpSp|cxnSp)\b/g) ?? []).length;
  return [charts > 0 ? plural(charts, 'chart') : '', shapes > 0 ? plural(shapes, 'shape or text box', 'shapes or text boxes') : ''];
}

async function worksheetFindings(pkg: Package, part: string): Promise<string[]> {
  const found: string[] = [];
  const byKind = new Map<string, number>();
  for (const r of relationshipsOf(pkg, part)) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  for (const r of relationshipsOf(pkg, part)) if (r.kind === 'drawing' && r.part) found.push(...(await drawingFindings(pkg, r.part)));
  for (const [kind, n] of byKind) {
    const describe = SHEET_PARTS[kind];
    if (describe) found.push(describe(n));
  }
  const xml = await partText(pkg, part);
  if (/<x14:sparklineGroup\b/.test(xml)) found.push('sparklines');
  const extended = (xml.match(/<x14:dataValidation\b/g) ?? []).length;
  // Excel keeps list validations that point at another tab in this newer form, which exceljs skips.
  if (extended > 0) found.push(plural(extended, 'data validation') + ' in Excel 2010 form');
  return found.filter(Boolean);
}

/** The names defined in workbook.xml. */
async function definedNamesIn(pkg: Package): Promise<string[]> {
  if (!pkg.workbook) return [];
  return elements(await partText(pkg, pkg.workbook), 'definedName').map((attributes) => attributes.name ?? '');
}

/** Names exceljs handles itself: print areas and titles (kept with the tab), and a filter's own range. */
const BUILT_IN_NAMES = new Set(['_xlnm.Print_Area', '_xlnm.Print_Titles', '_xlnm._FilterDatabase']);

/**
 * Everything in the package that will not be in the output. `keptNames` are the defined names
 * exceljs read (the others, such as names holding a formula or a constant, are not kept).
 */
export async function notKeptIn(pkg: Package, keptNames: ReadonlySet<string>): Promise<NotKept[]> {
  if (!pkg.workbook) return [];
  const found: NotKept[] = [];
  const sheetRelations = new Map(relationshipsOf(pkg, pkg.workbook).map((r) => [r.id, r]));
  for (const sheet of elements(await partText(pkg, pkg.workbook), 'sheet')) {
    const id = Object.entries(sheet).find(([key]) => /(^|:)id$/.test(key))?.[1] ?? '';
    const relation = sheetRelations.get(id);
    const name = sheet.name ?? '';
    if (!relation?.part) continue;
    const other = OTHER_SHEETS[relation.kind];
    if (other) found.push({ sheet: null, what: `${other} ${name}` });
    else if (relation.kind === 'worksheet')
      for (const what of await worksheetFindings(pkg, relation.part)) found.push({ sheet: name, what });
  }
  const byKind = new Map<string, number>();
  for (const r of relationshipsOf(pkg, pkg.workbook)) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  for (const [kind, n] of byKind) {
    const describe = WORKBOOK_PARTS[kind];
    if (describe) found.push({ sheet: null, what: describe(n) });
  }
  for (const name of await definedNamesIn(pkg)) {
    // What a name refers to is not printed: a constant could hold a pupil's details.
    if (!BUILT_IN_NAMES.has(name) && !keptNames.has(name))
      found.push({ sheet: null, what: `the defined name ${name} (not a plain range)` });
  }
  return found;
}

/** The not-kept list as phrases grouped by tab: `Data: 1 chart`, `the workbook's macros`. */
export function describeNotKept(items: readonly NotKept[]): string[] {
  const bySheet = new Map<string, string[]>();
  const workbook: string[] = [];
  for (const item of items) {
    if (item.sheet === null) workbook.push(item.what);
    else bySheet.set(item.sheet, [...(bySheet.get(item.sheet) ?? []), item.what]);
  }
  return [...[...bySheet].map(([sheet, what]) => `${sheet}: ${what.join(', ')}`), ...workbook];
}
