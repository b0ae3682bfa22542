/**
 * What an example workbook holds, read from its cells as a person would, never through the
 * add-in: the register's rows, and the problems planted in it, found by the group rules'
 * documented defaults (groups of 5 to 10, neither gender under a third of a mixed group, at most
 * half with SEN and two with an EHCP, one referral reason per group, consent recorded) and by
 * the form responses' names and answers. On the generator's own workbooks these facts equal the
 * generator's record of what it planted (example-facts.test.ts).
 */
import type { ModelValue, SheetModel, WorkbookModel } from '../../emulator/model';
import { byGroupRuleAndPupils, type PlantedFinding, type PlantedRecord, type PlantedResponses } from '../../tools/example/planted';
import type { RegisterField, WorkbookLayout } from './examples';

const MIN_SIZE = 5;
const MAX_SIZE = 10;
const MAX_EHCP = 2;

export interface RegisterRow {
  /** 1-based row on the tab. */
  readonly row: number;
  readonly name: string;
  readonly pupilId: string;
  readonly type: 'group' | '1-1' | 'referred' | '';
  readonly group: string;
  readonly programme: string;
  readonly reason: string;
  readonly staff: string;
  readonly consent: boolean;
  readonly sen: 'none' | 'support' | 'ehcp';
  readonly gender: 'F' | 'M' | null;
  /** The cell under a header, '' when blank or when the header is not there. */
  readonly cell: (header: string) => ModelValue;
}

export function sheetOf(workbook: WorkbookModel, name: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`The workbook has no tab ${name}`);
  return sheet;
}

/** Every row at its full width, '' for blanks (rows and cells may be holes, which map would skip). */
export function grid(sheet: SheetModel): ModelValue[][] {
  return Array.from(sheet.cells, (row) => Array.from(row ?? [], (cell) => cell?.value ?? ''));
}

export const text = (value: ModelValue | undefined): string => String(value ?? '').trim();
export const tidyName = (name: string): string => name.replace(/\s+/g, ' ').trim();
/** How names are compared: case, spacing and curly apostrophes aside. */
export const nameKey = (name: string): string =>
  tidyName(name)
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();

/** `Surname, Forename` (as keep-apart lists often write it) or `Forename Surname`, as the register shows it. */
export function asDisplayed(written: string): string {
  const [surname, forename] = written.split(',').map((part) => part.trim());
  return tidyName(forename === undefined ? written : `${forename} ${surname}`);
}

function typeOf(value: string): RegisterRow['type'] {
  const lower = value.toLowerCase();
  return lower === 'group' || lower === '1-1' || lower === 'referred' ? lower : '';
}

function senOf(value: string): RegisterRow['sen'] {
  if (value === '' || /^(n|no|none)$/i.test(value)) return 'none';
  return /^(e|ehcp)$/i.test(value) ? 'ehcp' : 'support';
}

/** The register's pupil rows: a row with an ID and a name (title, blank, total and average rows have none). */
export function readRegister(workbook: WorkbookModel, layout: WorkbookLayout): RegisterRow[] {
  const cells = grid(sheetOf(workbook, layout.register));
  const headers = (cells[layout.headerRow - 1] ?? []).map(text);
  const at = (row: ModelValue[], header: string | undefined): ModelValue => {
    const index = header === undefined ? -1 : headers.indexOf(header);
    return index < 0 ? '' : (row[index] ?? '');
  };
  const field = (row: ModelValue[], name: RegisterField): string => text(at(row, layout.columns[name]));
  return cells.flatMap((row, index): RegisterRow[] => {
    if (index < layout.headerRow) return [];
    const name = tidyName(layout.columns.name ? field(row, 'name') : `${field(row, 'forename')} ${field(row, 'surname')}`);
    const pupilId = field(row, 'pupilId');
    if (name === '' || pupilId === '') return [];
    const gender = field(row, 'gender').charAt(0).toUpperCase();
    return [
      {
        row: index + 1,
        name,
        pupilId,
        type: typeOf(field(row, 'type')),
        group: field(row, 'group'),
        programme: field(row, 'programme'),
        reason: field(row, 'reason'),
        staff: field(row, 'staff'),
        consent: /^(y|yes)$/i.test(field(row, 'consent')),
        sen: senOf(field(row, 'sen')),
        gender: gender === 'F' || gender === 'M' ? gender : null,
        cell: (header) => at(row, header),
      },
    ];
  });
}

/** Group name → its members' register rows, in register order. */
export function groupMembers(register: readonly RegisterRow[]): Map<string, RegisterRow[]> {
  const groups = new Map<string, RegisterRow[]>();
  for (const row of register.filter((r) => r.type === 'group' && r.group !== ''))
    groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  return groups;
}

function keepApartPairs(workbook: WorkbookModel, layout: WorkbookLayout): [string, string][] {
  return grid(sheetOf(workbook, layout.keepApart))
    .slice(1)
    .map((row): [string, string] => [asDisplayed(text(row[0])), asDisplayed(text(row[1]))])
    .filter(([a, b]) => a !== '' && b !== '');
}

/** The one member whose reason differs from a reason every other member shares, if there is one. */
function oddReason(members: readonly RegisterRow[]): RegisterRow | undefined {
  for (const candidate of members) {
    const others = members.filter((m) => m !== candidate);
    const shared = others[0]?.reason;
    if (others.length >= 2 && others.every((m) => m.reason === shared) && candidate.reason !== shared) return candidate;
  }
  return undefined;
}

function groupFindings(workbook: WorkbookModel, layout: WorkbookLayout, register: readonly RegisterRow[]): PlantedFinding[] {
  const pairs = keepApartPairs(workbook, layout);
  const findings: PlantedFinding[] = [];
  const add = (group: string, rule: PlantedFinding['rule'], pupils: readonly RegisterRow[] | readonly string[]): void => {
    findings.push({ group, rule, pupils: pupils.map((p) => (typeof p === 'string' ? p : p.name)).sort() });
  };
  for (const [group, members] of groupMembers(register)) {
    const names = members.map((m) => m.name);
    if (members.length > MAX_SIZE) add(group, 'size-above-max', members);
    if (members.length < MIN_SIZE) add(group, 'size-below-min', members);
    for (const pair of pairs) if (pair.every((name) => names.includes(name))) add(group, 'keep-apart', pair);
    const girls = members.filter((m) => m.gender === 'F');
    const boys = members.filter((m) => m.gender === 'M');
    const fewer = girls.length <= boys.length ? girls : boys;
    if (girls.length + boys.length >= 2 && fewer.length * 3 < girls.length + boys.length)
      add(group, 'gender-balance', fewer.length === 0 ? members : fewer);
    const sen = members.filter((m) => m.sen !== 'none');
    if (sen.length * 2 > members.length || members.filter((m) => m.sen === 'ehcp').length > MAX_EHCP) add(group, 'send-load', sen);
    const odd = oddReason(members);
    if (odd) add(group, 'need-mismatch', [odd]);
    for (const member of members.filter((m) => !m.consent)) add(group, 'no-consent', [member]);
  }
  return [...findings, ...targetFindings(workbook, layout, register)].sort(byGroupRuleAndPupils);
}

/** `yyyy-mm-dd` of a date cell or of a date typed `dd/mm/yyyy`; '' otherwise. */
function isoDay(value: ModelValue): string {
  if (value instanceof Date)
    return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  const typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text(value));
  return typed ? `${typed[3]}-${typed[2]?.padStart(2, '0')}-${typed[1]?.padStart(2, '0')}` : '';
}

/**
 * Once a Targets tab has a target written (in the add-in's columns), every placed pupil needs one,
 * each measurable (a baseline, a target value and a date): a finding for each placement that lacks
 * them, for as long as the placement runs (`until`, its end date from the register).
 */
function targetFindings(workbook: WorkbookModel, layout: WorkbookLayout, register: readonly RegisterRow[]): PlantedFinding[] {
  const tab = workbook.sheets.find((sheet) => sheet.name === 'Targets');
  if (!tab) return [];
  const [headers = [], ...rows] = grid(tab);
  const at = (row: ModelValue[], header: string): string => text(row[headers.map(text).indexOf(header)]);
  const written = rows.filter((row) => at(row, 'Target') !== '');
  if (written.length === 0) return [];
  const placed = register.filter((r) => (r.type === 'group' && r.group !== '') || r.type === '1-1');
  const isFor = (row: ModelValue[], r: RegisterRow): boolean =>
    (at(row, 'Pupil ID') === r.pupilId || nameKey(at(row, 'Pupil')) === nameKey(r.name)) && at(row, 'Programme') === r.programme;
  return placed.flatMap((r): PlantedFinding[] => {
    const group = r.type === '1-1' ? `1-1: ${r.name}` : r.group;
    const until = isoDay(r.cell(layout.columns.end));
    const theirs = written.filter((row) => isFor(row, r));
    if (theirs.length === 0) return [{ group, rule: 'no-target', pupils: [r.name], until }];
    return theirs
      .filter((row) => at(row, 'Baseline') === '' || at(row, 'Target value') === '' || at(row, 'By') === '')
      .map(() => ({ group, rule: 'target-not-smart', pupils: [r.name], until }));
  });
}

function singlePupilProgrammes(register: readonly RegisterRow[]): string[] {
  const pupils = new Map<string, Set<string>>();
  for (const row of register.filter((r) => r.type === 'group' || r.type === '1-1'))
    pupils.set(row.programme, (pupils.get(row.programme) ?? new Set()).add(row.pupilId));
  return [...pupils]
    .filter(([, ids]) => ids.size === 1)
    .map(([programme]) => programme)
    .sort();
}

export interface ResponseRow {
  readonly tab: string;
  /** 1-based row on the tab. */
  readonly row: number;
  readonly submitted: ModelValue;
  readonly typed: string;
  readonly phase: 'pre' | 'post';
  readonly answers: readonly ModelValue[];
}

/** Each response: Google Forms writes the timestamp, then the name and the start/end question, then the items. */
export function readResponses(workbook: WorkbookModel, layout: WorkbookLayout): ResponseRow[] {
  return layout.responses.flatMap((tab) => {
    const [headers = [], ...rows] = grid(sheetOf(workbook, tab));
    return rows
      .map((cells, index) => ({
        tab,
        row: index + 2,
        submitted: cells[0] ?? '',
        typed: String(cells[1] ?? ''),
        phase: /start|before/i.test(text(cells[2])) ? ('pre' as const) : ('post' as const),
        // As wide as the headers: a blank last answer is a hole at the row's end.
        answers: headers.slice(3).map((_, i) => cells[3 + i] ?? ''),
      }))
      .filter((response) => response.typed.trim() !== '');
  });
}

/** Whether `typed` is `name` with one letter left out. */
function oneLetterShort(typed: string, name: string): boolean {
  if (name.length !== typed.length + 1) return false;
  return [...name].some((_, i) => name.slice(0, i) + name.slice(i + 1) === typed);
}

const time = (value: ModelValue): number => (value instanceof Date ? value.getTime() : 0);

function plantedResponses(workbook: WorkbookModel, layout: WorkbookLayout, register: readonly RegisterRow[]): PlantedResponses {
  const byKey = new Map(register.map((r) => [nameKey(r.name), r.name]));
  const responses = readResponses(workbook, layout);
  const misspelt: { typed: string; pupil: string }[] = [];
  const unknown: string[] = [];
  const seen = new Map<string, ResponseRow[]>();
  const skipped: { pupil: string; item: number }[] = [];
  for (const response of responses) {
    const key = nameKey(response.typed);
    const pupil = byKey.get(key);
    if (pupil === undefined) {
      const meant = [...byKey].filter(([name]) => oneLetterShort(key, name));
      if (meant.length === 1) misspelt.push({ typed: response.typed, pupil: meant[0]![1] });
      else unknown.push(response.typed);
    } else {
      const same = `${response.tab}|${pupil}|${response.phase}`;
      seen.set(same, [...(seen.get(same) ?? []), response]);
    }
    response.answers.forEach((answer, i) => {
      if (text(answer) === '') skipped.push({ pupil: pupil ?? response.typed, item: i + 1 });
    });
  }
  const duplicates = [...seen.values()]
    .filter((list) => list.length > 1)
    .map((list) => {
      const later = [...list].sort((a, b) => time(b.submitted) - time(a.submitted))[0]!;
      return { typed: later.typed, pupil: byKey.get(nameKey(later.typed))! };
    });
  const byTyped = (a: { typed: string }, b: { typed: string }) => a.typed.localeCompare(b.typed);
  return {
    misspelt: misspelt.sort(byTyped),
    unknown: unknown.sort(),
    duplicates: duplicates.sort(byTyped),
    skipped: skipped.sort((a, b) => a.pupil.localeCompare(b.pupil) || a.item - b.item),
  };
}

/** The planted problems of an example workbook, read from its cells. */
export function plantedFacts(workbook: WorkbookModel, layout: WorkbookLayout): PlantedRecord {
  const register = readRegister(workbook, layout);
  return {
    findings: groupFindings(workbook, layout, register),
    singlePupilProgrammes: singlePupilProgrammes(register),
    responses: plantedResponses(workbook, layout, register),
  };
}
