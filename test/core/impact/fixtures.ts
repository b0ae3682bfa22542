/** Small hand-built SchoolData for the impact statistics. */
import type { MeasureDef, MeasureId, MeasureValues, Placement, Pupil, PupilId, SchoolData } from '../../../src/core/domain';
import type { QuestionnaireScore } from '../../../src/core/impact';
import type { IsoDate } from '../../../src/core/values';

export const REGISTER = 'Pupils';

export const ATTENDANCE: MeasureDef = { id: 'attendance' as MeasureId, label: 'Attendance %', betterWhen: 'higher', kind: 'percent' };
export const BEHAVIOUR: MeasureDef = { id: 'behaviour-points' as MeasureId, label: 'Behaviour points', betterWhen: 'lower', kind: 'count' };
export const READING: MeasureDef = { id: 'reading-age' as MeasureId, label: 'Reading age (months)', betterWhen: 'higher', kind: 'months' };
export const EXCLUSIONS: MeasureDef = { id: 'exclusions' as MeasureId, label: 'Exclusions', betterWhen: 'lower', kind: 'count' };

export interface Row {
  name: string;
  programme?: string | null;
  group?: string | null;
  type?: Placement['type'];
  start?: string | null;
  end?: string | null;
  /** measure id → [start, end] */
  values?: Record<string, [number | null, number | null]>;
  id?: string;
  outcome?: string | null;
  reason?: string | null;
  staff?: string | null;
  sen?: Pupil['sen'];
  pupilPremium?: boolean | null;
  primaryNeed?: string | null;
}

export function school(rows: readonly Row[], measures: readonly MeasureDef[] = [ATTENDANCE, BEHAVIOUR]): SchoolData {
  const pupils = new Map<string, Pupil>();
  const placements: Placement[] = rows.map((row, i) => {
    const id = (row.id ?? `P${i + 1}`) as PupilId;
    const sourceRow = i + 2;
    if (!pupils.has(id)) {
      pupils.set(id, {
        id,
        name: row.name,
        forename: row.name.split(' ')[0] ?? null,
        surname: null,
        year: 8,
        form: null,
        gender: null,
        sen: row.sen ?? 'none',
        primaryNeed: row.primaryNeed ?? null,
        pupilPremium: row.pupilPremium ?? null,
        source: { tab: REGISTER, row: sourceRow },
      });
    }
    const values: Record<MeasureId, MeasureValues> = {};
    for (const [measure, [start, end]] of Object.entries(row.values ?? {})) values[measure as MeasureId] = { start, end };
    return {
      pupilId: id,
      type: row.type ?? (row.group === null ? '1-1' : 'group'),
      reason: row.reason ?? null,
      outcome: row.outcome ?? null,
      programme: row.programme === undefined ? 'Nurture' : row.programme,
      group: row.group === undefined ? 'Nurture A' : row.group,
      staff: row.staff ?? null,
      start: (row.start ?? null) as IsoDate | null,
      end: (row.end ?? null) as IsoDate | null,
      consent: true,
      measures: values,
      source: { tab: REGISTER, row: sourceRow },
    };
  });
  return {
    pupils: [...pupils.values()],
    placements,
    measures: [...measures],
    groups: [],
    keepApart: [],
    lessons: null,
    staffAvailability: null,
    responses: [],
  };
}

export function score(pupilId: string, phase: 'pre' | 'post', value: number, extra: Partial<QuestionnaireScore> = {}): QuestionnaireScore {
  return {
    pupilId: pupilId as PupilId,
    instrument: 'SLSS',
    subscale: null,
    phase,
    score: value,
    date: null,
    programme: null,
    betterWhen: 'higher',
    range: { min: 1, max: 6 },
    reliability: 0.82,
    sd: null,
    ...extra,
  };
}

export const ALL_DATES = { from: null, to: null };
