/**
 * The `Form links` tab, for staff: one personal link per pupil on a programme (in a group or a
 * 1-1) for each questionnaire form that uses them, with the pupil's programmes and groups so a
 * mentor can hand each pupil their own. A link carries the pupil's personal code, never their
 * name or UPN. Rebuilt from the remembered forms whenever it is asked for, without opening a form.
 */
import type { PupilId, SchoolData } from '../domain';
import type { PlanCell, TabPlan } from '../plan';
import { personalLink, type FormRecord } from './form-records';
import { personalCodes } from './personal-codes';

export const FORM_LINKS_KEY = 'form-links';
export const FORM_LINKS_TAB = 'Form links';
const HEADERS = ['Pupil', 'Form', 'Programme', 'Group', 'Link'] as const;

interface OnProgramme {
  readonly name: string;
  readonly programmes: Set<string>;
  readonly groups: Set<string>;
}

/** Pupils in a group or a 1-1 (not referrals waiting for a place), with their programmes and groups. */
function pupilsOnProgrammes(data: SchoolData): Map<PupilId, OnProgramme> {
  const names = new Map(data.pupils.map((p) => [p.id, p.name]));
  const on = new Map<PupilId, OnProgramme>();
  for (const placement of data.placements) {
    if (placement.type === 'referred') continue;
    const name = names.get(placement.pupilId);
    if (name === undefined) continue;
    const entry = on.get(placement.pupilId) ?? { name, programmes: new Set<string>(), groups: new Set<string>() };
    if (placement.programme) entry.programmes.add(placement.programme);
    entry.groups.add(placement.group ?? '1-1');
    on.set(placement.pupilId, entry);
  }
  return on;
}

/** The tab, or null when no form uses personal links (or there is no secret yet). */
export function formLinksTab(forms: readonly FormRecord[], data: SchoolData, secret: string | null): TabPlan | null {
  const linked = forms.filter((form): form is FormRecord & { prefill: string } => form.prefill !== null);
  if (linked.length === 0 || secret === null) return null;
  const codeOf = personalCodes(secret);
  const pupils = [...pupilsOnProgrammes(data).entries()].sort(
    ([a, pa], [b, pb]) => pa.name.localeCompare(pb.name, 'en-GB') || (a < b ? -1 : a > b ? 1 : 0),
  );
  const rows: PlanCell[][] = linked.flatMap((form) =>
    pupils.map(([id, pupil]) => [
      pupil.name,
      form.title,
      [...pupil.programmes].join(', '),
      [...pupil.groups].join(', '),
      personalLink(form.prefill, codeOf(id)),
    ]),
  );
  return {
    key: FORM_LINKS_KEY,
    name: FORM_LINKS_TAB,
    values: [[...HEADERS], ...rows],
    format: {
      frozenRows: 1,
      columnWidths: { 1: 170, 2: 200, 3: 200, 4: 140, 5: 420 },
      areas: [{ area: { row: 1, column: 1, rows: 1, columns: HEADERS.length }, bold: true, background: '#e8eaed' }],
    },
    charts: [],
  };
}
