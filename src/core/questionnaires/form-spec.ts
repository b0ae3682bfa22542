/**
 * A questionnaire form as pupils see it, and what the sidebar tells staff before it is made. The
 * form never lists pupils: it asks for no name at all. It knows who answered from a personal code
 * the pupil's own link fills in, or, where pupils sign in with school Google accounts, from the
 * email address Google verified. Then the start/end question and the items, in the published
 * wording and order, none of which a pupil is made to answer.
 */
import type { FormGrid, FormSpec } from '../ports';
import type { Settings } from '../settings';
import { SLSS_ID, SRS_ID } from './builtins';
import { CODE_PLACEHOLDER, type FormIdentity } from './form-records';
import type { Instrument } from './instrument';

export const CODE_QUESTION = 'Your personal code';
export const PHASE_QUESTION = 'Is this the start or the end of your programme?';
export const PHASE_CHOICES = ['Start of the programme', 'End of the programme'] as const;

/** What pupils and staff see: plain words, not the instrument's academic name. */
const FORM_WORDS: Readonly<Record<string, { title: string; grid: string }>> = {
  [SLSS_ID]: { title: 'Life satisfaction questionnaire', grid: 'How much do you agree with each sentence?' },
  [SRS_ID]: { title: 'Resilience questionnaire', grid: 'How often is each of these true for you?' },
};

export function formTitle(instrument: Instrument): string {
  return FORM_WORDS[instrument.id]?.title ?? instrument.name;
}

export function formIdentity(settings: Settings): FormIdentity {
  return settings.questionnaires.pupilsSignIn ? 'email' : 'code';
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

const PUPIL_WORDS: Readonly<Record<FormIdentity, string>> = {
  code: 'Please open this form from your own link, so that your answers count for you.',
  email: 'Please sign in with your school account, so that your answers count for you.',
};

export function questionnaireFormSpec(instrument: Instrument, identity: FormIdentity): FormSpec {
  const words = FORM_WORDS[instrument.id] ?? { title: instrument.name, grid: 'How true is each of these for you?' };
  return {
    title: words.title,
    description: `There are no right or wrong answers: say how things really are for you. Only the adults who run your programme see your answers, to see how it is going. ${PUPIL_WORDS[identity]} (${instrument.name})`,
    identity:
      identity === 'code'
        ? {
            kind: 'code',
            title: CODE_QUESTION,
            help: 'Your own link fills this in. Please leave it as it is.',
            placeholder: CODE_PLACEHOLDER,
          }
        : { kind: 'email' },
    phase: { title: PHASE_QUESTION, choices: [...PHASE_CHOICES] },
    grids: gridsOf(instrument, words.grid),
  };
}

/** What the sidebar says before a form is made: what it collects, who sees the answers, where they are kept. */
export interface FormNotice {
  readonly collects: string;
  readonly whoSees: string;
  readonly keptWhere: string;
}

export function formNotice(identity: FormIdentity): FormNotice {
  const rest =
    'Then it asks whether this is the start or the end of their programme, and the questionnaire’s questions, none of which they have to answer.';
  return {
    collects:
      identity === 'code'
        ? `No names. Each pupil opens their own link, listed for staff on the Form links tab, which fills in a personal code: only this spreadsheet can match a code to a pupil, and a code cannot be worked out from a name or a UPN. ${rest}`
        : `No names. Pupils sign in with their school Google account, and the form records the email address Google verified, matched to the register’s pupil email column. ${rest}`,
    whoSees:
      'You, and the people you share the form or this spreadsheet with. Pupils see only the questions: no pupil sees another pupil’s name or answers.',
    keptWhere:
      'In this spreadsheet (a new Form Responses tab, and Scores) and among the form’s own responses in your Google Drive. Nothing is sent anywhere else.',
  };
}
