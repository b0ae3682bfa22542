/**
 * The contract between the sidebar and the server: what each `google.script.run` endpoint takes
 * and returns. The sidebar imports these as types only; the server validates every argument with
 * zod, because anything arriving from the browser is untrusted.
 *
 * `google.script.run` cannot carry Date objects, so every date here is an ISO or dd/mm/yyyy string.
 */
import type { Mapping } from '../core/mapping/schema';
import type { SetupSummary } from '../core/setup';

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

/**
 * Every function the sidebar may call. Each name is a top-level function in Code.js.
 * Arguments are `unknown` on the server side until zod has checked them.
 */
export interface ServerApi {
  apiGetState(): Result<SidebarState>;
  apiRunSetup(): Result<SetupView>;
  apiCorrectMapping(correction: MappingCorrection): Result<SetupView>;
  apiSaveMapping(mapping: Mapping): Result<SetupView>;
  apiGenerateTimetables(args: TimetableArgs): Result<ActionReport>;
  apiCheckGroups(): Result<ActionReport>;
  apiScoreQuestionnaires(): Result<ActionReport>;
  apiBuildImpact(args: ImpactArgs): Result<ActionReport>;
}

export type ServerFunctionName = keyof ServerApi;
