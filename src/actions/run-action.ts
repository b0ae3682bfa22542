/**
 * The shape every action shares: read the workbook once, let the core build a plan, write the plan
 * and the action's Problems in one batch, and say what was done in sentences.
 */
import type { Problem } from '../core/problems';
import { PROBLEMS_KEY, problemsTab, readProblemsTab } from '../core/problems-tab';
import type { WritePlan } from '../core/plan';
import type { ActionName, ActionReport } from '../shared/api';
import { applyPlan } from '../sheets/apply';
import { withDocumentLock } from '../sheets/lock';
import { saveMapping } from '../sheets/store';
import { loadSchool, type School } from './school';
import { UserError } from '../core/user-error';

/** What the core hands back for an action. */
export interface ActionOutcome {
  readonly plan: WritePlan;
  readonly problems: readonly Problem[];
  readonly headline: string;
  readonly details: readonly string[];
}

export const NO_REGISTER =
  'Intervention Planner could not find your intervention register: a tab whose header row names the pupils (Name, or Surname and Forename) and at least three other columns such as Year, Programme and Group. Check the headers, then run Set up this sheet again.';

/** The school as the stored mapping describes it; a sheet never set up is set up first. */
export function loadSetUpSchool(reads: readonly string[] = []): School {
  const school = loadSchool('stored', reads);
  if (!school.mapping.register) throw new UserError(NO_REGISTER);
  if (!school.stored.mapping) saveMapping(school.mapping);
  return school;
}

/** `reads`: keys of the generated tabs the action reads back (the Schedule, say). */
export function runAction(action: ActionName, build: (school: School) => ActionOutcome, reads: readonly string[] = []): ActionReport {
  return withDocumentLock(() => {
    const school = loadSetUpSchool(reads);
    const outcome = build(school);
    const previous = readProblemsTab(school.snapshot.tabs.find((tab) => tab.generatedKey === PROBLEMS_KEY));
    // Setup's findings are refreshed too: they come from the same reading of the sheet.
    const problems = problemsTab(previous, [...school.problems, ...outcome.problems], ['setup', action]);
    const applied = applyPlan(
      school.spreadsheet,
      {
        tabs: [...outcome.plan.tabs, problems],
        replaces: [...outcome.plan.replaces, PROBLEMS_KEY],
      },
      school.generated,
    );
    return {
      action,
      headline: outcome.headline,
      details: outcome.details,
      tabs: applied.written,
      problems: outcome.problems.length,
    };
  });
}
