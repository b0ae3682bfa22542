/**
 * The Questionnaires section: say what a form collects, who sees the answers and where they are
 * kept before a form is made; make one for a built-in questionnaire; see how many responses are
 * not scored yet (re-score repairs that); and choose where the add-in will not guess — the pupil a
 * name, code or email means, whether a response is a start or an end one, and which column holds
 * an item. Everything from the server is shown as text (el), never parsed as HTML.
 */
import type {
  ActionReport,
  ChoiceResult,
  ItemToPlace,
  NameToResolve,
  PhaseToChoose,
  PupilChoice,
  QuestionnaireState,
  Result,
} from '../src/shared/api';
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

/** What the state view needs to act: the tools, the status box, and a way to show a new state. */
interface Context {
  readonly tools: SectionTools;
  readonly box: HTMLElement;
  readonly refresh: (state: QuestionnaireState) => void;
}

export function questionnairesSection(tools: SectionTools, setUp: boolean): HTMLElement {
  const box = tools.statusBox('score-status');
  const stateArea = el('div', { id: 'questionnaire-state' });
  const notice = el('div', { id: 'form-notice', class: 'notice' });

  const showState = (state: QuestionnaireState): void => {
    replace(stateArea, ...stateView(state, { tools, box, refresh: showState }));
    replace(notice, ...noticeView(state));
  };
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
  const refreshLinks = el('button', { 'data-action': 'form-links', type: 'button' }, 'Update the personal links');
  refreshLinks.addEventListener(
    'click',
    () =>
      void tools.run(
        box,
        'Updating the links…',
        () => call('apiRefreshFormLinks'),
        (result) => tools.showStatus(box, 'ok', result.headline),
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
    notice,
    el('div', { class: 'row' }, create, refreshLinks),
    box,
  );
}

/** Before a form is made: what it collects, who sees the answers, where they are kept. */
function noticeView(state: QuestionnaireState): HTMLElement[] {
  const { collects, whoSees, keptWhere } = state.notice;
  return [
    el('h3', {}, 'Before you make a form'),
    el(
      'dl',
      {},
      el('dt', {}, 'What it collects'),
      el('dd', {}, collects),
      el('dt', {}, 'Who sees the answers'),
      el('dd', {}, whoSees),
      el('dt', {}, 'Where they are kept'),
      el('dd', {}, keptWhere),
    ),
  ];
}

function reportStatus(tools: SectionTools, box: HTMLElement, report: ActionReport): void {
  const problems = report.problems > 0 ? [`${count(report.problems, 'row was', 'rows were')} added to the Problems tab.`] : [];
  const details = [...report.details, ...problems];
  tools.showStatus(box, details.length > 0 ? 'warn' : 'ok', report.headline, details);
}

function stateView(state: QuestionnaireState, context: Context): HTMLElement[] {
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
  const forms = state.forms.flatMap((form) => {
    const open = formLink(form.publishedUrl, form.title);
    return open ? [el('li', {}, open)] : [];
  });
  if (forms.length > 0) lines.push(el('h3', {}, 'Forms made'), el('ul', { class: 'details', 'aria-label': 'Forms made' }, ...forms));
  lines.push(
    ...listToChoose(
      'Names to match',
      'Names to match to a pupil',
      state.toResolve.map((name, index) => nameItem(name, index, state.pupils, context)),
      state.moreToResolve > 0 ? count(state.moreToResolve, 'more name', 'more names') : '',
    ),
    ...listToChoose(
      'Start or end?',
      'Responses to mark start or end',
      state.phasesToChoose.map((p) => phaseItem(p, context)),
      state.morePhases > 0 ? count(state.morePhases, 'more response', 'more responses') : '',
    ),
    ...listToChoose(
      'Questions to place',
      'Questionnaire items to place',
      state.itemsToPlace.map((item, index) => itemPlace(item, index, context)),
      '',
    ),
  );
  return lines;
}

/** A heading and a list of things a person chooses, with how many more wait after them; nothing when empty. */
function listToChoose(heading: string, label: string, items: readonly HTMLElement[], more: string): HTMLElement[] {
  if (items.length === 0) return [];
  const list = [el('h3', {}, heading), el('ul', { class: 'details', 'aria-label': label }, ...items)];
  return more === '' ? list : [...list, el('p', { class: 'muted' }, `${more} after these.`)];
}

/** Saves a choice, then shows the re-score it led to and the section afresh. */
function choose(context: Context, saving: () => Promise<Result<ChoiceResult>>, said: string): void {
  void context.tools.run(context.box, 'Saving…', saving, (result) => {
    context.tools.showStatus(context.box, 'ok', said, [result.report.headline]);
    context.refresh(result.state);
  });
}

const WHAT_WORDS: Record<NameToResolve['what'], (typed: string) => string> = {
  name: (typed) => `“${typed}” is not on the register`,
  code: (typed) => `The personal code “${typed}” belongs to no pupil`,
  email: (typed) => `“${typed}” is no pupil’s email address on the register`,
};

function nameItem(name: NameToResolve, index: number, pupils: readonly PupilChoice[], context: Context): HTMLElement {
  const id = `resolve-${index}`;
  const what =
    name.kind === 'fuzzy' && name.suggestion
      ? `“${name.typedName}” looks like ${name.suggestion.name}`
      : WHAT_WORDS[name.what](name.typedName);
  const save = (pupilId: string, pupilName: string): void =>
    choose(
      context,
      () => call('apiResolvePupil', { typedName: name.typedName, pupilId }),
      `Responses from “${name.typedName}” now count for ${pupilName}.`,
    );

  const controls = el('div', { class: 'row' });
  if (name.kind === 'fuzzy' && name.suggestion) {
    const suggestion = name.suggestion;
    const confirm = el('button', { type: 'button', 'data-action': 'resolve' }, `Yes, ${suggestion.name}`);
    confirm.addEventListener('click', () => save(suggestion.id, suggestion.name));
    controls.appendChild(confirm);
  }
  // The register's pupils are listed only when asked for: a long register in every row is slow.
  const pick = el('button', { type: 'button', 'data-action': 'resolve' }, 'Choose the pupil');
  pick.addEventListener('click', () => {
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
  controls.appendChild(pick);
  return el(
    'li',
    {},
    el('span', {}, what),
    el('span', { class: 'muted' }, ` (${name.where}${name.responses > 1 ? `, ${name.responses} responses` : ''})`),
    controls,
  );
}

function phaseItem(response: PhaseToChoose, context: Context): HTMLElement {
  const answered = response.answer === '' ? 'no answer to the start or end question' : `answered “${response.answer}”`;
  const button = (phase: 'pre' | 'post', label: string): HTMLElement => {
    const b = el('button', { type: 'button', 'data-action': 'resolve-phase' }, label);
    b.addEventListener('click', () =>
      choose(
        context,
        () => call('apiResolvePhase', { key: response.key, phase }),
        `${response.where} now counts as the ${label.toLowerCase()}.`,
      ),
    );
    return b;
  };
  return el(
    'li',
    {},
    el('span', {}, `${response.pupil || 'No name'}, ${answered}`),
    el('span', { class: 'muted' }, ` (${response.where}${response.sent ? `, sent ${response.sent}` : ''})`),
    el('div', { class: 'row' }, button('pre', 'Start'), button('post', 'End')),
  );
}

function itemPlace(item: ItemToPlace, index: number, context: Context): HTMLElement {
  const id = `place-${index}`;
  const why = item.reason === 'none' ? 'matches no column' : 'matches more than one column';
  const select = el(
    'select',
    { id, 'data-action': 'place-item' },
    el('option', { value: '' }, '(choose its column)'),
    ...item.headers.map((header, i) => el('option', { value: String(i) }, header)),
    el('option', { value: 'absent' }, 'It is not on this form'),
  );
  const use = el('button', { type: 'button', 'data-action': 'place-item' }, 'Use this column');
  use.addEventListener('click', () => {
    const header = select.value === 'absent' ? '' : (item.headers[Number(select.value)] ?? null);
    if (select.value === '' || header === null) return select.focus();
    const said = header === '' ? `“${item.text}” now counts as not on ${item.tab}.` : `“${item.text}” is now read from “${header}”.`;
    choose(context, () => call('apiPlaceItem', { tab: item.tab, instrument: item.instrument, item: item.item, header }), said);
  });
  return el(
    'li',
    {},
    el('span', {}, `${item.instrumentName}: “${item.text}” ${why}`),
    el('span', { class: 'muted' }, ` (${item.tab})`),
    el('div', { class: 'row' }, el('label', { for: id }, 'Its column'), select, use),
  );
}
