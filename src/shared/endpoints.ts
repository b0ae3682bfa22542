/**
 * Every function the sidebar may call through google.script.run, declared once: the schema its
 * argument must pass on the server, and what it answers. The sidebar's `call()` takes its types
 * from here, the server's handlers are checked against it, and the bundle's globals are compared
 * with it. Adding an endpoint is one entry here plus its handler in src/server/api.ts.
 */
import type * as v from 'valibot';
import { mappingSchema } from '../core/mapping/schema';
import { settingsChangeSchema } from '../core/settings';
import type {
  AcceptReport,
  ActionReport,
  CreateFormResult,
  FormLinksResult,
  QuestionnaireState,
  ChoiceResult,
  Result,
  RowRef,
  ServerFailure,
  SettingsView,
  SetupView,
  SidebarState,
} from './api';
import {
  acceptArgs,
  chooseRegisterArgs,
  createFormArgs,
  fieldsLeftArgs,
  impactArgs,
  lettersArgs,
  mappingCorrection,
  placeItemArgs,
  pupilReportArgs,
  reportRowsArgs,
  resolvePhaseArgs,
  resolvePupilArgs,
  rowRef,
  timetableArgs,
} from './arguments';

/**
 * One endpoint: the schema of its one argument (null: it takes none), the sentence for an argument
 * that fails it when the schema's own messages do not say what is wrong, and, as a type only, what
 * it answers.
 */
export interface Endpoint<A extends v.GenericSchema | null, T> {
  readonly argument: A;
  readonly invalid?: (path: string) => string;
  readonly answers?: T;
}

/** `answering<T>().taking(schema)`: the answer's type is written, the argument's comes from its schema. */
function answering<T>() {
  return {
    takingNothing: (): Endpoint<null, T> => ({ argument: null }),
    taking: <A extends v.GenericSchema>(argument: A, invalid?: (path: string) => string): Endpoint<A, T> =>
      invalid === undefined ? { argument } : { argument, invalid },
  };
}

export const ENDPOINTS = {
  apiGetState: answering<SidebarState>().takingNothing(),
  apiRunSetup: answering<SetupView>().takingNothing(),
  apiCorrectMapping: answering<SetupView>().taking(mappingCorrection),
  /** Sets up again with another tab as the register (one of `summary.otherRegisterTabs`). */
  apiChooseRegister: answering<SetupView>().taking(chooseRegisterArgs),
  /** Carries on without fields setup did not find: the next step moves on. */
  apiCarryOnWithoutFields: answering<SidebarState>().taking(fieldsLeftArgs),
  apiSaveMapping: answering<SetupView>().taking(
    mappingSchema,
    (path) => `That mapping is not valid at ${path || 'its top level'}. Correct it, or set up without a mapping.`,
  ),
  apiGenerateTimetables: answering<ActionReport>().taking(timetableArgs),
  apiCheckGroups: answering<ActionReport>().takingNothing(),
  apiSelectRow: answering<RowRef>().taking(rowRef),
  apiSuggestGroups: answering<ActionReport>().takingNothing(),
  apiAcceptSuggestion: answering<AcceptReport>().taking(acceptArgs),
  apiScoreQuestionnaires: answering<ActionReport>().takingNothing(),
  apiQuestionnaireState: answering<QuestionnaireState>().takingNothing(),
  apiCreateForm: answering<CreateFormResult>().taking(createFormArgs),
  apiResolvePupil: answering<ChoiceResult>().taking(resolvePupilArgs),
  apiResolvePhase: answering<ChoiceResult>().taking(resolvePhaseArgs),
  apiPlaceItem: answering<ChoiceResult>().taking(placeItemArgs),
  apiRefreshFormLinks: answering<FormLinksResult>().takingNothing(),
  apiBuildImpact: answering<ActionReport>().taking(impactArgs),
  apiReviewsDue: answering<ActionReport>().takingNothing(),
  /** A half-term's dates, as impact takes them; none: the half-term today is in. */
  apiBuildForumReport: answering<ActionReport>().taking(impactArgs),
  apiBuildPupilReports: answering<ActionReport>().taking(pupilReportArgs),
  apiSelectReport: answering<RowRef>().taking(reportRowsArgs),
  apiBuildLetters: answering<ActionReport>().taking(lettersArgs),
  /** Costs for the school year so far and the half-term today is in. */
  apiBuildCosts: answering<ActionReport>().takingNothing(),
  apiGetSettings: answering<SettingsView>().takingNothing(),
  /** The change's values are checked as stored settings are, so a refusal names the setting. */
  apiSaveSettings: answering<SettingsView>().taking(settingsChangeSchema),
  apiResetSettings: answering<SettingsView>().takingNothing(),
};

type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;

export const ENDPOINT_NAMES = Object.keys(ENDPOINTS) as EndpointName[];

type ArgumentSchema<K extends EndpointName> = Endpoints[K]['argument'];

/** What the handler of an endpoint receives: its argument after the schema passed it. */
type ArgumentOf<K extends EndpointName> = ArgumentSchema<K> extends v.GenericSchema ? v.InferOutput<ArgumentSchema<K>> : never;

/** What an endpoint answers when it succeeds. */
export type AnswerOf<K extends EndpointName> = Endpoints[K] extends Endpoint<v.GenericSchema | null, infer T> ? T : never;

/** Read-only all the way down, so the sidebar may pass what it was given. */
type Frozen<T> = T extends readonly (infer E)[] ? readonly Frozen<E>[] : T extends object ? { readonly [P in keyof T]: Frozen<T[P]> } : T;

/** What the sidebar sends: nothing, or one value of the schema's input type (which it may leave out when the schema allows none). */
type ArgumentsOf<K extends EndpointName> =
  ArgumentSchema<K> extends v.GenericSchema
    ? undefined extends v.InferInput<ArgumentSchema<K>>
      ? [argument?: Frozen<v.InferInput<ArgumentSchema<K>>>]
      : [argument: Frozen<v.InferInput<ArgumentSchema<K>>>]
    : [];

/** Every endpoint as the sidebar calls it and Apps Script runs it: a top-level function of Code.js. */
export type ServerApi = { [K in EndpointName]: (...args: ArgumentsOf<K>) => Result<AnswerOf<K>, ServerFailure> };

/** What src/server/api.ts must provide: for each endpoint, the work it does with its checked argument. */
export type Handlers = {
  [K in EndpointName]: ArgumentSchema<K> extends null ? () => AnswerOf<K> : (argument: ArgumentOf<K>) => AnswerOf<K>;
};
