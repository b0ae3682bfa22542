/**
 * Reads one answer cell against an instrument's scale: a label in any case or spacing
 * (`strongly agree `), a number on the scale (`6`, 6), or both (`6 - Strongly agree`).
 * Anything else is out of range and left out of the score.
 */
import { normaliseText } from '../text';
import { isBlank, type CellValue } from '../values';
import type { Scale } from './instrument';

export type Answer =
  | { readonly kind: 'blank' }
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'out-of-range'; readonly text: string };

export type AnswerReader = (cell: CellValue) => Answer;

const BLANK: Answer = { kind: 'blank' };

function labelKey(text: string): string {
  return normaliseText(text).replace(/[.!]+$/, '');
}

/** `6`, `6 - Strongly agree`, `Strongly agree (6)` → the number and the words beside it. */
function splitNumber(text: string): { n: number; words: string } | null {
  const plain = /^[-+]?\d+(?:\.\d+)?$/.exec(text);
  if (plain) return { n: Number(text), words: '' };
  const lead = /^(\d+)\s*[-–:.)=]?\s+(.+)$/.exec(text) ?? /^(\d+)\s*[-–:.)=]\s*(.+)$/.exec(text);
  if (lead) return { n: Number(lead[1]), words: lead[2]! };
  const trail = /^(.+?)\s*[(\-–=:]\s*(\d+)\s*\)?$/.exec(text);
  if (trail) return { n: Number(trail[2]), words: trail[1]! };
  return null;
}

/**
 * A reader for one scale. Readings are remembered per distinct cell text: a tab of thousands of
 * responses holds only a handful of different answers.
 */
export function answerReader(scale: Scale): AnswerReader {
  const byLabel = new Map(scale.labels.map((l) => [labelKey(l.label), l.value]));
  const onScale = (n: number): boolean => Number.isInteger(n) && n >= scale.min && n <= scale.max;
  const seen = new Map<string, Answer>();

  const readText = (raw: string): Answer => {
    const text = raw.trim();
    const labelled = byLabel.get(labelKey(text));
    if (labelled !== undefined) return { kind: 'value', value: labelled };
    const split = splitNumber(text);
    if (split && onScale(split.n)) {
      const wordsValue = split.words === '' ? undefined : byLabel.get(labelKey(split.words));
      // `4 - Strongly agree` contradicts itself: not guessed.
      if (wordsValue === undefined || wordsValue === split.n) return { kind: 'value', value: split.n };
    }
    return { kind: 'out-of-range', text };
  };

  return (cell) => {
    if (isBlank(cell)) return BLANK;
    if (typeof cell === 'number') return onScale(cell) ? { kind: 'value', value: cell } : { kind: 'out-of-range', text: String(cell) };
    if (typeof cell !== 'string') return { kind: 'out-of-range', text: String(cell) };
    let answer = seen.get(cell);
    if (answer === undefined) {
      answer = readText(cell);
      seen.set(cell, answer);
    }
    return answer;
  };
}

/** The scale in words for a message: `Strongly disagree … Strongly agree, or 1–6`. */
export function describeScale(scale: Scale): string {
  const first = scale.labels[0];
  const last = scale.labels[scale.labels.length - 1];
  const numbers = `${scale.min}–${scale.max}`;
  return first && last ? `${first.label} … ${last.label}, or ${numbers}` : numbers;
}
