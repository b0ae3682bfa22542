/**
 * How schools head their columns. Each field has patterns tried against the normalised header
 * (see `normaliseHeader`); the first field whose pattern matches takes the column, so the order of
 * the lists matters where headers overlap (`Start date` is a date, `Attendance (start)` a measure).
 */
import type { GroupField, KeepApartField, RegisterField } from '../mapping/schema';

export type Patterns<F extends string> = readonly (readonly [F, RegExp])[];

export const REGISTER_PATTERNS: Patterns<RegisterField> = [
  ['pupilId', /^(upn|upn no|adm no|adm number|admission no|admission number|pupil id|student id|pupil no|mis id|sims id|id)$/],
  ['forename', /^(forename|forenames|first name|given name|legal forename|preferred forename|preferred name)$/],
  ['surname', /^(surname|last name|family name|legal surname)$/],
  ['name', /^(pupil|pupil name|name|student|student name|learner|learner name|full name|child|young person)$/],
  ['year', /^(year|yr|nc yr|nc year|year group|yg|curriculum year)$/],
  ['form', /^(form|reg|reg group|form group|tutor group|registration group|tutor|class)$/],
  ['gender', /^(gender|sex|m\/f)$/],
  ['sen', /^(sen|send|sen stat|sen status|send status|sen code|sen provision)$/],
  ['primaryNeed', /^(primary need|need|sen need|primary sen need|area of need|main need)$/],
  ['pupilPremium', /^(pp|pp\?|pupil premium|pupil premium\?|disadvantaged|fsm|pp\/fsm)$/],
  ['type', /^(type|provision|provision type|1-1 or group|1-1 \/ group|1:1 \/ group|group \/ 1-1|group or 1-1|1-1\/group|delivery)$/],
  ['reason', /^(reason|reason for referral|referral reason|why referred|referred for|reason for intervention|concern)$/],
  ['outcome', /^(desired outcome|target outcome|intended outcome|outcome|expected outcome|target|aim)$/],
  ['programme', /^(intervention|programme|program|course|intervention programme|intervention name)$/],
  ['group', /^(group|grp|group name|intervention group)$/],
  ['staff', /^(staff|key worker|keyworker|lead|mentor|staff member|staff lead|delivered by|adult|lead adult)$/],
  ['start', /^(start|starts|start date|date started|started|from)$/],
  ['end', /^(end|ends|end date|date ended|finished|finish date|to|until)$/],
  ['consent', /^(consent|parental consent|parent consent|parents informed|parental permission|consent\?|consent given)$/],
];

export const GROUP_PATTERNS: Patterns<GroupField> = [
  ['group', /^(group|grp|group name|name)$/],
  ['programme', /^(intervention|programme|program|course)$/],
  ['focus', /^(focus|focus \/ outcome|focus\/outcome|aim|aims|outcome|desired outcome|target outcome|purpose)$/],
  ['staff', /^(staff|lead|key worker|facilitator|run by|mentor|leader|led by)$/],
  ['room', /^(room|where|location|venue|place)$/],
  ['sessionsPerWeek', /^(sessions per week|sessions\/week|per week|sessions a week|frequency|times per week)$/],
  ['weeks', /^(weeks|no of weeks|no\. of weeks|number of weeks|duration weeks|duration|length weeks|length)$/],
  ['startWeek', /^(starts|start|starts w\/c|starts \(w\/c\)|start w\/c|start week|w\/c|week commencing|start date)$/],
  ['minSize', /^(min|min size|minimum size|minimum)$/],
  ['maxSize', /^(max|max size|maximum size|maximum)$/],
  ['singleSex', /^(single sex|single-sex|single sex\?|single-sex\?)$/],
];

export const KEEP_APART_PATTERNS: Patterns<KeepApartField> = [
  ['pupilA', /^(pupil|student|name|pupil 1|student 1|pupil a|student a|first pupil)$/],
  ['pupilB', /^(keep apart from|not with|separate from|pupil 2|student 2|pupil b|student b|second pupil|do not group with)$/],
  ['reason', /^(why|reason|notes?|comment|comments|details)$/],
];

/** Start/end column pairs: `X (start)`/`X (end)`, `X before`/`X after`, `X pre`/`X post`, … */
export const MEASURE_SIDES: readonly (readonly ['start' | 'end', RegExp])[] = [
  ['start', /^(.+?)\s*(?:\(\s*)?(?:start|before|pre|baseline|entry|on entry|at start|september|autumn)(?:\s*\))?(?:\s*%)?$/],
  ['end', /^(.+?)\s*(?:\(\s*)?(?:end|after|post|exit|on exit|at end|july|summer)(?:\s*\))?(?:\s*%)?$/],
];

export interface MeasureKind {
  readonly id: string;
  readonly label: string;
  readonly pattern: RegExp;
  readonly betterWhen: 'higher' | 'lower';
  readonly kind: 'percent' | 'count' | 'score' | 'months';
}

/**
 * Measures schools keep (the seeds' pre-intervention data and outcomes), each with the way that is
 * better; the first whose pattern matches the header's base wins, so the specific come first.
 */
export const KNOWN_MEASURES: readonly MeasureKind[] = [
  { id: 'attendance', label: 'Attendance %', pattern: /^(att|attendance|attend)\b/, betterWhen: 'higher', kind: 'percent' },
  { id: 'punctuality', label: 'Late marks', pattern: /^(lates?|late marks|punctuality)\b/, betterWhen: 'lower', kind: 'count' },
  {
    id: 'achievement-points',
    label: 'Achievement points',
    pattern: /^(achievement|reward|merit|praise|house|positive)( points?| pts)?\b/,
    betterWhen: 'higher',
    kind: 'count',
  },
  {
    id: 'behaviour-points',
    label: 'Behaviour points',
    pattern: /^(behaviour|behavior|beh|conduct|negative)\b/,
    betterWhen: 'lower',
    kind: 'count',
  },
  {
    id: 'exclusions',
    label: 'Exclusions',
    pattern: /^(exclusions?|ftes?|fte|fixed term|suspensions?|off-?site)/,
    betterWhen: 'lower',
    kind: 'count',
  },
  { id: 'bullying', label: 'Bullying incidents', pattern: /^bullying\b/, betterWhen: 'lower', kind: 'count' },
  { id: 'incidents', label: 'Incidents', pattern: /^(incidents?|behaviour incidents?)\b/, betterWhen: 'lower', kind: 'count' },
  { id: 'detentions', label: 'Detentions', pattern: /^detentions?\b/, betterWhen: 'lower', kind: 'count' },
  { id: 'sanctions', label: 'Sanctions', pattern: /^sanctions?\b/, betterWhen: 'lower', kind: 'count' },
  { id: 'isolations', label: 'Isolations', pattern: /^(isolations?|internal exclusions?|removals?)\b/, betterWhen: 'lower', kind: 'count' },
  { id: 'reading-age', label: 'Reading age (months)', pattern: /^reading age\b/, betterWhen: 'higher', kind: 'months' },
  { id: 'spelling-age', label: 'Spelling age (months)', pattern: /^spelling age\b/, betterWhen: 'higher', kind: 'months' },
  { id: 'numeracy-age', label: 'Numeracy age (months)', pattern: /^(numeracy|maths|math) age\b/, betterWhen: 'higher', kind: 'months' },
  {
    id: 'sdq-prosocial',
    label: 'SDQ prosocial',
    pattern: /^(sdq )?(prosocial|pro-social)\b/,
    betterWhen: 'higher',
    kind: 'score',
  },
  {
    id: 'sdq-total',
    label: 'SDQ total difficulties',
    pattern: /^(sdq( total( difficulties)?( score)?)?$|sdq total|total difficulties|strengths (and|&) difficulties)/,
    betterWhen: 'lower',
    kind: 'score',
  },
  {
    id: 'standardised-score',
    label: 'Standardised score',
    pattern: /^(standardised|standardized|ss|standard score)\b/,
    betterWhen: 'higher',
    kind: 'score',
  },
  { id: 'engagement', label: 'Engagement', pattern: /^engagement\b/, betterWhen: 'higher', kind: 'score' },
];

/** For measures no list knows: words that mean fewer is better, and words that mean more is. */
export const LOWER_IS_BETTER =
  /incident|exclusion|detention|absence|absent|late|referral|sanction|isolation|removal|difficult|hyperactiv|peer problem|emotional symptom|conduct problem/;
export const HIGHER_IS_BETTER =
  /attendance|achievement|reward|merit|praise|\bage\b|self-esteem|esteem|wellbeing|well-being|confidence|resilience|engagement|effort/;
