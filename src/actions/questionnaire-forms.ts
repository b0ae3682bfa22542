/**
 * Create questionnaire form: a Google Form for a built-in questionnaire that asks no names — a
 * personal code each pupil's own link fills in (or the verified school email, where pupils sign
 * in), the start/end question, the items as grids in the published wording and order — linked
 * to this spreadsheet, with the trigger that scores each response as it arrives, and the staff's
 * `Form links` tab of personal links. One form per questionnaire: asking again keeps the form
 * (its links stay valid) and rebuilds the tab of links. The mapping learns the new
 * `Form Responses N` tab so re-score reads it too.
 */
import {
  builtinInstruments,
  FORM_LINKS_KEY,
  FORM_LINKS_TAB,
  formIdentity,
  formLinksTab,
  questionnaireFormSpec,
  type FormRecord,
} from '../core/questionnaires';
import { FORMS_TOO_BIG, formsProperties } from '../core/stored';
import { plural } from '../core/text';
import { UserError } from '../core/user-error';
import type { CreateFormResult, FormInstrument, FormLinksResult } from '../shared/api';
import { loadSetUpSchool } from './run-action';
import type { School } from './school';
import { services } from './services';
import { saveMapping } from './store';

/** The global Apps Script calls on each form submission (src/server/index.ts). */
export const FORM_SUBMIT_HANDLER = 'onFormSubmit';

export const FORM_INSTRUMENTS: readonly FormInstrument[] = ['slss', 'srs'];

/** Rebuilds the staff's tab of personal links from the remembered forms; null when no form uses them. */
function writeLinks(school: School, forms: readonly FormRecord[], secret: string | null): { tab: string | null; pupils: number } {
  const plan = formLinksTab(forms, school.data, secret);
  if (plan === null) return { tab: null, pupils: 0 };
  const [written] = services().workbook.apply({ tabs: [plan], replaces: [FORM_LINKS_KEY] }, school.generated).written;
  const perForm = forms.filter((f) => f.prefill !== null).length;
  return { tab: written ?? FORM_LINKS_TAB, pupils: (plan.values.length - 1) / Math.max(1, perForm) };
}

function linksSentence(links: { tab: string | null; pupils: number }): string {
  return links.tab === null
    ? ''
    : ` Give each pupil their own link from the “${links.tab}” tab (${plural(links.pupils, 'pupil')} on a programme): it fills in their personal code, so the form asks no names.`;
}

export function createQuestionnaireForm(formId: FormInstrument): CreateFormResult {
  const { forms, lock } = services();
  return lock.withDocumentLock(() => {
    const school = loadSetUpSchool();
    const { stored } = school;
    const instrument = builtinInstruments(stored.settings.questionnaires.minAnsweredShare).find((i) => i.id === formId);
    if (!instrument) throw new UserError('Choose the life satisfaction or the resilience questionnaire.');
    if (school.data.pupils.length === 0)
      throw new UserError('The register has no pupils yet, so no pupil could answer the form. Add the pupils, then try again.');
    const identity = formIdentity(stored.settings);
    const kept = stored.forms.find((f) => f.instrument === formId && f.identifies === identity);
    if (kept && forms.formExists(kept.id)) {
      const links = writeLinks(school, stored.forms, stored.formSecret);
      return {
        headline: `“${kept.title}” was made before, so no second form was made: its answers keep arriving in the same place.${linksSentence(links)}`,
        title: kept.title,
        publishedUrl: kept.publishedUrl,
        editUrl: kept.editUrl,
        responsesTab: null,
        triggerInstalled: forms.hasFormSubmitTrigger(FORM_SUBMIT_HANDLER),
        linksTab: links.tab,
      };
    }

    const newSecret = identity === 'code' && stored.formSecret === null ? forms.newSecret() : null;
    const spec = questionnaireFormSpec(instrument, identity);
    const created = forms.createLinkedForm(spec);
    const trigger = forms.ensureFormSubmitTrigger(FORM_SUBMIT_HANDLER);
    const record: FormRecord = {
      instrument: formId,
      id: created.id,
      title: spec.title,
      publishedUrl: created.publishedUrl,
      editUrl: created.editUrl,
      identifies: identity,
      prefill: created.prefill,
    };
    const records = [...stored.forms.filter((f) => f !== kept), record];
    services().properties.set(formsProperties(records, newSecret), FORMS_TOO_BIG);
    const { mapping } = school;
    const tab = created.responsesTab;
    if (tab !== null && !mapping.responses.some((part) => part.tab === tab) && mapping.responses.length < 50) {
      saveMapping({ ...mapping, responses: [...mapping.responses, { tab, headerRow: 1 }] });
    }
    const links = writeLinks(school, records, newSecret ?? stored.formSecret);

    const where = tab === null ? 'Answers will arrive on a new Form Responses tab' : `Answers arrive on “${tab}”`;
    const scoring =
      trigger === 'not-allowed'
        ? 'Google does not let a test deployment score answers as they arrive, so run Score questionnaires once pupils have answered'
        : 'are scored onto Scores as each pupil sends the form';
    const share =
      identity === 'email' ? ` Pupils sign in with their school account to answer; share this link with them: ${created.publishedUrl}` : '';
    return {
      headline: `Created “${spec.title}”.${linksSentence(links)}${share} ${where} and ${scoring}.`,
      title: spec.title,
      publishedUrl: created.publishedUrl,
      editUrl: created.editUrl,
      responsesTab: tab,
      triggerInstalled: trigger === 'installed',
      linksTab: links.tab,
    };
  });
}

/** Rebuilds the `Form links` tab: pupils who joined a programme since get their links too. */
export function refreshFormLinks(): FormLinksResult {
  return services().lock.withDocumentLock(() => {
    const school = loadSetUpSchool();
    const links = writeLinks(school, school.stored.forms, school.stored.formSecret);
    return {
      headline:
        links.tab === null
          ? 'No form uses personal links yet: create a questionnaire form first.'
          : `The “${links.tab}” tab lists ${plural(links.pupils, 'pupil')} on a programme, each with their own link to each form.`,
      linksTab: links.tab,
    };
  });
}
