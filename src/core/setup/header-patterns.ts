/**
 * How schools head their columns. Each field has patterns tried against the normalised header
 * (see `normaliseHeader`); the first field whose pattern matches takes the column, so the order of
 * the lists matters where headers overlap (`Start date` is a date, `Attendance (start)` a measure).
 */
import type { GroupField, KeepApartField, RegisterField, TermDateField } from '../mapping/schema';
import { normaliseHeader } from '../text';

export type Patterns<F extends string> = readonly (readonly [F, RegExp])[];

/**
 * A header as the patterns read it: `normaliseHeader`, with `#` and `№` read as "no" (`# weeks`,
 * `No. of weeks` and `no of weeks` are the same column) and a trailing `?` dropped.
 */
export function headerKey(header: string): string {
  return normaliseHeader(header.replace(/[#№]/g, ' no ').replace(/\bnum\b\.?/gi, 'no')).replace(/\s*\?$/, '');
}

/** The adult who runs a group or works with a pupil, in the words schools use. */
const ADULT =
  /^(staff|staff member|member of staff|staff name|staff lead|lead staff|lead|lead adult|key adult|key worker|keyworker|key person|named adult|adult|mentor|learning mentor|tutor|teacher|ta|hlta|facilitator|practitioner|deliverer|delivered by|run by|led by|who|with|with whom|who with|who delivers|responsible|person responsible|worker|leader)$/;
/** How many weeks: `Weeks`, `No. of weeks`, `# wks`, `Dur.`, `Duration (weeks)`, `Length`. */
const WEEKS =
  /^((no|number)( of)? )?(weeks?|wks?)( long)?$|^(dur|duration|length|programme length|course length|how many weeks)( (in )?(weeks?|wks?))?$/;
/** How often: `Sessions per week`, `p/w`, `x per wk`, `Times a week`, `Frequency`. */
const PER_WEEK =
  /^((no|number)( of)? )?(sessions?|times|lessons?|x)? ?(per|a|each|\/|p\/|p) ?(week|wk|w)$|^(freq|frequency|how often|weekly sessions|sessions weekly)$/;
/** 1-1 or group: `Type`, `Provision type`, `Format`, `1:1 / group`, `Individual or group`. */
const ONE_TO_ONE_OR_GROUP =
  /^(type|provision|provision type|type of provision|format|delivery|delivery mode|mode|support type|type of support|intervention type|(1-1|1 1|1to1|one-to-one|one to one|individual) ?(or|\/|and) ?(group|grp|small group)|(group|grp|small group) ?(or|\/|and) ?(1-1|1 1|1to1|one-to-one|one to one|individual))$/;
/** Consent: `Consent`, `Signed`, `Permission`, `Consent date` (a date there means yes). */
const CONSENT =
  /^((parental|parent|parents) )?(consent|permission)( (given|received|signed|form|form signed|form returned|obtained|date|given date))?$|^(date )?(consent|permission) (given|received|signed)( date)?$|^(signed|parents informed|parent informed|parents agreed|letter returned|consent letter|consent letter returned)$/;

export const REGISTER_PATTERNS: Patterns<RegisterField> = [
  [
    'pupilId',
    /^(upn|upn no|adm|adm no|adm number|admission no|admission number|pupil id|student id|learner id|pupil no|pupil number|student no|student number|pupil ref|mis id|mis no|sims id|id|id no)$/,
  ],
  ['forename', /^((legal|preferred) )?(forenames?|forename s|first names?|first|given names?|fname)$|^preferred name$/],
  ['surname', /^((legal) )?(surnames?|surname s|last names?|last|family name|lname)$/],
  [
    'name',
    /^(pupil|pupils|pupil name|name|student|student name|learner|learner name|full name|child|child s name|childs name|young person|pupil s name|pupils name|student s name|name of pupil|name of student|pupil \/ student|pupil\/student)$/,
  ],
  ['year', /^(year|yr|y|nc yr|nc year|year group|year grp|yr group|yr grp|yg|curriculum year)$/],
  ['form', /^(form|reg|reg group|form group|form class|tutor group|tg|registration group|registration|class)$/],
  ['gender', /^(gender|sex|m\/f|f\/m|b\/g|g\/b|boy\/girl|girl\/boy)$/],
  ['sen', /^(sen|send|sen stat|sen status|send status|sen code|sen provision|sen register|sen k\/e|send register)$/],
  ['primaryNeed', /^(primary need|need|needs|sen need|send need|primary sen need|area of need|main need|type of need|category of need)$/],
  ['pupilPremium', /^(pp|pupil premium|disadvantaged|fsm|fsm6|ever 6|pp\/fsm|fsm\/pp|pp status|pp y\/n)$/],
  ['type', ONE_TO_ONE_OR_GROUP],
  [
    'reason',
    /^(reason|reasons|reason for referral|referral reason|reason referred|why|why referred|referred for|reason for intervention|concern|concerns|area of concern|presenting need|barrier|barriers)$/,
  ],
  [
    'outcome',
    /^(desired outcome|target outcome|intended outcome|outcome|outcomes|expected outcome|target|targets|aim|aims|goal|goals|success criteria|intended impact)$/,
  ],
  [
    'programme',
    /^(intervention|programme|program|course|intervention programme|intervention name|programme name|provision name|activity)$/,
  ],
  ['group', /^(group|grp|group name|grp name|intervention group|group no)$/],
  ['staff', ADULT],
  [
    'start',
    /^(start|starts|start date|date started|started|from|date start|date of start|starting|starting date|begins|commenced|date commenced|start w\/c|w\/c|wc|intervention start|start of intervention)$/,
  ],
  [
    'end',
    /^(end|ends|end date|date ended|ended|finish|finished|finish date|to|until|date end|date of end|ending|completed|date completed|completion date|intervention end|end of intervention)$/,
  ],
  ['consent', CONSENT],
  ['room', /^(room|1-1 room|venue|base|location|where)$/],
];

export const GROUP_PATTERNS: Patterns<GroupField> = [
  ['group', /^(group|grp|group name|grp name|name|intervention group)$/],
  ['programme', /^(intervention|programme|program|course|intervention programme|programme name)$/],
  [
    'focus',
    /^(focus|focus \/ outcome|focus\/outcome|focus area|aim|aims|outcome|outcomes|desired outcome|target outcome|target|targets|goal|goals|objective|objectives|purpose)$/,
  ],
  ['staff', ADULT],
  ['room', /^(room|rm|room no|where|location|venue|place|base|space|held in|room \/ venue|room\/venue)$/],
  ['sessionsPerWeek', PER_WEEK],
  ['weeks', WEEKS],
  [
    'startWeek',
    /^(starts|start|starting|begins|from|starts w\/c|start w\/c|start week|w\/c|wc|week commencing|commencing|start date|first session|first week)$/,
  ],
  ['minSize', /^(min|minimum)( group)?( size| no| number| pupils| no of pupils)?$/],
  ['maxSize', /^(max|maximum)( group)?( size| no| number| pupils| no of pupils| places)?$|^(cap|capacity|places)$/],
  ['singleSex', /^(single sex|single-sex|single gender|boys only|girls only|boys or girls only|boys\/girls only)$/],
];

export const KEEP_APART_PATTERNS: Patterns<KeepApartField> = [
  ['pupilA', /^(pupil|student|name|pupil 1|student 1|pupil a|student a|first pupil|name 1)$/],
  [
    'pupilB',
    /^(keep apart from|not with|separate from|keep separate from|keep away from|never with|not to be grouped with|do not group with|pupil 2|student 2|pupil b|student b|second pupil|name 2)$/,
  ],
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

/** Term-dates tabs: `Term | Start | End`, with `Half term starts | Half term ends` when a row is a whole term. */
export const TERM_DATE_PATTERNS: Patterns<TermDateField> = [
  ['term', /^(term|terms|half term|half-term|term name|name|period|holiday|holidays|event|description|dates for)$/],
  ['breakStart', /^(half ?-?term (starts?|begins?|from)|half ?-?term start date|break (starts?|from))$/],
  ['breakEnd', /^(half ?-?term (ends?|to|until)|half ?-?term end date|break (ends?|to|until))$/],
  ['start', /^(start|starts|start date|from|begins|first day|term starts|opens|date from|date)$/],
  ['end', /^(end|ends|end date|to|until|finishes|last day|term ends|closes|date to)$/],
];
