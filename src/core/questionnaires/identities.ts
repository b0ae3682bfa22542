/**
 * The two ways a form can say who answered without asking for a name: the pupil's personal code
 * (their own link fills it in), and, where pupils sign in with school Google accounts, the email
 * address Google verified, matched to the register's pupil email column.
 */
import type { Pupil } from '../domain';
import type { TabSnapshot } from '../snapshot';
import { cellText, normaliseHeader } from '../text';
import { pupilsByCode } from './personal-codes';
import { emailKey, NO_IDENTITIES, type PupilIdentities } from './pupil-match';

const EMAIL_HEADER = /\be ?mail\b/;
/** Someone else's address: never the pupil's own. */
const SOMEONE_ELSES = /parent|carer|guardian|mother|father|mum|dad|contact|staff|teacher|tutor|mentor|home/;
const PUPILS_OWN = /pupil|student|learner|school|google/;

/** The register's pupil email column, 0-based: a pupil's or school email before a plain `Email`. */
export function pupilEmailColumn(headers: readonly string[]): number | null {
  const columns = headers
    .map((header, column) => ({ header: normaliseHeader(header), column }))
    .filter(({ header }) => EMAIL_HEADER.test(header) && !SOMEONE_ELSES.test(header));
  const own = columns.find(({ header }) => PUPILS_OWN.test(header)) ?? columns[0];
  return own ? own.column : null;
}

/** Email key → pupil, from each pupil's register row; null where two pupils give the same address. */
export function pupilsByEmail(register: TabSnapshot, headerRow: number, pupils: readonly Pupil[]): Map<string, Pupil | null> {
  const column = pupilEmailColumn((register.values[headerRow - 1] ?? []).map(cellText));
  const index = new Map<string, Pupil | null>();
  if (column === null) return index;
  for (const pupil of pupils) {
    if (pupil.source.tab !== register.name) continue;
    const key = emailKey(cellText(register.values[pupil.source.row - 1]?.[column]));
    if (key === '') continue;
    index.set(key, index.has(key) && index.get(key)?.id !== pupil.id ? null : pupil);
  }
  return index;
}

export interface IdentitySources {
  /** The secret personal codes are made with; null before the first form. */
  readonly secret: string | null;
  /** The register tab and its header row, for the pupils' email addresses. */
  readonly register: { readonly tab: TabSnapshot; readonly headerRow: number } | null;
}

export function pupilIdentities(pupils: readonly Pupil[], sources: IdentitySources): PupilIdentities {
  if (sources.secret === null && sources.register === null) return NO_IDENTITIES;
  return {
    codes: sources.secret === null ? new Map() : pupilsByCode(sources.secret, pupils),
    emails: sources.register === null ? new Map() : pupilsByEmail(sources.register.tab, sources.register.headerRow, pupils),
  };
}
