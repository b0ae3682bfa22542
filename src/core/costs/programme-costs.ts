/**
 * What each programme cost in a period: every session delivered in it × the session's length × the
 * hourly cost of the adult who led it (the staff tab's, else the Settings rate for their role), plus
 * the resources whose group or placement starts in it; and per pupil on the programme.
 */
import { overlaps } from '../cycle/placements';
import { placementRows, type RowsByPupil } from '../dosage';
import type { Placement, SchoolData } from '../domain';
import { leadAdult, type StaffDetails, type StaffRole } from '../impact/lead-adults';
import { compareText, programmeOf } from '../impact/programmes';
import type { Settings } from '../settings';
import { normaliseText } from '../text';
import type { IsoDate } from '../values';
import type { Resources } from './resources';

export interface CostPeriod {
  readonly label: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Whether resources with no start date count in it (the school year's do). */
  readonly undatedResources: boolean;
}

export interface ProgrammeCost {
  readonly programme: string;
  readonly funding: readonly string[];
  readonly sessions: number;
  readonly staffHours: number;
  readonly staffCost: number;
  readonly resources: number;
  readonly total: number;
  readonly pupils: number;
  /** Staff who led sessions with no hourly cost known, each once. */
  readonly uncostedStaff: readonly string[];
  readonly uncostedSessions: number;
}

export interface CostInput {
  readonly data: SchoolData;
  readonly rows: RowsByPupil;
  readonly staff: ReadonlyMap<string, StaffDetails>;
  readonly resources: Resources;
  readonly settings: Settings;
  readonly today: IsoDate;
}

export function hourlyRate(role: StaffRole, settings: Settings): number {
  const rates: Record<StaffRole, number> = {
    teacher: settings.costs.teacherHourlyCost,
    TA: settings.costs.taHourlyCost,
    mentor: settings.costs.mentorHourlyCost,
    external: settings.costs.externalHourlyCost,
  };
  return rates[role];
}

/** The lead adult's hourly cost: the staff tab's, else the Settings rate for their role; null when neither is known. */
function costPerHour(staff: string, details: ReadonlyMap<string, StaffDetails>, settings: Settings): number | null {
  const lead = leadAdult(staff, details);
  if (lead.hourlyCost !== null) return lead.hourlyCost;
  return lead.role === null ? null : hourlyRate(lead.role, settings);
}

/** Every programme with a placement in the period, alphabetically. */
export function programmeCosts(input: CostInput, period: CostPeriod): ProgrammeCost[] {
  const { data, rows, staff, resources, settings, today } = input;
  const hours = settings.costs.sessionMinutes / 60;
  const groupStaff = new Map(data.groups.map((g) => [normaliseText(g.name), g.staff] as const));
  const byProgramme = new Map<string, Placement[]>();
  for (const placement of data.placements) {
    if (placement.type === 'referred' || !overlaps(placement, period.from, period.to)) continue;
    const programme = programmeOf(placement);
    byProgramme.set(programme, [...(byProgramme.get(programme) ?? []), placement]);
  }
  return [...byProgramme]
    .sort(([a], [b]) => compareText(a, b))
    .map(([programme, placements]) => {
      // A group session is on each of its pupils' rows: counted once, led by the Schedule's staff.
      const sessions = new Map<string, string>();
      for (const placement of placements) {
        const lead = placement.staff ?? (placement.group === null ? null : (groupStaff.get(normaliseText(placement.group)) ?? null)) ?? '';
        for (const row of placementRows(rows, placement))
          if (row.sessionDelivered && row.date >= period.from && row.date <= period.to && row.date <= today)
            sessions.set(row.key, row.staff || lead);
      }
      let staffCost = 0;
      let uncostedSessions = 0;
      const uncosted = new Set<string>();
      for (const lead of sessions.values()) {
        const rate = lead === '' ? null : costPerHour(lead, staff, settings);
        if (rate === null) {
          uncostedSessions += 1;
          uncosted.add(lead === '' ? 'no one named' : lead);
        } else staffCost += hours * rate;
      }
      const resourceCost = resources.lines
        .filter(
          (line) =>
            line.programme === programme &&
            (line.starts === null ? period.undatedResources : line.starts >= period.from && line.starts <= period.to),
        )
        .reduce((sum, line) => sum + line.pounds, 0);
      return {
        programme,
        funding: resources.funding.get(programme) ?? [],
        sessions: sessions.size,
        staffHours: (sessions.size - uncostedSessions) * hours,
        staffCost,
        resources: resourceCost,
        total: staffCost + resourceCost,
        pupils: new Set(placements.map((p) => p.pupilId)).size,
        uncostedStaff: [...uncosted].sort(compareText),
        uncostedSessions,
      };
    });
}
