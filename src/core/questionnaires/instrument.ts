/**
 * What a questionnaire is, as data: its items (with the grid question they sit under, their
 * subscale and whether they are reverse-keyed), the answer scale, and how answers become a score.
 * Built-in instruments and the ones a school defines in its `Instruments` tab share this schema.
 */
import * as v from 'valibot';
import { finiteNumber, integer, object, record } from '../schema-parts';

/** A text check whose refusal names what is too long, for the Problems tab of a school's own instrument. */
const text = (what: string, max: number) =>
  v.pipe(v.string(), v.minLength(1, `${what} cannot be empty.`), v.maxLength(max, `${what} must be at most ${max} characters.`));

/** Cronbach's alpha: strictly between 0 and 1. */
const alpha = v.pipe(
  finiteNumber(),
  v.check((a) => a > 0 && a < 1, 'A reliability must lie between 0 and 1.'),
);

export const scoringSchema = v.picklist(['mean', 'sum']);
export type Scoring = v.InferOutput<typeof scoringSchema>;

export const scaleLabelSchema = object({
  label: text('An answer on the scale', 100),
  value: finiteNumber(),
});

export const scaleSchema = v.pipe(
  object({
    /** Answer wordings and the value each stands for; empty for a purely numeric scale. */
    labels: v.optional(v.pipe(v.array(scaleLabelSchema), v.maxLength(20, 'A scale may have at most 20 answers.')), []),
    min: integer(),
    max: integer(),
  }),
  v.check((scale) => scale.min < scale.max, 'The scale’s lowest value must be below its highest.'),
  v.check(
    (scale) => scale.labels.every((l) => l.value >= scale.min && l.value <= scale.max),
    'Every label’s value must lie within the scale.',
  ),
);
export type Scale = v.InferOutput<typeof scaleSchema>;

export const itemSchema = object({
  /** The grid question the item sits under (`At home, there is an adult who...`), if any. */
  stem: v.optional(v.nullable(text('The question an item sits under', 300)), null),
  text: text('An item’s wording', 300),
  subscale: v.optional(v.nullable(text('A subscale’s name', 100)), null),
  /** Scored as min + max − answer. */
  reverse: v.optional(v.boolean(), false),
});
export type Item = v.InferOutput<typeof itemSchema>;

export const instrumentSchema = object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/), v.maxLength(60, 'The instrument’s name is too long: keep it under 60 letters.')),
  name: text('The instrument’s name', 100),
  items: v.pipe(
    v.array(itemSchema),
    v.minLength(1, 'An instrument needs at least one item.'),
    v.maxLength(200, 'An instrument may have at most 200 items.'),
  ),
  scale: scaleSchema,
  scoring: v.optional(object({ total: v.optional(scoringSchema, 'mean'), subscales: v.optional(scoringSchema, 'mean') }), {}),
  /** Share of items (of the whole, and of each subscale) that must be answered for a score. */
  minAnsweredShare: v.optional(v.pipe(finiteNumber(), v.minValue(0.5), v.maxValue(1)), 0.8),
  /** Cronbach's alpha of the total, for the reliable change index; null when unpublished. */
  alpha: v.optional(v.nullable(alpha), null),
  /** Cronbach's alpha of each subscale the publication reports, by subscale name. */
  subscaleAlphas: v.optional(record(v.string(), alpha), {}),
  /**
   * False where the publication validates the subscales but not an overall score: the total is
   * then shown apart, labelled as not validated, and never counted for impact.
   */
  totalValidated: v.optional(v.boolean(), true),
  higherIsBetter: v.optional(v.boolean(), true),
});
export type Instrument = v.InferOutput<typeof instrumentSchema>;
export type InstrumentInput = v.InferInput<typeof instrumentSchema>;

/** How a refusal reads where the schema has no sentence of its own, as the Problems tab has always shown it. */
export const UNEXPLAINED_REFUSAL = 'Invalid input';

/** Subscale names in the order their first item appears. */
export function subscalesOf(instrument: Instrument): string[] {
  const names: string[] = [];
  for (const item of instrument.items) {
    if (item.subscale !== null && !names.includes(item.subscale)) names.push(item.subscale);
  }
  return names;
}

/** How many of `total` items must be answered: the share, rounded up (6 of 7 at 80%). */
export function requiredAnswers(total: number, share: number): number {
  return Math.max(1, Math.ceil(total * share - 1e-9));
}
