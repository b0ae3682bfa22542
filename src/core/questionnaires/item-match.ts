/**
 * Which column holds which item of an instrument, by meaning rather than exact text: the wording
 * is normalised (case, punctuation, curly quotes, numbering) and compared with a similarity
 * threshold, so the published variants ("at my school", "music, art, sports") and small edits
 * match. A column that fits two items equally, or an item that fits two columns equally, is never
 * guessed: the item is listed for a person to choose, and their choice is used from then on.
 */
import { normaliseText } from '../text';
import type { Instrument } from './instrument';
import { editDistanceWithin } from './pupil-match';

/** Wording this similar (0–1) is the same item. */
export const SIMILAR_WORDING = 0.8;
/** Two fits this close are a tie: neither is chosen. */
const TIE = 0.01;
/** With a stem, how much of a fit the item's own words carry (the stem the rest). */
const WORDS_WEIGHT = 0.75;

/** Words only: case, curly quotes, apostrophes, ellipses and other punctuation dropped. */
export function itemKey(text: string): string {
  return normaliseText(text)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface HeaderReading {
  /** The question a grid row sits under ('' for a plain header). */
  readonly question: string;
  readonly text: string;
}

const NUMBERING = /^q?\d+\s+/;

/**
 * The ways a header can be read: `Question [item]` (Google Forms' grid), the header as the item,
 * and, for one column per item, `Question? item` or `Stem... item` split at the break.
 */
function readings(header: string): HeaderReading[] {
  const grid = /^(.*)\[([^\]]*)\]\s*$/s.exec(header);
  // A leading question number (`1.`, `Q3)`) is not part of the wording.
  if (grid) return [{ question: itemKey(grid[1]!).replace(NUMBERING, ''), text: itemKey(grid[2]!).replace(NUMBERING, '') }];
  const whole: HeaderReading = { question: '', text: itemKey(header).replace(NUMBERING, '') };
  const split = /^(.*?(?:\?|:|\u2026|\.\.\.))\s*(.+)$/s.exec(header);
  return split ? [whole, { question: itemKey(split[1]!).replace(NUMBERING, ''), text: itemKey(split[2]!) }] : [whole];
}

interface ItemWords {
  readonly stem: string;
  readonly text: string;
  /** Stem and text together, as a one-column-per-item header writes it. */
  readonly full: string;
}

function wordsOf(instrument: Instrument): ItemWords[] {
  return instrument.items.map((item) => {
    const stem = item.stem === null ? '' : itemKey(item.stem);
    const text = itemKey(item.text);
    return { stem, text, full: stem === '' ? text : `${stem} ${text}` };
  });
}

function wordDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/** Each wording's letter pairs, counted once: the same headers and items are compared again and again. */
const pairsOf = new Map<string, Map<string, number>>();

function bigrams(text: string): Map<string, number> {
  let counts = pairsOf.get(text);
  if (counts) return counts;
  counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  if (pairsOf.size > 5000) pairsOf.clear();
  pairsOf.set(text, counts);
  return counts;
}

/** Letter pairs two texts share (Dice), a cheap bound: wordings alike enough always share most of them. */
function sharedPairs(a: string, b: string): number {
  const pa = bigrams(a);
  const pb = bigrams(b);
  let shared = 0;
  for (const [pair, count] of pa) shared += Math.min(count, pb.get(pair) ?? 0);
  return (2 * shared) / Math.max(1, a.length - 1 + (b.length - 1));
}

/** Below this share of letter pairs in common, two wordings are not measured further. */
const FEW_SHARED_PAIRS = 0.4;

/**
 * How alike two wordings are, 0–1: the better of letters (a letter added or changed: "art",
 * "arts") and words (a word added: "at my school"). 0 below the threshold.
 */
export function wordingSimilarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  if (sharedPairs(a, b) < FEW_SHARED_PAIRS) return 0;
  const longest = Math.max(a.length, b.length);
  const limit = Math.floor(longest * (1 - SIMILAR_WORDING) + 1e-9);
  const distance = editDistanceWithin(a, b, limit);
  // Past the limit the distance is only known to be too far.
  const letters = distance > limit ? 0 : 1 - distance / longest;
  const aw = a.split(' ');
  const bw = b.split(' ');
  const words = 1 - wordDistance(aw, bw) / Math.max(aw.length, bw.length);
  const best = Math.max(letters, words);
  return best >= SIMILAR_WORDING ? best : 0;
}

/** How alike a stem and a form's question are, 0–1, with no threshold: it only weighs a fit. */
function stemSimilarity(question: string, stem: string): number {
  if (question.includes(stem) || stem.includes(question)) return 1;
  const longest = Math.max(question.length, stem.length);
  return 1 - editDistanceWithin(question, stem, longest) / longest;
}

/** How well one reading of a header names an item, 0–1 (0: not at all). */
function fit(reading: HeaderReading, item: ItemWords, similar: (a: string, b: string) => number): number {
  if (reading.text === '') return 0;
  if (reading.question === '') {
    const whole = similar(reading.text, item.full);
    // The item's words without its stem fit less well: the stem may be what tells two items apart.
    const bare = item.stem === '' ? whole : WORDS_WEIGHT * similar(reading.text, item.text);
    return Math.max(whole, bare);
  }
  if (item.stem === '') return similar(reading.text, item.text);
  const words = similar(reading.text, item.text) || similar(reading.text, item.full);
  if (words === 0) return words;
  return WORDS_WEIGHT * words + (1 - WORDS_WEIGHT) * stemSimilarity(reading.question, item.stem);
}

/** Why an item has no column: no header fits it, or two fit it (or it fits a header as well as another item does). */
export type UnresolvedReason = 'none' | 'several';

export interface UnresolvedItem {
  /** 0-based item index. */
  readonly item: number;
  readonly reason: UnresolvedReason;
  /** 0-based columns a person may choose from. */
  readonly candidates: readonly number[];
}

export interface ItemsFound {
  /** 0-based column of each item, in the instrument's order; null where it has none. */
  readonly columns: readonly (number | null)[];
  readonly unresolved: readonly UnresolvedItem[];
  /** Items the headers hold: found, or tied between columns. */
  readonly present: number;
}

/** A person's choice for an item: the header it is under, or '' for "not on this form". */
export type ItemChoices = Readonly<Record<string, string>>;

export function itemChoiceKey(instrumentId: string, item: number): string {
  return `${instrumentId}#${item}`;
}

interface Pair {
  readonly column: number;
  readonly item: number;
  readonly score: number;
}

/** Found columns by instrument, then headers and choices: a tab is matched again for every response a trigger scores. */
const found = new WeakMap<Instrument, Map<string, ItemsFound>>();

/** Each item's column: chosen ones first, then the best fits, ties left for a person. */
export function findItems(headers: readonly string[], instrument: Instrument, choices: ItemChoices = {}): ItemsFound {
  const key = JSON.stringify([headers, choices]);
  let cache = found.get(instrument);
  if (!cache) {
    cache = new Map();
    found.set(instrument, cache);
  }
  let result = cache.get(key);
  if (!result) {
    result = placeItems(headers, instrument, choices);
    if (cache.size > 100) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function placeItems(headers: readonly string[], instrument: Instrument, choices: ItemChoices): ItemsFound {
  const items = wordsOf(instrument);
  const columns: (number | null)[] = items.map(() => null);
  const takenColumns = new Set<number>();
  const settled = new Set<number>();
  items.forEach((_, item) => {
    const chosen = choices[itemChoiceKey(instrument.id, item)];
    if (chosen === undefined) return;
    const column = chosen === '' ? -1 : headers.findIndex((h, c) => h === chosen && !takenColumns.has(c));
    // A chosen header that is no longer there leaves the item to be found again.
    if (chosen !== '' && column < 0) return;
    settled.add(item);
    if (column >= 0) {
      columns[item] = column;
      takenColumns.add(column);
    }
  });

  const score = scorer(headers, items);
  const pairs: Pair[] = [];
  headers.forEach((_, column) => {
    if (takenColumns.has(column)) return;
    items.forEach((__, item) => {
      if (settled.has(item)) return;
      const s = score(column, item);
      if (s > 0) pairs.push({ column, item, score: s });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column || a.item - b.item);

  const tied = new Map<number, Set<number>>();
  const blockedColumns = new Set<number>();
  const free = (column: number, item: number): boolean =>
    columns[item] === null && !settled.has(item) && !tied.has(item) && !takenColumns.has(column) && !blockedColumns.has(column);
  for (const pair of pairs) {
    if (!free(pair.column, pair.item)) continue;
    const near = (s: number): boolean => s >= pair.score - TIE;
    // A rival is one for which this pair is as good as its own best: an item that fits another
    // column better takes that one, and is no rival here.
    const bestForItem = (i: number): number => Math.max(0, ...headers.map((_, c) => (free(c, i) ? score(c, i) : 0)));
    const bestForColumn = (c: number): number => Math.max(0, ...items.map((_, i) => (free(c, i) ? score(c, i) : 0)));
    const rivalItems = items
      .map((_, i) => i)
      .filter(
        (i) => i !== pair.item && free(pair.column, i) && near(score(pair.column, i)) && score(pair.column, i) >= bestForItem(i) - TIE,
      );
    const rivalColumns = headers
      .map((_, c) => c)
      .filter((c) => c !== pair.column && free(c, pair.item) && near(score(c, pair.item)) && score(c, pair.item) >= bestForColumn(c) - TIE);
    if (rivalItems.length === 0 && rivalColumns.length === 0) {
      columns[pair.item] = pair.column;
      takenColumns.add(pair.column);
      continue;
    }
    const tieColumns = new Set([pair.column, ...rivalColumns]);
    for (const item of [pair.item, ...rivalItems]) tied.set(item, tieColumns);
    for (const column of tieColumns) blockedColumns.add(column);
  }

  const unused = headers.map((_, c) => c).filter((c) => !takenColumns.has(c) && !blockedColumns.has(c));
  const unresolved: UnresolvedItem[] = [];
  items.forEach((_, item) => {
    if (columns[item] !== null || settled.has(item)) return;
    const tie = tied.get(item);
    unresolved.push(tie ? { item, reason: 'several', candidates: [...tie] } : { item, reason: 'none', candidates: unused });
  });
  const present = columns.filter((c) => c !== null).length + tied.size;
  return { columns, unresolved, present };
}

/** A column-by-item fit, each header read and each pair measured once. */
function scorer(headers: readonly string[], items: readonly ItemWords[]): (column: number, item: number) => number {
  const seen = new Map<string, number>();
  const similar = (a: string, b: string): number => {
    const key = `${a}\u0000${b}`;
    let value = seen.get(key);
    if (value === undefined) {
      value = wordingSimilarity(a, b);
      seen.set(key, value);
    }
    return value;
  };
  const read = headers.map(readings);
  const fits = new Map<number, number>();
  return (column, item) => {
    const key = column * items.length + item;
    let value = fits.get(key);
    if (value === undefined) {
      value = Math.max(0, ...read[column]!.map((reading) => fit(reading, items[item]!, similar)));
      fits.set(key, value);
    }
    return value;
  };
}
