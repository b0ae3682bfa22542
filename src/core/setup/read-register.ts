/**
 * The register: one row per pupil per programme. A pupil on two programmes has two rows and is
 * one pupil; rows that name nobody are listed on Problems and left out.
 */
import {
  isErrorValue,
  quoteCell,
  readAge,
  readConsent,
  readCount,
  readDate,
  readGender,
  readNumber,
  readPercent,
  readPersonName,
  readPlacementType,
  readSen,
  readText,
  readYear,
  readYesNo,
  type DateOrder,
  type PersonName,
  type Read,
} from '../coerce';
import type { MeasureDef, MeasureId, MeasureValues, Placement, PlacementType, Pupil, PupilId } from '../domain';
import type { MeasureMapping, RegisterField, RegisterMapping } from '../mapping/schema';
import type { Problem } from '../problems';
import type { Settings } from '../settings';
import type { TabSnapshot } from '../snapshot';
import { normaliseText } from '../text';
import type { CellValue } from '../values';
import { columnOf, mapTab, readRows, type RowReader } from './columns';
import { dateOrders } from './date-columns';
import type { SkippedRow } from './layout-rows';

export interface Register {
  readonly pupils: Pupil[];
  readonly placements: Placement[];
  readonly measures: MeasureDef[];
  readonly problems: Problem[];
  /** Layout rows (a repeated header, totals, a key, notes) passed over, not pupils. */
  readonly skipped: SkippedRow[];
}

type DateOrders = Partial<Record<RegisterField, DateOrder>>;

export function readRegister(tab: TabSnapshot, mapping: RegisterMapping, settings: Settings): Register {
  const mapped = mapTab<RegisterField>(tab, mapping.headerRow, mapping.fields);
  const measures = mapping.measures.map((measure) => measureDef(measure, settings));
  const measureColumns = mapping.measures.map((measure) => ({
    id: measure.id as MeasureId,
    kind: measure.kind,
    start: columnOf(mapped.headers, measure.start),
    end: columnOf(mapped.headers, measure.end),
  }));
  const pupils = new Map<PupilId, Pupil>();
  const placements: Placement[] = [];
  const problems: Problem[] = [];
  const { rows, skipped } = readRows(mapped);
  const orders = dateOrders(rows, ['start', 'end']);
  for (const reader of rows) {
    if (hasFormulaError(reader)) {
      problems.push(...reader.problems);
      continue;
    }
    const name = nameOf(reader);
    if (!name) {
      reader.reportRow('This row names no pupil, so it was left out. Add the pupil’s name or clear the row.');
      problems.push(...reader.problems);
      continue;
    }
    const id = pupilIdOf(reader, name);
    const earlier = pupils.get(id);
    if (earlier && normaliseText(earlier.name) !== normaliseText(name.display)) {
      // One id under two names is two pupils or a typing slip: merging them would mix their records.
      const first = earlier.source.row;
      reader.report(
        'pupilId',
        `Row ${first} already gives this pupil ID to a pupil with another name, so row ${reader.row} was left out. Give each pupil their own ID, or correct the name on row ${first} or row ${reader.row}.`,
      );
      problems.push(...reader.problems);
      continue;
    }
    const pupil = earlier ?? readPupil(reader, id, name);
    pupils.set(id, pupil);
    const values: Record<MeasureId, MeasureValues> = {};
    for (const measure of measureColumns) {
      const read = MEASURE_READERS[measure.kind];
      values[measure.id] = {
        start: measure.start < 0 ? null : reader.readColumn(measure.start, read),
        end: measure.end < 0 ? null : reader.readColumn(measure.end, read),
      };
    }
    placements.push(readPlacement(reader, id, values, orders));
    problems.push(...reader.problems);
  }
  return { pupils: [...pupils.values()], placements, measures, problems, skipped };
}

/** Who the row is about, when a formula failed there (`#N/A`, `#REF!`): nobody can tell, so the row is left out. */
const IDENTITY: readonly RegisterField[] = ['pupilId', 'name', 'forename', 'surname'];

function hasFormulaError(reader: RowReader<RegisterField>): boolean {
  const field = IDENTITY.find((f) => isErrorValue(reader.raw(f)));
  if (field === undefined) return false;
  const what = field === 'pupilId' ? 'pupil ID' : 'pupil’s name';
  reader.report(
    field,
    `The ${what} is ${quoteCell(reader.raw(field))}, an error from a formula, so this row was left out. Correct the formula, or type the ${field === 'pupilId' ? 'ID' : 'name'}.`,
  );
  return true;
}

/** Attendance is a percentage (0–100); counts cannot be below 0; ages are read as schools write them; scores may be anything. */
const MEASURE_READERS: Record<MeasureDef['kind'], (value: CellValue) => Read<number>> = {
  percent: readPercent,
  count: readCount,
  months: readAge,
  score: readNumber,
};

function measureDef(measure: MeasureMapping, settings: Settings): MeasureDef {
  return {
    id: measure.id as MeasureId,
    label: measure.label,
    betterWhen: settings.impact.directions[measure.id] ?? measure.betterWhen,
    kind: measure.kind,
  };
}

function nameOf(reader: RowReader<RegisterField>): PersonName | null {
  if (reader.has('forename') || reader.has('surname')) {
    const forename = readText(reader.raw('forename'));
    const surname = readText(reader.raw('surname'));
    if (forename || surname) return { forename, surname, display: [forename, surname].filter(Boolean).join(' ') };
  }
  return readPersonName(reader.raw('name'));
}

/** The register's id when it has one; otherwise the name, so the same pupil on two rows is one. */
function pupilIdOf(reader: RowReader<RegisterField>, name: PersonName): PupilId {
  const id = reader.text('pupilId');
  return (id ?? `name:${normaliseText(name.display)}`) as PupilId;
}

function readPupil(reader: RowReader<RegisterField>, id: PupilId, name: PersonName): Pupil {
  return {
    id,
    name: name.display,
    forename: name.forename,
    surname: name.surname,
    year: reader.read('year', readYear),
    form: reader.text('form'),
    gender: reader.read('gender', readGender),
    sen: reader.read('sen', readSen) ?? 'none',
    primaryNeed: reader.text('primaryNeed'),
    pupilPremium: reader.read('pupilPremium', readYesNo),
    source: { tab: reader.tabName, row: reader.row },
  };
}

function readPlacement(
  reader: RowReader<RegisterField>,
  pupilId: PupilId,
  measures: Record<MeasureId, MeasureValues>,
  orders: DateOrders,
): Placement {
  const programme = reader.text('programme');
  const group = reader.text('group');
  const staff = reader.text('staff');
  const type = reader.read('type', readPlacementType) ?? inferType(group, programme, staff);
  const consent = reader.has('consent') ? (reader.read('consent', readConsent) ?? false) : null;
  return {
    pupilId,
    type,
    reason: reader.text('reason'),
    outcome: reader.text('outcome'),
    programme,
    group: type === 'group' ? group : null,
    staff,
    ...(reader.has('room') ? { room: readText(reader.raw('room')) } : {}),
    start: reader.read('start', (value) => readDate(value, orders.start)),
    end: reader.read('end', (value) => readDate(value, orders.end)),
    consent,
    measures,
    source: { tab: reader.tabName, row: reader.row },
  };
}

/** Without a type column: a group named means a group, a programme with staff a 1-1, else a referral. */
function inferType(group: string | null, programme: string | null, staff: string | null): PlacementType {
  if (group) return 'group';
  return programme && staff ? '1-1' : 'referred';
}
