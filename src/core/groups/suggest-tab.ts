/** The `Suggested groups` tab: one row per pupil per suggestion, then the pupils left ungrouped. */
import type { PlanCell, TabPlan } from '../plan';
import type { Member } from './members';
import type { Suggestions } from './suggest';

export const SUGGESTED_GROUPS_KEY = 'suggested-groups';
export const SUGGESTED_GROUPS_TAB = 'Suggested groups';
export const NOT_GROUPED = 'Not grouped';
/** The tab's only row, and the action's headline, when nobody is waiting. */
export const NO_REFERRALS = 'No referred pupils are waiting for a group.';
const HEADERS = [
  'Suggested group',
  'Programme',
  'Pupil ID',
  'Pupil',
  'Year',
  'Gender',
  'SEN',
  'Reason for referral',
  'Register row',
  'Notes',
] as const;
const SEN_TEXT = { none: '', support: 'SEN support', ehcp: 'EHCP' } as const;

function pupilCells(member: Member): PlanCell[] {
  const { pupil, placement } = member;
  return [pupil.id, pupil.name, pupil.year ?? '', pupil.gender ?? '', SEN_TEXT[pupil.sen], placement.reason ?? '', placement.source.row];
}

export function suggestedGroupsTab(suggestions: Suggestions): TabPlan {
  const rows: PlanCell[][] = [];
  for (const group of suggestions.groups) {
    const notes = group.notes.length > 0 ? group.notes.map((n) => n.detail).join(' ') : 'Meets every rule.';
    group.members.forEach((member, i) => rows.push([group.name, group.programme, ...pupilCells(member), i === 0 ? notes : '']));
  }
  for (const left of suggestions.ungrouped) rows.push([NOT_GROUPED, left.programme, ...pupilCells(left.member), left.reason]);
  const body = rows.length > 0 ? rows : [['', '', '', '', '', '', '', '', '', NO_REFERRALS]];
  const ungroupedFrom = 2 + rows.length - suggestions.ungrouped.length;
  return {
    key: SUGGESTED_GROUPS_KEY,
    name: SUGGESTED_GROUPS_TAB,
    values: [[...HEADERS], ...body],
    format: {
      frozenRows: 1,
      columnWidths: { 1: 220, 2: 220, 3: 120, 4: 180, 5: 50, 6: 60, 7: 90, 8: 220, 9: 90, 10: 420 },
      areas: [
        { area: { row: 1, column: 1, rows: 1, columns: HEADERS.length }, bold: true, background: '#f1f3f4' },
        { area: { row: 2, column: 10, rows: body.length, columns: 1 }, wrap: true, verticalAlignment: 'top' },
        ...(suggestions.ungrouped.length > 0
          ? [{ area: { row: ungroupedFrom, column: 1, rows: suggestions.ungrouped.length, columns: 1 }, background: '#fce8b2' }]
          : []),
      ],
    },
    charts: [],
  };
}
