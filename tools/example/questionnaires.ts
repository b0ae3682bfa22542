/**
 * The two built-in questionnaires' wording, exactly as `/work/shared/instruments.md` gives it, and
 * how the example school's pupils answer them: answers drift upwards between start and end.
 */
import type { Random } from './random';

export const SLSS_STEM = 'How much do you agree with each statement?';
export const SLSS_ITEMS: readonly string[] = [
  'My life is going well',
  'My life is just right',
  'I would like to change many things in my life',
  'I wish I had a different kind of life',
  'I have a good life',
  'I have what I want in life',
  'My life is better than most kids',
];
/** 0-based indexes of the negatively worded items. */
export const SLSS_REVERSED: ReadonlySet<number> = new Set([2, 3]);
export const SLSS_LABELS: readonly string[] = [
  'Strongly disagree', 'Moderately disagree', 'Mildly disagree', 'Mildly agree', 'Moderately agree', 'Strongly agree',
];

const HOME = 'At home, there is an adult who...';
const SCHOOL = 'At school, there is an adult who...';
const AWAY_ADULT = 'Away from school, there is an adult who...';
const AWAY = 'Away from school...';
const PEERS = 'Are there students at your school who would...';
const ME = 'How often is this true for you?';

/** SRS items as `[stem, item]`; Google Forms heads each grid row `Stem [item]`. */
export const SRS_ITEMS: readonly (readonly [string, string])[] = [
  ...['is interested in my school work', 'believes that I will be a success', 'wants me to do my best', 'listens to me when I have something to say'].map((t) => [HOME, t] as const),
  ...['really cares about me', 'tells me when I do a good job', 'listens to me when I have something to say', 'believes that I will be a success'].map((t) => [SCHOOL, t] as const),
  ...['really cares about me', 'tells me when I do a good job', 'believes that I will be a success', 'I trust'].map((t) => [AWAY_ADULT, t] as const),
  ...['I am a member of a club, sports team, church group, or other group', 'I take lessons in music, arts, sports, or have a hobby'].map((t) => [AWAY, t] as const),
  ...[
    'choose you on their team at school', "tell you you're good at doing things", "explain the rules of a game if you didn't understand them",
    'invite you to their home', 'share things with you', 'help you if you hurt yourself', "miss you if you weren't at school",
    'make you feel better if something is bothering you', 'pick you for a partner', 'help you if other students are being mean to you',
    "tell you you're their friend", 'ask you to join in when you are all alone', 'tell you secrets',
  ].map((t) => [PEERS, t] as const),
  ...[
    'I do things at home that make a difference (i.e. make things better)', 'I help my family make decisions',
    'At school, I decide things like class activities or rules', 'I do things at school that make a difference (i.e. make things better)',
    'I can work out my problems', 'I can do most things if I try', 'There are many things that I do well',
    'I feel bad when someone gets their feelings hurt', 'I try to understand what other people feel',
    'When I need help, I find someone to talk to', 'I know where to go for help when I have a problem', 'I try to work out problems by talking about them',
    'I have goals and plans for the future', 'I think I will be successful when I grow up',
  ].map((t) => [ME, t] as const),
];

export function gridHeader(stem: string, item: string): string {
  return `${stem} [${item}]`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** Seven SLSS answers (1–6 as ticked, reverse items already flipped) around a satisfaction level. */
export function slssAnswers(random: Random, level: number): number[] {
  return SLSS_ITEMS.map((_, index) => {
    const keyed = clamp(random.normal(level, 0.7), 1, 6);
    return SLSS_REVERSED.has(index) ? 7 - keyed : keyed;
  });
}

/** Forty-one SRS answers (1 = never … 5 = always) around a resilience level. */
export function srsAnswers(random: Random, level: number): number[] {
  return SRS_ITEMS.map(() => clamp(random.normal(level, 0.8), 1, 5));
}
