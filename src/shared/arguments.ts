/**
 * What each endpoint takes from the sidebar, as schemas the server checks every argument against
 * (the browser is untrusted), and the types the sidebar sends, derived from them.
 */
import * as v from 'valibot';
import { object, wholeNumber } from '../core/schema-parts';
import { GROUP_FIELDS, KEEP_APART_FIELDS, REGISTER_FIELDS } from '../core/mapping/schema';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE));
const tabName = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** 1-based sheet row, within Google's 10,000,000-cell limit. */
const sheetRow = wholeNumber(1, 10_000_000);
const cellText = v.pipe(v.string(), v.maxLength(50_000));

export const timetableArgs = object({
  /** A week-commencing Monday `yyyy-mm-dd`, or `programme` for every week of every programme. */
  // A check rather than a union of a literal and a date: each valibot schema kind used adds to Code.js.
  week: v.pipe(
    v.string(),
    v.check((week) => week === 'programme' || ISO_DATE.test(week)),
  ),
  /** Plan from nothing instead of keeping sessions where the last timetable had them. */
  afresh: v.optional(v.boolean()),
});

export const impactArgs = object({ from: v.nullable(isoDate), to: v.nullable(isoDate) });

/** The half-term (or dates) letters and reports are printed for; none: the half-term today is in. */
const printWindowArgs = { from: v.optional(v.nullable(isoDate)), to: v.optional(v.nullable(isoDate)) };

export const lettersArgs = v.optional(object(printWindowArgs));

/** A row of a tab: its name and 1-based row number. */
export const rowRef = object({ tab: tabName, row: sheetRow });

/** A field of the mapping: the part of the sheet it is on and its name. */
const fieldRef = {
  section: v.picklist(['register', 'groups', 'keepApart']),
  field: v.picklist([...REGISTER_FIELDS, ...GROUP_FIELDS, ...KEEP_APART_FIELDS]),
};

export const mappingCorrection = object({
  ...fieldRef,
  /** The header to use, or null to unmap the field. */
  header: v.nullable(v.pipe(v.string(), v.maxLength(500))),
});

const cellPlace = {
  tab: tabName,
  row: sheetRow,
  /** 1-based column, up to ZZZ. */
  column: wholeNumber(1, 18_278),
};

/** A cell of a user's tab: its tab, row and column. */
export const cellRef = object(cellPlace);

/** One cell of a user's tab that accepting a suggestion writes: where, what it holds, what it will hold. */
export const cellChange = object({
  ...cellPlace,
  header: cellText,
  /** What the cell shows now. */
  old: cellText,
  /** The formula the cell holds now, or null: a formula is replaced only when the user ticks it. */
  formula: v.nullable(cellText),
  new: cellText,
});

export const acceptArgs = object({
  /** The suggestion's name as Suggest groups gave it. */
  suggestion: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  /** The cells the user saw and confirmed: the server writes only if they are still exactly these. */
  confirmedCells: v.pipe(v.array(cellChange), v.minLength(1), v.maxLength(1000)),
  /** The formula cells among them the user ticked, one by one, to replace; any other refuses the accept. */
  formulasToReplace: v.optional(v.pipe(v.array(cellRef), v.maxLength(1000))),
});

/** Fields setup did not find that the user chose to carry on without. */
export const fieldsLeftArgs = object({ fields: v.pipe(v.array(object(fieldRef)), v.minLength(1), v.maxLength(100)) });

/** Pupils (by ID) to add a report for on demand, beside the placements that ended in the half-term (or dates). */
export const pupilReportArgs = object({
  pupils: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.maxLength(50)),
  ...printWindowArgs,
});

/** A pupil's page on Pupil reports: its first row and its height in rows. */
export const reportRowsArgs = object({ row: sheetRow, rows: wholeNumber(1, 200) });

/** Another tab to read as the register (one setup named as possibly the register). */
export const chooseRegisterArgs = object({ tab: tabName });

/** The questionnaires the add-in can make a Google Form for. */
export const formInstrument = v.picklist(['slss', 'srs']);

export const createFormArgs = object({ instrument: formInstrument });

export const resolvePupilArgs = object({
  typedName: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  /** The pupil this name means, or null to forget an earlier choice. */
  pupilId: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

export const resolvePhaseArgs = object({
  /** The response, as the questionnaire state named it. */
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
  /** Start or end, or null to forget an earlier choice. */
  phase: v.nullable(v.picklist(['pre', 'post'])),
});

export const placeItemArgs = object({
  tab: tabName,
  instrument: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  item: wholeNumber(0, 199),
  /** The header the item is under, '' for "not on this form", or null to forget an earlier choice. */
  header: v.nullable(v.pipe(v.string(), v.maxLength(500))),
});

export type MappingCorrection = v.InferOutput<typeof mappingCorrection>;
export type CellChange = Readonly<v.InferOutput<typeof cellChange>>;
export type CellRef = Readonly<v.InferOutput<typeof cellRef>>;
export type FormInstrument = v.InferOutput<typeof formInstrument>;
export type ResolvePupilArgs = v.InferOutput<typeof resolvePupilArgs>;
export type ResolvePhaseArgs = v.InferOutput<typeof resolvePhaseArgs>;
export type PlaceItemArgs = v.InferOutput<typeof placeItemArgs>;
