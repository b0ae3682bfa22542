/**
 * The add-in's help, once: the Help dialog (Extensions › Intervention Planner › Help) and the
 * sidebar's Help section both show these entries. The build writes them into Help.html and the
 * sidebar bundles them, so none of this text is in Code.js, which Apps Script parses on every call.
 */

export interface HelpEntry {
  readonly term: string;
  readonly text: string;
}

export interface HelpSection {
  readonly heading: string;
  readonly entries: readonly HelpEntry[];
}

/** The Apps Script HTML file the build writes the help into, and the dialog's title. */
export const HELP_FILE = 'Help';
export const HELP_TITLE = 'Intervention Planner help';

const ACTIONS: HelpSection = {
  heading: 'What each action does',
  entries: [
    {
      term: 'Set up this sheet',
      text: 'Finds your register, groups, lesson timetable and form responses. Changes none of your tabs; unusable rows are listed on Problems.',
    },
    {
      term: 'Generate timetables',
      text: 'Plans every week of every programme on Schedule, never in a protected subject, and writes Staff timetables and Where pupils are (one week, to print) and Lessons missed. Generating again keeps sessions where they were unless something changed; Plan afresh plans them from nothing.',
    },
    {
      term: 'Check groups',
      text: 'Writes Group check: one row per finding, OK, Warning or Problem. Click a finding in the sidebar to select its row.',
    },
    {
      term: 'Suggest groups',
      text: 'Proposes groups for referred pupils on a Suggested groups tab. Accept one in the sidebar: it shows every cell it will change before anything is written.',
    },
    {
      term: 'Score questionnaires',
      text: 'Writes Scores from your form responses, with reverse-keyed items and missing answers handled. Re-scoring rebuilds Scores from every response.',
    },
    {
      term: 'Create life satisfaction form / Create resilience form',
      text: 'Makes a Google Form that asks no names, linked to this sheet, and a Form links tab with each pupil’s own link; each answer is scored onto Scores as it arrives. The sidebar says what the form collects before you make it.',
    },
    {
      term: 'Build impact charts',
      text: 'Writes Impact, which opens with a sentence for each programme and measure for impact, and Impact charts, which name no pupil and can be shown to governors.',
    },
    {
      term: 'Reviews due',
      text: 'Lists, by member of staff, the reviews due in the coming fortnight and the pupils off track at two reviews in a row, for a Review Meeting with parents. The first time, it makes Passports, Targets and Reviews tabs for you to fill in.',
    },
    {
      term: 'Build forum report',
      text: 'A printable, confidential pack for this half-term’s Vulnerable Learners Forum.',
    },
    {
      term: 'Build pupil reports',
      text: 'A one-page report for each pupil whose programme has ended.',
    },
    {
      term: 'Letters home',
      text: 'A letter to parents or carers for each pupil on a programme, from the template in Settings.',
    },
    {
      term: 'Build costs',
      text: 'Writes Costs: what each programme cost this school year and this half-term (sessions ticked Delivered on the Schedule × their length × the hourly cost of the adult who led them, plus resources), per pupil and per pupil improved.',
    },
    {
      term: 'Settings',
      text: 'Group sizes, protected subjects, term weeks and every other threshold, each with its default. Saved settings are used the next time an action runs; Restore defaults puts them all back.',
    },
    {
      term: 'Your tabs',
      text: 'Only tabs Intervention Planner made are ever rewritten.',
    },
  ],
};

const IMPACT_TERMS: HelpSection = {
  heading: 'Reading the impact figures',
  entries: [
    {
      term: '95 % interval',
      text: 'The range the real change probably lies in, given how few pupils there are and how much they differ. Where it includes no change, Impact says “no clear change” rather than “rose” or “fell”.',
    },
    {
      term: 'What the figures cannot show',
      text: 'There is no comparison group, so a change cannot be put down to the programme alone; and pupils chosen for poor starting values tend to improve anyway (regression to the mean). Small groups make every figure uncertain.',
    },
    {
      term: 'Effect size',
      text: 'Hedges’ g for start and end scores of the same pupils (Cohen’s d_av with Hedges’ small-sample correction). d_av is the end mean minus the start mean, divided by the average of the start and end standard deviations; g is d_av × (1 − 3 / (4n − 5)), where n is the number of pupils. It comes with its own 95 % interval, which is wide for a small group: it says how large a change was, not whether a programme worked. It is left blank for fewer than 3 pupils.',
    },
    {
      term: 'Improved',
      text: 'A pupil improved when their value moved the better way. For measures where lower is better (behaviour points, exclusions, bullying incidents) that means it fell, and the effect size is turned round so that a positive number always means better. No change is not an improvement. Pupils at the best possible value at the start and the end (100% attendance, no exclusions) are kept at best and left out of the improved percentage. A pupil counts only with both a start and an end value.',
    },
  ],
};

export const HELP: readonly HelpSection[] = [ACTIONS, IMPACT_TERMS];
