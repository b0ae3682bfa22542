/**
 * Finds the pupil a response came from. A personal code (from the pupil's own form link) or a
 * verified school email address is matched exactly, never approximately: a code one letter off is
 * another pupil's, or nobody's. A typed name (or id) is matched exactly once normalised (case,
 * spaces, punctuation, `Surname, Forename`, the pupil's id, `Name (id)` as older forms wrote it);
 * one small typo from exactly one pupil is a fuzzy match for a person to confirm; anything else is
 * unmatched. Never guesses between two pupils. A person's earlier choice (`resolved`) wins over all.
 */
import type { Pupil } from '../domain';
import { personNameKey } from '../text';
import { codeKey } from './personal-codes';

export type PupilMatch =
  | { readonly kind: 'exact' | 'resolved' | 'fuzzy'; readonly pupil: Pupil }
  | { readonly kind: 'unmatched'; readonly reason: 'blank' | 'unknown' | 'ambiguous' };

/** The key a typed name is stored under in the `resolved` map: `Smith, Amy ` → `amy smith`. */
export const pupilNameKey = personNameKey;

/** `Amy Smith (UPN123)` → `UPN123`, the form the add-in's pupil dropdown uses. */
function bracketedId(text: string): string | null {
  const match = /\(([^()]+)\)\s*$/.exec(text);
  return match ? match[1]!.trim() : null;
}

/**
 * Optimal-string-alignment distance, stopped early once it must exceed `limit`
 * (one substitution, insertion, deletion or swap of neighbours is 1).
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Shorter names are too close to one another for a typo to be told from another child. */
const MIN_FUZZY_LENGTH = 5;

/** What a response says about who sent it; '' where the form does not ask. */
export interface TypedIdentity {
  readonly code: string;
  readonly email: string;
  readonly name: string;
  readonly id: string;
}

/** How the response named its pupil: the first of these it gave. */
export type IdentifiedBy = 'code' | 'email' | 'name' | 'id';

/** The register's pupils by personal code and by school email; null where two pupils share one. */
export interface PupilIdentities {
  readonly codes: ReadonlyMap<string, Pupil | null>;
  readonly emails: ReadonlyMap<string, Pupil | null>;
}

export const NO_IDENTITIES: PupilIdentities = { codes: new Map(), emails: new Map() };

/** An email address as a comparison key. */
export function emailKey(text: string): string {
  return text.trim().toLowerCase();
}

/** What a response was identified by, and the text it gave, for messages and the names to match. */
export function identityOf(typed: TypedIdentity): { by: IdentifiedBy; text: string } | null {
  for (const by of ['code', 'email', 'name', 'id'] as const) if (typed[by].trim() !== '') return { by, text: typed[by].trim() };
  return null;
}

export interface PupilMatcher {
  match(typedName: string, typedId?: string): PupilMatch;
  /** A code or an email exactly, else the name and id as `match` reads them. */
  identify(typed: TypedIdentity): PupilMatch;
}

export function pupilMatcher(
  pupils: readonly Pupil[],
  resolved: Readonly<Record<string, string>>,
  identities: PupilIdentities = NO_IDENTITIES,
): PupilMatcher {
  const byId = new Map<string, Pupil>();
  const byName = new Map<string, Pupil[]>();
  for (const pupil of pupils) {
    byId.set(pupilNameKey(pupil.id), pupil);
    for (const key of nameKeysOf(pupil)) {
      const list = byName.get(key) ?? [];
      if (!list.includes(pupil)) list.push(pupil);
      byName.set(key, list);
    }
  }
  const resolvedPupils = new Map<string, Pupil>();
  for (const [name, id] of Object.entries(resolved)) {
    const pupil = byId.get(pupilNameKey(id));
    if (pupil) resolvedPupils.set(pupilNameKey(name), pupil);
  }
  const nearIndex = deletionIndex([...byName.keys()]);
  const fuzzyCache = new Map<string, PupilMatch>();

  const fuzzy = (key: string): PupilMatch => {
    const cached = fuzzyCache.get(key);
    if (cached) return cached;
    const near = new Set<Pupil>();
    if (key.length >= MIN_FUZZY_LENGTH) {
      for (const candidate of candidatesNear(key, nearIndex)) {
        if (editDistanceWithin(key, candidate, 1) <= 1) for (const pupil of byName.get(candidate)!) near.add(pupil);
      }
    }
    const [only] = near;
    const result: PupilMatch =
      near.size === 1 && only ? { kind: 'fuzzy', pupil: only } : { kind: 'unmatched', reason: near.size > 1 ? 'ambiguous' : 'unknown' };
    fuzzyCache.set(key, result);
    return result;
  };

  const byText = (text: string): PupilMatch | null => {
    const key = pupilNameKey(text);
    if (key === '') return null;
    const chosen = resolvedPupils.get(key);
    if (chosen) return { kind: 'resolved', pupil: chosen };
    const idPupil = byId.get(key) ?? byId.get(pupilNameKey(bracketedId(text) ?? ''));
    if (idPupil) return { kind: 'exact', pupil: idPupil };
    const named = byName.get(key) ?? byName.get(pupilNameKey(text.replace(/\([^()]*\)\s*$/, '')));
    if (named && named.length === 1) return { kind: 'exact', pupil: named[0]! };
    if (named && named.length > 1) return { kind: 'unmatched', reason: 'ambiguous' };
    return fuzzy(key);
  };

  const exactly = (found: Pupil | null | undefined): PupilMatch | null =>
    found === undefined ? null : found === null ? { kind: 'unmatched', reason: 'ambiguous' } : { kind: 'exact', pupil: found };

  const memo = new Map<string, PupilMatch>();
  const match = (typedName: string, typedId?: string): PupilMatch => {
    // Forms repeat the same names (and often the same typos): each pairing is worked out once.
    const memoKey = `${typedName}\u0000${typedId ?? ''}`;
    const known = memo.get(memoKey);
    if (known) return known;
    const result = matchOnce(typedName, typedId);
    memo.set(memoKey, result);
    return result;
  };

  return {
    match,
    identify(typed) {
      const given = identityOf(typed);
      const chosen = given === null ? undefined : resolvedPupils.get(pupilNameKey(given.text));
      if (chosen) return { kind: 'resolved', pupil: chosen };
      const code = typed.code.trim() === '' ? null : exactly(identities.codes.get(codeKey(typed.code)));
      if (code) return code;
      const email = typed.email.trim() === '' ? null : exactly(identities.emails.get(emailKey(typed.email)));
      if (email) return email;
      if (typed.name.trim() !== '' || typed.id.trim() !== '') return match(typed.name, typed.id);
      return { kind: 'unmatched', reason: given === null ? 'blank' : 'unknown' };
    },
  };

  function matchOnce(typedName: string, typedId: string | undefined): PupilMatch {
    const fromId = typedId ? byId.get(pupilNameKey(typedId)) : undefined;
    if (fromId) return { kind: 'exact', pupil: fromId };
    return byText(typedName) ?? (typedId ? byText(typedId) : null) ?? { kind: 'unmatched', reason: 'blank' };
  }
}

/** The text with each one letter left out in turn, and itself. */
function deletions(text: string): string[] {
  const variants = [text];
  for (let i = 0; i < text.length; i++) variants.push(text.slice(0, i) + text.slice(i + 1));
  return variants;
}

/**
 * Two texts one edit apart share a one-letter deletion (or one is a deletion of the other), so
 * indexing every deletion finds the few names worth measuring without comparing against them all.
 */
function deletionIndex(keys: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const key of keys) {
    for (const variant of new Set(deletions(key))) {
      const list = index.get(variant) ?? [];
      list.push(key);
      index.set(variant, list);
    }
  }
  return index;
}

function candidatesNear(key: string, index: ReadonlyMap<string, readonly string[]>): Set<string> {
  const found = new Set<string>();
  for (const variant of deletions(key)) for (const candidate of index.get(variant) ?? []) found.add(candidate);
  return found;
}

/** Every way a register writes a pupil: display name, forename surname, surname forename. */
function nameKeysOf(pupil: Pupil): string[] {
  const keys = [pupilNameKey(pupil.name)];
  if (pupil.forename && pupil.surname)
    keys.push(pupilNameKey(`${pupil.forename} ${pupil.surname}`), pupilNameKey(`${pupil.surname} ${pupil.forename}`));
  return [...new Set(keys)].filter((key) => key !== '');
}
