/**
 * Start or end of a programme: read from a form's own question (`Start of the programme`,
 * `Before`, `Pre`, `Baseline` / `End`, `After`, `Post`, `Exit`…), otherwise worked out from when
 * the form was sent against the pupil's placement.
 */
import type { Placement } from '../domain';
import { normaliseText } from '../text';
import type { IsoDate } from '../values';

export type Phase = 'pre' | 'post';

const PRE_WORDS = new Set([
  'start',
  'starting',
  'started',
  'before',
  'pre',
  'baseline',
  'beginning',
  'begin',
  'first',
  'initial',
  'entry',
  'intake',
]);
const POST_WORDS = new Set([
  'end',
  'ending',
  'after',
  'post',
  'exit',
  'finish',
  'finished',
  'finishing',
  'final',
  'last',
  'leaving',
  'completion',
  'outcome',
]);

const readings = new Map<string, Phase | null>();

/** `Start of the programme` → pre; `Post-intervention` → post; anything mixed or unknown → null. */
export function readPhase(text: string): Phase | null {
  // A phase column holds a handful of distinct answers: each is read once.
  let phase = readings.get(text);
  if (phase === undefined) {
    phase = phaseOfWords(text);
    if (readings.size < 1000) readings.set(text, phase);
  }
  return phase;
}

function phaseOfWords(text: string): Phase | null {
  const words = normaliseText(text)
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
  const pre = words.some((w) => PRE_WORDS.has(w));
  const post = words.some((w) => POST_WORDS.has(w));
  if (pre === post) return null;
  return pre ? 'pre' : 'post';
}

function dayNumber(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** A form sent this long after a placement began still counts as its start (when no end is known). */
const START_WINDOW_DAYS = 14;

/**
 * The phase a response's date points to: the placement (of those with a start date) nearest the
 * date, then whichever of its start and end the date is nearer. Null when nothing says.
 */
export function phaseFromDate(date: IsoDate, placements: readonly Placement[]): Phase | null {
  const day = dayNumber(date);
  let best: { distance: number; phase: Phase | null } | null = null;
  for (const placement of placements) {
    if (placement.start === null) continue;
    const start = dayNumber(placement.start);
    const end = placement.end === null ? null : dayNumber(placement.end);
    const inside = day >= start && (end === null || day <= end);
    const distance = inside ? 0 : day < start ? start - day : day - (end ?? start);
    const phase: Phase | null =
      end !== null ? (day - start <= end - day ? 'pre' : 'post') : day <= start + START_WINDOW_DAYS ? 'pre' : null;
    if (best === null || distance < best.distance) best = { distance, phase };
  }
  return best?.phase ?? null;
}
