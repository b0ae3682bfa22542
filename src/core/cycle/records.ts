/**
 * Reads the passports, targets and reviews the school keeps on the tabs the add-in made for them:
 * each row matched to a placement in the register (by pupil ID, else name, and programme), dates
 * and dropdown answers read. A row that cannot be used goes to Problems with its tab, row, column
 * and why; the rest of the tab is still read. Columns are found by their headers, so a school may
 * move, add or drop columns.
 */
import { isUnreadable, readDate } from '../coerce';
import type { PupilId, SchoolData, SourceRef } from '../domain';
import { indexPupilNames } from '../groups/pupil-names';
import { problem, type Problem } from '../problems';
import { inputTab, type TabSnapshot, type WorkbookSnapshot } from '../snapshot';
import { cellText, normaliseText } from '../text';
import type { CellValue, IsoDate } from '../values';
import {
  INPUT_KINDS,
  INPUT_TABS,
  OUTCOMES,
  PROGRESS,
  STATUSES,
  TARGET_PROGRESS_HEADERS,
  type InputKind,
  type ReviewStatus,
  type TargetOutcome,
  type TargetProgress,
} from './input-tabs';
import { cyclePlacements, overlaps, programmeKey, type CyclePlacement } from './placements';

export interface PassportRecord {
  readonly placement: string;
  readonly feelings: string;
  readonly triggers: string;
  readonly strategies: string;
  readonly letterSent: IsoDate | null;
  readonly consentReturned: IsoDate | null;
  readonly nextSteps: string;
  readonly returnToLessons: string;
  readonly source: SourceRef;
}

export interface TargetRecord {
  readonly placement: string;
  /** What the pupil will do; '' on a row filled in by the add-in and not yet written. */
  readonly target: string;
  readonly baseline: string;
  readonly targetValue: string;
  readonly by: IsoDate | null;
  readonly howMeasured: string;
  readonly outcome: TargetOutcome | null;
  readonly source: SourceRef;
}

export interface ReviewRecord {
  readonly placement: string;
  readonly date: IsoDate;
  /** Progress towards the placement's first, second and third target. */
  readonly progress: readonly (TargetProgress | null)[];
  readonly status: ReviewStatus | null;
  readonly nextStep: string;
  readonly reviewedBy: string;
  readonly source: SourceRef;
}

export interface CycleRecords {
  /** Each input tab's name as the school has it now; null when it has not been made yet. */
  readonly tabs: Readonly<Record<InputKind, string | null>>;
  readonly passports: readonly PassportRecord[];
  readonly targets: readonly TargetRecord[];
  readonly reviews: readonly ReviewRecord[];
}

export const NO_CYCLE_RECORDS: CycleRecords = {
  tabs: { passports: null, targets: null, reviews: null },
  passports: [],
  targets: [],
  reviews: [],
};

/** Title rows above the headers are allowed, as far as people usually put them. */
const HEADER_SEARCH_ROWS = 5;

export function readCycleRecords(snapshot: WorkbookSnapshot, data: SchoolData): { records: CycleRecords; problems: Problem[] } {
  const problems: Problem[] = [];
  const matcher = placementMatcher(data);
  const rowsOf = (kind: InputKind): { tab: TabSnapshot | undefined; rows: RowReader[] } => {
    const tab = inputTab(snapshot, kind);
    return { tab, rows: tab ? readRows(tab, kind, problems) : [] };
  };
  const passports = rowsOf('passports');
  const targets = rowsOf('targets');
  const reviews = rowsOf('reviews');
  const records: CycleRecords = {
    tabs: Object.fromEntries(INPUT_KINDS.map((kind) => [kind, { passports, targets, reviews }[kind].tab?.name ?? null])) as Record<
      InputKind,
      string | null
    >,
    passports: passports.rows.flatMap((row) => {
      const placement = matcher(row, null);
      if (!placement) return [];
      return [
        {
          placement: placement.key,
          feelings: row.text('How they feel'),
          triggers: row.text('Triggers'),
          strategies: row.text('Strategies that help'),
          letterSent: row.date('Letter home sent'),
          consentReturned: row.date('Consent returned'),
          nextSteps: row.text('Next steps'),
          returnToLessons: row.text('Return to lessons'),
          source: row.source,
        },
      ];
    }),
    targets: targets.rows.flatMap((row) => {
      const placement = matcher(row, null);
      if (!placement) return [];
      return [
        {
          placement: placement.key,
          target: row.text('Target'),
          baseline: row.text('Baseline'),
          targetValue: row.text('Target value'),
          by: row.date('By'),
          howMeasured: row.text('How measured'),
          outcome: row.choice('Outcome', OUTCOMES),
          source: row.source,
        },
      ];
    }),
    reviews: reviews.rows.flatMap((row) => {
      const date = row.date('Review date');
      if (date === null) {
        if (!row.reported('Review date'))
          row.report('Review date', 'This review has no date, so it was not counted. Add the day it took place.');
        return [];
      }
      const placement = matcher(row, date);
      if (!placement) return [];
      return [
        {
          placement: placement.key,
          date,
          progress: TARGET_PROGRESS_HEADERS.map((header) => row.choice(header, PROGRESS)),
          status: row.choice('Status', STATUSES),
          nextStep: row.text('Next step'),
          reviewedBy: row.text('Reviewed by'),
          source: row.source,
        },
      ];
    }),
  };
  return { records, problems };
}

/** One row of an input tab: its cells by header, read as text, date or choice, with problems reported once per cell. */
interface RowReader {
  readonly source: SourceRef;
  text(header: string): string;
  date(header: string): IsoDate | null;
  choice<C extends string>(header: string, choices: readonly C[]): C | null;
  report(header: string, reason: string): void;
  reported(header: string): boolean;
}

/** Where an input tab's headers are, each header's column, and the one it needs but lacks (null when none). */
interface InputHeaders {
  /** 0-based row of the headers; -1 when no row near the top has two of them. */
  readonly index: number;
  readonly at: (header: string) => number;
  readonly missing: string | null;
}

function inputHeaders(values: TabSnapshot['values'], kind: InputKind): InputHeaders {
  const headers = INPUT_TABS[kind].columns.map((column) => normaliseText(column.header));
  const index = values
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => row.filter((cell) => headers.includes(normaliseText(cellText(cell)))).length >= 2);
  const found = (values[index] ?? []).map((cell) => normaliseText(cellText(cell)));
  const at = (header: string): number => found.indexOf(normaliseText(header));
  const missing = (['Pupil ID', 'Pupil'] as const).every((header) => at(header) < 0)
    ? 'a Pupil ID or Pupil column'
    : kind === 'reviews' && at('Review date') < 0
      ? 'a Review date column'
      : kind === 'targets' && at('Target') < 0
        ? 'a Target column'
        : null;
  return { index, at, missing };
}

/**
 * A school's own tab kept in an input tab's columns under its name (a Targets tab typed before the
 * add-in came, say), which the add-in reads as that input tab instead of making another.
 */
export function isInputLayout(tab: TabSnapshot, kind: InputKind): boolean {
  if (normaliseText(tab.name) !== normaliseText(INPUT_TABS[kind].name)) return false;
  const { index, missing } = inputHeaders(tab.values, kind);
  return index >= 0 && missing === null;
}

function readRows(tab: TabSnapshot, kind: InputKind, problems: Problem[]): RowReader[] {
  const { columns } = INPUT_TABS[kind];
  const { index: headerIndex, at, missing } = inputHeaders(tab.values, kind);
  const headerRow = tab.values[headerIndex];
  if (!headerRow || missing) {
    problems.push(
      problem(
        'setup',
        tab.name,
        headerIndex < 0 ? 1 : headerIndex + 1,
        '',
        `This tab has no header row with ${missing ?? 'the headers Intervention Planner gave it'}, so it was not read. Put the headers back as they were (${columns
          .slice(0, 4)
          .map((c) => c.header)
          .join(', ')}…).`,
      ),
    );
    return [];
  }
  return tab.values.slice(headerIndex + 1).flatMap((cells, i) => {
    if (cells.every((cell) => cellText(cell) === '')) return [];
    return [rowReader(tab.name, headerIndex + i + 2, cells, at, problems)];
  });
}

function rowReader(tab: string, row: number, cells: readonly CellValue[], at: (header: string) => number, problems: Problem[]): RowReader {
  const reportedHeaders = new Set<string>();
  const cell = (header: string): CellValue => {
    const index = at(header);
    return index < 0 ? '' : (cells[index] ?? '');
  };
  const reader: RowReader = {
    source: { tab, row },
    text: (header) => cellText(cell(header)),
    date: (header) => {
      const read = readDate(cell(header));
      if (!isUnreadable(read)) return read;
      reader.report(header, `${read.unreadable}, so it was not used. Type the date as dd/mm/yyyy.`);
      return null;
    },
    choice: (header, choices) => {
      const written = cellText(cell(header));
      if (written === '') return null;
      const chosen = choiceOf(written, choices);
      if (chosen === null)
        reader.report(
          header,
          `“${written.slice(0, 60)}” is not one of ${choices.join(', ')}, so it was not used. Choose from the dropdown.`,
        );
      return chosen;
    },
    report: (header, reason) => {
      reportedHeaders.add(header);
      problems.push(problem('setup', tab, row, header, reason));
    },
    reported: (header) => reportedHeaders.has(header),
  };
  return reader;
}

/** The choice written, in any case or spacing, or the only choice it begins (`partly` for `Partly met`). */
function choiceOf<C extends string>(written: string, choices: readonly C[]): C | null {
  const text = normaliseText(written);
  const exact = choices.find((choice) => normaliseText(choice) === text);
  if (exact) return exact;
  const starts = choices.filter((choice) => normaliseText(choice).startsWith(text));
  return starts.length === 1 ? (starts[0] as C) : null;
}

type Matcher = (row: RowReader, date: IsoDate | null) => CyclePlacement | null;

/** Finds the placement a row is about, or reports why it cannot (and answers null). */
function placementMatcher(data: SchoolData): Matcher {
  const placements = cyclePlacements(data);
  const byPupil = new Map<PupilId, CyclePlacement[]>();
  for (const placement of placements) byPupil.set(placement.pupil.id, [...(byPupil.get(placement.pupil.id) ?? []), placement]);
  const byId = new Map(data.pupils.map((pupil) => [normaliseText(pupil.id), pupil] as const));
  const names = indexPupilNames(data.pupils);
  return (row, date) => {
    const idText = row.text('Pupil ID');
    const nameText = row.text('Pupil');
    const byName = nameText === '' ? [] : names.find(nameText);
    const pupil = byId.get(normaliseText(idText)) ?? (byName.length === 1 ? byName[0] : undefined);
    if (!pupil) {
      const [column, written] = idText !== '' && byName.length === 0 ? ['Pupil ID', idText] : ['Pupil', nameText];
      row.report(
        column,
        written === ''
          ? 'This row names no pupil, so it was not read. Fill in the Pupil ID or the name.'
          : byName.length > 1
            ? `More than one pupil in the register is called “${nameText}”, so this row was not read. Add the pupil’s ID.`
            : `“${written.slice(0, 60)}” matches no pupil in the register, so this row was not read. Check the spelling or use the pupil’s ID.`,
      );
      return null;
    }
    const programmeText = row.text('Programme');
    const theirs = byPupil.get(pupil.id) ?? [];
    const named =
      programmeText === ''
        ? theirs
        : theirs.filter((p) => [p.programme, p.placement.group].some((name) => programmeKey(name) === programmeKey(programmeText)));
    const dated = date === null || named.length < 2 ? named : named.filter((p) => overlaps(p.placement, date, date));
    const candidates = dated.length > 0 ? dated : named;
    // The same programme twice: the latest placement is the one still being followed.
    const sameProgramme =
      candidates.length > 1 && candidates.every((p) => programmeKey(p.programme) === programmeKey(candidates[0]?.programme ?? null));
    const chosen = candidates.length === 1 || sameProgramme ? candidates[candidates.length - 1] : undefined;
    if (chosen) return chosen;
    row.report(
      'Programme',
      theirs.length === 0
        ? `${pupil.name} is not placed on a programme in the register, so this row was not read.`
        : programmeText === '' || named.length > 1
          ? `${pupil.name} is on more than one programme, so this row was not read. Write which one in the Programme column.`
          : `${pupil.name} is not on “${programmeText.slice(0, 60)}” in the register, so this row was not read. Use the programme’s name as the register writes it.`,
    );
    return null;
  };
}

/**
 * The placements with consent taken as given where the Passports tab records the day it came back
 * (the group check's consent rule then reads it). A passport without that date changes nothing: the
 * register's own consent column, or its absence, still speaks.
 */
export function withConsentReturned(data: SchoolData, records: CycleRecords): SchoolData {
  const returned = new Set(records.passports.filter((p) => p.consentReturned !== null).map((p) => p.placement));
  if (returned.size === 0) return { ...data, cycle: records };
  const given = new Set(
    cyclePlacements(data)
      .filter((p) => returned.has(p.key))
      .map((p) => p.placement),
  );
  return { ...data, placements: data.placements.map((p) => (given.has(p) ? { ...p, consent: true } : p)), cycle: records };
}
