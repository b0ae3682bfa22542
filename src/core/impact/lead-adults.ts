/**
 * Whether the adult who leads a programme is a teaching assistant or a teacher, for the ratio gain
 * (seed 004: a TA should reach 1.5 times the usual rate of progress, a teacher twice it). Read from
 * the staff tab's role column when it has one, else from the register's staff cell
 * (`Mrs O'Neill (HLTA)`); any other role (learning mentor, youth worker) is neither.
 */
import type { SlotGridMapping } from '../mapping/schema';
import type { TabSnapshot } from '../snapshot';
import { cellText, normaliseHeader, normaliseText } from '../text';

export type LeadRole = 'TA' | 'teacher';

export interface LeadAdult {
  readonly role: LeadRole | null;
  /** The role as the sheet writes it, or null when it says none. */
  readonly written: string | null;
}

const ROLE_HEADER = /^(role|job|job title|post|position|staff role|role title)$/;
const TA_WORDS = /\b(ta|hlta|teaching assistant|learning support assistant|lsa|support assistant|classroom assistant)\b/;
const TEACHER_WORDS = /\b(teacher|sendco|senco|sen co ordinator|send co ordinator)\b/;

export function roleOf(text: string | null): LeadRole | null {
  if (text === null) return null;
  const words = normaliseText(text).replace(/[^a-z0-9]+/g, ' ');
  if (TA_WORDS.test(words)) return 'TA';
  return TEACHER_WORDS.test(words) ? 'teacher' : null;
}

/** Staff name → role written on the staff tab, when the tab has a role column. */
export function staffRoles(tab: TabSnapshot | undefined, mapping: SlotGridMapping | null): ReadonlyMap<string, string> {
  const roles = new Map<string, string>();
  if (!tab || !mapping) return roles;
  const headers = (tab.values[mapping.headerRow - 1] ?? []).map(cellText);
  const nameColumn = headers.findIndex((h) => h === mapping.keyColumn);
  const roleColumn = headers.findIndex((h) => ROLE_HEADER.test(normaliseHeader(h)));
  if (nameColumn < 0 || roleColumn < 0) return roles;
  for (const row of tab.values.slice(mapping.headerRow)) {
    const name = cellText(row[nameColumn]).trim();
    const role = cellText(row[roleColumn]).trim();
    if (name !== '' && role !== '') roles.set(normaliseText(name), role);
  }
  return roles;
}

/** The lead adult's role: the staff tab's, else one the register's staff cell names. */
export function leadAdult(staff: string | null, roles: ReadonlyMap<string, string>): LeadAdult {
  if (staff === null) return { role: null, written: null };
  const listed = roles.get(normaliseText(staff.replace(/\s*\(.*\)\s*$/, '')));
  if (listed !== undefined) return { role: roleOf(listed), written: listed };
  const role = roleOf(staff);
  return { role, written: role === null ? null : staff };
}
