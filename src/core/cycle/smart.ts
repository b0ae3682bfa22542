/**
 * Whether a target can be measured (seed 002: "clear SMART targets"): a written target needs where
 * the pupil starts (a baseline), where they should get to (a target value) and by when.
 */
import type { TargetRecord } from './records';

export type SmartGap = 'no baseline' | 'no target value' | 'no date';

/** What a written target lacks to be measured; empty when it has it all (or nothing is written yet). */
export function smartGaps(target: TargetRecord): SmartGap[] {
  if (target.target === '') return [];
  const gaps: SmartGap[] = [];
  if (target.baseline === '') gaps.push('no baseline');
  if (target.targetValue === '') gaps.push('no target value');
  if (target.by === null) gaps.push('no date');
  return gaps;
}

/** The placement's written targets, in the order the Targets tab lists them. */
export function writtenTargets(targets: readonly TargetRecord[], placement: string): TargetRecord[] {
  return targets.filter((target) => target.placement === placement && target.target !== '');
}
