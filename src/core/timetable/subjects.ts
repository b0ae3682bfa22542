/**
 * Recognising protected subjects however a timetable writes them: `Maths`, `Mathematics`, `Ma`,
 * `Numeracy`, `Maths set 2`, `Eng`, `English Lit`, `Literacy`, `7Ma1`… A subject is protected when its
 * words contain all the words of a protected name or one of its known aliases, in order.
 */
import { normaliseText } from '../text';

const ALIASES: readonly (readonly string[])[] = [
  ['maths', 'mathematics', 'math', 'ma', 'mat', 'further maths', 'numeracy'],
  [
    'english',
    'eng',
    'en',
    'engl',
    'english lit',
    'english literature',
    'english language',
    'eng lit',
    'eng lang',
    'englit',
    'englang',
    'literacy',
  ],
];

/** Lower-case words, digits and punctuation dropped (`7Ma1` → `ma`, `Eng. Lit` → `eng lit`). */
export function subjectWords(subject: string): string[] {
  return normaliseText(subject)
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  for (let start = 0; start + run.length <= words.length; start += 1) {
    if (run.every((word, i) => words[start + i] === word)) return true;
  }
  return false;
}

/** A test for "is this subject protected?", built once from the settings' list. */
export function protectedSubjectTest(protectedSubjects: readonly string[]): (subject: string | null) => boolean {
  const runs: string[][] = [];
  for (const name of protectedSubjects) {
    const words = subjectWords(name);
    const key = words.join(' ');
    const family = ALIASES.find((aliases) => aliases.includes(key));
    for (const alias of family ?? [key]) runs.push(alias.split(' ').filter((w) => w.length > 0));
  }
  const cache = new Map<string, boolean>();
  return (subject) => {
    if (subject === null) return false;
    let known = cache.get(subject);
    if (known === undefined) {
      const words = subjectWords(subject);
      known = runs.some((run) => containsRun(words, run));
      cache.set(subject, known);
    }
    return known;
  };
}

const subjectKeys = new Map<string, string>();

/** The key a subject is counted under for rotation: its words, so `History` and `history ` are one. */
export function subjectKey(subject: string): string {
  let key = subjectKeys.get(subject);
  if (key === undefined) {
    key = subjectWords(subject).join(' ') || normaliseText(subject);
    // Timetables name a few dozen subjects; the bound only guards against a pathological sheet.
    if (subjectKeys.size < 10_000) subjectKeys.set(subject, key);
  }
  return key;
}
