/**
 * The breakdowns leaders are asked for: each measure for impact by SEN status, pupil premium and
 * area of need (the SEND Code of Practice's four), across programmes, each pupil once. A subgroup
 * of fewer than five pupils is not shown, and where hiding it alone would let it be worked out from
 * the others (its pupils fewer than five in all), the next smallest is hidden too.
 */
import type { Pupil } from '../domain';
import type { ImpactMeasure } from './measures';
import type { Observation } from './observations';
import { summarise, type Summary } from './stats';
import { onePerPupil } from './summary';

/** The smallest subgroup a breakdown shows. */
export const MIN_SUBGROUP = 5;

export interface BreakdownRow {
  readonly measure: ImpactMeasure;
  readonly by: string;
  readonly subgroup: string;
  readonly summary: Summary;
}

export interface Breakdowns {
  readonly rows: readonly BreakdownRow[];
  /** Subgroups left out for having too few pupils (or to protect one that had). */
  readonly hidden: number;
}

interface Characteristic {
  readonly by: string;
  readonly of: (pupil: Pupil) => string;
  /** Whether the register records it at all: a breakdown of a column it does not have says nothing. */
  readonly recorded: (pupils: readonly Pupil[]) => boolean;
}

const SEN_NAMES: Record<Pupil['sen'], string> = { none: 'No SEN', support: 'SEN support', ehcp: 'EHCP' };

const AREAS: readonly (readonly [string, RegExp])[] = [
  ['Communication and interaction', /\b(slcn|asd|asc|autis\w*|speech|language|communication)\b/],
  ['Cognition and learning', /\b(spld|mld|sld|pmld|dyslexi\w*|dyscalculi\w*|learning|cognition)\b/],
  ['Social, emotional and mental health', /\b(semh|social|emotional|mental|adhd|add|attachment)\b/],
  ['Sensory and/or physical', /\b(hi|vi|msi|pd|hearing|visual|vision|physical|sensory|deaf|blind)\b/],
];

/** The Code of Practice area a primary need (a code such as SEMH, or words) belongs to. */
export function areaOfNeed(need: string | null): string {
  if (need === null || need.trim() === '') return 'No need recorded';
  const text = need.toLowerCase();
  return AREAS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'Other need';
}

const CHARACTERISTICS: readonly Characteristic[] = [
  { by: 'SEN status', of: (p) => SEN_NAMES[p.sen], recorded: (pupils) => pupils.some((p) => p.sen !== 'none') },
  {
    by: 'Pupil premium',
    of: (p) => (p.pupilPremium === null ? 'Not recorded' : p.pupilPremium ? 'Pupil premium' : 'Not pupil premium'),
    recorded: (pupils) => pupils.some((p) => p.pupilPremium !== null),
  },
  { by: 'Area of need', of: (p) => areaOfNeed(p.primaryNeed), recorded: (pupils) => pupils.some((p) => p.primaryNeed !== null) },
];

export function breakdowns(observations: readonly Observation[], measures: readonly ImpactMeasure[]): Breakdowns {
  const rows: BreakdownRow[] = [];
  let hidden = 0;
  for (const measure of measures) {
    const pupils = onePerPupil(observations.filter((o) => o.forImpact && o.measure.key === measure.key && o.pupil !== null));
    if (pupils.length < MIN_SUBGROUP) continue;
    for (const characteristic of CHARACTERISTICS) {
      if (!characteristic.recorded(pupils.flatMap((o) => (o.pupil ? [o.pupil] : [])))) continue;
      const subgroups = new Map<string, Observation[]>();
      for (const o of pupils) {
        const name = o.pupil ? characteristic.of(o.pupil) : '';
        subgroups.set(name, [...(subgroups.get(name) ?? []), o]);
      }
      const shown = shownSubgroups([...subgroups].map(([name, list]) => ({ name, size: list.length })));
      hidden += subgroups.size - shown.size;
      for (const [name, list] of [...subgroups].sort(([a], [b]) => a.localeCompare(b, 'en-GB'))) {
        if (shown.has(name)) rows.push({ measure, by: characteristic.by, subgroup: name, summary: summarise(list, measure) });
      }
    }
  }
  return { rows, hidden };
}

/** The subgroups safe to show: none under the minimum, and the hidden ones not identifiable by subtraction. */
export function shownSubgroups(subgroups: readonly { readonly name: string; readonly size: number }[]): Set<string> {
  const bySize = [...subgroups].sort((a, b) => a.size - b.size || a.name.localeCompare(b.name, 'en-GB'));
  const shown = bySize.filter((s) => s.size >= MIN_SUBGROUP);
  let hiddenPupils = bySize.filter((s) => s.size < MIN_SUBGROUP).reduce((sum, s) => sum + s.size, 0);
  while (hiddenPupils > 0 && hiddenPupils < MIN_SUBGROUP && shown.length > 0) hiddenPupils += shown.shift()?.size ?? 0;
  return new Set(shown.map((s) => s.name));
}
