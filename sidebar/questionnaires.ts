/**
 * The Questionnaires section: create a Google Form for a built-in questionnaire, see how many
 * responses are not scored yet (re-score repairs that), and match the names typed on forms that
 * fit no pupil, or only a similar one. Every name is shown as text (el), never parsed as HTML.
 */
import type { ActionReport, NameToResolve, PupilChoice, QuestionnaireState } from '../src/shared/api';
import { el, replace } from './dom';
import type { SectionTools } from './groups';
import { SET_UP } from './sections';
import { call } from './server';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Only links to Google Forms are made clickable. */
function formLink(url: string, text: string): HTMLElement | null {
  return /^https:\/\/docs\.google\.com\/forms\//.test(url)
    ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text)
    : null;
}

export function questionnairesSection(tools: SectionTools, setUp: boolean): HTMLElement {
  const box = tools.statusBox('score-status');
  const stateArea = el('div', { id: 'questionnaire-state' });

  const showState = (state: QuestionnaireState): void => replace(stateArea, ...stateView(state, tools, box, showState));
  const load = (): void => {
    void call('apiQuestionnaireState').then((result) => {
      if (result.ok) showState(result.data);
      else replace(stateArea, el('p', { class: 'muted' }, result.error));
    });
  };

  const rescore = el('button', { 'data-action': 'score', type: 'button' }, 'Re-score questionnaires');
  rescore.addEventListener(
    'click',
    () =>
      void tools.run(
        box,
        'Scoring…',
        () => call('apiScoreQuestionnaires'),
        (report) => {
          reportStatus(tools, box, report);
          load();
        },
      ),
  );

  const instrument = el(
    'select',
    { id: 'form-instrument', 'data-action': 'form-instrument' },
    el('option', { value: 'slss' }, 'Life satisfaction (SLSS)'),
    el('option', { value: 'srs' }, 'Resilience (SRS)'),
  );
  const create = el('button', { 'data-action': 'create-form', type: 'button' }, 'Create questionnaire form');
  create.addEventListener(
    'click',
    () =>
      void tools.run(
        box,
        'Creating the form…',
        () => call('apiCreateForm', { instrument: instrument.value === 'srs' ? 'srs' : 'slss' }),
        (created) => {
          tools.showStatus(box, 'ok', created.headline);
          const links = [formLink(created.publishedUrl, 'Open the form'), formLink(created.editUrl, 'Edit the questions')].filter(
            (link): link is HTMLElement => link !== null,
          );
          if (links.length > 0) box.appendChild(el('p', { class: 'row' }, ...links));
          load();
        },
      ),
  );

  if (setUp) load();
  // Setup run (or changed) after the sidebar opened: the responses it found can be counted now.
  document.addEventListener(SET_UP, load);
  return el(
    'section',
    { 'aria-labelledby': 'score-h' },
    el('h2', { id: 'score-h' }, 'Questionnaires'),
    el('p', { class: 'muted' }, 'Each form response is scored onto Scores as it arrives; re-scoring rebuilds Scores from scratch.'),
    stateArea,
    el('div', { class: 'row' }, rescore),
    el('label', { for: 'form-instrument' }, 'Make a Google Form for'),
    instrument,
    el('div', { class: 'row' }, create),
    box,
  );
}

function reportStatus(tools: SectionTools, box: HTMLElement, report: ActionReport): void {
  const problems = report.problems > 0 ? [`${count(report.problems, 'row was', 'rows were')} added to the Problems tab.`] : [];
  const details = [...report.details, ...problems];
  tools.showStatus(box, details.length > 0 ? 'warn' : 'ok', report.headline, details);
}

function stateView(
  state: QuestionnaireState,
  tools: SectionTools,
  box: HTMLElement,
  refresh: (state: QuestionnaireState) => void,
): HTMLElement[] {
  const lines: HTMLElement[] = [
    el(
      'p',
      {},
      state.unscored > 0
        ? `${count(state.unscored, 'response is', 'responses are')} not scored yet — Re-score.`
        : 'Every form response is on Scores.',
    ),
    el(
      'p',
      { class: 'muted' },
      state.triggerInstalled
        ? 'New responses are scored as soon as they arrive.'
        : 'New responses are not scored automatically yet: create a form below to switch this on.',
    ),
  ];
  if (state.toResolve.length === 0) return lines;
  const more =
    state.moreToResolve > 0 ? el('p', { class: 'muted' }, `${count(state.moreToResolve, 'more name', 'more names')} after these.`) : null;
  const list = el(
    'ul',
    { class: 'details', 'aria-label': 'Names to match to a pupil' },
    ...state.toResolve.map((name, index) => nameItem(name, index, state.pupils, tools, box, refresh)),
  );
  return [...lines, el('h3', {}, 'Names to match'), list, ...(more ? [more] : [])];
}

function nameItem(
  name: NameToResolve,
  index: number,
  pupils: readonly PupilChoice[],
  tools: SectionTools,
  box: HTMLElement,
  refresh: (state: QuestionnaireState) => void,
): HTMLElement {
  const id = `resolve-${index}`;
  const what =
    name.kind === 'fuzzy' && name.suggestion
      ? `“${name.typedName}” looks like ${name.suggestion.name}`
      : `“${name.typedName}” is not on the register`;
  const save = (pupilId: string, pupilName: string): void =>
    void tools.run(
      box,
      'Saving…',
      () => call('apiResolvePupil', { typedName: name.typedName, pupilId }),
      (result) => {
        tools.showStatus(box, 'ok', `Responses from “${name.typedName}” now count for ${pupilName}.`, [result.report.headline]);
        refresh(result.state);
      },
    );

  const controls = el('div', { class: 'row' });
  if (name.kind === 'fuzzy' && name.suggestion) {
    const suggestion = name.suggestion;
    const confirm = el('button', { type: 'button', 'data-action': 'resolve' }, `Yes, ${suggestion.name}`);
    confirm.addEventListener('click', () => save(suggestion.id, suggestion.name));
    controls.appendChild(confirm);
  }
  // The register's pupils are listed only when asked for: a long register in every row is slow.
  const choose = el('button', { type: 'button', 'data-action': 'resolve' }, 'Choose the pupil');
  choose.addEventListener('click', () => {
    const select = el(
      'select',
      { id, 'data-action': 'resolve' },
      el('option', { value: '' }, '(choose a pupil)'),
      ...pupils.map((p) => el('option', { value: p.id }, p.name)),
    );
    const use = el('button', { type: 'button', 'data-action': 'resolve' }, 'Use this pupil');
    use.addEventListener('click', () => {
      const picked = pupils.find((p) => p.id === select.value);
      if (picked) save(picked.id, picked.name);
      else select.focus();
    });
    replace(controls, el('label', { for: id }, `Who wrote “${name.typedName}”?`), select, use);
    select.focus();
  });
  controls.appendChild(choose);
  return el(
    'li',
    {},
    el('span', {}, what),
    el('span', { class: 'muted' }, ` (${name.where}${name.responses > 1 ? `, ${name.responses} responses` : ''})`),
    controls,
  );
}
