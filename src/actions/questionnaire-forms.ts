/**
 * Create questionnaire form: a Google Form for a built-in questionnaire — the register's pupils
 * as a dropdown, a start/end question, the items as grids in the published wording and order —
 * linked to this spreadsheet, with the trigger that scores each response as it arrives. The
 * mapping learns the new `Form Responses N` tab so re-score reads it too.
 */
import type { Pupil } from '../core/domain';
import { builtinInstruments, SLSS_ID, SRS_ID, type Instrument } from '../core/questionnaires';
import type { CreateFormResult, FormInstrument } from '../shared/api';
import { createLinkedForm, ensureFormSubmitTrigger, type FormGrid, type FormSpec } from '../sheets/forms';
import { withDocumentLock } from '../sheets/lock';
import { saveMapping } from '../sheets/store';
import { loadSetUpSchool } from './run-action';
import { UserError } from '../core/user-error';

/** The global Apps Script calls on each form submission (src/server/index.ts). */
export const FORM_SUBMIT_HANDLER = 'onFormSubmit';

export const PUPIL_QUESTION = 'Your name';
export const PHASE_QUESTION = 'Is this the start or the end of your programme?';
export const PHASE_CHOICES = ['Start of the programme', 'End of the programme'] as const;

/** What pupils and staff see: plain words, not the instrument's academic name. */
const FORM_TITLES: Record<FormInstrument, { title: string; grid: string }> = {
  [SLSS_ID]: { title: 'Life satisfaction questionnaire', grid: 'How much do you agree with each sentence?' },
  [SRS_ID]: { title: 'Resilience questionnaire', grid: 'How often is each of these true for you?' },
};

export const FORM_INSTRUMENTS: readonly FormInstrument[] = [SLSS_ID, SRS_ID];

/** Pupils by name; a name two pupils share carries the pupil's id so the choice is never a guess. */
export function pupilChoices(pupils: readonly Pupil[]): string[] {
  const counts = new Map<string, number>();
  for (const pupil of pupils) counts.set(pupil.name.trim(), (counts.get(pupil.name.trim()) ?? 0) + 1);
  const choices = pupils
    .filter((pupil) => pupil.name.trim() !== '')
    .map((pupil) => (counts.get(pupil.name.trim())! > 1 ? `${pupil.name.trim()} (${pupil.id})` : pupil.name.trim()));
  return [...new Set(choices)].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** Consecutive items under the same stem share a grid (`Stem [item]`, as Forms heads its columns). */
function gridsOf(instrument: Instrument, plainTitle: string): FormGrid[] {
  const columns = instrument.scale.labels.map((label) => label.label);
  const grids: { title: string; rows: string[]; columns: string[] }[] = [];
  for (const item of instrument.items) {
    const title = item.stem ?? plainTitle;
    const last = grids[grids.length - 1];
    if (last && last.title === title) last.rows.push(item.text);
    else grids.push({ title, rows: [item.text], columns });
  }
  return grids;
}

export function questionnaireFormSpec(instrument: Instrument, formId: FormInstrument, pupils: readonly Pupil[]): FormSpec {
  const words = FORM_TITLES[formId];
  return {
    title: words.title,
    description: `There are no right or wrong answers: say how things really are for you. Your answers help the adults who run your programme see how it is going. (${instrument.name})`,
    pupil: { title: PUPIL_QUESTION, help: 'Choose your name from the list.', choices: pupilChoices(pupils) },
    phase: { title: PHASE_QUESTION, choices: [...PHASE_CHOICES] },
    grids: gridsOf(instrument, words.grid),
  };
}

export function createQuestionnaireForm(formId: FormInstrument): CreateFormResult {
  return withDocumentLock(() => {
    const school = loadSetUpSchool();
    const instrument = builtinInstruments(school.stored.settings.questionnaires.minAnsweredShare).find((i) => i.id === formId);
    if (!instrument) throw new UserError('Choose the life satisfaction or the resilience questionnaire.');
    const spec = questionnaireFormSpec(instrument, formId, school.data.pupils);
    if (spec.pupil.choices.length === 0)
      throw new UserError(
        'The register has no pupils yet, so the form would have no names to choose from. Add the pupils, then try again.',
      );
    const created = createLinkedForm(
      school.spreadsheet,
      spec,
      school.snapshot.tabs.map((tab) => tab.name),
    );
    const trigger = ensureFormSubmitTrigger(school.spreadsheet, FORM_SUBMIT_HANDLER);
    const { mapping } = school;
    const tab = created.responsesTab;
    if (tab !== null && !mapping.responses.some((part) => part.tab === tab) && mapping.responses.length < 50) {
      saveMapping({ ...mapping, responses: [...mapping.responses, { tab, headerRow: 1 }] });
    }
    const where = tab === null ? 'Answers will arrive on a new Form Responses tab' : `Answers arrive on “${tab}”`;
    return {
      headline: `Created “${spec.title}”. ${where} and are scored onto Scores as each pupil sends the form. Share this link with pupils: ${created.publishedUrl}`,
      title: spec.title,
      publishedUrl: created.publishedUrl,
      editUrl: created.editUrl,
      responsesTab: tab,
      triggerInstalled: trigger === 'installed',
    };
  });
}
