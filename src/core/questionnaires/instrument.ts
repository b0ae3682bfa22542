/**
 * What a questionnaire is, as data: its items (with the grid question they sit under, their
 * subscale and whether they are reverse-keyed), the answer scale, and how answers become a score.
 * Built-in instruments and the ones a school defines in its `Instruments` tab share this schema.
 */
import * as z from 'zod/mini';

/** A text check whose refusal names what is too long, for the Problems tab of a school's own instrument. */
const text = (what: string, max: number) =>
  z.string().check(z.minLength(1, `${what} cannot be empty.`), z.maxLength(max, `${what} must be at most ${max} characters.`));

export const scoringSchema = z.enum(['mean', 'sum']);
export type Scoring = z.infer<typeof scoringSchema>;

export const scaleLabelSchema = z.object({
  label: text('An answer on the scale', 100),
  value: z.number(),
});

export const scaleSchema = z
  .object({
    /** Answer wordings and the value each stands for; empty for a purely numeric scale. */
    labels: z._default(z.array(scaleLabelSchema).check(z.maxLength(20, 'A scale may have at most 20 answers.')), []),
    min: z.int(),
    max: z.int(),
  })
  .check(
    z.refine((scale) => scale.min < scale.max, 'The scale’s lowest value must be below its highest.'),
    z.refine(
      (scale) => scale.labels.every((l) => l.value >= scale.min && l.value <= scale.max),
      'Every label’s value must lie within the scale.',
    ),
  );
export type Scale = z.infer<typeof scaleSchema>;

export const itemSchema = z.object({
  /** The grid question the item sits under (`At home, there is an adult who...`), if any. */
  stem: z._default(z.nullable(text('The question an item sits under', 300)), null),
  text: text('An item’s wording', 300),
  subscale: z._default(z.nullable(text('A subscale’s name', 100)), null),
  /** Scored as min + max − answer. */
  reverse: z._default(z.boolean(), false),
});
export type Item = z.infer<typeof itemSchema>;

export const instrumentSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/), z.maxLength(60, 'The instrument’s name is too long: keep it under 60 letters.')),
  name: text('The instrument’s name', 100),
  items: z
    .array(itemSchema)
    .check(z.minLength(1, 'An instrument needs at least one item.'), z.maxLength(200, 'An instrument may have at most 200 items.')),
  scale: scaleSchema,
  scoring: z.prefault(z.object({ total: z._default(scoringSchema, 'mean'), subscales: z._default(scoringSchema, 'mean') }), {}),
  /** Share of items (of the whole, and of each subscale) that must be answered for a score. */
  minAnsweredShare: z._default(z.number().check(z.gte(0.5), z.lte(1)), 0.8),
  /** Cronbach's alpha of the total, for the reliable change index; null when unpublished. */
  alpha: z._default(z.nullable(z.number().check(z.gt(0), z.lt(1))), null),
  /** Cronbach's alpha of each subscale the publication reports, by subscale name. */
  subscaleAlphas: z._default(z.record(z.string(), z.number().check(z.gt(0), z.lt(1))), {}),
  /**
   * False where the publication validates the subscales but not an overall score: the total is
   * then shown apart, labelled as not validated, and never counted for impact.
   */
  totalValidated: z._default(z.boolean(), true),
  higherIsBetter: z._default(z.boolean(), true),
});
export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentInput = z.input<typeof instrumentSchema>;

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
