/**
 * The school's settings: every threshold and default an action uses, with the defaults the seed
 * documents recommend. Stored as JSON in document properties and edited in the sidebar; anything
 * missing from a stored copy takes its default, so older copies stay valid.
 */
import * as z from 'zod';

const subject = z.string().min(1).max(60);
const keyword = z.string().min(1).max(60);

export const settingsSchema = z.object({
  timetable: z
    .object({
      /** Subjects a pupil is never taken out of ("Maths and English lessons will be avoided"). */
      protectedSubjects: z.array(subject).max(20).default(['Maths', 'English']),
      sessionsPerWeekDefault: z.number().int().min(1).max(5).default(1),
      weeksDefault: z.number().int().min(1).max(39).default(6),
      /** Whether one group may meet twice on the same day. */
      allowTwicePerDay: z.boolean().default(false),
      /** Lessons in a day when no timetable says otherwise. */
      lessonsPerDay: z.number().int().min(5).max(7).default(6),
      /**
       * Week-commencing Mondays that are school weeks (holidays left out), used when the sheet has no
       * term-dates tab; empty = assumed (every week but the Christmas break and August).
       */
      termWeeks: z
        .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
        .max(60)
        .default([]),
      /** Week A's Monday for two-week timetables; null for a one-week timetable. */
      cycleWeekAStart: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable()
        .default(null),
      /** Sessions one member of staff may lead in a day before the day counts as overloaded. */
      maxSessionsPerStaffDay: z.number().int().min(1).max(8).default(4),
      /** Who runs a 1-1 when the register names nobody (null: the 1-1 is not timetabled until someone is named). */
      oneToOneStaffDefault: z.string().max(100).nullable().default(null),
    })
    .prefault({}),
  groups: z
    .object({
      minSize: z.number().int().min(1).max(30).default(5),
      maxSize: z.number().int().min(1).max(40).default(10),
      /** Largest allowed gap between the youngest and oldest year group in a group. */
      maxYearSpread: z.number().int().min(0).max(12).default(1),
      /** A gender under this share of a mixed group is a warning. */
      minGenderShare: z
        .number()
        .min(0)
        .max(0.5)
        .default(1 / 3),
      /** More than this share of the group with SEN is a warning. */
      maxSenShare: z.number().min(0).max(1).default(0.5),
      maxEhcp: z.number().int().min(0).max(40).default(2),
      /** Programme name → the seed's purpose it serves, for the need-mismatch rule. */
      programmePurposes: z.record(z.string().max(200), z.enum(['attendance', 'learning', 'self', 'others', 'progress'])).default({}),
      /** Words that place a reason or programme under one of the seed's five purposes. */
      purposeKeywords: z
        .object({
          attendance: z.array(keyword).max(40).default(['attendance', 'punctual', 'punctuality', 'absence', 'absent', 'lateness']),
          learning: z.array(keyword).max(40).default(['to learning', 'engagement', 'motivation', 'homework', 'effort']),
          self: z
            .array(keyword)
            .max(40)
            .default(['to self', 'self-esteem', 'esteem', 'confidence', 'anxiety', 'wellbeing', 'mental', 'resilience']),
          others: z
            .array(keyword)
            .max(40)
            .default(['to others', 'anger', 'behaviour', 'friendship', 'bullying', 'social', 'relationship', 'conflict']),
          progress: z
            .array(keyword)
            .max(40)
            .default(['progress', 'literacy', 'reading', 'numeracy', 'catch-up', 'phonics', 'spelling', 'academic']),
        })
        .prefault({}),
      /** Words in a measure's id or label that make it the start data a purpose's outcome needs. */
      baselineMeasures: z
        .object({
          attendance: z.array(keyword).max(40).default(['attendance', 'punctuality', 'lates']),
          learning: z.array(keyword).max(40).default(['behaviour', 'engagement', 'homework']),
          self: z.array(keyword).max(40).default(['self-esteem', 'wellbeing', 'questionnaire']),
          others: z.array(keyword).max(40).default(['behaviour', 'bullying', 'exclusion']),
          progress: z.array(keyword).max(40).default(['reading', 'progress', 'spelling', 'literacy', 'numeracy']),
        })
        .prefault({}),
    })
    .prefault({}),
  questionnaires: z
    .object({
      minAnsweredShare: z.number().min(0.5).max(1).default(0.8),
    })
    .prefault({}),
  impact: z
    .object({
      /** Below this attendance % a pupil is persistently absent (DfE threshold). */
      persistentAbsenceBelow: z.number().min(0).max(100).default(90),
      /** Expected rate of progress multipliers (seed 004: TA-led 1.5x, teacher-led 2x). */
      expectedProgressTaLed: z.number().min(0).max(10).default(1.5),
      expectedProgressTeacherLed: z.number().min(0).max(10).default(2),
      /** Measure id → direction, overriding what setup inferred from the column name. */
      directions: z.record(z.string().max(60), z.enum(['higher', 'lower'])).default({}),
    })
    .prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
