/**
 * Suggest groups, and accept one: the only time the add-in writes to a user's tab. Accepting
 * appends the group to the groups tab and fills the pupils' Group (and Type) cells in the register;
 * the sidebar shows exactly those cells first, as they are now (a formula included), and the server
 * writes only if, read again now, they are still exactly what the user confirmed. A cell holding a
 * formula is replaced only when the user ticked that cell; otherwise nothing is written.
 */
import { suggestGroups as suggest, type SuggestedGroup } from '../core/groups';
import { readPlacementType, shortText } from '../core/coerce';
import { mostCommon } from '../core/groups/members';
import type { CellNow } from '../core/ports';
import { columnOf } from '../core/setup/columns';
import type { TabSnapshot } from '../core/snapshot';
import { cellText, normaliseText, plural } from '../core/text';
import { isBlank } from '../core/values';
import type { AcceptReport, ActionReport, CellChange, CellRef, SuggestionView } from '../shared/api';
import { runAction, loadSetUpSchool } from './run-action';
import type { School } from './school';
import { UserError } from '../core/user-error';
import { services } from './services';

export function suggestGroups(): ActionReport {
  let views: SuggestionView[] = [];
  const report = runAction('groups', (school) => {
    const result = suggest(school.data, school.stored.settings);
    views = suggestionViews(school, result.suggestions.groups);
    return { ...result, nothingDone: result.suggestions.groups.length === 0 };
  });
  return { ...report, suggestions: views };
}

export function acceptSuggestion(name: string, confirmed: readonly CellChange[], formulasToReplace: readonly CellRef[]): AcceptReport {
  const { workbook, lock } = services();
  return lock.withDocumentLock(() => {
    const school = loadSetUpSchool();
    const group = suggest(school.data, school.stored.settings).suggestions.groups.find((g) => g.name === name);
    if (!group)
      throw new UserError(
        `“${name}” is no longer suggested: the register has changed since Suggest groups ran. Nothing was written; run Suggest groups again.`,
      );
    const [view] = suggestionViews(school, [group]);
    if (!view) throw new UserError(`“${name}” is no longer suggested. Nothing was written; run Suggest groups again.`);
    if (view.blocked) throw new UserError(view.blocked);
    if (!sameChanges(view.changes, confirmed)) {
      throw new UserError(
        'The sheet has changed since you reviewed these cells, so nothing was written. Run Suggest groups again and check the cells it lists.',
      );
    }
    const ticked = new Set(formulasToReplace.map(refKey));
    const kept = view.changes.find((change) => change.formula !== null && !ticked.has(refKey(change)));
    if (kept) throw new UserError(formulaRefusal(kept));
    workbook.writeUserCells(view.changes.map((c) => ({ tab: c.tab, row: c.row, column: c.column, value: c.new })));
    const groupName = view.changes.find((c) => c.header === groupHeader(school))?.new ?? view.name;
    return {
      headline: `Added ${plural(view.pupils.length, 'pupil')} to “${groupName}”: ${plural(view.changes.length, 'cell')} changed.`,
      changed: view.changes,
    };
  });
}

function formulaRefusal(cell: CellChange): string {
  return `Row ${cell.row}’s ${cell.header} cell on “${cell.tab}” holds a formula (${shortText(cell.formula ?? '')}), so nothing was written. Tick that cell in the sidebar to replace its formula, or leave this suggestion.`;
}

function groupHeader(school: School): string | undefined {
  return school.mapping.register?.fields.group;
}

/** A cell accepting would write, before reading what it holds now. */
type PlannedCell = Omit<CellChange, 'old' | 'formula'>;

interface Plan {
  readonly base: Omit<SuggestionView, 'changes' | 'blocked'>;
  readonly cells: readonly PlannedCell[];
  readonly blocked: string | null;
}

/**
 * The suggestions as the sidebar shows them, with every cell accepting one would write and what
 * that cell holds now: read in one go from the sheet (formulas included), not from the values read
 * for setup, which show a merged cell's value in every cell of the merge and never a formula.
 */
export function suggestionViews(school: School, groups: readonly SuggestedGroup[]): SuggestionView[] {
  const plans = groups.map((group) => planOf(school, group));
  const now = new Map<string, CellNow>(
    services()
      .workbook.readUserCells(plans.flatMap((plan) => plan.cells))
      .map((cell) => [refKey(cell), cell]),
  );
  return plans.map(({ base, cells, blocked }) => {
    const changes = cells.flatMap((cell): CellChange[] => {
      const here = now.get(refKey(cell));
      const old = cellText(here?.value ?? '');
      return old === cell.new ? [] : [{ ...cell, old, formula: here?.formula ?? null }];
    });
    return { ...base, changes, blocked };
  });
}

function planOf(school: School, group: SuggestedGroup): Plan {
  const base = {
    name: group.name,
    programme: group.programme,
    pupils: group.members.map((m) => m.pupil.name),
    notes: group.notes.map((n) => n.detail),
  };
  const register = school.mapping.register;
  const registerTab = register ? school.snapshot.tabs.find((tab) => tab.name === register.tab) : undefined;
  const header = register?.fields.group;
  const headers = registerTab && register ? (registerTab.values[register.headerRow - 1] ?? []).map(cellText) : [];
  const groupColumn = header === undefined ? -1 : columnOf(headers, header);
  if (!registerTab || !register || groupColumn < 0) {
    return {
      base,
      cells: [],
      blocked:
        'Your register has no Group column, so a suggestion cannot be copied into it. Add a Group column, run Set up this sheet again, then accept.',
    };
  }
  const typeHeader = register.fields.type;
  const typeColumn = typeHeader === undefined ? -1 : columnOf(headers, typeHeader);
  const name = freeGroupName(school, group.name);
  const typeWord = typeColumn < 0 ? '' : groupTypeWord(school, registerTab, typeColumn);
  const cells: PlannedCell[] = [...groupsTabRow(school, group, name)];
  for (const member of group.members) {
    const row = member.placement.source.row;
    const wanted: [number, string][] = [[groupColumn, name]];
    if (typeColumn >= 0) wanted.push([typeColumn, typeWord]);
    for (const [column, value] of wanted.sort((a, b) => a[0] - b[0]))
      cells.push({ tab: registerTab.name, row, column: column + 1, header: headers[column] ?? '', new: value });
  }
  return { base, cells, blocked: null };
}

/** The suggestion's name, or with ` (2)`, ` (3)`… when a group of that name exists already. */
function freeGroupName(school: School, name: string): string {
  const taken = new Set([
    ...school.data.groups.map((g) => normaliseText(g.name)),
    ...school.data.placements.map((p) => normaliseText(p.group ?? '')),
  ]);
  let candidate = name;
  for (let n = 2; taken.has(normaliseText(candidate)); n += 1) candidate = `${name} (${n})`;
  return candidate;
}

/** The word the register already uses for a group placement (`Group`, `group`, `Grp`), else `Group`. */
function groupTypeWord(school: School, tab: TabSnapshot, column: number): string {
  const words = school.data.placements
    .filter((placement) => placement.type === 'group' && placement.source.tab === tab.name)
    .map((placement) => cellText(tab.values[placement.source.row - 1]?.[column] ?? ''))
    .filter((word) => readPlacementType(word) === 'group');
  return mostCommon(words) ?? 'Group';
}

/** A new row under the last row of the groups tab: the group's name, programme and focus. */
function groupsTabRow(school: School, group: SuggestedGroup, name: string): PlannedCell[] {
  const mapping = school.mapping.groups;
  const tab = mapping ? school.snapshot.tabs.find((t) => t.name === mapping.tab) : undefined;
  if (!mapping || !tab) return [];
  const headers = (tab.values[mapping.headerRow - 1] ?? []).map(cellText);
  let last = tab.values.length;
  while (last > 0 && (tab.values[last - 1] ?? []).every((cell) => isBlank(cell))) last -= 1;
  const row = Math.max(last, mapping.headerRow) + 1;
  const focus = mostCommon(group.members.map((m) => m.placement.outcome));
  const values: [string | undefined, string | null][] = [
    [mapping.fields.group, name],
    [mapping.fields.programme, group.programme],
    [mapping.fields.focus, focus],
  ];
  const cells: PlannedCell[] = [];
  for (const [header, value] of values) {
    const column = header === undefined ? -1 : columnOf(headers, header);
    if (column >= 0 && value) cells.push({ tab: tab.name, row, column: column + 1, header: headers[column] ?? '', new: value });
  }
  return cells.sort((a, b) => a.column - b.column);
}

function refKey(cell: CellRef): string {
  return JSON.stringify([cell.tab, cell.row, cell.column]);
}

function sameChanges(a: readonly CellChange[], b: readonly CellChange[]): boolean {
  const key = (c: CellChange): string => JSON.stringify([c.tab, c.row, c.column, c.old, c.formula, c.new]);
  return a.length === b.length && a.every((change, i) => key(change) === key(b[i] as CellChange));
}
