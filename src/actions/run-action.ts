/**
 * The shape every action shares: read the workbook once, let the core build a plan, write the plan
 * and the action's Problems in one batch, and say what was done in sentences.
 */
import type { WritePlan } from '../core/plan';
import type { Problem, ProblemSource } from '../core/problems';
import { PROBLEMS_KEY, problemsTab, readProblemsTab } from '../core/problems-tab';
import { generatedTab } from '../core/snapshot';
import { outOfTimeMessage, timeToWrite } from '../core/time-limit';
import { UserError } from '../core/user-error';
import type { ActionName, ActionReport } from '../shared/api';
import { loadSchool, saveSetup, type School } from './school';
import { services } from './services';

/** What the core hands back for an action. */
export interface ActionOutcome {
  readonly plan: WritePlan;
  readonly problems: readonly Problem[];
  readonly headline: string;
  /** Build impact: one sentence per programme and measure for impact, shown first. */
  readonly sentences?: readonly string[];
  readonly details: readonly string[];
  /** True when the action found nothing to do (no session placed, no group suggested): never shown as a success. */
  readonly nothingDone?: boolean;
}

export const NO_REGISTER =
  'Intervention Planner could not find your intervention register: a tab whose header row names the pupils (Name, or Surname and Forename) and at least three other columns such as Year, Programme and Group. Check the headers, then run Set up this sheet again.';

/** The school as the stored mapping describes it; a sheet never set up is set up first. */
export function loadSetUpSchool(reads: readonly string[] = []): School {
  const school = loadSchool('stored', reads);
  if (!school.mapping.register) throw new UserError(NO_REGISTER);
  if (!school.stored.mapping) saveSetup(school);
  return school;
}

/** The plan with the Problems tab added: the action's findings replace its own earlier ones, the others stay. */
export function withProblems(school: School, plan: WritePlan, fresh: readonly Problem[], sources: readonly ProblemSource[]): WritePlan {
  const previous = readProblemsTab(generatedTab(school.snapshot, PROBLEMS_KEY));
  return { tabs: [...plan.tabs, problemsTab(previous, fresh, sources)], replaces: [...plan.replaces, PROBLEMS_KEY] };
}

/** `reads`: keys of the generated tabs the action reads back (the Schedule, say). */
export function runAction(action: ActionName, build: (school: School) => ActionOutcome, reads: readonly string[] = []): ActionReport {
  const { workbook, lock } = services();
  const started = Date.now();
  return lock.withDocumentLock(() => {
    const school = loadSetUpSchool(reads);
    const outcome = build(school);
    const elapsed = Date.now() - started;
    if (!timeToWrite(elapsed)) throw new UserError(outOfTimeMessage(action, elapsed));
    // Setup's findings are refreshed too: they come from the same reading of the sheet.
    const plan = withProblems(school, outcome.plan, [...school.problems, ...outcome.problems], ['setup', action]);
    const applied = workbook.apply(plan, school.generated);
    return {
      action,
      headline: outcome.headline,
      ...(outcome.sentences ? { sentences: outcome.sentences } : {}),
      details: outcome.details,
      tabs: applied.written,
      problems: outcome.problems.length,
      nothingDone: outcome.nothingDone ?? false,
    };
  });
}
