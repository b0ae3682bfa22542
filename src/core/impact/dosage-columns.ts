/**
 * Dosage beside impact: per programme and group, the sessions delivered and the share of them its
 * pupils attended, and per placement its own dosage, so a pupil who attended fewer than the
 * setting's share of their sessions is reported apart instead of mixed into the figures.
 */
import type { SchoolData } from '../domain';
import { dosageOf, placementRows, totalDosage, type Dosage, type RowsByPupil } from '../dosage';
import type { IsoDate } from '../values';
import { groupOf, inRange, programmeOf, type ImpactRequest } from './programmes';
import { ALL_GROUPS } from './summary';

export interface GroupDosage {
  /** Distinct sessions delivered up to today. */
  readonly sessionsDelivered: number;
  readonly dosage: Dosage;
}

export interface DosageTable {
  /** By `placementKey`. */
  readonly placements: ReadonlyMap<string, Dosage>;
  /** By `groupKey`: each group, and each programme under `All groups`. */
  readonly groups: ReadonlyMap<string, GroupDosage>;
}

export const placementKey = (pupilId: string, programme: string, group: string): string => `${pupilId}|${programme}|${group}`;
export const groupKey = (programme: string, group: string): string => `${programme}|${group}`;

/** Dosage of the placements in the period, from the Schedule's rows up to today and within the period. */
export function dosageTable(data: SchoolData, rows: RowsByPupil, request: ImpactRequest, today: IsoDate): DosageTable {
  const inPeriod = (date: IsoDate): boolean =>
    (request.from === null || date >= request.from) && (request.to === null || date <= request.to);
  const placements = new Map<string, Dosage>();
  const groups = new Map<string, { sessions: Set<string>; list: Dosage[] }>();
  for (const placement of data.placements) {
    if (placement.type === 'referred' || inRange(placement, request) !== 'in') continue;
    const mine = placementRows(rows, placement).filter((row) => inPeriod(row.date));
    const dosage = dosageOf(mine, today);
    const programme = programmeOf(placement);
    const group = groupOf(placement);
    const key = placementKey(placement.pupilId, programme, group);
    const before = placements.get(key);
    placements.set(key, before ? totalDosage([before, dosage]) : dosage);
    for (const name of [group, ALL_GROUPS]) {
      const entry = groups.get(groupKey(programme, name)) ?? { sessions: new Set<string>(), list: [] };
      for (const row of mine) if (row.sessionDelivered && row.date <= today) entry.sessions.add(row.key);
      entry.list.push(dosage);
      groups.set(groupKey(programme, name), entry);
    }
  }
  return {
    placements,
    groups: new Map([...groups].map(([key, { sessions, list }]) => [key, { sessionsDelivered: sessions.size, dosage: totalDosage(list) }])),
  };
}
