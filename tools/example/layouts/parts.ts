/**
 * Pieces both layouts share: placements in the order registers list them, pupils by id, the
 * planted unreadable year, and questionnaire response rows.
 */
import { INPUT_TABS, TARGET_PROGRESS_HEADERS, type InputKind } from '../../../src/core/cycle/input-tabs';
import { gridHeader, SLSS_ITEMS, SLSS_LABELS, SLSS_STEM, SRS_ITEMS } from '../questionnaires';
import type { ExamplePlacement, ExamplePupil, ExampleSchool, FormResponse, PlacementType } from '../school';
import { SLOTS } from '../timetables';
import type { Cell } from './sheet';

const TYPE_ORDER: Readonly<Record<PlacementType, number>> = { group: 0, '1-1': 1, referred: 2 };

/** Groups first (each group's rows together, in the order groups were set up), then 1-1s, then referrals. */
export function orderedPlacements(school: ExampleSchool): ExamplePlacement[] {
  const groupOrder = new Map(school.groups.map((group, index) => [group.name, index]));
  return school.placements
    .map((placement, index) => ({ placement, index }))
    .sort(
      (a, b) =>
        TYPE_ORDER[a.placement.type] - TYPE_ORDER[b.placement.type] ||
        (groupOrder.get(a.placement.group ?? '') ?? 0) - (groupOrder.get(b.placement.group ?? '') ?? 0) ||
        a.index - b.index,
    )
    .map(({ placement }) => placement);
}

export function pupilLookup(school: ExampleSchool): (id: string) => ExamplePupil {
  const byId = new Map(school.pupils.map((pupil) => [pupil.id, pupil]));
  return (id) => {
    const pupil = byId.get(id);
    if (!pupil) throw new Error(`No pupil ${id}`);
    return pupil;
  };
}

/** The register's year cell: the planted pupil's year is typed in a way nobody can read. */
export function yearCell(school: ExampleSchool, pupil: ExamplePupil, written: (year: number) => Cell): Cell {
  return pupil.id === school.planted.unreadableYearPupil ? 'Year Seven?' : written(pupil.year);
}

/** Slot headers in a school's own style: `(day, lesson) => header`. */
export function slotHeaders(header: (day: number, lesson: number) => string): string[] {
  return SLOTS.map((slot) => header(slot.day, slot.lesson));
}

export interface PhaseWording {
  readonly question: string;
  readonly start: string;
  readonly end: string;
}

/** SLSS responses as a Google Forms grid: agreement words, blank where an item was skipped. */
export function slssRows(responses: readonly FormResponse[], nameHeader: string, phase: PhaseWording): Cell[][] {
  const header = ['Timestamp', nameHeader, phase.question, ...SLSS_ITEMS.map((item) => gridHeader(SLSS_STEM, item))];
  const rows = responses.map((r) => [
    r.submitted,
    r.name,
    r.phase === 'start' ? phase.start : phase.end,
    ...r.answers.map((a) => (a === null ? null : (SLSS_LABELS[a - 1] ?? null))),
  ]);
  return [header, ...rows];
}

/** SRS responses as a Google Forms grid: numbers 1–5. */
export function srsRows(responses: readonly FormResponse[], nameHeader: string, phase: PhaseWording): Cell[][] {
  const header = ['Timestamp', nameHeader, phase.question, ...SRS_ITEMS.map(([stem, item]) => gridHeader(stem, item))];
  const rows = responses.map((r) => [r.submitted, r.name, r.phase === 'start' ? phase.start : phase.end, ...r.answers]);
  return [header, ...rows];
}

/** How a layout writes a pupil's ID and a date on the cycle's tabs. */
export interface CycleCells {
  readonly pupilId: (pupil: ExamplePupil) => Cell;
  readonly date: (iso: string) => Cell;
}

/** Rows under the add-in's own headers for one of its input tabs, each row given by header. */
function inputRows(kind: InputKind, rows: readonly Readonly<Record<string, Cell>>[]): Cell[][] {
  const headers = INPUT_TABS[kind].columns.map((column) => column.header);
  return [headers, ...rows.map((row) => headers.map((header) => row[header] ?? null))];
}

/** The pupil, as the add-in's input tabs name them: ID, name, programme. */
function placementCells(school: ExampleSchool, index: number, cells: CycleCells): Record<string, Cell> {
  const placement = school.placements[index] as ExamplePlacement;
  const pupil = pupilLookup(school)(placement.pupilId);
  return { 'Pupil ID': cells.pupilId(pupil), Pupil: `${pupil.forename} ${pupil.surname}`, Programme: placement.programme };
}

/** The Targets tab as staff fill it in: one row per target, in the add-in's columns. */
export function targetRows(school: ExampleSchool, cells: CycleCells): Cell[][] {
  return inputRows(
    'targets',
    school.cycle.targets.map((t) => ({
      ...placementCells(school, t.placement, cells),
      Target: t.target,
      Baseline: t.baseline,
      'Target value': t.targetValue,
      By: cells.date(t.by),
      'How measured': t.howMeasured,
      Outcome: t.outcome,
    })),
  );
}

/** The Reviews tab: one row per pupil per fortnightly review, in the order they were held. */
export function reviewRows(school: ExampleSchool, cells: CycleCells): Cell[][] {
  const byDate = [...school.cycle.reviews].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.placement - b.placement));
  return inputRows(
    'reviews',
    byDate.map((r) => ({
      'Review date': cells.date(r.date),
      ...placementCells(school, r.placement, cells),
      ...Object.fromEntries(TARGET_PROGRESS_HEADERS.map((header, i) => [header, r.progress[i] ?? null])),
      Status: r.status,
      'Next step': r.nextStep,
      'Reviewed by': r.reviewedBy,
    })),
  );
}
