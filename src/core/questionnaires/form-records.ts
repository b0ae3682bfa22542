/**
 * The forms the add-in made, as document properties remember them: enough to rebuild the tab of
 * personal links at any time without opening a form, and to reuse a form rather than make a
 * second one for the same questionnaire.
 */
import * as z from 'zod/mini';

/** How a form knows who answered: a personal code its link fills in, or the verified school email. */
export const identitySchema = z.enum(['code', 'email']);
export type FormIdentity = z.infer<typeof identitySchema>;

const url = z.string().check(z.maxLength(2000));

export const formRecordSchema = z.object({
  /** The built-in questionnaire it asks. */
  instrument: z.string().check(z.maxLength(60)),
  id: z.string().check(z.maxLength(200)),
  title: z.string().check(z.maxLength(200)),
  publishedUrl: url,
  editUrl: url,
  identifies: identitySchema,
  /** The pupil's link with CODE_PLACEHOLDER where their code goes; null for a form that collects emails. */
  prefill: z.nullable(url),
});
export type FormRecord = z.infer<typeof formRecordSchema>;

/** What a pre-filled link carries in place of a pupil's code, replaced once per pupil. */
export const CODE_PLACEHOLDER = 'IPCODEPLACEHOLDER';

/** A pupil's own link: the form's pre-filled link with their code in the placeholder's place. */
export function personalLink(prefill: string, code: string): string {
  return prefill.replace(CODE_PLACEHOLDER, encodeURIComponent(code));
}
