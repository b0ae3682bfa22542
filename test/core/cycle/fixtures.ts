/** A small school in the middle of its programmes, and the Passports, Targets and Reviews tabs as staff fill them in. */
import { INPUT_TABS, readCycleRecords, type InputKind } from '../../../src/core/cycle';
import type { MeasureId, Placement, Pupil, PupilId, SchoolData } from '../../../src/core/domain';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue, IsoDate } from '../../../src/core/values';

export const TODAY = '2027-01-20' as IsoDate;
export const REGISTER = 'Register';

interface Spec {
  readonly name: string;
  readonly id: string;
  readonly year?: number;
  readonly programme: string;
  readonly group?: string | null;
  readonly staff?: string | null;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly type?: Placement['type'];
  readonly consent?: boolean | null;
  readonly attendance?: [number | null, number | null];
  /** The register's desired outcome, which decides the programme's measures for impact. */
  readonly outcome?: string;
  readonly sen?: Pupil['sen'];
  readonly pupilPremium?: boolean | null;
}

/** Amy and Ben in a current anger group, Cara's ended 1-1, Dan on two programmes, Eve still referred. */
export const SPECS: readonly Spec[] = [
  {
    name: 'Amy Able',
    id: 'A1',
    programme: 'Managing my anger',
    group: 'Anger Y9',
    staff: 'Ms Patel',
    start: '2026-11-02',
    end: '2027-02-12',
  },
  {
    name: 'Ben Bell',
    id: 'B2',
    programme: 'Managing my anger',
    group: 'Anger Y9',
    staff: 'Ms Patel',
    start: '2026-11-02',
    end: '2027-02-12',
  },
  {
    name: 'Cara Cole',
    id: 'C3',
    programme: 'Improving my self-esteem',
    group: null,
    type: '1-1',
    staff: 'Mr Khan',
    start: '2026-09-14',
    end: '2026-10-23',
    attendance: [84, 92],
    outcome: 'Improved attendance',
  },
  { name: 'Dan Dyer', id: 'D4', programme: 'Literacy catch-up', group: 'Literacy Y7', staff: null, start: '2027-01-04', end: '2027-03-26' },
  {
    name: 'Dan Dyer',
    id: 'D4',
    programme: 'Managing my anger',
    group: 'Anger Y9',
    staff: 'Ms Patel',
    start: '2026-11-02',
    end: '2027-02-12',
  },
  { name: 'Eve Ellis', id: 'E5', programme: 'Boxing', group: null, type: 'referred', staff: null, start: null, end: null },
];

export function school(specs: readonly Spec[] = SPECS): SchoolData {
  const pupils = new Map<string, Pupil>();
  const placements: Placement[] = specs.map((spec, i) => {
    const row = i + 2;
    const [forename = null, surname = null] = spec.name.split(' ');
    if (!pupils.has(spec.id))
      pupils.set(spec.id, {
        id: spec.id as PupilId,
        name: spec.name,
        forename,
        surname,
        year: spec.year ?? 9,
        form: '9A',
        gender: i % 2 === 0 ? 'F' : 'M',
        sen: spec.sen ?? 'none',
        primaryNeed: null,
        pupilPremium: spec.pupilPremium ?? null,
        source: { tab: REGISTER, row },
      });
    const [start, end] = spec.attendance ?? [null, null];
    return {
      pupilId: spec.id as PupilId,
      type: spec.type ?? (spec.group ? 'group' : '1-1'),
      reason: 'Attitudes to others',
      outcome: spec.outcome ?? 'Reductions in challenging behaviour incidents',
      programme: spec.programme,
      group: spec.group ?? null,
      staff: spec.staff ?? null,
      start: (spec.start ?? null) as IsoDate | null,
      end: (spec.end ?? null) as IsoDate | null,
      consent: spec.consent ?? true,
      measures: spec.attendance ? { ['attendance' as MeasureId]: { start, end } } : {},
      source: { tab: REGISTER, row },
    };
  });
  return {
    pupils: [...pupils.values()],
    placements,
    measures: [{ id: 'attendance' as MeasureId, label: 'Attendance %', betterWhen: 'higher', kind: 'percent' }],
    groups: [],
    keepApart: [],
    lessons: null,
    staffAvailability: null,
    responses: [],
  };
}

/** An input tab as Sheets returns it: its headers, then `rows` (each given by header), padded to the width. */
export function inputTab(kind: InputKind, rows: readonly Readonly<Record<string, CellValue>>[], name = INPUT_TABS[kind].name): TabSnapshot {
  const headers = INPUT_TABS[kind].columns.map((c) => c.header);
  return {
    name,
    values: [headers, ...rows.map((row) => headers.map((header) => row[header] ?? ''))],
    generatedKey: null,
    inputKey: kind,
  };
}

/** The school with its input tabs read, as setup would read them. */
export function withRecords(
  data: SchoolData,
  tabs: readonly TabSnapshot[],
): SchoolData & { problems: ReturnType<typeof readCycleRecords>['problems'] } {
  const read = readCycleRecords({ tabs }, data);
  return { ...data, cycle: read.records, problems: read.problems };
}

export function date(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}
