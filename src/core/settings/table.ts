/**
 * Every setting, once: its place (section and field), the sidebar's label, its kind and bounds,
 * its default and a one-line hint. The stored schema, the server's refusals and the sidebar's
 * Settings form are all derived from this table, so adding a setting is adding an entry here.
 * Defaults are the ones the seed documents recommend.
 */
import { PURPOSE_LABELS, PURPOSES, type Purpose } from '../groups/purposes';
import {
  choiceMap,
  dates,
  decimal,
  text,
  keyedWords,
  optionalDate,
  optionalText,
  percentage,
  share,
  wholeNumber,
  words,
  yesNo,
  type SettingDescriptor,
  type ValueOf,
} from './kinds';

const perPurpose = (label: (purpose: string) => string): Record<Purpose, string> =>
  Object.fromEntries(PURPOSES.map((p) => [p, label(PURPOSE_LABELS[p])])) as Record<Purpose, string>;

/** For the rates by role: used only where the staff tab gives a member of staff no hourly cost. */
const RATE_HINT = 'When the staff tab gives no hourly cost: a typical UK rate, to edit to your school’s.';

export const SETTINGS = {
  timetable: {
    legend: 'Timetable',
    fields: {
      protectedSubjects: words({
        label: 'Protected subjects',
        hint: 'Lessons a pupil is never taken out of ("Maths and English lessons will be avoided").',
        maxItems: 20,
        maxLength: 60,
        noun: 'subjects',
        default: ['Maths', 'English'],
      }),
      sessionsPerWeekDefault: wholeNumber({
        label: 'Sessions per week',
        hint: 'For a group or 1-1 when the register does not say.',
        min: 1,
        max: 5,
        default: 1,
      }),
      weeksDefault: wholeNumber({
        label: 'Weeks a programme runs',
        hint: 'When the register does not say.',
        min: 1,
        max: 39,
        default: 6,
      }),
      allowTwicePerDay: yesNo({
        label: 'Allow a group to meet twice in a day',
        hint: 'Otherwise a group meets at most once a day.',
        default: false,
      }),
      lessonsPerDay: wholeNumber({
        label: 'Lessons per day',
        hint: 'When no lesson timetable says otherwise.',
        min: 5,
        max: 7,
        default: 6,
      }),
      termWeeks: dates({
        label: 'Term weeks',
        hint: 'The weeks the school is open, a term or half-term at a time, holidays left out: used when the sheet has no term-dates tab.',
        maxItems: 60,
        emptyMeans: 'to assume every week but bank holidays, the Christmas break and August',
        default: [],
        weeks: true,
      }),
      cycleWeekAStart: optionalDate({
        label: 'Week A starts',
        hint: 'A week A, for a two-week timetable.',
        emptyMeans: 'for a one-week timetable',
        default: null,
        weeks: true,
      }),
      maxSessionsPerStaffDay: wholeNumber({
        label: 'Most sessions a member of staff leads in a day',
        hint: 'More than this and the day counts as overloaded.',
        min: 1,
        max: 8,
        default: 4,
      }),
      oneToOneStaffDefault: optionalText({
        label: '1-1 staff when the register names none',
        hint: 'Who leads a 1-1 when the register names nobody; with none, such a 1-1 is not timetabled.',
        maxLength: 100,
        emptyMeans: 'for none',
        default: null,
      }),
    },
  },
  groups: {
    legend: 'Groups',
    fields: {
      minSize: wholeNumber({ label: 'Smallest group size', hint: 'A smaller group is a problem.', min: 1, max: 30, default: 5 }),
      maxSize: wholeNumber({ label: 'Largest group size', hint: 'A larger group is a problem.', min: 1, max: 40, default: 10 }),
      maxYearSpread: wholeNumber({
        label: 'Largest year-group spread',
        hint: 'The widest gap allowed between the youngest and oldest year group in a group.',
        min: 0,
        max: 12,
        default: 1,
      }),
      minGenderShare: share({
        label: 'Smallest gender share',
        hint: 'In a mixed group, a gender under this share is a warning.',
        min: 0,
        max: 50,
        default: 1 / 3,
      }),
      maxSenShare: share({
        label: 'Largest share of pupils with SEN',
        hint: 'More than this share of a group with SEN is a warning.',
        min: 0,
        max: 100,
        default: 0.5,
      }),
      maxEhcp: wholeNumber({
        label: 'Most pupils with an EHCP in a group',
        hint: 'More is a warning.',
        min: 0,
        max: 40,
        default: 2,
      }),
      programmePurposes: choiceMap({
        label: 'The purpose of a programme',
        hint: 'The purpose each programme serves, for the check that each pupil’s need matches their group.',
        names: 'programmes',
        nameMaxLength: 200,
        choices: PURPOSES,
        choiceLabels: PURPOSE_LABELS,
        default: {},
      }),
      purposeKeywords: keyedWords({
        label: 'Words that place a reason or programme under a purpose',
        hint: 'A reason for referral or a programme’s name containing one of these words serves that purpose.',
        keys: PURPOSES,
        keyLabels: perPurpose((purpose) => `Words that mean ${purpose}`),
        maxItems: 40,
        maxLength: 60,
        default: {
          attendance: ['attendance', 'punctual', 'punctuality', 'absence', 'absent', 'lateness'],
          learning: ['to learning', 'engagement', 'motivation', 'homework', 'effort'],
          self: ['to self', 'self-esteem', 'esteem', 'confidence', 'anxiety', 'wellbeing', 'mental', 'resilience'],
          others: ['to others', 'anger', 'behaviour', 'friendship', 'bullying', 'social', 'relationship', 'conflict'],
          progress: ['progress', 'literacy', 'reading', 'numeracy', 'catch-up', 'phonics', 'spelling', 'academic'],
        },
      }),
      baselineMeasures: keyedWords({
        label: 'Measures for impact of each purpose',
        hint: 'A measure whose name contains one of these words shows whether a purpose’s outcome was met: Impact leads with it, and Group check asks for its start value.',
        keys: PURPOSES,
        keyLabels: perPurpose((purpose) => `Measures for impact: ${purpose}`),
        maxItems: 40,
        maxLength: 60,
        default: {
          attendance: ['attendance', 'punctuality', 'lates', 'late marks'],
          learning: ['behaviour', 'engagement', 'homework', 'effort', 'achievement', 'reward'],
          self: ['self-esteem', 'wellbeing', 'questionnaire', 'life satisfaction', 'resilience', 'sdq'],
          others: ['behaviour', 'bullying', 'exclusion', 'incident', 'detention', 'sanction'],
          progress: ['reading', 'progress', 'spelling', 'literacy', 'numeracy', 'standardised'],
        },
      }),
    },
  },
  questionnaires: {
    legend: 'Questionnaires',
    fields: {
      minAnsweredShare: share({
        label: 'Share of items a pupil must answer',
        hint: 'With fewer answers a response is not scored.',
        min: 50,
        max: 100,
        default: 0.8,
      }),
      pupilsSignIn: yesNo({
        label: 'Pupils sign in with school Google accounts',
        hint: 'New forms then record each pupil’s school email, matched to the register’s pupil email column, instead of using personal links.',
        default: false,
      }),
    },
  },
  impact: {
    legend: 'Impact',
    fields: {
      persistentAbsenceAtOrBelow: percentage({
        label: 'Persistent absence threshold',
        hint: 'Attendance at or below this is persistent absence (the DfE’s: missing 10% or more of sessions, so 90% or less).',
        min: 0,
        max: 100,
        default: 90,
      }),
      severeAbsenceAtOrBelow: percentage({
        label: 'Severe absence threshold',
        hint: 'Attendance at or below this is severe absence (the DfE’s: missing 50% or more of sessions).',
        min: 0,
        max: 100,
        default: 50,
      }),
      scoreDaysEitherSide: wholeNumber({
        label: 'Days either side of a programme a questionnaire still counts for it',
        hint: 'A questionnaire sent this many days before a programme starts or after it ends still counts as its start or end.',
        min: 0,
        max: 60,
        default: 14,
      }),
      expectedProgressTaLed: decimal({
        label: 'Expected progress for TA-led programmes',
        hint: 'How many times the normal rate of progress a TA-led programme aims for.',
        unit: '× normal rate',
        min: 0,
        max: 10,
        default: 1.5,
      }),
      expectedProgressTeacherLed: decimal({
        label: 'Expected progress for teacher-led programmes',
        hint: 'How many times the normal rate of progress a teacher-led programme aims for.',
        unit: '× normal rate',
        min: 0,
        max: 10,
        default: 2,
      }),
      minSessionsAttendedShare: share({
        label: 'Smallest share of sessions attended',
        hint: 'A pupil who attended fewer of the sessions delivered than this is reported apart in Impact, not mixed into the programme’s figures.',
        min: 0,
        max: 100,
        default: 0.5,
      }),
      directions: choiceMap({
        label: 'Which way is better for a measure',
        hint: 'For each start and end measure: whether a rise or a fall counts as an improvement.',
        names: 'measures',
        nameMaxLength: 60,
        choices: ['higher', 'lower'],
        choiceLabels: { higher: 'higher', lower: 'lower' },
        default: {},
      }),
    },
  },
  costs: {
    legend: 'Costs',
    fields: {
      sessionMinutes: wholeNumber({
        label: 'Minutes a session lasts',
        hint: 'For the staff time a session costs.',
        min: 10,
        max: 180,
        default: 50,
      }),
      teacherHourlyCost: decimal({
        label: 'Hourly cost of a teacher',
        hint: RATE_HINT,
        unit: '£ an hour',
        min: 0,
        max: 500,
        default: 40,
      }),
      taHourlyCost: decimal({
        label: 'Hourly cost of a teaching assistant',
        hint: RATE_HINT,
        unit: '£ an hour',
        min: 0,
        max: 500,
        default: 15,
      }),
      mentorHourlyCost: decimal({
        label: 'Hourly cost of a mentor',
        hint: RATE_HINT,
        unit: '£ an hour',
        min: 0,
        max: 500,
        default: 20,
      }),
      externalHourlyCost: decimal({
        label: 'Hourly cost of an external provider',
        hint: RATE_HINT,
        unit: '£ an hour',
        min: 0,
        max: 500,
        default: 50,
      }),
    },
  },
  cycle: {
    legend: 'Reviews and letters',
    fields: {
      reviewEveryDays: wholeNumber({
        label: 'Days between reviews',
        hint: 'A review is due this many days after the last one, or after the start ("at least fortnightly").',
        min: 7,
        max: 42,
        default: 14,
      }),
      offTrackReviewsForMeeting: wholeNumber({
        label: 'Off-track reviews in a row that call a Review Meeting',
        hint: 'A pupil off track at this many reviews running is listed for a Review Meeting with parents.',
        min: 1,
        max: 6,
        default: 2,
      }),
      wholeYear: yesNo({
        label: 'Letters and reports for the whole year',
        hint: 'Otherwise Letters holds the placements starting in the chosen half-term (and any still waiting for consent), and Pupil reports those that ended in it: what staff print now.',
        default: false,
      }),
      letterContact: optionalText({
        label: 'Who parents should contact',
        hint: 'Put into letters home where the template says {contact}, e.g. "Mrs Ahmed, SENDCo, on 01632 960123".',
        maxLength: 200,
        emptyMeans: 'for the member of staff who leads the programme',
        default: null,
      }),
      letterTemplate: text({
        label: 'Letter home',
        hint: 'The letter to parents or carers, a blank line between paragraphs. {pupil}, {forename}, {programme}, {why}, {outcome}, {how often}, {how long}, {starts}, {staff} and {contact} are filled in for each pupil.',
        maxLength: 3000,
        default: [
          'Dear parent or carer of {pupil},',
          'We would like {forename} to take part in {programme}, starting {starts}. It is one of the ways we support pupils in school, and places are offered where we think it will help most.',
          'Why we are offering it: {why}. What we hope it will achieve: {outcome}.',
          '{forename} will have {how often} for {how long}, led by {staff}, during the school day. We plan the sessions so that {forename} does not miss the same lesson every week.',
          'If you have any questions, or would like to talk about it, please contact {contact}. Please return the slip below to let us know you are happy for {forename} to take part.',
          'Yours sincerely,',
          '{staff}',
        ].join('\n\n'),
      }),
    },
  },
};

type Table = typeof SETTINGS;
export type Section = keyof Table;
type Fields<S extends Section> = Table[S]['fields'];

/** The school's settings, as stored and as every action reads them. */
export type Settings = {
  [S in Section]: { [F in keyof Fields<S>]: Fields<S>[F] extends SettingDescriptor ? ValueOf<Fields<S>[F]> : never };
};

/** The settings the sidebar changed: per section, only the fields to replace. */
export type SettingsChange = { readonly [S in Section]?: Partial<Settings[S]> };

/** One row of the table, with its place. */
export interface SettingEntry {
  readonly section: Section;
  readonly field: string;
  readonly descriptor: SettingDescriptor;
}

export const SECTIONS = Object.keys(SETTINGS) as Section[];

/** Every setting in the table's order: sections as the sidebar shows them, fields within each. */
export function settingEntries(): SettingEntry[] {
  return SECTIONS.flatMap((section) =>
    Object.entries(SETTINGS[section].fields as Record<string, SettingDescriptor>).map(([field, descriptor]) => ({
      section,
      field,
      descriptor,
    })),
  );
}
