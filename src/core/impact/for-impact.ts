/**
 * Each programme's measures for impact (seed 002: agreed per programme, shown first at the end of a
 * programme): the measures whose names carry its purpose's words. The purpose is the one chosen in
 * Settings, else the one most of its desired outcomes (the register's outcome column, the groups'
 * focus) serve, else its name's, else its referral reasons'.
 */
import type { Group, Placement, SchoolData } from '../domain';
import { chosenPurpose, classifyPurpose, majorityPurpose, measureServes, type Purpose } from '../groups/purposes';
import type { Settings } from '../settings';
import { normaliseText } from '../text';
import type { ImpactMeasure } from './measures';
import { programmeOf } from './programmes';

export interface ProgrammePurposes {
  readonly purposeOf: (programme: string) => Purpose | null;
  /** Whether the measure's name carries the programme's purpose's words. */
  readonly serves: (programme: string, measure: ImpactMeasure) => boolean;
  /** Whether the measure is one of the programme's measures for impact. */
  readonly isForImpact: (programme: string, measure: ImpactMeasure) => boolean;
}

export function programmePurposes(data: SchoolData, settings: Settings): ProgrammePurposes {
  const placements = new Map<string, Placement[]>();
  for (const placement of data.placements) {
    const programme = programmeOf(placement);
    placements.set(programme, [...(placements.get(programme) ?? []), placement]);
  }
  const purposes = new Map<string, Purpose | null>();
  const purposeOf = (programme: string): Purpose | null => {
    if (!purposes.has(programme)) purposes.set(programme, purposeFor(programme, placements.get(programme) ?? [], data.groups, settings));
    return purposes.get(programme) ?? null;
  };
  const serves = (programme: string, measure: ImpactMeasure): boolean => {
    const purpose = purposeOf(programme);
    return purpose !== null && measureServes({ id: measure.key, label: measure.label }, purpose, settings.groups);
  };
  return {
    purposeOf,
    serves,
    // A questionnaire taken at a programme's start and end is the one chosen to show its impact.
    isForImpact: (programme, measure) => serves(programme, measure) || (measure.source === 'questionnaire' && measure.subscale === null),
  };
}

function purposeFor(programme: string, placements: readonly Placement[], groups: readonly Group[], settings: Settings): Purpose | null {
  const keywords = settings.groups.purposeKeywords;
  const wanted = normaliseText(programme);
  const focuses = groups.filter((g) => g.programme !== null && normaliseText(g.programme) === wanted).map((g) => g.focus);
  const outcomes = [...placements.map((p) => p.outcome), ...focuses].map((text) => classifyPurpose(text, keywords));
  return (
    chosenPurpose(programme, settings.groups) ??
    majorityPurpose(outcomes) ??
    classifyPurpose(programme, keywords) ??
    majorityPurpose(placements.map((p) => classifyPurpose(p.reason, keywords)))
  );
}
