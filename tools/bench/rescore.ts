/**
 * Re-scoring at volume: 100 and 10,000 form responses across three instruments (the two built in
 * and a school's own from an `Instruments` tab) must cost the same service calls; the time is the
 * whole action in the emulator, scoring included.
 */
import { emptySheet, type CellModel, type SheetModel, type WorkbookModel } from '../../emulator/model';
import { tidyWorkbook } from '../example/layouts/tidy';
import { generateSchool } from '../example/school';
import { openSession, runActions, type ActionStat } from '../local/session';

const OWN_ITEMS = [
  'I enjoy coming to school',
  'I get on with my classmates',
  'I finish my homework',
  'I feel safe at school',
  'I ask for help when I need it',
];
const OWN_SCALE = 'Never=1; Sometimes=2; Often=3; Always=4';

function cells(rows: readonly (readonly (string | number | Date)[])[]): (CellModel | undefined)[][] {
  return rows.map((row) => row.map((value) => ({ value })));
}

function sheet(id: number, name: string, rows: readonly (readonly (string | number | Date)[])[]): SheetModel {
  const made = { ...emptySheet(id, name), cells: cells(rows) };
  made.maxRows = Math.max(1000, rows.length);
  return made;
}

/** Repeats each response tab's rows (header kept) until the three tabs hold `total` responses between them. */
function withResponses(workbook: WorkbookModel, total: number): WorkbookModel {
  const pupils =
    workbook.sheets[0]?.cells
      .slice(1)
      .map((row) => String(row[1]?.value ?? ''))
      .filter(Boolean) ?? [];
  const nextId = Math.max(...workbook.sheets.map((s) => s.id)) + 1;
  const own = sheet(nextId, 'Form Responses 9', [
    ['Timestamp', 'Your name', 'Start or end?', ...OWN_ITEMS.map((item) => `How often? [${item}]`)],
    ...pupils.map((name, i) => [
      new Date(2026, 10, 30, 9, i % 60),
      name,
      i % 2 ? 'End' : 'Start',
      ...OWN_ITEMS.map((_, k) => ['Never', 'Sometimes', 'Often', 'Always'][(i + k) % 4]!),
    ]),
  ]);
  const instruments = sheet(nextId + 1, 'Instruments', [
    ['Instrument', 'Item', 'Subscale', 'Reverse', 'Scale'],
    ...OWN_ITEMS.map((item) => ['School belonging', item, '', 'No', OWN_SCALE]),
  ]);
  const tabs = [...workbook.sheets.filter((s) => s.name.startsWith('Form Responses')), own];
  const share = Math.ceil(total / tabs.length);
  for (const tab of tabs) {
    const [header, ...body] = tab.cells;
    const rows = Array.from({ length: share }, (_, i) => body[i % body.length] ?? []);
    tab.cells = [header ?? [], ...rows];
    tab.maxRows = Math.max(1000, tab.cells.length);
  }
  workbook.sheets.push(own, instruments);
  return workbook;
}

export function rescoreAt(total: number): ActionStat {
  const workbook = withResponses(tidyWorkbook(generateSchool({ pupils: 2000, seed: 2026 })), total);
  const session = openSession(workbook, { now: () => new Date(2026, 10, 23, 9) });
  const [, score] = runActions(session, 'setup').concat(runActions(session, 'score'));
  if (!score) throw new Error('score did not run');
  return score;
}
