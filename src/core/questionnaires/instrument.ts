/**
 * What a questionnaire is, as data: its items (with the grid question they sit under, their
 * subscale and whether they are reverse-keyed), the answer scale, and how answers become a score.
 * Built-in instruments and the ones a school defines in its `Instruments` tab share this schema.
 */
import * as z from 'zod';

export const scoringSchema = z.enum(['mean', 'sum']);
export type Scoring = z.infer<typeof scoringSchema>;

export const scaleLabelSchema = z.object({
  label: z.string().min(1).max(100),
  value: z.number().finite(),
});

export const scaleSchema = z
  .object({
    /** Answer wordings and the value each stands for; empty for a purely numeric scale. */
    labels: z.array(scaleLabelSchema).max(20).default([]),
    min: z.number().int(),
    max: z.number().int(),
  })
  .refine((scale) => scale.min < scale.max, { message: 'The scale’s lowest value must be below its highest.' })
  .refine((scale) => scale.labels.every((l) => l.value >= scale.min && l.value <= scale.max), {
    message: 'Every label’s value must lie within the scale.',
  });
export type Scale = z.infer<typeof scaleSchema>;

export const itemSchema = z.object({
  /** The grid question the item sits under (`At home, there is an adult who...`), if any. */
  stem: z.string().min(1).max(300).nullable().default(null),
  text: z.string().min(1).max(300),
  subscale: z.string().min(1).max(100).nullable().default(null),
  /** Scored as min + max − answer. */
  reverse: z.boolean().default(false),
});
export type Item = z.infer<typeof itemSchema>;

export const instrumentSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(60),
  name: z.string().min(1).max(100),
  items: z.array(itemSchema).min(1).max(200),
  scale: scaleSchema,
  scoring: z.object({ total: scoringSchema.default('mean'), subscales: scoringSchema.default('mean') }).prefault({}),
  /** Share of items (of the whole, and of each subscale) that must be answered for a score. */
  minAnsweredShare: z.number().min(0.5).max(1).default(0.8),
  /** Cronbach's alpha, for the reliable change index; null when unpublished. */
  alpha: z.number().gt(0).lt(1).nullable().default(null),
  higherIsBetter: z.boolean().default(true),
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
