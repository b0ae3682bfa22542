/**
 * The published facts of the two built-in questionnaires (the Students' Life Satisfaction Scale
 * and the Student Resilience Survey), written out here by hand independently of src/, and a tiny
 * scorer built from those facts alone, for checking what the add-in wrote.
 */

export const SLSS_NAME = "Students' Life Satisfaction Scale";
export const SRS_NAME = 'Student Resilience Survey';

export const SLSS_ITEMS = [
  'My life is going well',
  'My life is just right',
  'I would like to change many things in my life',
  'I wish I had a different kind of life',
  'I have a good life',
  'I have what I want in life',
  'My life is better than most kids',
];
/** 1-based item numbers the document says are reverse-keyed (scored 7 − answer). */
export const SLSS_REVERSED = new Set([3, 4]);
export const SLSS_SCALE = [
  'Strongly disagree',
  'Moderately disagree',
  'Mildly disagree',
  'Mildly agree',
  'Moderately agree',
  'Strongly agree',
];

export interface SrsItem {
  readonly subscale: string;
  /** The stem with `...` for the ellipsis, or '' when the item has none. */
  readonly stem: string;
  readonly text: string;
}

/** The SRS by subscale, in the published order: [subscale, stem, items]. */
const SRS_SUBSCALES: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'Family connection',
    'At home, there is an adult who...',
    [
      'is interested in my school work',
      'believes that I will be a success',
      'wants me to do my best',
      'listens to me when I have something to say',
    ],
  ],
  [
    'School connection',
    'At school, there is an adult who...',
    [
      'really cares about me',
      'tells me when I do a good job',
      'listens to me when I have something to say',
      'believes that I will be a success',
    ],
  ],
  [
    'Community connection',
    'Away from school, there is an adult who...',
    ['really cares about me', 'tells me when I do a good job', 'believes that I will be a success', 'I trust'],
  ],
  [
    'Participation in community life',
    'Away from school...',
    ['I am a member of a club, sports team, church group, or other group', 'I take lessons in music, arts, sports, or have a hobby'],
  ],
  [
    'Peer support',
    'Are there students at your school who would...',
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
    '',
    [
      'I do things at home that make a difference (i.e. make things better)',
      'I help my family make decisions',
      'At school, I decide things like class activities or rules',
      'I do things at school that make a difference (i.e. make things better)',
    ],
  ],
  ['Self-esteem', '', ['I can work out my problems', 'I can do most things if I try', 'There are many things that I do well']],
  ['Empathy', '', ['I feel bad when someone gets their feelings hurt', 'I try to understand what other people feel']],
  [
    'Problem solving',
    '',
    [
      'When I need help, I find someone to talk to',
      'I know where to go for help when I have a problem',
      'I try to work out problems by talking about them',
    ],
  ],
  ['Goals and aspirations', '', ['I have goals and plans for the future', 'I think I will be successful when I grow up']],
];

/** The 41 SRS items, in the published order. */
export function srsItems(): SrsItem[] {
  return SRS_SUBSCALES.flatMap(([subscale, stem, texts]) => texts.map((text) => ({ subscale, stem, text })));
}

const plain = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/…/g, '...').replace(/\s+/g, ' ').trim();

/** An SLSS answer as the document values it: a scale label (any case, spaces) or 1–6. */
export function slssValue(answer: unknown): number | null {
  if (typeof answer === 'number') return answer >= 1 && answer <= 6 && Number.isInteger(answer) ? answer : null;
  const text = plain(typeof answer === 'string' ? answer : '');
  if (text === '') return null;
  const index = SLSS_SCALE.findIndex((label) => plain(label) === text);
  if (index >= 0) return index + 1;
  return /^[1-6]$/.test(text) ? Number(text) : null;
}

const SRS_LABELS = ['never', 'rarely', 'sometimes', 'often', 'always'];
export function srsValue(answer: unknown): number | null {
  if (typeof answer === 'number') return answer >= 1 && answer <= 5 && Number.isInteger(answer) ? answer : null;
  const text = plain(typeof answer === 'string' ? answer : '');
  if (text === '') return null;
  const index = SRS_LABELS.indexOf(text);
  if (index >= 0) return index + 1;
  return /^[1-5]$/.test(text) ? Number(text) : null;
}

/** Mean of the answered values when at least 80% are answered, else null. */
export function meanIfEnough(values: readonly (number | null)[]): number | null {
  const answered = values.filter((v): v is number => v !== null);
  if (answered.length < Math.ceil(0.8 * values.length - 1e-9)) return null;
  return answered.reduce((a, b) => a + b, 0) / answered.length;
}

export function slssScore(answers: readonly unknown[]): { score: number | null; answered: number } {
  const keyed = answers.map((a, i) => {
    const v = slssValue(a);
    return v === null ? null : SLSS_REVERSED.has(i + 1) ? 7 - v : v;
  });
  return { score: meanIfEnough(keyed), answered: keyed.filter((v) => v !== null).length };
}

export function srsScore(
  items: readonly SrsItem[],
  answers: readonly unknown[],
): { score: number | null; subscales: Record<string, number | null>; answered: number } {
  const values = answers.map(srsValue);
  const subscales: Record<string, number | null> = {};
  for (const name of new Set(items.map((i) => i.subscale)))
    subscales[name] = meanIfEnough(values.filter((_, index) => items[index]!.subscale === name));
  return { score: meanIfEnough(values), subscales, answered: values.filter((v) => v !== null).length };
}

/** The column of each item under Google Forms' grid headers `Stem [item]` (or `Question [item]`). */
export function gridColumns(headers: readonly string[], items: readonly { stem: string; text: string }[]): number[] {
  return items.map((item) => {
    const index = headers.findIndex((header) => {
      const grid = /^(.*)\[(.*)\]\s*$/.exec(header);
      if (!grid) return false;
      return plain(grid[2]!) === plain(item.text) && (item.stem === '' || plain(grid[1]!) === plain(item.stem));
    });
    if (index < 0) throw new Error(`no column for ${item.stem} ${item.text}`);
    return index;
  });
}
