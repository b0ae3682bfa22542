/**
 * What each programme spends on resources, and who funds it, from a `Resource cost` and a `Funding`
 * column on the groups tab (a cost per group) or the register (a cost per placement, for 1-1s and
 * programmes without a groups tab). A cost counts in the period its group or placement starts.
 */
import type { SchoolData } from '../domain';
import { poundsOf } from '../impact/lead-adults';
import { programmeOf } from '../impact/programmes';
import type { Mapping } from '../mapping/schema';
import { problem, type Problem } from '../problems';
import type { WorkbookSnapshot } from '../snapshot';
import { cellText, normaliseHeader, normaliseText } from '../text';
import type { CellValue, IsoDate } from '../values';

export interface ResourceLine {
  readonly programme: string;
  readonly pounds: number;
  /** When the group or placement starts; null when the sheet does not say. */
  readonly starts: IsoDate | null;
}

export interface Resources {
  readonly lines: readonly ResourceLine[];
  /** Programme → its funding sources as the sheet writes them, each once. */
  readonly funding: ReadonlyMap<string, readonly string[]>;
  readonly problems: readonly Problem[];
}

const RESOURCE_HEADER =
  /^(resources?|resource costs?|resources costs?|cost of resources|materials|materials cost|cost of materials|programme cost|resources materials)( gbp)?$/;
const FUNDING_HEADER = /^(funding|funding source|source of funding|funded by|funded from|funding stream|budget|paid from|paid for by)$/;

/** One tab's resource and funding columns, read at the rows setup took its groups or placements from. */
interface CostColumns {
  readonly tab: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly resource: number;
  readonly funding: number;
  readonly resourceHeader: string;
}

function costColumns(snapshot: WorkbookSnapshot, part: { tab: string; headerRow: number } | null): CostColumns | null {
  const tab = part && snapshot.tabs.find((t) => t.name === part.tab && t.generatedKey === null);
  if (!part || !tab) return null;
  const headers = (tab.values[part.headerRow - 1] ?? []).map(cellText);
  const resource = headers.findIndex((h) => RESOURCE_HEADER.test(normaliseHeader(h)));
  const funding = headers.findIndex((h) => FUNDING_HEADER.test(normaliseHeader(h)));
  if (resource < 0 && funding < 0) return null;
  return { tab: tab.name, values: tab.values, resource, funding, resourceHeader: headers[resource] ?? '' };
}

export function readResources(snapshot: WorkbookSnapshot, mapping: Mapping, data: SchoolData): Resources {
  const lines: ResourceLine[] = [];
  const funding = new Map<string, string[]>();
  const problems: Problem[] = [];
  const take = (columns: CostColumns, row: number, programme: string, starts: IsoDate | null): void => {
    const cells = columns.values[row - 1] ?? [];
    const source = columns.funding < 0 ? '' : cellText(cells[columns.funding]).trim();
    const known = funding.get(programme) ?? [];
    if (source !== '' && !known.some((f) => normaliseText(f) === normaliseText(source))) funding.set(programme, [...known, source]);
    if (columns.resource < 0 || cellText(cells[columns.resource]) === '') return;
    const pounds = poundsOf(cells[columns.resource]);
    if (pounds === null)
      problems.push(
        problem(
          'costs',
          columns.tab,
          row,
          columns.resourceHeader,
          `"${cellText(cells[columns.resource])}" is not an amount in pounds, so it is not counted in Costs.`,
        ),
      );
    else lines.push({ programme, pounds, starts });
  };
  const placed = data.placements.filter((p) => p.type !== 'referred');
  const groups = costColumns(snapshot, mapping.groups);
  if (groups)
    for (const group of data.groups) {
      if (group.source === null) continue;
      const member = placed.find((p) => p.group !== null && normaliseText(p.group) === normaliseText(group.name));
      const programme = member ? programmeOf(member) : group.programme?.trim() || group.name;
      take(groups, group.source.row, programme, group.startWeek ?? member?.start ?? null);
    }
  const register = costColumns(snapshot, mapping.register);
  if (register) for (const placement of placed) take(register, placement.source.row, programmeOf(placement), placement.start);
  return { lines, funding, problems };
}
