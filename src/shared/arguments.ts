/**
 * What each endpoint takes from the sidebar, as schemas the server checks every argument against
 * (the browser is untrusted), and the types the sidebar sends, derived from them.
 */
import * as z from 'zod/mini';
import { GROUP_FIELDS, KEEP_APART_FIELDS, REGISTER_FIELDS } from '../core/mapping/schema';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const tabName = z.string().check(z.minLength(1), z.maxLength(100));
/** 1-based sheet row, within Google's 10,000,000-cell limit. */
const sheetRow = z.int().check(z.gte(1), z.lte(10_000_000));
const cellText = z.string().check(z.maxLength(50_000));

export const timetableArgs = z.object({
  /** A week-commencing Monday `yyyy-mm-dd`, or `programme` for every week of every programme. */
  week: z.union([z.literal('programme'), isoDate]),
});

export const impactArgs = z.object({ from: z.nullable(isoDate), to: z.nullable(isoDate) });

/** A row of a tab: its name and 1-based row number. */
export const rowRef = z.object({ tab: tabName, row: sheetRow });

/** A field of the mapping: the part of the sheet it is on and its name. */
const fieldRef = {
  section: z.enum(['register', 'groups', 'keepApart']),
  field: z.enum([...REGISTER_FIELDS, ...GROUP_FIELDS, ...KEEP_APART_FIELDS]),
};

export const mappingCorrection = z.object({
  ...fieldRef,
  /** The header to use, or null to unmap the field. */
  header: z.nullable(z.string().check(z.maxLength(500))),
});

const cellPlace = {
  tab: tabName,
  row: sheetRow,
  /** 1-based column, up to ZZZ. */
  column: z.int().check(z.gte(1), z.lte(18_278)),
};

/** A cell of a user's tab: its tab, row and column. */
export const cellRef = z.object(cellPlace);

/** One cell of a user's tab that accepting a suggestion writes: where, what it holds, what it will hold. */
export const cellChange = z.object({
  ...cellPlace,
  header: cellText,
  /** What the cell shows now. */
  old: cellText,
  /** The formula the cell holds now, or null: a formula is replaced only when the user ticks it. */
  formula: z.nullable(cellText),
  new: cellText,
});

export const acceptArgs = z.object({
  /** The suggestion's name as Suggest groups gave it. */
  suggestion: z.string().check(z.minLength(1), z.maxLength(500)),
  /** The cells the user saw and confirmed: the server writes only if they are still exactly these. */
  confirmedCells: z.array(cellChange).check(z.minLength(1), z.maxLength(1000)),
  /** The formula cells among them the user ticked, one by one, to replace; any other refuses the accept. */
  formulasToReplace: z.optional(z.array(cellRef).check(z.maxLength(1000))),
});

/** Fields setup did not find that the user chose to carry on without. */
export const fieldsLeftArgs = z.object({ fields: z.array(z.object(fieldRef)).check(z.minLength(1), z.maxLength(100)) });

/** Pupils (by ID) to add a report for on demand, beside every placement that has ended. */
export const pupilReportArgs = z.object({
  pupils: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)),
});

/** A pupil's page on Pupil reports: its first row and its height in rows. */
export const reportRowsArgs = z.object({ row: sheetRow, rows: z.int().check(z.gte(1), z.lte(200)) });

/** Another tab to read as the register (one setup named as possibly the register). */
export const chooseRegisterArgs = z.object({ tab: tabName });

/** The questionnaires the add-in can make a Google Form for. */
export const formInstrument = z.enum(['slss', 'srs']);

export const createFormArgs = z.object({ instrument: formInstrument });

export const resolvePupilArgs = z.object({
  typedName: z.string().check(z.minLength(1), z.maxLength(500)),
  /** The pupil this name means, or null to forget an earlier choice. */
  pupilId: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
});

export const resolvePhaseArgs = z.object({
  /** The response, as the questionnaire state named it. */
  key: z.string().check(z.minLength(1), z.maxLength(400)),
  /** Start or end, or null to forget an earlier choice. */
  phase: z.nullable(z.enum(['pre', 'post'])),
});

export const placeItemArgs = z.object({
  tab: tabName,
  instrument: z.string().check(z.minLength(1), z.maxLength(60)),
  item: z.int().check(z.gte(0), z.lte(199)),
  /** The header the item is under, '' for "not on this form", or null to forget an earlier choice. */
  header: z.nullable(z.string().check(z.maxLength(500))),
});

export type MappingCorrection = z.output<typeof mappingCorrection>;
export type CellChange = Readonly<z.output<typeof cellChange>>;
export type CellRef = Readonly<z.output<typeof cellRef>>;
export type FormInstrument = z.output<typeof formInstrument>;
export type ResolvePupilArgs = z.output<typeof resolvePupilArgs>;
export type ResolvePhaseArgs = z.output<typeof resolvePhaseArgs>;
export type PlaceItemArgs = z.output<typeof placeItemArgs>;
