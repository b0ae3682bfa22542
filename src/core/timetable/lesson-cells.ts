/**
 * A lesson-timetable cell as schools write it: the subject, and the teacher when the cell names
 * one (`Science (Mr Jones)`, `Science - Mrs O'Neill`, `History / JON`, or the teacher on a second
 * line). The teacher is recognised only by a title or a three-letter staff code, so `English (Lit)`
 * and `Maths - Set 2` stay subjects.
 */
export interface LessonCell {
  readonly subject: string;
  readonly teacher: string | null;
}

const TITLED = /^(mr|mrs|ms|miss|mx|dr)\.?\s+\S/i;
const STAFF_CODE = /^[A-Z]{3}$/;
/** `Subject (Teacher)`, `Subject - Teacher` (or `/`, `:`), and `Subject Mr Name` (a second line, read as one). */
const SPLITS: readonly RegExp[] = [
  /^(.+?)\s*\(([^()]+)\)$/,
  /^(.+?)(?:\s+[-–/]|:)\s+(.+)$/,
  /^(.+?)\s+((?:mr|mrs|ms|miss|mx|dr)\.?\s+\S.*)$/i,
];

function isTeacher(text: string): boolean {
  return TITLED.test(text) || STAFF_CODE.test(text);
}

export function splitLesson(text: string): LessonCell {
  const trimmed = text.trim();
  for (const pattern of SPLITS) {
    const match = pattern.exec(trimmed);
    const subject = match?.[1]?.trim();
    const teacher = match?.[2]?.trim();
    if (subject && teacher && isTeacher(teacher)) return { subject, teacher };
  }
  return { subject: trimmed.replace(/\s+/g, ' '), teacher: null };
}
