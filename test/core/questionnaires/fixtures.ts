/** Small hand-built schools and form-response tabs for the questionnaire tests. */
import type { Placement, Pupil, PupilId, ResponseTab, SchoolData } from '../../../src/core/domain';
import { NO_CHOICES, type QuestionnaireChoices, type ScoringInputs } from '../../../src/core/questionnaires';
import { NO_IDENTITIES, type PupilIdentities } from '../../../src/core/questionnaires/pupil-match';
import { defaultSettings } from '../../../src/core/settings';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue, IsoDate } from '../../../src/core/values';

export function pupil(name: string, id: string, row = 2): Pupil {
  const [forename = null, ...rest] = name.split(' ');
  return {
    id: id as PupilId,
    name,
    forename,
    surname: rest.length > 0 ? rest.join(' ') : null,
    year: 8,
    form: null,
    gender: null,
    sen: 'none',
    primaryNeed: null,
    pupilPremium: null,
    source: { tab: 'Pupils', row },
  };
}

export const PUPILS: Pupil[] = [
  pupil('Keira Kaur', 'P001', 2),
  pupil('Thomas Clarke', 'P002', 3),
  pupil('Sophia Patel', 'P003', 4),
  pupil('Amy Hill', 'P004', 5),
  pupil('Amy Hall', 'P005', 6),
  pupil('Tyler Harrison', 'P006', 7),
];

export function placement(pupilId: string, start: string | null, end: string | null): Placement {
  return {
    pupilId: pupilId as PupilId,
    type: 'group',
    reason: 'Attitudes to self',
    outcome: 'Improved self-esteem',
    programme: 'Improving my self-esteem',
    group: 'Self-esteem A',
    staff: 'Ms Patel',
    start: start as IsoDate | null,
    end: end as IsoDate | null,
    consent: true,
    measures: {},
    source: { tab: 'Pupils', row: 2 },
  };
}

export function school(responses: ResponseTab[], placements: Placement[] = [], pupils: Pupil[] = PUPILS): SchoolData {
  return { pupils, placements, measures: [], groups: [], keepApart: [], lessons: null, staffAvailability: null, responses };
}

export function responseTab(tab: string, headers: string[], rows: CellValue[][], headerRow = 1): ResponseTab {
  return { tab, headerRow, headers, rows };
}

/** The SLSS items as instruments.md lists them (typed here, not taken from the code under test). */
export const SLSS_TEXTS = [
  'My life is going well',
  'My life is just right',
  'I would like to change many things in my life',
  'I wish I had a different kind of life',
  'I have a good life',
  'I have what I want in life',
  'My life is better than most kids',
];
export const SLSS_STEM = 'How much do you agree with each statement?';
export const SLSS_HEADERS = SLSS_TEXTS.map((t) => `${SLSS_STEM} [${t}]`);

/** SRS grid headers in the seed's order: [stem, item]. */
const HOME = 'At home, there is an adult who...';
const SCHOOL = 'At school, there is an adult who...';
const AWAY_ADULT = 'Away from school, there is an adult who...';
const AWAY = 'Away from school...';
const PEERS = 'Are there students at your school who would...';
const ME = 'How often is this true for you?';
export const SRS_PAIRS: [string, string][] = [
  [HOME, 'is interested in my school work'],
  [HOME, 'believes that I will be a success'],
  [HOME, 'wants me to do my best'],
  [HOME, 'listens to me when I have something to say'],
  [SCHOOL, 'really cares about me'],
  [SCHOOL, 'tells me when I do a good job'],
  [SCHOOL, 'listens to me when I have something to say'],
  [SCHOOL, 'believes that I will be a success'],
  [AWAY_ADULT, 'really cares about me'],
  [AWAY_ADULT, 'tells me when I do a good job'],
  [AWAY_ADULT, 'believes that I will be a success'],
  [AWAY_ADULT, 'I trust'],
  [AWAY, 'I am a member of a club, sports team, church group, or other group'],
  [AWAY, 'I take lessons in music, arts, sports, or have a hobby'],
  ...[
    'choose you on their team at school',
    "tell you you're good at doing things",
    "explain the rules of a game if you didn't understand them",
    'invite you to their home',
    'share things with you',
    'help you if you hurt yourself',
    "miss you if you weren't at school",
    'make you feel better if something is bothering you',
    'pick you for a partner',
    'help you if other students are being mean to you',
    "tell you you're their friend",
    'ask you to join in when you are all alone',
    'tell you secrets',
  ].map((t): [string, string] => [PEERS, t]),
  ...[
    'I do things at home that make a difference (i.e. make things better)',
    'I help my family make decisions',
    'At school, I decide things like class activities or rules',
    'I do things at school that make a difference (i.e. make things better)',
    'I can work out my problems',
    'I can do most things if I try',
    'There are many things that I do well',
    'I feel bad when someone gets their feelings hurt',
    'I try to understand what other people feel',
    'When I need help, I find someone to talk to',
    'I know where to go for help when I have a problem',
    'I try to work out problems by talking about them',
    'I have goals and plans for the future',
    'I think I will be successful when I grow up',
  ].map((t): [string, string] => [ME, t]),
];
export const SRS_HEADERS = SRS_PAIRS.map(([stem, item]) => `${stem} [${item}]`);

/** The SRS subscales in the seed's order, with how many of SRS_PAIRS (in turn) each holds. */
export const SRS_SUBSCALES: readonly (readonly [string, number])[] = [
  ['Family connection', 4],
  ['School connection', 4],
  ['Community connection', 4],
  ['Participation in community life', 2],
  ['Peer support', 13],
  ['Participation in home and school life', 4],
  ['Self-esteem', 3],
  ['Empathy', 2],
  ['Problem solving', 3],
  ['Goals and aspirations', 2],
];

export const SLSS_LEAD = ['Timestamp', 'Your name', 'Is this the start or the end of your programme?'];
export const SRS_LEAD = ['Timestamp', 'Name', 'Before or after the programme?'];

/** A local date-time on 2 March 2026, as a form's Timestamp cell holds it. */
export function at(hour: number, minute = 0, day = 2): Date {
  return new Date(2026, 2, day, hour, minute);
}

/** What scoring takes, with no choices made and no codes or emails unless given. */
export function inputs(
  data: SchoolData,
  options: {
    pupils?: Record<string, string>;
    phases?: QuestionnaireChoices['phases'];
    items?: QuestionnaireChoices['items'];
    identities?: PupilIdentities;
    extraInstruments?: TabSnapshot;
    settings?: ScoringInputs['settings'];
  } = {},
): ScoringInputs {
  return {
    data,
    settings: options.settings ?? defaultSettings(),
    choices: { ...NO_CHOICES, pupils: options.pupils ?? {}, phases: options.phases ?? {}, items: options.items ?? {} },
    identities: options.identities ?? NO_IDENTITIES,
    extraInstruments: options.extraInstruments,
  };
}
