/**
 * Text as schools type it: headers and names with odd spacing, case, punctuation and curly quotes.
 * Everything that compares people's text goes through these, so the rules are the same everywhere.
 */
import type { CellValue } from './values';

/** Lower case, curly quotes straightened, runs of spaces and underscores collapsed, trimmed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A header reduced to words: punctuation other than `%`, `/`, `-` and `?` becomes a space. */
export function normaliseHeader(text: string): string {
  return normaliseText(text)
    .replace(/[^a-z0-9%/?\-\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A cell as trimmed text ('' for blanks, numbers as written). */
export function cellText(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** A short lower-case id from a label: `Attendance %` → `attendance`. */
export function slug(text: string): string {
  return normaliseHeader(text)
    .replace(/%/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** "a, b or c": a choice among items, for a sentence; `none` when there are none. */
export function orList(items: readonly string[], none = ''): string {
  return listed(items, 'or', none);
}

/** "a, b and c"; `none` when there are none. */
export function andList(items: readonly string[], none = ''): string {
  return listed(items, 'and', none);
}

function listed(items: readonly string[], conjunction: string, none: string): string {
  if (items.length < 2) return items[0] ?? none;
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** `1 pupil`, `3 pupils`; `many` for nouns whose plural is not just an added s. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A person's name as a comparison key: case, spacing and punctuation dropped and `Surname, Forename`
 * turned round, so `SMITH,  Amy ` and `Amy Smith` are the same key.
 */
export function personNameKey(text: string): string {
  const plain = normaliseText(text);
  const comma = plain.indexOf(',');
  const ordered = comma >= 0 ? `${plain.slice(comma + 1)} ${plain.slice(0, comma)}` : plain;
  return ordered
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
