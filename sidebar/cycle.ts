/**
 * The Reviews and reports section: Reviews due, Letters home, the forum report for a half-term,
 * the one-page pupil reports, each of which can be selected on its tab to print on its own, and
 * what each programme cost.
 */
import { recentHalfTerms } from '../src/core/impact/half-terms';
import type { ActionReport, PupilChoice, ReportView } from '../src/shared/api';
import { ukDate } from '../src/core/values';
import { el, replace } from './dom';
import type { SectionTools } from './groups';
import { call } from './server';

export function cycleSection(tools: SectionTools): HTMLElement {
  const box = tools.statusBox('cycle-status');
  const reports = el('div', { id: 'cycle-reports' });
  const done = (report: ActionReport): void => {
    const problems =
      report.problems > 0 ? [`${report.problems} ${report.problems === 1 ? 'row was' : 'rows were'} added to the Problems tab.`] : [];
    const details = [...report.details, ...problems];
    tools.showStatus(box, details.length > 0 ? 'warn' : 'ok', report.headline, details);
  };

  const reviews = el('button', { 'data-action': 'reviews', type: 'button' }, 'Reviews due');
  reviews.addEventListener('click', () => void tools.run(box, 'Finding the reviews due…', () => call('apiReviewsDue'), done));
  const letters = el('button', { 'data-action': 'letters', type: 'button' }, 'Letters home');
  letters.addEventListener('click', () => void tools.run(box, 'Writing the letters…', () => call('apiBuildLetters'), done));

  const terms = recentHalfTerms(new Date());
  const term = el(
    'select',
    { id: 'forum-half-term' },
    ...terms.map((t, i) => el('option', { value: String(i) }, `${t.label} (${ukDate(t.from)} to ${ukDate(t.to)})`)),
  );
  const forum = el('button', { 'data-action': 'forum', type: 'button' }, 'Build forum report');
  forum.addEventListener('click', () => {
    const chosen = terms[Number(term.value)];
    void tools.run(
      box,
      'Building the forum report…',
      () => call('apiBuildForumReport', { from: chosen?.from ?? null, to: chosen?.to ?? null }),
      done,
    );
  });

  const build = (pupils: readonly string[]): void =>
    void tools.run(
      box,
      'Writing the pupil reports…',
      () => call('apiBuildPupilReports', { pupils }),
      (report) => {
        done(report);
        replace(reports, reportList(report.reports ?? [], report.others ?? [], build, box, tools));
        const asked = pupils[0] === undefined ? undefined : (report.reports ?? [])[0];
        if (asked) void select(asked, box, tools);
      },
    );
  const pupilReports = el('button', { 'data-action': 'reports', type: 'button' }, 'Build pupil reports');
  pupilReports.addEventListener('click', () => build([]));
  const costs = el('button', { 'data-action': 'costs', type: 'button' }, 'Build costs');
  costs.addEventListener('click', () => void tools.run(box, 'Working out what each programme cost…', () => call('apiBuildCosts'), done));

  return el(
    'section',
    { 'aria-labelledby': 'cycle-h' },
    el('h2', { id: 'cycle-h' }, 'Reviews and reports'),
    el(
      'p',
      { class: 'muted' },
      'The first time, Passports, Targets and Reviews tabs are made for you to fill in; after that they are yours, and only read.',
    ),
    el('div', { class: 'row' }, reviews, letters),
    el('label', { for: 'forum-half-term' }, 'Half-term for the forum report'),
    term,
    el('div', { class: 'row' }, forum, pupilReports),
    el('div', { class: 'row' }, costs),
    box,
    reports,
  );
}

/** Each pupil's page, with a button that selects it to print; and a pupil to add a report for now. */
function reportList(
  views: readonly ReportView[],
  others: readonly PupilChoice[],
  build: (pupils: readonly string[]) => void,
  box: HTMLElement,
  tools: SectionTools,
): HTMLElement {
  const pick = el(
    'select',
    { id: 'report-pupil', 'data-action': 'report-pupil' },
    ...others.map((p) => el('option', { value: p.id }, p.name)),
  );
  const add = el('button', { type: 'button', 'data-action': 'report-add', disabled: others.length === 0 }, 'Report now');
  add.addEventListener('click', () => {
    if (pick.value !== '') build([pick.value]);
  });
  return el(
    'div',
    {},
    views.length > 0
      ? el(
          'ul',
          { class: 'details', 'aria-label': 'Pupil reports' },
          ...views.map((view) => {
            const button = el(
              'button',
              { type: 'button', class: 'link', 'aria-label': `Select ${view.pupil}’s report to print` },
              view.pupil,
            );
            button.addEventListener('click', () => void select(view, box, tools));
            return el('li', {}, button, el('span', { class: 'muted' }, ` ${view.programme}`));
          }),
        )
      : null,
    others.length > 0 ? el('label', { for: 'report-pupil' }, 'A report now for a pupil still on a programme') : null,
    others.length > 0 ? el('div', { class: 'row' }, pick, add) : null,
  );
}

async function select(view: ReportView, box: HTMLElement, tools: SectionTools): Promise<void> {
  const result = await call('apiSelectReport', { row: view.row, rows: view.rows });
  if (result.ok)
    tools.showStatus(box, 'ok', `Selected ${view.pupil}’s report on ${result.data.tab}: choose File › Print, then Selected cells.`);
  else tools.showStatus(box, 'error', result.error);
}
