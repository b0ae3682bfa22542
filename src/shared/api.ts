/**
 * The contract between the sidebar and the server: what the endpoints answer (what they take is in
 * arguments.ts, and the endpoints themselves in endpoints.ts). The sidebar imports these as types
 * only.
 *
 * `google.script.run` cannot carry Date objects, so every date here is an ISO or dd/mm/yyyy string.
 */
import type { ActionName } from '../core/action-names';
import type { Purpose } from '../core/groups/purposes';
import type { Mapping } from '../core/mapping/schema';
import type { Milestone, NextStep, WaitingItem } from '../core/next-step';
import type { SchoolYear } from '../core/school-terms';
import type { Settings, SettingsChange } from '../core/settings';
import type { SetupSummary } from '../core/setup';
import type { RefusalCode } from '../core/user-error';
import type { CellChange, FormInstrument, MappingCorrection } from './arguments';

export type { ActionName, Milestone, NextStep, SchoolYear, SettingsChange, WaitingItem };
export type {
  CellChange,
  CellRef,
  FormInstrument,
  MappingCorrection,
  PlaceItemArgs,
  ResolvePhaseArgs,
  ResolvePupilArgs,
} from './arguments';

/** Why the server said no: one of the refusals a UserError names, or something it did not expect. */
export type ServerFailure = RefusalCode | 'unexpected';

/**
 * Why a call from the sidebar failed: the server's answer, or no answer at all: `connection` (the
 * network or Google failed the call) or `timeout` (Google stopped the run at its time limit).
 */
export type CallFailure = ServerFailure | 'connection' | 'timeout';

/** Data, or a machine-readable code beside one plain sentence saying what went wrong and what to do. */
export type Result<T, F extends CallFailure = CallFailure> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly code: F; readonly error: string };

export interface MappingField {
  readonly section: MappingCorrection['section'];
  readonly field: MappingCorrection['field'];
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
  /** Build impact: one sentence per programme and measure for impact, which the sidebar shows first. */
  readonly sentences?: readonly string[];
  readonly details: readonly string[];
  /** Generated tabs written, by name. */
  readonly tabs: readonly string[];
  readonly problems: number;
  /** The action found nothing to do (no session placed, no group suggested): the sidebar never shows it as a success. */
  readonly nothingDone: boolean;
  /** Check groups: every finding, so the sidebar can list them per group and select their rows. */
  readonly findings?: readonly FindingView[];
  /** Suggest groups: each suggestion, with the cells accepting it would change. */
  readonly suggestions?: readonly SuggestionView[];
  /** Pupil reports: where each pupil's page is, to select it for printing. */
  readonly reports?: readonly ReportView[];
  /** Pupil reports: the other pupils on programmes, for a report on demand. */
  readonly others?: readonly PupilChoice[];
}

/** One pupil's page on `Pupil reports`: its first row and how many rows it takes. */
export interface ReportView {
  readonly pupil: string;
  readonly programme: string;
  readonly row: number;
  readonly rows: number;
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

export interface AcceptReport {
  readonly headline: string;
  readonly changed: readonly CellChange[];
}

/** What the sidebar opens with, and reads again after each action: where the school is and what to do next. */
export interface SidebarState {
  readonly setUp: boolean;
  /** What setup found; null on a sheet never set up (nothing is read until the user asks). */
  readonly setup: SetupView | null;
  readonly spreadsheetName: string;
  readonly next: NextStep;
  readonly milestones: readonly Milestone[];
  /** Everything waiting for a person (the next step is the first); empty when nothing is. */
  readonly waiting: readonly WaitingItem[];
  /** The terms and half-terms the date pickers offer, and which one today is in. */
  readonly year: SchoolYear;
}

export interface CreateFormResult {
  readonly headline: string;
  readonly title: string;
  /** The form itself, for staff to look at (pupils use their own links, or sign in). */
  readonly publishedUrl: string;
  /** The link staff use to edit the form. */
  readonly editUrl: string;
  /** The `Form Responses N` tab the answers arrive on, or null when Sheets has not shown it yet. */
  readonly responsesTab: string | null;
  readonly triggerInstalled: boolean;
  /** The staff's tab of personal links, or null when no form uses them. */
  readonly linksTab: string | null;
}

export interface FormLinksResult {
  readonly headline: string;
  readonly linksTab: string | null;
}

export interface PupilChoice {
  readonly id: string;
  readonly name: string;
}

/** A name, code or email on a form that matched no pupil, or only a similar name: a person chooses. */
export interface NameToResolve {
  readonly typedName: string;
  /** What the form gave: a typed name (or id), a personal code, or a school email address. */
  readonly what: 'name' | 'code' | 'email';
  readonly kind: 'unmatched' | 'fuzzy';
  /** The similar pupil for a fuzzy match. */
  readonly suggestion: PupilChoice | null;
  readonly responses: number;
  /** Where the first such response is, e.g. `Form Responses 1 row 12`. */
  readonly where: string;
}

/** A response that does not say whether it is a start or an end one: a person chooses. */
export interface PhaseToChoose {
  /** Identifies the response to the server (see apiResolvePhase). */
  readonly key: string;
  /** `Form Responses 1 row 12`. */
  readonly where: string;
  /** When it was sent, dd/mm/yyyy hh:mm, or '' when the form does not say. */
  readonly sent: string;
  readonly pupil: string;
  /** The answer to the start/end question as given ('' for none). */
  readonly answer: string;
}

/** An item of a questionnaire that no column, or more than one, fits: a person chooses its column. */
export interface ItemToPlace {
  readonly tab: string;
  readonly instrument: string;
  readonly instrumentName: string;
  /** 0-based item index. */
  readonly item: number;
  readonly text: string;
  readonly reason: 'none' | 'several';
  /** The headers it may be under. */
  readonly headers: readonly string[];
}

/** What a new form collects, who sees the answers and where they are kept, said before it is made. */
export interface FormNoticeView {
  readonly collects: string;
  readonly whoSees: string;
  readonly keptWhere: string;
}

export interface QuestionnaireState {
  /** Responses on the linked tabs that Scores does not hold yet. */
  readonly unscored: number;
  readonly triggerInstalled: boolean;
  readonly toResolve: readonly NameToResolve[];
  /** Names left out of `toResolve` to keep the sidebar short. */
  readonly moreToResolve: number;
  readonly phasesToChoose: readonly PhaseToChoose[];
  readonly morePhases: number;
  readonly itemsToPlace: readonly ItemToPlace[];
  readonly pupils: readonly PupilChoice[];
  readonly instruments: readonly { readonly id: FormInstrument; readonly name: string }[];
  readonly notice: FormNoticeView;
  /** The forms the add-in made, for staff to open. */
  readonly forms: readonly { readonly title: string; readonly publishedUrl: string; readonly editUrl: string }[];
}

/** After a person's choice in the Questionnaires section: the re-score it led to, and the section afresh. */
export interface ChoiceResult {
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
  /** Null when setup could not tell: the sidebar asks. */
  readonly found: 'higher' | 'lower' | null;
}

export interface SettingsView {
  readonly settings: Settings;
  readonly programmes: readonly ProgrammePurposeView[];
  readonly measures: readonly MeasureDirectionView[];
}
