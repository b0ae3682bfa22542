/**
 * A response a script builds (not one a pupil sent): item answers gathered with
 * `withItemResponse`, turned into a pre-filled link with `toPrefilledUrl`.
 * https://developers.google.com/apps-script/reference/forms/form-response
 * https://developers.google.com/apps-script/reference/forms/item-response
 *
 * Google's pre-filled link is the form's published link with `usp=pp_url` and one
 * `entry.<number>=<answer>` per answer, form-encoded. Google's entry number is not the item's id;
 * the emulator uses the id, which scripts cannot tell apart from an opaque number.
 */
import { CLASS_NAME } from '../../counting';
import type { FormModel } from '../../model';
import { asApps } from '../apps';
import type { ItemModel } from './item-model';
import { Item } from './items';

export function publishedUrl(formId: string): string {
  return `https://docs.google.com/forms/d/e/${formId}/viewform`;
}

export class ItemResponse implements Pick<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'> {
  readonly [CLASS_NAME] = 'ItemResponse';

  constructor(
    readonly item: ItemModel,
    private readonly form: FormModel,
    readonly response: string,
  ) {}

  getItem(): GoogleAppsScript.Forms.Item {
    return asApps(new Item(this.item, this.form));
  }
  getResponse(): string {
    return this.response;
  }
}

/** `application/x-www-form-urlencoded`, as Google writes a pre-filled answer: spaces as `+`. */
function formEncode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+');
}

export class FormResponse implements Pick<GoogleAppsScript.Forms.FormResponse, 'withItemResponse' | 'getItemResponses' | 'toPrefilledUrl'> {
  readonly [CLASS_NAME] = 'FormResponse';
  private readonly answers: ItemResponse[] = [];

  constructor(private readonly form: FormModel) {}

  /** An answer for an item already answered replaces it, as in Forms. */
  withItemResponse(response: GoogleAppsScript.Forms.ItemResponse): GoogleAppsScript.Forms.FormResponse {
    const answer = response as unknown as ItemResponse;
    if (!this.form.items.includes(answer.item)) throw new Error('FormResponse.withItemResponse: that item is not on this form.');
    const at = this.answers.findIndex((a) => a.item === answer.item);
    if (at >= 0) this.answers.splice(at, 1, answer);
    else this.answers.push(answer);
    return asApps(this);
  }

  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    return this.answers.map((answer) => asApps(answer));
  }

  toPrefilledUrl(): string {
    const entries = this.answers.map((a) => `entry.${a.item.id}=${formEncode(a.response)}`);
    return `${publishedUrl(this.form.id)}?${['usp=pp_url', ...entries].join('&')}`;
  }
}

/**
 * What a pupil sees on opening a pre-filled link: the form it belongs to and each pre-filled
 * answer by question title (for tests and the local runner, which submit as that pupil would).
 */
export function prefilledAnswers(forms: readonly FormModel[], url: string): { formId: string; answers: Record<string, string> } {
  const parsed = new URL(url);
  const formId = /\/forms\/d\/e\/([^/]+)\/viewform$/.exec(parsed.pathname)?.[1];
  const form = forms.find((f) => f.id === formId);
  if (!form || formId === undefined) throw new Error(`prefilledAnswers: ${url} is not the link of a form in this workbook.`);
  const answers: Record<string, string> = {};
  for (const [name, value] of parsed.searchParams) {
    const id = /^entry\.(\d+)$/.exec(name)?.[1];
    if (id === undefined) continue;
    const item = (form.items as ItemModel[]).find((candidate) => candidate.id === Number(id));
    if (!item) throw new Error(`prefilledAnswers: "${form.title}" has no question entry.${id}.`);
    answers[item.title] = value;
  }
  return { formId, answers };
}
