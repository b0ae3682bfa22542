/**
 * Finds pupils from a name as a sheet writes it: `Surname, Forename`, `Forename Surname`, odd case
 * and spacing, or the pupil's id (UPN, admission number). Exact once normalised: a misspelt name
 * matches nobody, so a keep-apart rule is never applied to the wrong child.
 */
import type { Pupil } from '../domain';
import { personNameKey } from '../text';

/** Lower case, single spaces, `Surname, Forename` turned round, stray punctuation dropped. */
export const normalisePupilName = personNameKey;

export interface PupilNameIndex {
  /** Every pupil the text could mean (more than one when two pupils share a name). */
  find(text: string): readonly Pupil[];
}

export function indexPupilNames(pupils: readonly Pupil[]): PupilNameIndex {
  const byKey = new Map<string, Pupil[]>();
  const add = (key: string, pupil: Pupil): void => {
    if (key === '') return;
    const list = byKey.get(key) ?? [];
    if (!list.includes(pupil)) list.push(pupil);
    byKey.set(key, list);
  };
  for (const pupil of pupils) {
    for (const key of keysOf(pupil)) add(key, pupil);
  }
  return { find: (text) => byKey.get(normalisePupilName(text)) ?? [] };
}

/** The forms a pupil may be written in: id, display name, forename surname and surname forename. */
function keysOf(pupil: Pupil): string[] {
  const keys = [normalisePupilName(pupil.id), normalisePupilName(pupil.name)];
  if (pupil.forename && pupil.surname) {
    keys.push(normalisePupilName(`${pupil.forename} ${pupil.surname}`), normalisePupilName(`${pupil.surname} ${pupil.forename}`));
  }
  return keys;
}
