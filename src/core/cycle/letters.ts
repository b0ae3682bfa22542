/**
 * `Letters`: a plain-English letter home for each pupil on a programme that has not ended (seed
 * 002: "intervention staff write to parents / carers"; seed 004: say "how long the intervention
 * will last both in terms of the frequency and total amount of sessions"), from the template in
 * Settings, one page each with a reply slip. A list at the top shows, from the Passports tab, when
 * each letter went home and when consent came back.
 */
import type { Group, SchoolData } from '../domain';
import type { TabPlan } from '../plan';
import type { Settings } from '../settings';
import { normaliseText, plural } from '../text';
import { ukDate, type IsoDate } from '../values';
import { addDays } from '../calendar/days';
import { byPupilName, type CyclePlacement } from './placements';
import { PAGE_ROWS, PAGE_WIDTH, PrintedTab, wrapLines, type LineStyle } from './printable';
import type { CycleRecords } from './records';
import { daysBetween } from './reviews-due-tab';

export const LETTERS_KEY = 'letters';
export const LETTERS_TAB = 'Letters';
/**
 * One column the width of the page: a letter is lines of text, and a school prints hundreds of them
 * in a half-term, so every other column would only add empty cells to the spreadsheet.
 */
const WIDTHS = [PAGE_WIDTH];
const LETTER_CHARS = 95;

export const PLACEHOLDERS = [
  'pupil',
  'forename',
  'programme',
  'why',
  'outcome',
  'how often',
  'how long',
  'starts',
  'staff',
  'contact',
] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

export interface Letters {
  readonly tab: TabPlan;
  readonly letters: number;
  readonly consentReturned: number;
  /** Letters cut short to fit their page (the template is too long). */
  readonly shortened: number;
}

export function lettersTab(
  data: SchoolData,
  settings: Settings,
  placements: readonly CyclePlacement[],
  records: CycleRecords,
  today: IsoDate,
  /** Which placements have a letter, as the tab says it: `placements starting in …`. */
  scope: string,
): Letters {
  const page = new PrintedTab(WIDTHS);
  const passports = new Map(records.passports.map((p) => [p.placement, p] as const));
  const sorted = [...placements].sort(byPupilName);
  page.line(['Letters home'], 'title');
  const note = `One page for each of the ${scope}. Record the day each letter goes home and the day consent comes back on the Passports tab: Group check reads it.`;
  for (const line of wrapLines(note, LETTER_CHARS)) page.line([line], 'note');
  page.blank();
  page.line(['Pupil: programme, when it starts; letter sent; consent returned'], 'table-header');
  if (sorted.length === 0) page.line([`No letter is waiting: there are no ${scope}.`], 'note');
  for (const placement of sorted) {
    const passport = passports.get(placement.key);
    const starts = placement.placement.start ? `starts ${ukDate(placement.placement.start)}` : 'no start date';
    const sent = passport?.letterSent ? ukDate(passport.letterSent) : 'not yet';
    const consent = passport?.consentReturned ? ukDate(passport.consentReturned) : 'not yet';
    page.line([`${placement.pupil.name}: ${placement.programme}, ${starts}; letter sent ${sent}; consent returned ${consent}`]);
  }
  page.toPageEnd();

  let shortened = 0;
  for (const placement of sorted) {
    const letter = letterLines(data, settings, placement, today);
    if (letter.shortened) shortened += 1;
    for (const line of letter.lines) page.line([line.text], line.style);
    page.toPageEnd();
  }
  return {
    tab: page.tab(LETTERS_KEY, LETTERS_TAB),
    letters: sorted.length,
    consentReturned: sorted.filter((p) => passports.get(p.key)?.consentReturned).length,
    shortened,
  };
}

interface LetterLine {
  readonly text: string;
  readonly style: LineStyle;
}

/** The page: the letter, then the reply slip whole at its foot (a letter too long for the page loses its end instead). */
function letterLines(
  data: SchoolData,
  settings: Settings,
  placement: CyclePlacement,
  today: IsoDate,
): { lines: LetterLine[]; shortened: boolean } {
  const values = placeholderValues(data, settings, placement);
  const body = fillTemplate(settings.cycle.letterTemplate, values);
  const lines: LetterLine[] = [
    { text: `${placement.pupil.name}${placement.pupil.form ? `, ${placement.pupil.form}` : ''}: ${placement.programme}`, style: 'note' },
    { text: ukDate(today), style: 'plain' },
    { text: '', style: 'plain' },
    ...wrapLines(body, LETTER_CHARS).map((text) => ({ text, style: 'plain' as const })),
  ];
  const slip: LetterLine[] = [
    { text: '', style: 'plain' },
    { text: '✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -', style: 'note' },
    { text: 'Reply slip: please return to school', style: 'label' },
    ...wrapLines(`I am happy for ${placement.pupil.name} to take part in ${placement.programme}.`, LETTER_CHARS).map((text) => ({
      text,
      style: 'plain' as const,
    })),
    { text: '', style: 'plain' },
    { text: 'Signed: ______________________________   Parent or carer', style: 'plain' },
    { text: 'Date: ____________________', style: 'plain' },
  ];
  const room = PAGE_ROWS - slip.length;
  const shortened = lines.length > room;
  const letter = shortened ? [...lines.slice(0, room - 1), { text: '…', style: 'plain' as const }] : lines;
  const gap = Array.from({ length: room - letter.length }, () => ({ text: '', style: 'plain' as const }));
  return { lines: [...letter, ...gap, ...slip], shortened };
}

function placeholderValues(data: SchoolData, settings: Settings, placement: CyclePlacement): Record<Placeholder, string> {
  const { pupil, placement: p } = placement;
  const group = p.group ? data.groups.find((g) => normaliseText(g.name) === normaliseText(p.group ?? '')) : undefined;
  const perWeek = group?.sessionsPerWeek ?? settings.timetable.sessionsPerWeekDefault;
  const weeks = weeksOf(group, p.start, p.end) ?? settings.timetable.weeksDefault;
  const staff = placement.staff ?? 'the member of staff who leads it';
  return {
    pupil: pupil.name,
    forename: pupil.forename ?? pupil.name,
    programme: placement.programme,
    why: p.reason ?? 'to help with school',
    outcome: p.outcome ?? 'things getting better in school',
    'how often': `${plural(perWeek, 'session')} a week`,
    'how long': plural(weeks, 'week'),
    starts: p.start ? ukDate(p.start) : 'soon',
    staff,
    contact: settings.cycle.letterContact ?? staff,
  };
}

function weeksOf(group: Group | undefined, start: IsoDate | null, end: IsoDate | null): number | null {
  if (group?.weeks) return group.weeks;
  if (!start || !end || end < start) return null;
  return Math.max(1, Math.ceil((daysBetween(start, addDays(end, 1)) - 2) / 7));
}

/** The template with each `{placeholder}` filled in; an unknown `{word}` is left as written. */
export function fillTemplate(template: string, values: Readonly<Record<Placeholder, string>>): string {
  return template.replace(/\{([^{}]{1,30})\}/g, (whole, name: string) => {
    const key = normaliseText(name) as Placeholder;
    return PLACEHOLDERS.includes(key) ? values[key] : whole;
  });
}
