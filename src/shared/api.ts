/**
 * The contract between the sidebar and the server: what each `google.script.run` endpoint takes
 * and returns. The sidebar imports these as types only; the server validates every argument with
 * zod, because anything arriving from the browser is untrusted.
 *
 * `google.script.run` cannot carry Date objects, so every date here is an ISO or dd/mm/yyyy string.
 */
import type { Mapping } from '../core/mapping/schema';
import type { SetupSummary } from '../core/setup';
import type { Settings } from '../core/settings';
import type { Purpose } from '../core/groups/purposes';

export type Result<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: string };

export interface MappingField {
  readonly section: 'register' | 'groups' | 'keepApart';
  readonly field: string;
  readonly label: string;
  /** The header the field is mapped to, or null when nothing was found. */
  readonly header: string | null;
}

export interface TabHeaders {
  readonly tab: string;
  readonly headerRow: number;
  readonly headers: readonly string[];
}

export interface SetupView {
  /** One sentence: what setup found. */
  readonly headline: string;
  /** The register chosen, the fields not found, the rows passed over as layout: in sentences. */
  readonly details: readonly string[];
  readonly mapping: Mapping;
  readonly fields: readonly MappingField[];
  /** Every user tab's header row as setup sees it, for the correction dropdowns. */
  readonly tabs: readonly TabHeaders[];
  readonly summary: SetupSummary;
}

/** What an action did, in sentences a member of staff can act on. */
export interface ActionReport {
  readonly action: ActionName;
  readonly headline: string;
  readonly details: readonly string[];
  /** Generated tabs written, by name. */
  readonly tabs: readonly string[];
  readonly problems: number;
  /** Check groups: every finding, so the sidebar can list them per group and select their rows. */
  readonly findings?: readonly FindingView[];
  /** Suggest groups: each suggestion, with the cells accepting it would change. */
  readonly suggestions?: readonly SuggestionView[];
}

/** A row of a tab: its name and 1-based row number. */
export interface RowRef {
  readonly tab: string;
  readonly row: number;
}

/** One row of `Group check`, with the rows behind it (the register's first). */
export interface FindingView {
  readonly group: string;
  readonly status: 'OK' | 'Warning' | 'Problem';
  readonly rule: string | null;
  readonly detail: string;
  readonly pupils: readonly string[];
  readonly rows: readonly RowRef[];
}

/** A cell of a user's tab: its tab, 1-based row and 1-based column. */
export interface CellRef {
  readonly tab: string;
  readonly row: number;
  readonly column: number;
}

/** One cell of a user's tab that accepting a suggestion writes: where, what it holds, what it will hold. */
export interface CellChange extends CellRef {
  readonly header: string;
  /** What the cell shows now. */
  readonly old: string;
  /** The formula the cell holds now, or null: a formula is replaced only when the user ticks it. */
  readonly formula: string | null;
  readonly new: string;
}

export interface SuggestionView {
  readonly name: string;
  readonly programme: string;
  readonly pupils: readonly string[];
  /** Warnings the suggestion could not avoid; empty when it meets every rule. */
  readonly notes: readonly string[];
  /** Every cell accepting it writes, exactly. */
  readonly changes: readonly CellChange[];
  /** Why it cannot be accepted into this sheet (no Group column, say), or null. */
  readonly blocked: string | null;
}

export interface AcceptArgs {
  /** The suggestion's name as Suggest groups gave it. */
  readonly suggestion: string;
  /** The cells the user saw and confirmed: the server writes only if they are still exactly these. */
  readonly confirmedCells: readonly CellChange[];
  /** The formula cells among them the user ticked, one by one, to replace; any other refuses the accept. */
  readonly formulasToReplace: readonly CellRef[];
}

export interface AcceptReport {
  readonly headline: string;
  readonly changed: readonly CellChange[];
}

export type ActionName = 'setup' | 'timetable' | 'groups' | 'score' | 'impact';

export interface SidebarState {
  readonly setUp: boolean;
  readonly setup: SetupView | null;
  readonly spreadsheetName: string;
}

export interface TimetableArgs {
  /** A week-commencing Monday `yyyy-mm-dd`, or `programme` for every week of every programme. */
  readonly week: string;
}

export interface ImpactArgs {
  readonly from: string | null;
  readonly to: string | null;
}

export interface MappingCorrection {
  readonly section: 'register' | 'groups' | 'keepApart';
  readonly field: string;
  /** The header to use, or null to unmap the field. */
  readonly header: string | null;
}

export interface ChooseRegisterArgs {
  readonly tab: string;
}

/** The questionnaires the add-in can make a Google Form for. */
export type FormInstrument = 'slss' | 'srs';

export interface CreateFormArgs {
  readonly instrument: FormInstrument;
}

export interface CreateFormResult {
  readonly headline: string;
  readonly title: string;
  /** The link to give pupils. */
  readonly publishedUrl: string;
  /** The link staff use to edit the form. */
  readonly editUrl: string;
  /** The `Form Responses N` tab the answers arrive on, or null when Sheets has not shown it yet. */
  readonly responsesTab: string | null;
  readonly triggerInstalled: boolean;
}

export interface PupilChoice {
  readonly id: string;
  readonly name: string;
}

/** A name typed on a form that matched no pupil, or only a similar one: a person chooses. */
export interface NameToResolve {
  readonly typedName: string;
  readonly kind: 'unmatched' | 'fuzzy';
  /** The similar pupil for a fuzzy match. */
  readonly suggestion: PupilChoice | null;
  readonly responses: number;
  /** Where the first such response is, e.g. `Form Responses 1 row 12`. */
  readonly where: string;
}

export interface QuestionnaireState {
  /** Responses on the linked tabs that Scores does not hold yet. */
  readonly unscored: number;
  readonly triggerInstalled: boolean;
  readonly toResolve: readonly NameToResolve[];
  /** Names left out of `toResolve` to keep the sidebar short. */
  readonly moreToResolve: number;
  readonly pupils: readonly PupilChoice[];
  readonly instruments: readonly { readonly id: FormInstrument; readonly name: string }[];
}

export interface ResolvePupilArgs {
  readonly typedName: string;
  /** The pupil this name means, or null to forget an earlier choice. */
  readonly pupilId: string | null;
}

export interface ResolvePupilResult {
  readonly report: ActionReport;
  readonly state: QuestionnaireState;
}

/** A programme found in the register, and the purpose its name suggests (null: none). */
export interface ProgrammePurposeView {
  readonly name: string;
  readonly fromName: Purpose | null;
}

/** A start/end measure setup found, and the direction setup inferred from its column name. */
export interface MeasureDirectionView {
  readonly id: string;
  readonly label: string;
  readonly found: 'higher' | 'lower';
}

export interface SettingsView {
  readonly settings: Settings;
  readonly defaults: Settings;
  readonly programmes: readonly ProgrammePurposeView[];
  readonly measures: readonly MeasureDirectionView[];
}

/** The settings the sidebar changed: per section, only the fields to replace. */
export type SettingsChange = { readonly [S in keyof Settings]?: Partial<Settings[S]> };

/**
 * Every function the sidebar may call. Each name is a top-level function in Code.js.
 * Arguments are `unknown` on the server side until zod has checked them.
 */
export interface ServerApi {
  apiGetState(): Result<SidebarState>;
  apiRunSetup(): Result<SetupView>;
  apiCorrectMapping(correction: MappingCorrection): Result<SetupView>;
  /** Sets up again with another tab as the register (one of `summary.otherRegisterTabs`). */
  apiChooseRegister(args: ChooseRegisterArgs): Result<SetupView>;
  apiSaveMapping(mapping: Mapping): Result<SetupView>;
  apiGenerateTimetables(args: TimetableArgs): Result<ActionReport>;
  apiCheckGroups(): Result<ActionReport>;
  apiSelectRow(ref: RowRef): Result<RowRef>;
  apiSuggestGroups(): Result<ActionReport>;
  apiAcceptSuggestion(args: AcceptArgs): Result<AcceptReport>;
  apiScoreQuestionnaires(): Result<ActionReport>;
  apiQuestionnaireState(): Result<QuestionnaireState>;
  apiCreateForm(args: CreateFormArgs): Result<CreateFormResult>;
  apiResolvePupil(args: ResolvePupilArgs): Result<ResolvePupilResult>;
  apiBuildImpact(args: ImpactArgs): Result<ActionReport>;
  apiGetSettings(): Result<SettingsView>;
  apiSaveSettings(change: SettingsChange): Result<SettingsView>;
  apiResetSettings(): Result<SettingsView>;
}

export type ServerFunctionName = keyof ServerApi;
