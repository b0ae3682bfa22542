/**
 * The seed's five purposes of an intervention (attendance and punctuality, attitudes to learning,
 * to self, to others, low progress): reasons for referral and programmes are sorted into them by
 * keywords, so a pupil referred for attendance stands out in a literacy group.
 */
import type { Settings } from '../settings';
import { normaliseText } from '../text';

export type Purpose = 'attendance' | 'learning' | 'self' | 'others' | 'progress';
export const PURPOSES: readonly Purpose[] = ['attendance', 'learning', 'self', 'others', 'progress'];

export const PURPOSE_LABELS: Record<Purpose, string> = {
  attendance: 'attendance and punctuality',
  learning: 'attitudes to learning',
  self: 'attitudes to self',
  others: 'attitudes to others',
  progress: 'low progress',
};

export type KeywordLists = Readonly<Record<Purpose, readonly string[]>>;

/** Where a keyword first starts a word in the text, or -1. */
function wordStart(text: string, keyword: string): number {
  const word = normaliseText(keyword);
  let from = text.indexOf(word);
  while (from >= 0) {
    const before = from === 0 ? '' : text.charAt(from - 1);
    if (!/[\p{L}\p{N}]/u.test(before)) return from;
    from = text.indexOf(word, from + 1);
  }
  return -1;
}

/** The purpose whose keyword comes first in the text (the longer keyword on a tie), or null. */
export function classifyPurpose(text: string | null, keywords: KeywordLists): Purpose | null {
  if (!text) return null;
  const plain = normaliseText(text);
  let best: { purpose: Purpose; at: number; length: number } | null = null;
  for (const purpose of PURPOSES) {
    for (const keyword of keywords[purpose]) {
      const at = wordStart(plain, keyword);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && keyword.length > best.length)) best = { purpose, at, length: keyword.length };
    }
  }
  return best?.purpose ?? null;
}

/** The purpose the school chose for a programme in Settings, or null. */
export function chosenPurpose(programme: string | null, settings: Settings['groups']): Purpose | null {
  if (!programme) return null;
  const wanted = normaliseText(programme);
  for (const [name, purpose] of Object.entries(settings.programmePurposes)) {
    if (normaliseText(name) === wanted) return purpose;
  }
  return null;
}

/** A programme's purpose: the school's own mapping first, then the programme's name. */
export function programmePurpose(programme: string | null, settings: Settings['groups']): Purpose | null {
  if (!programme) return null;
  return chosenPurpose(programme, settings) ?? classifyPurpose(programme, settings.purposeKeywords);
}

/** Whether a measure (by its id and label) shows a purpose's outcome: its name has one of the purpose's measure words. */
export function measureServes(
  measure: { readonly id: string; readonly label: string },
  purpose: Purpose,
  settings: Settings['groups'],
): boolean {
  const text = `${normaliseText(measure.id)} ${normaliseText(measure.label)}`;
  return settings.baselineMeasures[purpose].some((word) => text.includes(normaliseText(word)));
}

/** The purpose more than half of the classified reasons share, or null when none does. */
export function majorityPurpose(purposes: readonly (Purpose | null)[]): Purpose | null {
  const known = purposes.filter((p): p is Purpose => p !== null);
  const counts = new Map<Purpose, number>();
  for (const purpose of known) counts.set(purpose, (counts.get(purpose) ?? 0) + 1);
  for (const purpose of PURPOSES) {
    if ((counts.get(purpose) ?? 0) * 2 > known.length) return purpose;
  }
  return null;
}
