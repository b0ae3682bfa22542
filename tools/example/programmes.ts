/**
 * The example school's intervention programmes, drawn from the seed's catalogue of strategies.
 * Each name and reason is worded so the add-in's default keywords place it under the right one of
 * the seed's five purposes: only the planted mismatch should ever be flagged.
 */

export type Purpose = 'attendance' | 'learning' | 'self' | 'others' | 'progress';

export interface Programme {
  readonly name: string;
  /** The short form schools use in group names: `Literacy Y7`. */
  readonly short: string;
  readonly purpose: Purpose;
  /** The desired outcome written against every placement and on the groups tab. */
  readonly outcome: string;
  /** Reasons for referral that fit this programme's purpose. */
  readonly reasons: readonly string[];
  readonly sessionsPerWeek: number;
  readonly weeks: number;
  readonly runsGroups: boolean;
  readonly runsOneToOne: boolean;
}

export const PROGRAMMES: readonly Programme[] = [
  {
    name: 'Self-esteem group',
    short: 'Self-esteem',
    purpose: 'self',
    outcome: 'Higher self-esteem (questionnaire score up)',
    reasons: ['Low self-esteem', 'Lacks confidence in lessons'],
    sessionsPerWeek: 1,
    weeks: 6,
    runsGroups: true,
    runsOneToOne: false,
  },
  {
    name: 'Anger management',
    short: 'Anger management',
    purpose: 'others',
    outcome: 'Fewer behaviour incidents',
    reasons: ['Anger in unstructured time', 'Conflict with peers'],
    sessionsPerWeek: 1,
    weeks: 6,
    runsGroups: true,
    runsOneToOne: true,
  },
  {
    name: 'Attendance mentoring',
    short: 'Attendance',
    purpose: 'attendance',
    outcome: 'Attendance back above 95%',
    reasons: ['Persistent absence', 'Poor punctuality to school'],
    sessionsPerWeek: 2,
    weeks: 6,
    runsGroups: true,
    runsOneToOne: true,
  },
  {
    name: 'Literacy catch-up',
    short: 'Literacy',
    purpose: 'progress',
    outcome: 'Reading age closer to actual age',
    reasons: ['Reading age well below expected', 'Low progress in English'],
    sessionsPerWeek: 2,
    weeks: 10,
    runsGroups: true,
    runsOneToOne: false,
  },
  {
    name: 'Social skills',
    short: 'Social skills',
    purpose: 'others',
    outcome: 'Stronger friendships, fewer fallings-out',
    reasons: ['Friendship difficulties', 'Struggles in social situations'],
    sessionsPerWeek: 1,
    weeks: 8,
    runsGroups: true,
    runsOneToOne: false,
  },
  {
    name: 'Boxing and behaviour mentoring',
    short: 'Boxing',
    purpose: 'others',
    outcome: 'Fewer behaviour points and removals',
    reasons: ['Behaviour points rising', 'Conflict with staff'],
    sessionsPerWeek: 1,
    weeks: 8,
    runsGroups: true,
    runsOneToOne: false,
  },
  {
    name: 'Mental health support',
    short: 'Wellbeing',
    purpose: 'self',
    outcome: 'Better wellbeing (questionnaire score up)',
    reasons: ['Anxiety about school', 'Wellbeing concerns raised by tutor'],
    sessionsPerWeek: 1,
    weeks: 6,
    runsGroups: true,
    runsOneToOne: true,
  },
  {
    name: 'Reading intervention',
    short: 'Reading',
    purpose: 'progress',
    outcome: 'Reading age up by at least 6 months',
    reasons: ['Reading age well below expected', 'Weak reading comprehension'],
    sessionsPerWeek: 3,
    weeks: 8,
    runsGroups: true,
    runsOneToOne: true,
  },
  {
    name: 'Homework club',
    short: 'Homework club',
    purpose: 'learning',
    outcome: 'Homework handed in on time',
    reasons: ['Homework rarely handed in', 'Low motivation in lessons'],
    sessionsPerWeek: 2,
    weeks: 6,
    runsGroups: true,
    runsOneToOne: false,
  },
  {
    name: 'Engagement mentoring',
    short: 'Engagement',
    purpose: 'learning',
    outcome: 'Better engagement in lessons',
    reasons: ['Low engagement in lessons', 'Effort grades falling'],
    sessionsPerWeek: 1,
    weeks: 6,
    runsGroups: true,
    runsOneToOne: true,
  },
  {
    name: 'Numeracy catch-up',
    short: 'Numeracy',
    purpose: 'progress',
    outcome: 'Closing the gap in maths assessments',
    reasons: ['Numeracy gaps from primary', 'Low progress in maths'],
    sessionsPerWeek: 2,
    weeks: 10,
    runsGroups: true,
    runsOneToOne: false,
  },
  {
    name: 'Resilience group',
    short: 'Resilience',
    purpose: 'self',
    outcome: 'Higher resilience (survey score up)',
    reasons: ['Resilience after a family bereavement', 'Low confidence after transition'],
    sessionsPerWeek: 1,
    weeks: 6,
    runsGroups: true,
    runsOneToOne: false,
  },
  {
    name: 'Punctuality club',
    short: 'Punctuality',
    purpose: 'attendance',
    outcome: 'Fewer late marks',
    reasons: ['Punctuality: late most mornings', 'Absence on Mondays'],
    sessionsPerWeek: 1,
    weeks: 6,
    runsGroups: true,
    runsOneToOne: true,
  },
];

/**
 * A programme only one pupil is on, as schools have for a rare need: impact can say nothing
 * about a programme of one beyond that pupil's own change. Never drawn at random.
 */
export const SINGLE_PUPIL_PROGRAMME: Programme = {
  name: 'Bereavement and wellbeing support',
  short: 'Bereavement',
  purpose: 'self',
  outcome: 'Copes with the loss and feels settled in school',
  reasons: ['Wellbeing after a family bereavement'],
  sessionsPerWeek: 1,
  weeks: 6,
  runsGroups: false,
  runsOneToOne: true,
};

export function programmeNamed(name: string): Programme {
  const found = PROGRAMMES.find((programme) => programme.name === name);
  if (!found) throw new Error(`No programme named ${name}`);
  return found;
}
