/** The `Group check` tab (DESIGN.md): one row per finding, Status cells coloured green/amber/red. */
import type { AreaFormat, TabPlan } from '../plan';
import type { Finding, FindingStatus } from './findings';

export const GROUP_CHECK_KEY = 'group-check';
export const GROUP_CHECK_TAB = 'Group check';
const HEADERS = ['Group', 'Status', 'Rule', 'Detail', 'Pupils'] as const;

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
        ...statusAreas(findings),
      ],
    },
    charts: [],
  };
}

/** One coloured area per run of equal statuses, so a long tab needs few format calls. */
function statusAreas(findings: readonly Finding[]): AreaFormat[] {
  const areas: AreaFormat[] = [];
  let start = 0;
  for (let i = 1; i <= findings.length; i += 1) {
    const first = findings[start];
    if (first && (i === findings.length || findings[i]?.status !== first.status)) {
      areas.push({ area: { row: start + 2, column: 2, rows: i - start, columns: 1 }, background: STATUS_COLOURS[first.status], bold: first.status !== 'OK' });
      start = i;
    }
  }
  return areas;
}
