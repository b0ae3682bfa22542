/**
 * The two built-in instruments, with the wording and order of the intervention manual they come
 * from, so forms made from the same manual are recognised alike, and scored as their validation
 * papers report them.
 */
import * as v from 'valibot';
import { instrumentSchema, type Instrument, type InstrumentInput } from './instrument';

export const SLSS_ID = 'slss';
export const SRS_ID = 'srs';

const SLSS_LABELS = ['Strongly disagree', 'Moderately disagree', 'Mildly disagree', 'Mildly agree', 'Moderately agree', 'Strongly agree'];

/**
 * Students' Life Satisfaction Scale (Huebner, 1991, School Psychology International 12: 231–240):
 * items 3 and 4 reverse-keyed, no subscales; the mean of the seven keyed items is its validated
 * score, with Cronbach's α = .82 in that paper.
 */
const SLSS: InstrumentInput = {
  id: SLSS_ID,
  name: "Students' Life Satisfaction Scale",
  items: [
    'My life is going well',
    'My life is just right',
    'I would like to change many things in my life',
    'I wish I had a different kind of life',
    'I have a good life',
    'I have what I want in life',
    'My life is better than most kids',
  ].map((text, index) => ({ text, reverse: index === 2 || index === 3 })),
  scale: { labels: SLSS_LABELS.map((label, index) => ({ label, value: index + 1 })), min: 1, max: 6 },
  scoring: { total: 'mean', subscales: 'mean' },
  alpha: 0.82,
  higherIsBetter: true,
};

const HOME = 'At home, there is an adult who...';
const SCHOOL = 'At school, there is an adult who...';
const AWAY_ADULT = 'Away from school, there is an adult who...';
const AWAY = 'Away from school...';
const PEERS = 'Are there students at your school who would...';

/** [subscale, stem, items] in the seed's order. */
const SRS_SUBSCALES: readonly (readonly [string, string | null, readonly string[]])[] = [
  [
    'Family connection',
    HOME,
    [
      'is interested in my school work',
      'believes that I will be a success',
      'wants me to do my best',
      'listens to me when I have something to say',
    ],
  ],
  [
    'School connection',
    SCHOOL,
    [
      'really cares about me',
      'tells me when I do a good job',
      'listens to me when I have something to say',
      'believes that I will be a success',
    ],
  ],
  [
    'Community connection',
    AWAY_ADULT,
    ['really cares about me', 'tells me when I do a good job', 'believes that I will be a success', 'I trust'],
  ],
  [
    'Participation in community life',
    AWAY,
    ['I am a member of a club, sports team, church group, or other group', 'I take lessons in music, arts, sports, or have a hobby'],
  ],
  [
    'Peer support',
    PEERS,
    [
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
    ],
  ],
  [
    'Participation in home and school life',
    null,
    [
      'I do things at home that make a difference (i.e. make things better)',
      'I help my family make decisions',
      'At school, I decide things like class activities or rules',
      'I do things at school that make a difference (i.e. make things better)',
    ],
  ],
  ['Self-esteem', null, ['I can work out my problems', 'I can do most things if I try', 'There are many things that I do well']],
  ['Empathy', null, ['I feel bad when someone gets their feelings hurt', 'I try to understand what other people feel']],
  [
    'Problem solving',
    null,
    [
      'When I need help, I find someone to talk to',
      'I know where to go for help when I have a problem',
      'I try to work out problems by talking about them',
    ],
  ],
  ['Goals and aspirations', null, ['I have goals and plans for the future', 'I think I will be successful when I grow up']],
];

/**
 * Student Resilience Survey, the 41-item UK version validated by Lereya, Humphrey, Patalay,
 * Wolpert, Böhnke, Macdougall & Deighton (2016), Child and Adolescent Psychiatry and Mental Health
 * 10:44: ten subscales, none reversed. The paper validates the ten subscales (a ten-factor
 * structure, each with its own reliability) and no overall score, so the mean of all 41 items is
 * shown apart as a total that is not validated, and only the subscales count for impact.
 *
 * `SRS_SUBSCALE_ALPHAS` holds each subscale's Cronbach's α exactly as the paper's reliability
 * table gives it, and a subscale's Reliable Change Index is worked out once its α is here. Until
 * the values are copied from the paper none is shown: a reliability that is not the paper's would
 * make the index look more certain than it is.
 */
const SRS_SUBSCALE_ALPHAS: Record<string, number> = {};

const SRS: InstrumentInput = {
  id: SRS_ID,
  name: 'Student Resilience Survey',
  items: SRS_SUBSCALES.flatMap(([subscale, stem, texts]) => texts.map((text) => ({ stem, text, subscale, reverse: false }))),
  // The seed labels only the ends; the middle words are the UK version's, accepted when a form uses them.
  scale: {
    labels: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'].map((label, index) => ({ label, value: index + 1 })),
    min: 1,
    max: 5,
  },
  scoring: { total: 'mean', subscales: 'mean' },
  alpha: null,
  subscaleAlphas: SRS_SUBSCALE_ALPHAS,
  totalValidated: false,
  higherIsBetter: true,
};

/** The built-in instruments, with the school's minimum share of answered items. */
const parsed = new Map<number, readonly Instrument[]>();

/**
 * The built-in instruments, with the school's minimum share of answered items. The same objects
 * for the same share, so what is worked out from an instrument's wording is worked out once.
 */
export function builtinInstruments(minAnsweredShare = 0.8): Instrument[] {
  let instruments = parsed.get(minAnsweredShare);
  if (!instruments) {
    instruments = [SLSS, SRS].map((input) => v.parse(instrumentSchema, { ...input, minAnsweredShare }));
    parsed.set(minAnsweredShare, instruments);
  }
  return [...instruments];
}
