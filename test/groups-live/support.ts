/**
 * Shared by the groups-live tests: a register of referred pupils of any size (built as Sheets
 * would hold it, in the tidy layout), and every cell of the user's own tabs, to compare before and
 * after an action cell by cell.
 */
import { emptyWorkbook, type WorkbookModel } from '../../emulator/model';
import { buildSheet, type Cell } from '../../tools/example/layouts/sheet';
import { BOYS_FORENAMES, GIRLS_FORENAMES, SURNAMES } from '../../tools/example/names';
import { createRandom } from '../../tools/example/random';
import { GENERATED_TAB_METADATA_KEY } from '../../src/core/plan';

export const REGISTER_TAB = 'Pupils';
export const GROUPS_TAB = 'Groups';
export const KEEP_APART_TAB = 'Keep apart';
export const REGISTER_HEADERS = [
  'UPN',
  'Pupil',
  'Year',
  'Gender',
  'SEN',
  'Type',
  'Reason for referral',
  'Desired outcome',
  'Intervention',
  'Group',
  'Staff',
  'Consent',
] as const;

export const PROGRAMMES = [
  { name: 'Managing my anger', reason: 'Attitudes to others', outcome: 'Reductions in challenging behaviour incidents' },
  { name: 'Improving my self-esteem', reason: 'Attitudes to self', outcome: 'Improved self-esteem (attitude questionnaire)' },
  { name: 'Literacy catch-up', reason: 'Low progress in subjects', outcome: 'Improved academic / progress scores' },
  { name: 'Improving my attendance and punctuality', reason: 'Attendance and punctuality', outcome: 'Improved attendance and punctuality' },
] as const;

export interface Referral {
  readonly id: string;
  readonly forename: string;
  readonly surname: string;
  readonly year: number;
  readonly gender: 'F' | 'M';
  readonly sen: '' | 'K' | 'E';
  readonly programme: string;
  /** 1-based register row. */
  readonly row: number;
}

export interface ReferralSchool {
  readonly workbook: WorkbookModel;
  readonly referrals: readonly Referral[];
  /** Keep-apart pairs as pupil ids. */
  readonly apart: readonly (readonly [string, string])[];
}

/**
 * `n` referred pupils over four programmes and Years 7–11, one existing group of five (so the
 * register's word for a group placement is known), and a keep-apart pair per ten pupils, written
 * `Surname, Forename` in one column and `Forename Surname` in the other.
 */
export function referralSchool(
  n: number,
  seed: number,
  {
    programmes = PROGRAMMES,
    years = [7, 11],
  }: { programmes?: readonly { name: string; reason: string; outcome: string }[]; years?: readonly [number, number] } = {},
): ReferralSchool {
  const random = createRandom(seed);
  const taken = new Set<string>();
  const referrals: Referral[] = [];
  const rows: Cell[][] = [[...REGISTER_HEADERS]];
  for (let i = 0; i < 5; i += 1) {
    rows.push([
      `G${String(i).padStart(5, '0')}`,
      `Placed${'ABCDE'[i]} Pupil`,
      9,
      i % 2 ? 'M' : 'F',
      'N',
      'Group',
      'Attitudes to others',
      'Reductions in challenging behaviour incidents',
      'Managing my anger',
      'Existing group',
      'Mr Hughes',
      'Yes',
    ]);
  }
  for (let i = 0; i < n; i += 1) {
    const gender = random.chance(0.5) ? 'F' : 'M';
    const forename = random.pick(gender === 'F' ? GIRLS_FORENAMES : BOYS_FORENAMES);
    let surname = random.pick(SURNAMES);
    // Double-barrelled when the name is taken, so every pupil's name is their own.
    while (taken.has(`${forename} ${surname}`)) surname = `${random.pick(SURNAMES)}-${random.pick(SURNAMES)}`;
    taken.add(`${forename} ${surname}`);
    const programme = random.pick(programmes);
    const referral: Referral = {
      id: `R${String(i).padStart(5, '0')}`,
      forename,
      surname,
      year: random.int(years[0], years[1]),
      gender,
      sen: random.pick(['', '', '', 'K', 'E'] as const),
      programme: programme.name,
      row: rows.length + 1,
    };
    referrals.push(referral);
    rows.push([
      referral.id,
      `${forename} ${surname}`,
      referral.year,
      gender,
      referral.sen || 'N',
      'Referred',
      programme.reason,
      programme.outcome,
      programme.name,
      null,
      null,
      'Yes',
    ]);
  }
  const apart: [string, string][] = [];
  const apartRows: Cell[][] = [['Pupil', 'Keep apart from', 'Why']];
  for (let i = 0; i < Math.floor(n / 10); i += 1) {
    const a = random.pick(referrals);
    const b = random.pick(referrals);
    if (a === b) continue;
    apart.push([a.id, b.id]);
    apartRows.push([`${a.surname}, ${a.forename}`, `${b.forename} ${b.surname}`, 'Falling-out']);
  }
  const workbook = emptyWorkbook('Referrals');
  workbook.sheets.push(
    buildSheet(1, REGISTER_TAB, rows, { headerRow: 1 }),
    buildSheet(
      2,
      GROUPS_TAB,
      [
        ['Group', 'Intervention', 'Focus / outcome', 'Staff', 'Room'],
        ['Existing group', 'Managing my anger', 'Reductions in challenging behaviour incidents', 'Mr Hughes', 'Pastoral Base'],
      ],
      { headerRow: 1 },
    ),
    buildSheet(3, KEEP_APART_TAB, apartRows, { headerRow: 1 }),
  );
  return { workbook, referrals, apart };
}

/** Every non-blank cell of the user's tabs (not the add-in's), `tab!row:column` → value and formula. */
export function userCells(workbook: WorkbookModel): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    if (sheet.developerMetadata.some((m) => m.key === GENERATED_TAB_METADATA_KEY)) continue;
    sheet.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || (cell.value === '' && cell.formula === undefined)) return;
        cells.set(`${sheet.name}!${r + 1}:${c + 1}`, JSON.stringify([cell.value, cell.formula ?? null]));
      }),
    );
  }
  return cells;
}

/** The cells that differ between two readings of `userCells`. */
export function changedCells(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): Map<string, string | null> {
  const changed = new Map<string, string | null>();
  for (const [key, value] of after) if (before.get(key) !== value) changed.set(key, value);
  for (const key of before.keys()) if (!after.has(key)) changed.set(key, null);
  return changed;
}

/** A generated tab's values, as text rows. */
export function tabValues(workbook: WorkbookModel, name: string): string[][] {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.cells.map((row) => (row ?? []).map((cell) => (cell === undefined ? '' : String(cell.value))));
}
