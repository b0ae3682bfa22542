/**
 * The forms the add-in made, as document properties remember them: enough to rebuild the tab of
 * personal links at any time without opening a form, and to reuse a form rather than make a
 * second one for the same questionnaire.
 */
import * as v from 'valibot';
import { object } from '../schema-parts';

/** How a form knows who answered: a personal code its link fills in, or the verified school email. */
export const identitySchema = v.picklist(['code', 'email']);
export type FormIdentity = v.InferOutput<typeof identitySchema>;

const url = v.pipe(v.string(), v.maxLength(2000));

export const formRecordSchema = object({
  /** The built-in questionnaire it asks. */
  instrument: v.pipe(v.string(), v.maxLength(60)),
  id: v.pipe(v.string(), v.maxLength(200)),
  title: v.pipe(v.string(), v.maxLength(200)),
  publishedUrl: url,
  editUrl: url,
  identifies: identitySchema,
  /** The pupil's link with CODE_PLACEHOLDER where their code goes; null for a form that collects emails. */
  prefill: v.nullable(url),
});
export type FormRecord = v.InferOutput<typeof formRecordSchema>;

/** What a pre-filled link carries in place of a pupil's code, replaced once per pupil. */
export const CODE_PLACEHOLDER = 'IPCODEPLACEHOLDER';

/** A pupil's own link: the form's pre-filled link with their code in the placeholder's place. */
export function personalLink(prefill: string, code: string): string {
  return prefill.replace(CODE_PLACEHOLDER, encodeURIComponent(code));
}
