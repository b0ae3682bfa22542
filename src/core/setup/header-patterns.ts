/**
 * How schools head their columns. Each field has patterns tried against the normalised header
 * (see `normaliseHeader`); the first field whose pattern matches takes the column, so the order of
 * the lists matters where headers overlap (`Start date` is a date, `Attendance (start)` a measure).
 */
import type { GroupField, KeepApartField, RegisterField, TermDateField } from '../mapping/schema';

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
  ['room', /^(room|1-1 room|venue|base|location)$/],
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

/** Measures the seeds name; anything else becomes a measure named after its header. */
export const KNOWN_MEASURES: readonly MeasureKind[] = [
  { id: 'attendance', label: 'Attendance %', pattern: /^(att|attendance|attend)\b/, betterWhen: 'higher', kind: 'percent' },
  { id: 'punctuality', label: 'Late marks', pattern: /^(lates?|late marks|punctuality)\b/, betterWhen: 'lower', kind: 'count' },
  { id: 'behaviour-points', label: 'Behaviour points', pattern: /^(behaviour|behavior|beh)\b/, betterWhen: 'lower', kind: 'count' },
  {
    id: 'exclusions',
    label: 'Exclusions',
    pattern: /^(exclusions?|ftes?|fte|fixed term|suspensions?|off-?site)/,
    betterWhen: 'lower',
    kind: 'count',
  },
  { id: 'bullying', label: 'Bullying incidents', pattern: /^bullying\b/, betterWhen: 'lower', kind: 'count' },
  { id: 'reading-age', label: 'Reading age (months)', pattern: /^reading age\b/, betterWhen: 'higher', kind: 'months' },
  { id: 'engagement', label: 'Engagement', pattern: /^engagement\b/, betterWhen: 'higher', kind: 'score' },
];

/** For measures no list knows: words that mean fewer is better. */
export const LOWER_IS_BETTER = /incident|exclusion|detention|absence|absent|late|referral|sanction|isolation|removal|points/;

/** Term-dates tabs: `Term | Start | End`, with `Half term starts | Half term ends` when a row is a whole term. */
export const TERM_DATE_PATTERNS: Patterns<TermDateField> = [
  ['term', /^(term|terms|half term|half-term|term name|name|period|holiday|holidays|event|description|dates for)$/],
  ['breakStart', /^(half ?-?term (starts?|begins?|from)|half ?-?term start date|break (starts?|from))$/],
  ['breakEnd', /^(half ?-?term (ends?|to|until)|half ?-?term end date|break (ends?|to|until))$/],
  ['start', /^(start|starts|start date|from|begins|first day|term starts|opens|date from|date)$/],
  ['end', /^(end|ends|end date|to|until|finishes|last day|term ends|closes|date to)$/],
];
