/** Small hand-built SchoolData for the group rules. */
import type {
  Gender,
  Group,
  KeepApartPair,
  MeasureDef,
  MeasureId,
  MeasureValues,
  Placement,
  Pupil,
  PupilId,
  SchoolData,
  SenStatus,
} from '../../../src/core/domain';
import { defaultSettings, type Settings } from '../../../src/core/settings';

export const REGISTER = 'Pupils';

export interface PupilSpec {
  name: string;
  year?: number | null;
  gender?: Gender | null;
  sen?: SenStatus;
  reason?: string | null;
  consent?: boolean | null;
  measures?: Record<string, number | null>;
  programme?: string | null;
  outcome?: string | null;
  staff?: string | null;
  type?: Placement['type'];
}

let counter = 0;

export function pupil(spec: PupilSpec, row: number): Pupil {
  const [forename = null, ...rest] = spec.name.split(' ');
  return {
    id: `UPN${String(row).padStart(4, '0')}` as PupilId,
    name: spec.name,
    forename,
    surname: rest.length > 0 ? rest.join(' ') : null,
    year: spec.year === undefined ? 8 : spec.year,
    form: null,
    gender: spec.gender === undefined ? (row % 2 === 0 ? 'F' : 'M') : spec.gender,
    sen: spec.sen ?? 'none',
    primaryNeed: null,
    pupilPremium: null,
    source: { tab: REGISTER, row },
  };
}

export function placement(p: Pupil, group: string | null, spec: PupilSpec): Placement {
  const measures: Record<MeasureId, MeasureValues> = {};
  for (const [id, start] of Object.entries(spec.measures ?? {})) measures[id as MeasureId] = { start, end: null };
  return {
    pupilId: p.id,
    type: spec.type ?? (group ? 'group' : '1-1'),
    reason: spec.reason === undefined ? 'Attitudes to self' : spec.reason,
    outcome: spec.outcome === undefined ? 'Improved self-esteem' : spec.outcome,
    programme: spec.programme === undefined ? 'Improving my self-esteem' : spec.programme,
    group,
    staff: spec.staff === undefined ? 'Ms Patel' : spec.staff,
    start: null,
    end: null,
    consent: spec.consent === undefined ? true : spec.consent,
    measures,
    source: p.source,
  };
}

export function group(name: string, overrides: Partial<Group> = {}): Group {
  return {
    name,
    programme: 'Improving my self-esteem',
    focus: 'Improved self-esteem',
    staff: 'Ms Patel',
    room: null,
    sessionsPerWeek: 1,
    weeks: 6,
    startWeek: null,
    minSize: null,
    maxSize: null,
    singleSex: false,
    source: { tab: 'Groups', row: 2 },
    ...overrides,
  };
}

/** A school whose register rows are the given members (group name or null for a 1-1), from row 2. */
export function school(
  members: readonly { group: string | null; spec: PupilSpec }[],
  extra: { groups?: Group[]; keepApart?: Array<[string, string]>; measures?: MeasureDef[] } = {},
): SchoolData {
  const pupils: Pupil[] = [];
  const placements: Placement[] = [];
  members.forEach(({ group: g, spec }, i) => {
    const p = pupil(spec, i + 2);
    pupils.push(p);
    placements.push(placement(p, g, spec));
  });
  const keepApart: KeepApartPair[] = (extra.keepApart ?? []).map(([a, b], i) => ({
    a,
    b,
    reason: 'Conflict',
    source: { tab: 'Keep apart', row: i + 2 },
  }));
  return {
    pupils,
    placements,
    measures: extra.measures ?? [],
    groups: extra.groups ?? [],
    keepApart,
    lessons: null,
    staffAvailability: null,
    responses: [],
  };
}

/** `n` members of one group, alternating gender, with names Pupil1 Test … */
export function members(groupName: string, n: number, spec: Partial<PupilSpec> = {}): { group: string; spec: PupilSpec }[] {
  counter += 1;
  return Array.from({ length: n }, (_, i) => ({ group: groupName, spec: { name: `Pupil${counter}x${i + 1} Test`, ...spec } }));
}

export function settings(change: (s: Settings) => void = () => {}): Settings {
  const s = defaultSettings();
  change(s);
  return s;
}

export function measure(id: string, label: string): MeasureDef {
  return { id: id as MeasureId, label, betterWhen: 'higher', kind: 'percent' };
}
