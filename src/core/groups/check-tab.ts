/** The `Group check` tab (DESIGN.md): one row per finding, Status cells coloured green/amber/red. */
import type { TabPlan } from '../plan';
import type { Finding, FindingStatus } from './findings';

export const GROUP_CHECK_KEY = 'group-check';
export const GROUP_CHECK_TAB = 'Group check';
const HEADERS = ['Group', 'Status', 'Rule', 'Detail', 'Pupils'] as const;

const STATUSES: readonly FindingStatus[] = ['OK', 'Warning', 'Problem'];

export const STATUS_COLOURS: Record<FindingStatus, string> = {
  OK: '#d9ead3',
  Warning: '#fce8b2',
  Problem: '#f4c7c3',
};

export function groupCheckTab(findings: readonly Finding[]): TabPlan {
  const body = findings.map((f) => [f.group, f.status, f.rule ?? '', f.detail, f.pupils.join(', ')]);
  const rows = body.length > 0 ? body : [['', '', '', 'No groups or 1-1 placements were found in the register.', '']];
  return {
    key: GROUP_CHECK_KEY,
    name: GROUP_CHECK_TAB,
    values: [[...HEADERS], ...rows],
    format: {
      frozenRows: 1,
      columnWidths: { 1: 200, 2: 90, 3: 140, 4: 480, 5: 320 },
      areas: [
        { area: { row: 1, column: 1, rows: 1, columns: HEADERS.length }, bold: true, background: '#f1f3f4' },
        { area: { row: 2, column: 4, rows: rows.length, columns: 2 }, wrap: true, verticalAlignment: 'top' },
      ],
      contentFormats: STATUSES.map((status) => ({
        area: { row: 2, column: 2, rows: rows.length, columns: 1 },
        when: { textEquals: status },
        background: STATUS_COLOURS[status],
        bold: status !== 'OK',
      })),
    },
    charts: [],
  };
}
