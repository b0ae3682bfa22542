/**
 * The Groups section: Check groups lists every finding per group, green/amber/red with the status
 * in words too, each finding a button that selects its row in the register; Suggest groups lists
 * each suggestion, and Accept shows exactly which cells will change before anything is written.
 */
import type { ActionReport, CellChange, FindingView, Result, RowRef, SuggestionView } from '../src/shared/api';
import { count, foldedList, type StatusKind } from './status';
import { el, replace } from './dom';
import { call } from './server';

/** What a section borrows from the shell: status boxes, the shared report and the one-action-at-a-time runner. */
export interface SectionTools {
  statusBox(id: string): HTMLElement;
  showStatus(box: HTMLElement, kind: StatusKind, headline: string, details?: readonly string[]): void;
  showReport(box: HTMLElement, report: ActionReport, drawn?: HTMLElement | null): void;
  run<T>(box: HTMLElement, working: string, action: () => Promise<Result<T>>, done: (data: T) => void): Promise<void>;
}

const STATUS_CLASS: Record<FindingView['status'], string> = { OK: 'ok', Warning: 'warn', Problem: 'problem' };
const RANK: Record<FindingView['status'], number> = { OK: 0, Warning: 1, Problem: 2 };
/** Rows offered one by one under a finding; a size finding names every pupil, which is plenty. */
const MAX_ROW_BUTTONS = 12;

export function groupsSection(tools: SectionTools): HTMLElement {
  const checkBox = tools.statusBox('groups-status');
  const selectNote = el('p', { id: 'groups-select-status', class: 'muted', role: 'status', hidden: true });
  const check = el('button', { 'data-action': 'groups', type: 'button' }, 'Check groups');
  check.addEventListener(
    'click',
    () =>
      void tools.run(
        checkBox,
        'Checking groups…',
        () => call('apiCheckGroups'),
        (report) => {
          const findings = report.findings ?? [];
          // The findings are the details, drawn per group rather than line by line.
          tools.showReport(checkBox, report, findings.length > 0 ? findingsList(findings, selectNote) : null);
        },
      ),
  );

  const suggestBox = tools.statusBox('suggest-status');
  const suggestions = el('div', { id: 'groups-suggestions' });
  const suggest = el('button', { 'data-action': 'suggest', type: 'button' }, 'Suggest groups');
  const refresh = (accepted: string | null): void =>
    void tools.run(
      suggestBox,
      accepted ? 'Updating the suggestions…' : 'Suggesting groups…',
      () => call('apiSuggestGroups'),
      (report) => {
        const views = report.suggestions ?? [];
        if (accepted) tools.showStatus(suggestBox, 'ok', accepted, [report.headline]);
        else tools.showReport(suggestBox, report);
        replace(suggestions, views.length > 0 ? suggestionList(views, tools, suggestBox, refresh) : null);
      },
    );
  suggest.addEventListener('click', () => refresh(null));

  return el(
    'section',
    { 'aria-labelledby': 'groups-h' },
    el('h2', { id: 'groups-h' }, 'Groups'),
    el(
      'p',
      { class: 'muted' },
      'Size, year spread, gender balance, keep-apart pairs, SEND load, consent and baseline data. Click a finding to select its row.',
    ),
    el('div', { class: 'row' }, check, suggest),
    checkBox,
    selectNote,
    suggestBox,
    suggestions,
  );
}

/**
 * Problems first, then warnings, each group with its findings; the groups that are OK in one line
 * that opens to name them. Past the first few, groups are folded behind their count, so the
 * result stays within two screens of a 300 px sidebar.
 */
function findingsList(findings: readonly FindingView[], note: HTMLElement): HTMLElement {
  const byGroup = new Map<string, FindingView[]>();
  for (const finding of findings) byGroup.set(finding.group, [...(byGroup.get(finding.group) ?? []), finding]);
  const groups = [...byGroup].map(([group, list]) => ({
    group,
    list: [...list].sort((a, b) => RANK[b.status] - RANK[a.status]),
    worst: list.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a)).status,
  }));
  const needing = groups.filter((g) => g.worst !== 'OK').sort((a, b) => RANK[b.worst] - RANK[a.worst]);
  const fine = groups.filter((g) => g.worst === 'OK').map((g) => g.group);
  const items = needing.map(({ group, list, worst }) =>
    el(
      'li',
      { class: `group-findings ${STATUS_CLASS[worst]}` },
      el('div', { class: 'group-head' }, el('strong', {}, group), ' ', badge(worst)),
      ...list.map((finding) => findingItem(finding, note)),
    ),
  );
  const okLine =
    fine.length > 0
      ? el(
          'li',
          { class: 'group-findings ok' },
          el(
            'details',
            {},
            el('summary', {}, `${count(fine.length, 'group or 1-1 is', 'groups and 1-1s are')} OK`),
            el('p', {}, fine.join(', ')),
          ),
        )
      : null;
  return el(
    'div',
    { class: 'findings-list' },
    foldedList(
      items,
      { class: 'details findings', 'aria-label': 'Findings by group' },
      (n) => `Show ${count(n, 'more group', 'more groups')} to look at`,
    ),
    okLine ? el('ul', { class: 'details findings', 'aria-label': 'Groups that are OK' }, okLine) : null,
  );
}

function badge(status: FindingView['status']): HTMLElement {
  return el('span', { class: `badge ${STATUS_CLASS[status]}` }, status);
}

function findingItem(finding: FindingView, note: HTMLElement): HTMLElement {
  const first = finding.rows[0];
  const main = el(
    'button',
    { type: 'button', class: `finding ${STATUS_CLASS[finding.status]}`, disabled: !first },
    el('span', { class: 'label' }, `${finding.status}: `),
    finding.detail,
  );
  if (first) {
    main.title = `Select ${first.tab} row ${first.row}`;
    main.addEventListener('click', () => void select(first, note));
  }
  const rows = finding.rows.length > 1 ? finding.rows.slice(0, MAX_ROW_BUTTONS) : [];
  return el(
    'div',
    { class: 'finding-item' },
    main,
    finding.pupils.length > 0 && finding.status !== 'OK' ? el('div', { class: 'muted' }, `Pupils: ${finding.pupils.join(', ')}`) : null,
    rows.length > 0
      ? el(
          'div',
          { class: 'row-links' },
          'Rows: ',
          ...rows.map((ref) => rowButton(ref, ref.tab === first?.tab ? String(ref.row) : `${ref.tab} row ${ref.row}`, note)),
        )
      : null,
  );
}

/** The accessible name contains the visible label, as speech users say what they see. */
function rowButton(ref: RowRef, label: string, note: HTMLElement): HTMLElement {
  const button = el('button', { type: 'button', class: 'link', 'aria-label': `Select ${ref.tab} row ${ref.row}` }, label);
  button.addEventListener('click', () => void select(ref, note));
  return button;
}

async function select(ref: RowRef, note: HTMLElement): Promise<void> {
  const result = await call('apiSelectRow', ref);
  note.hidden = false;
  note.className = result.ok ? 'muted' : 'status error';
  replace(note, result.ok ? `Selected ${result.data.tab} row ${result.data.row}.` : result.error);
}

function suggestionList(
  views: readonly SuggestionView[],
  tools: SectionTools,
  box: HTMLElement,
  refresh: (accepted: string | null) => void,
): HTMLElement {
  return el(
    'ul',
    { class: 'suggestions', 'aria-label': 'Suggested groups' },
    ...views.map((view, i) => suggestionItem(view, i, tools, box, refresh)),
  );
}

function suggestionItem(
  view: SuggestionView,
  index: number,
  tools: SectionTools,
  box: HTMLElement,
  refresh: (accepted: string | null) => void,
): HTMLElement {
  const review = el('div', { id: `review-${index}`, class: 'review', hidden: true });
  const open = el(
    'button',
    {
      type: 'button',
      'data-action': 'review',
      'aria-expanded': 'false',
      'aria-controls': `review-${index}`,
      disabled: view.blocked !== null,
    },
    'Review and accept…',
  );
  open.addEventListener('click', () => {
    const show = review.hidden;
    review.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    if (show) replace(review, ...reviewPanel(view, tools, box, refresh, () => open.click()));
  });
  return el(
    'li',
    { class: 'suggestion' },
    el('strong', {}, view.name),
    el('div', { class: 'muted' }, `${view.pupils.length} pupils: ${view.pupils.join(', ')}`),
    el('div', { class: view.notes.length > 0 ? 'note warn' : 'note' }, view.notes.length > 0 ? view.notes.join(' ') : 'Meets every rule.'),
    view.blocked ? el('div', { class: 'status error' }, view.blocked) : null,
    el('div', { class: 'row' }, open),
    review,
  );
}

/**
 * Every cell accepting writes, what it holds now (a formula shown as a formula) → what it will hold,
 * then the confirm button: nothing is written before it. A cell holding a formula has its own tick
 * box, and the button stays disabled until each such cell is ticked.
 */
function reviewPanel(
  view: SuggestionView,
  tools: SectionTools,
  box: HTMLElement,
  refresh: (accepted: string | null) => void,
  close: () => void,
): HTMLElement[] {
  const confirm = el('button', { type: 'button', 'data-action': 'accept' }, `Write these ${view.changes.length} cells`);
  const cancel = el('button', { type: 'button' }, 'Cancel');
  const ticks = new Map<CellChange, HTMLInputElement>();
  const formulas = view.changes.filter((change) => change.formula !== null);
  const update = (): void => {
    confirm.disabled = formulas.some((change) => !ticks.get(change)?.checked);
  };
  const items = view.changes.map((change, i) => changeItem(change, `${view.name}-${i}`, ticks, update));
  update();
  confirm.addEventListener('click', () => {
    // Finishing another action enables every action button again: the ticks still decide.
    if (formulas.some((change) => !ticks.get(change)?.checked)) return update();
    const formulasToReplace = formulas.filter((change) => ticks.get(change)?.checked).map(({ tab, row, column }) => ({ tab, row, column }));
    let accepted: string | null = null;
    // The runner refuses a second action until it has finished (next step worked out, focus put
    // back), so the suggestions are refreshed once it has, and the result shows after that.
    void tools
      .run(
        box,
        'Writing the cells…',
        () => call('apiAcceptSuggestion', { suggestion: view.name, confirmedCells: view.changes, formulasToReplace }),
        (report) => {
          accepted = report.headline;
        },
      )
      .then(() => {
        if (accepted !== null) refresh(accepted);
      });
  });
  cancel.addEventListener('click', close);
  const warning = el(
    'p',
    { class: 'note warn' },
    `${formulas.length === 1 ? '1 cell holds a formula' : `${formulas.length} cells hold formulas`}: writing replaces the formula. Tick each one you want replaced; nothing is written until every one is ticked.`,
  );
  return [
    el('p', {}, `Accepting writes exactly these ${view.changes.length} cells of your own tabs, and no others:`),
    ...(formulas.length > 0 ? [warning] : []),
    el('ul', { class: 'changes' }, ...items),
    el('div', { class: 'row' }, confirm, cancel),
  ];
}

function changeItem(change: CellChange, id: string, ticks: Map<CellChange, HTMLInputElement>, update: () => void): HTMLElement {
  const where = el('span', { class: 'where' }, `${change.tab} row ${change.row}, ${change.header}: `);
  const old = el('span', { class: 'old' }, change.old === '' ? '(blank)' : change.old);
  if (change.formula === null) return el('li', {}, where, old, ' → ', el('strong', {}, change.new));
  const tick = el('input', { type: 'checkbox', id: `replace-${id}` });
  tick.addEventListener('change', update);
  ticks.set(change, tick);
  return el(
    'li',
    { class: 'formula' },
    where,
    el('span', { class: 'old' }, 'the formula '),
    el('code', {}, change.formula),
    change.old === '' ? ' (showing nothing)' : ` (showing “${change.old}”)`,
    ' → ',
    el('strong', {}, change.new),
    el('div', {}, tick, ' ', el('label', { for: `replace-${id}` }, `Replace this formula in row ${change.row}`)),
  );
}
