/**
 * Who leads a programme: their role (teacher, teaching assistant, mentor or external) and, when the
 * staff tab says, their hourly cost. The role decides the rate of progress to aim for (seed 004: a
 * TA should reach 1.5 times the usual rate, a teacher twice it) and, with no hourly cost on the
 * staff tab, the rate Settings give for it. Read from the staff tab's role and cost columns when it
 * has them, else from the register's staff cell (`Mrs O'Neill (HLTA)`).
 */
import type { SlotGridMapping } from '../mapping/schema';
import type { TabSnapshot } from '../snapshot';
import { cellText, normaliseHeader, normaliseText } from '../text';
import type { CellValue } from '../values';

export const STAFF_ROLES = ['teacher', 'TA', 'mentor', 'external'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface LeadAdult {
  readonly role: StaffRole | null;
  /** The role as the sheet writes it, or null when it says none. */
  readonly written: string | null;
  /** Pounds an hour from the staff tab, or null when it gives none. */
  readonly hourlyCost: number | null;
}

/** What the staff tab says of one member of staff. */
export interface StaffDetails {
  readonly role: string | null;
  readonly hourlyCost: number | null;
}

const ROLE_HEADER = /^(role|job|job title|post|position|staff role|role title)$/;
const COST_HEADER =
  /^(hourly (cost|rate|pay)|(cost|rate|pay) (per|an|a|\/) ?(hour|hr|h)|(cost|rate) per hour|hourly|(hourly )?(cost|rate) (gbp|£|per hr))$/;
/** Checked in this order: an external teacher is external, a teaching assistant is not a teacher. */
const ROLE_WORDS: readonly (readonly [StaffRole, RegExp])[] = [
  ['external', /\b(external|agency|visiting|outside|counsellor|therapist|psychologist|nurse|consultant|coach|charity)\b/],
  ['TA', /\b(ta|hlta|teaching assistant|learning support assistant|lsa|support assistant|classroom assistant)\b/],
  ['teacher', /\b(teacher|sendco|senco|sen co ordinator|send co ordinator|head of year|assistant head|deputy head)\b/],
  ['mentor', /\b(mentor|learning mentor|pastoral|attendance officer|youth worker|key worker|keyworker|family support)\b/],
];

export function roleOf(text: string | null): StaffRole | null {
  if (text === null) return null;
  const words = normaliseText(text).replace(/[^a-z0-9]+/g, ' ');
  return ROLE_WORDS.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}

/** Pounds from a cell: 15, `£15.50`, `£15.50 per hour`; null when it holds no amount. */
export function poundsOf(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  const text = cellText(value)
    .toLowerCase()
    .replace(/(per|an|a|\/)\s*(hour|hr|h)\b|ph$|gbp/g, '')
    .replace(/[£,\s]/g, '');
  if (text === '') return null;
  const pounds = Number(text);
  return Number.isFinite(pounds) && pounds >= 0 ? pounds : null;
}

/** Staff name → role and hourly cost written on the staff tab, when it has a role or cost column. */
export function staffDetails(tab: TabSnapshot | undefined, mapping: SlotGridMapping | null): ReadonlyMap<string, StaffDetails> {
  const details = new Map<string, StaffDetails>();
  if (!tab || !mapping) return details;
  const headers = (tab.values[mapping.headerRow - 1] ?? []).map(cellText);
  const nameColumn = headers.findIndex((h) => h === mapping.keyColumn);
  const roleColumn = headers.findIndex((h) => ROLE_HEADER.test(normaliseHeader(h)));
  const costColumn = headers.findIndex((h) => COST_HEADER.test(normaliseHeader(h.replace(/\(\s*£\s*\)|£/g, ''))));
  if (nameColumn < 0 || (roleColumn < 0 && costColumn < 0)) return details;
  for (const row of tab.values.slice(mapping.headerRow)) {
    const name = cellText(row[nameColumn]).trim();
    const role = roleColumn < 0 ? '' : cellText(row[roleColumn]).trim();
    const hourlyCost = costColumn < 0 ? null : poundsOf(row[costColumn]);
    if (name !== '' && (role !== '' || hourlyCost !== null)) details.set(normaliseText(name), { role: role || null, hourlyCost });
  }
  return details;
}

/** The lead adult's role and cost: the staff tab's, else a role the register's staff cell names. */
export function leadAdult(staff: string | null, details: ReadonlyMap<string, StaffDetails>): LeadAdult {
  if (staff === null) return { role: null, written: null, hourlyCost: null };
  const listed = details.get(normaliseText(staff.replace(/\s*\(.*\)\s*$/, '')));
  const hourlyCost = listed?.hourlyCost ?? null;
  if (listed?.role) return { role: roleOf(listed.role), written: listed.role, hourlyCost };
  const role = roleOf(staff);
  return { role, written: role === null ? null : staff, hourlyCost };
}
