/**
 * Suggest groups, and accept one: the only time the add-in writes to a user's tab. Accepting
 * appends the group to the groups tab and fills the pupils' Group (and Type) cells in the register;
 * the sidebar shows exactly those cells first, and the server writes only if, read again now, they
 * are still exactly what the user confirmed.
 */
import { suggestGroups as suggest, type SuggestedGroup } from '../core/groups';
import { readPlacementType } from '../core/coerce';
import { mostCommon } from '../core/groups/members';
import { columnOf } from '../core/setup/columns';
import type { TabSnapshot } from '../core/snapshot';
import { cellText, normaliseText, plural } from '../core/text';
import { isBlank } from '../core/values';
import type { AcceptReport, ActionReport, CellChange, SuggestionView } from '../shared/api';
import { withDocumentLock } from '../sheets/lock';
import { writeUserCells } from '../sheets/user-cells';
import { runAction, loadSetUpSchool } from './run-action';
import type { School } from './school';
import { UserError } from '../core/user-error';

export function suggestGroups(): ActionReport {
  let views: SuggestionView[] = [];
  const report = runAction('groups', (school) => {
    const result = suggest(school.data, school.stored.settings);
    views = result.suggestions.groups.map((group) => suggestionView(school, group));
    return result;
  });
  return { ...report, suggestions: views };
}

export function acceptSuggestion(name: string, confirmed: readonly CellChange[]): AcceptReport {
  return withDocumentLock(() => {
    const school = loadSetUpSchool();
    const group = suggest(school.data, school.stored.settings).suggestions.groups.find((g) => g.name === name);
    if (!group)
      throw new UserError(
        `“${name}” is no longer suggested: the register has changed since Suggest groups ran. Nothing was written; run Suggest groups again.`,
      );
    const view = suggestionView(school, group);
    if (view.blocked) throw new UserError(view.blocked);
    if (!sameChanges(view.changes, confirmed)) {
      throw new UserError(
        'The sheet has changed since you reviewed these cells, so nothing was written. Run Suggest groups again and check the cells it lists.',
      );
    }
    writeUserCells(
      school.spreadsheet,
      view.changes.map((c) => ({ tab: c.tab, row: c.row, column: c.column, value: c.new })),
    );
    const groupName = view.changes.find((c) => c.header === groupHeader(school))?.new ?? view.name;
    return {
      headline: `Added ${plural(view.pupils.length, 'pupil')} to “${groupName}”: ${plural(view.changes.length, 'cell')} changed.`,
      changed: view.changes,
    };
  });
}

function groupHeader(school: School): string | undefined {
  return school.mapping.register?.fields.group;
}

/** The suggestion as the sidebar shows it, with every cell accepting it would write. */
export function suggestionView(school: School, group: SuggestedGroup): SuggestionView {
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
      ...base,
      changes: [],
      blocked:
        'Your register has no Group column, so a suggestion cannot be copied into it. Add a Group column, run Set up this sheet again, then accept.',
    };
  }
  const typeHeader = register.fields.type;
  const typeColumn = typeHeader === undefined ? -1 : columnOf(headers, typeHeader);
  const name = freeGroupName(school, group.name);
  const typeWord = typeColumn < 0 ? '' : groupTypeWord(school, registerTab, typeColumn);
  const changes: CellChange[] = [...groupsTabRow(school, group, name)];
  for (const member of group.members) {
    const row = member.placement.source.row;
    const cells = registerTab.values[row - 1] ?? [];
    const wanted: [number, string][] = [[groupColumn, name]];
    if (typeColumn >= 0) wanted.push([typeColumn, typeWord]);
    for (const [column, value] of wanted.sort((a, b) => a[0] - b[0])) {
      const old = cellText(cells[column] ?? '');
      if (old !== value) changes.push({ tab: registerTab.name, row, column: column + 1, header: headers[column] ?? '', old, new: value });
    }
  }
  return { ...base, changes, blocked: null };
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
function groupsTabRow(school: School, group: SuggestedGroup, name: string): CellChange[] {
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
  const changes: CellChange[] = [];
  for (const [header, value] of values) {
    const column = header === undefined ? -1 : columnOf(headers, header);
    if (column >= 0 && value) changes.push({ tab: tab.name, row, column: column + 1, header: headers[column] ?? '', old: '', new: value });
  }
  return changes.sort((a, b) => a.column - b.column);
}

function sameChanges(a: readonly CellChange[], b: readonly CellChange[]): boolean {
  const key = (c: CellChange): string => JSON.stringify([c.tab, c.row, c.column, c.old, c.new]);
  return a.length === b.length && a.every((change, i) => key(change) === key(b[i] as CellChange));
}
