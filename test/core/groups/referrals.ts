/**
 * Long referral lists for suggesting groups: the suggest tests check the groups made from them,
 * and `tools/bench/core-speed.ts` times the same runs.
 */
import type { Gender, SchoolData, SenStatus } from '../../../src/core/domain';
import { school, type PupilSpec } from './fixtures';

const PROGRAMMES = ['Managing my anger', 'Improving my self-esteem', 'Literacy catch-up', 'Boxing group'];

/** A seeded generator (mulberry32) so every run builds the same referral list. */
function random(seed: number): () => number {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` referred pupils over four programmes and Years 7–11, with a keep-apart pair for every ten. */
export function referrals(n: number, seed: number): SchoolData {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const rows = Array.from({ length: n }, (_, i) => ({
    group: null,
    spec: {
      name: `Pupil${i} Surname${i}`,
      type: 'referred',
      programme: pick(PROGRAMMES),
      year: 7 + Math.floor(next() * 5),
      gender: pick<Gender>(['F', 'M']),
      sen: pick<SenStatus>(['none', 'none', 'none', 'support', 'ehcp']),
      staff: null,
    } satisfies PupilSpec,
  }));
  // Keep-apart pairs written both ways a sheet might: `Surname, Forename` and `Forename Surname`.
  const keepApart = Array.from({ length: Math.floor(n / 10) }, (): [string, string] => {
    const a = Math.floor(next() * n);
    const b = Math.floor(next() * n);
    return [`Surname${a}, Pupil${a}`, `Pupil${b} Surname${b}`];
  });
  return school(rows, { keepApart: keepApart.filter(([a, b]) => a !== b) });
}
