/**
 * The functions the sidebar calls through google.script.run. Each checks its arguments with zod
 * (the browser is untrusted) and answers with a Result, never a thrown error or a Date.
 */
import * as z from 'zod';
import { checkGroups, selectFindingRow } from '../actions/groups';
import { buildImpact } from '../actions/impact';
import { createQuestionnaireForm } from '../actions/questionnaire-forms';
import { rescoreQuestionnaires } from '../actions/questionnaires';
import { questionnaireState, resolvePupil } from '../actions/resolve-pupils';
import { loadSchool } from '../actions/school';
import { resetSettings, saveSettingsChange, settingsView } from '../actions/settings';
import { chooseRegister, correctMapping, runSetup, setupView } from '../actions/setup';
import { acceptSuggestion, suggestGroups } from '../actions/suggest-groups';
import { generateTimetables } from '../actions/timetable';
import { UserError } from '../core/user-error';
import { services } from '../actions/services';
import { GROUP_FIELDS, KEEP_APART_FIELDS, mappingSchema, REGISTER_FIELDS } from '../core/mapping/schema';
import type { IsoDate } from '../core/values';
import type {
  AcceptReport,
  ActionReport,
  ChooseRegisterArgs,
  CreateFormResult,
  ImpactArgs,
  MappingCorrection,
  QuestionnaireState,
  ResolvePupilResult,
  Result,
  RowRef,
  ServerApi,
  SettingsView,
  SetupView,
  SidebarState,
  TimetableArgs,
} from '../shared/api';
import { parseArgument, respond } from './respond';

const timetableArgs = z.object({ week: z.union([z.literal('programme'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]) });
const impactArgs = z.object({
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
});
const rowRef = z.object({ tab: z.string().min(1).max(100), row: z.number().int().min(1).max(10_000_000) });
const cellText = z.string().max(50_000);
const cellRef = {
  tab: z.string().min(1).max(100),
  row: z.number().int().min(1).max(10_000_000),
  column: z.number().int().min(1).max(18_278),
};
const acceptArgs = z.object({
  suggestion: z.string().min(1).max(500),
  confirmedCells: z
    .array(z.object({ ...cellRef, header: cellText, old: cellText, formula: cellText.nullable(), new: cellText }))
    .min(1)
    .max(1000),
  formulasToReplace: z.array(z.object(cellRef)).max(1000).optional(),
});
const correction = z.object({
  section: z.enum(['register', 'groups', 'keepApart']),
  field: z.enum([...REGISTER_FIELDS, ...GROUP_FIELDS, ...KEEP_APART_FIELDS]),
  header: z.string().max(500).nullable(),
});

export function apiGetState(): Result<SidebarState> {
  return respond(() => {
    const school = loadSchool('stored');
    return { setUp: school.stored.mapping !== null, setup: setupView(school), spreadsheetName: services().workbook.spreadsheetName() };
  });
}

export function apiRunSetup(): Result<SetupView> {
  return respond(() => runSetup('detect'));
}

export function apiCorrectMapping(input: MappingCorrection): Result<SetupView> {
  return respond(() => correctMapping(parseArgument(correction, input)));
}

const chooseRegisterArgs = z.object({ tab: z.string().min(1).max(100) });

export function apiChooseRegister(input: ChooseRegisterArgs): Result<SetupView> {
  return respond(() => chooseRegister(parseArgument(chooseRegisterArgs, input).tab));
}

export function apiSaveMapping(input: unknown): Result<SetupView> {
  return respond(() => {
    const parsed = mappingSchema.safeParse(input);
    if (!parsed.success)
      throw new UserError(
        `That mapping is not valid: ${parsed.error.issues[0]?.path.join('.') ?? 'it'} ${parsed.error.issues[0]?.message ?? ''}`.trim(),
      );
    return runSetup(parsed.data);
  });
}

export function apiGenerateTimetables(input: TimetableArgs): Result<ActionReport> {
  return respond(() => {
    const { week } = parseArgument(timetableArgs, input);
    return generateTimetables(week as IsoDate | 'programme');
  });
}

export function apiCheckGroups(): Result<ActionReport> {
  return respond(() => checkGroups());
}

export function apiSelectRow(input: RowRef): Result<RowRef> {
  return respond(() => selectFindingRow(parseArgument(rowRef, input)));
}

export function apiSuggestGroups(): Result<ActionReport> {
  return respond(() => suggestGroups());
}

export function apiAcceptSuggestion(input: unknown): Result<AcceptReport> {
  return respond(() => {
    const { suggestion, confirmedCells, formulasToReplace } = parseArgument(acceptArgs, input);
    return acceptSuggestion(suggestion, confirmedCells, formulasToReplace ?? []);
  });
}

export function apiScoreQuestionnaires(): Result<ActionReport> {
  return respond(() => rescoreQuestionnaires());
}

const createFormArgs = z.object({ instrument: z.enum(['slss', 'srs']) });
const resolvePupilArgs = z.object({ typedName: z.string().min(1).max(500), pupilId: z.string().min(1).max(100).nullable() });

export function apiQuestionnaireState(): Result<QuestionnaireState> {
  return respond(() => questionnaireState());
}

export function apiCreateForm(input: unknown): Result<CreateFormResult> {
  return respond(() => createQuestionnaireForm(parseArgument(createFormArgs, input).instrument));
}

export function apiResolvePupil(input: unknown): Result<ResolvePupilResult> {
  return respond(() => resolvePupil(parseArgument(resolvePupilArgs, input)));
}

export function apiBuildImpact(input: ImpactArgs): Result<ActionReport> {
  return respond(() => {
    const { from, to } = parseArgument(impactArgs, input);
    return buildImpact(from as IsoDate | null, to as IsoDate | null);
  });
}

export function apiGetSettings(): Result<SettingsView> {
  return respond(() => settingsView());
}

/** The change is untrusted: saveSettingsChange checks it against the settings schema before storing. */
export function apiSaveSettings(input: unknown): Result<SettingsView> {
  return respond(() => saveSettingsChange(input));
}

export function apiResetSettings(): Result<SettingsView> {
  return respond(() => resetSettings());
}

/** Compile-time check that every endpoint above matches the sidebar's contract. */
export const serverApi: ServerApi = {
  apiGetState,
  apiRunSetup,
  apiCorrectMapping,
  apiChooseRegister,
  apiSaveMapping,
  apiGenerateTimetables,
  apiCheckGroups,
  apiSelectRow,
  apiSuggestGroups,
  apiAcceptSuggestion,
  apiScoreQuestionnaires,
  apiQuestionnaireState,
  apiCreateForm,
  apiResolvePupil,
  apiBuildImpact,
  apiGetSettings,
  apiSaveSettings,
  apiResetSettings,
};
