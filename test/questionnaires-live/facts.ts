/**
 * The published facts of the two built-in questionnaires (the Students' Life Satisfaction Scale
 * and the Student Resilience Survey), written out by hand in the tests independently of src/ (the
 * items in the core tests' fixtures), and a tiny scorer built from those facts alone, for
 * checking what the add-in wrote.
 */
import { SLSS_TEXTS, SRS_PAIRS, SRS_SUBSCALES } from '../core/questionnaires/fixtures';

export const SLSS_NAME = "Students' Life Satisfaction Scale";
export const SRS_NAME = 'Student Resilience Survey';

export const SLSS_ITEMS: readonly string[] = SLSS_TEXTS;
/** 1-based item numbers the document says are reverse-keyed (scored 7 − answer). */
export const SLSS_REVERSED = new Set([3, 4]);
export const SLSS_SCALE = [
  'Strongly disagree',
  'Moderately disagree',
  'Mildly disagree',
  'Mildly agree',
  'Moderately agree',
  'Strongly agree',
];

export interface SrsItem {
  readonly subscale: string;
  /** The stem with `...` for the ellipsis, or '' when the item has none. */
  readonly stem: string;
  readonly text: string;
}

/** The 41 SRS items, in the published order; only the stems the survey prints end in `...`. */
export function srsItems(): SrsItem[] {
  const subscales = SRS_SUBSCALES.flatMap(([subscale, count]) => Array.from({ length: count }, () => subscale));
  if (subscales.length !== SRS_PAIRS.length) throw new Error('The SRS subscales do not add up to its items.');
  return SRS_PAIRS.map(([stem, text], i) => ({ subscale: subscales[i]!, stem: stem.endsWith('...') ? stem : '', text }));
}

const plain = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/…/g, '...').replace(/\s+/g, ' ').trim();

/** An SLSS answer as the document values it: a scale label (any case, spaces) or 1–6. */
export function slssValue(answer: unknown): number | null {
  if (typeof answer === 'number') return answer >= 1 && answer <= 6 && Number.isInteger(answer) ? answer : null;
  const text = plain(typeof answer === 'string' ? answer : '');
  if (text === '') return null;
  const index = SLSS_SCALE.findIndex((label) => plain(label) === text);
  if (index >= 0) return index + 1;
  return /^[1-6]$/.test(text) ? Number(text) : null;
}

const SRS_LABELS = ['never', 'rarely', 'sometimes', 'often', 'always'];
export function srsValue(answer: unknown): number | null {
  if (typeof answer === 'number') return answer >= 1 && answer <= 5 && Number.isInteger(answer) ? answer : null;
  const text = plain(typeof answer === 'string' ? answer : '');
  if (text === '') return null;
  const index = SRS_LABELS.indexOf(text);
  if (index >= 0) return index + 1;
  return /^[1-5]$/.test(text) ? Number(text) : null;
}

/** Mean of the answered values when at least 80% are answered, else null. */
export function meanIfEnough(values: readonly (number | null)[]): number | null {
  const answered = values.filter((v): v is number => v !== null);
  if (answered.length < Math.ceil(0.8 * values.length - 1e-9)) return null;
  return answered.reduce((a, b) => a + b, 0) / answered.length;
}

export function slssScore(answers: readonly unknown[]): { score: number | null; answered: number } {
  const keyed = answers.map((a, i) => {
    const v = slssValue(a);
    return v === null ? null : SLSS_REVERSED.has(i + 1) ? 7 - v : v;
  });
  return { score: meanIfEnough(keyed), answered: keyed.filter((v) => v !== null).length };
}

export function srsScore(
  items: readonly SrsItem[],
  answers: readonly unknown[],
): { score: number | null; subscales: Record<string, number | null>; answered: number } {
  const values = answers.map(srsValue);
  const subscales: Record<string, number | null> = {};
  for (const name of new Set(items.map((i) => i.subscale)))
    subscales[name] = meanIfEnough(values.filter((_, index) => items[index]!.subscale === name));
  return { score: meanIfEnough(values), subscales, answered: values.filter((v) => v !== null).length };
}

/** The column of each item under Google Forms' grid headers `Stem [item]` (or `Question [item]`). */
export function gridColumns(headers: readonly string[], items: readonly { stem: string; text: string }[]): number[] {
  return items.map((item) => {
    const index = headers.findIndex((header) => {
      const grid = /^(.*)\[(.*)\]\s*$/.exec(header);
      if (!grid) return false;
      return plain(grid[2]!) === plain(item.text) && (item.stem === '' || plain(grid[1]!) === plain(item.stem));
    });
    if (index < 0) throw new Error(`no column for ${item.stem} ${item.text}`);
    return index;
  });
}
