/**
 * Build costs: what each programme cost for the school year so far and the current half-term, per
 * pupil and per pupil improved (the improvements are Impact's own figures, never worked out again).
 */
import type { WritePlan } from '../plan';
import type { Problem } from '../problems';
import { dosageTable } from '../impact/dosage-columns';
import { halfTermsOf, recentHalfTerms, schoolYearLabel, schoolYearOf } from '../impact/half-terms';
import { ALL_GROUPS, impactFigures, type QuestionnaireScore } from '../impact';
import type { ImpactRequest } from '../impact/programmes';
import { plural } from '../text';
import { dateOfIso, ukDate, type IsoDate } from '../values';
import { COSTS_KEY, costsTab, type CostsSection, type Improvement } from './costs-tab';
import { hourlyRate, programmeCosts, type CostInput, type CostPeriod, type ProgrammeCost } from './programme-costs';

export { COSTS_KEY, COSTS_TAB, COSTS_HEADERS, ALL_PROGRAMMES_ROW } from './costs-tab';
export { programmeCosts, hourlyRate, type CostInput, type CostPeriod, type ProgrammeCost } from './programme-costs';
export { readResources, type Resources, type ResourceLine } from './resources';

export interface CostsOutcome {
  readonly plan: WritePlan;
  readonly problems: readonly Problem[];
  readonly headline: string;
  readonly details: readonly string[];
}

/** The school year today is in, so far, and the half-term today is in. */
export function costPeriods(today: IsoDate): CostPeriod[] {
  const year = schoolYearOf(today);
  const terms = halfTermsOf(year);
  const first = terms[0];
  const half = recentHalfTerms(dateOfIso(today))[0];
  const periods: CostPeriod[] = [];
  if (first) periods.push({ label: `School year ${schoolYearLabel(year)}`, from: first.from, to: today, undatedResources: true });
  if (half) periods.push({ label: half.label, from: half.from, to: today, undatedResources: false });
  return periods;
}

/** Programme → its total cost over the dates Impact was asked about (all dates when none), for the cost per pupil improved beside it. */
export function costsForImpact(input: CostInput, request: ImpactRequest): ReadonlyMap<string, number> {
  const period: CostPeriod = {
    label: '',
    from: request.from ?? ('1900-01-01' as IsoDate),
    to: request.to ?? input.today,
    undatedResources: true,
  };
  return new Map(programmeCosts(input, period).map((cost) => [cost.programme, cost.total]));
}

/** Per programme, the pupils improved on its measure for impact with the most pupils, as Impact counts them for the period. */
function improvements(input: CostInput, scores: readonly QuestionnaireScore[], period: CostPeriod): Map<string, Improvement> {
  const request = { from: period.from, to: period.to };
  const dosage = dosageTable(input.data, input.rows, request, input.today);
  const { summaries } = impactFigures(input.data, input.settings, request, scores, dosage);
  const best = new Map<string, { n: number; improvement: Improvement }>();
  for (const row of summaries) {
    if (row.group !== ALL_GROUPS || !row.forImpact) continue;
    const known = best.get(row.programme);
    if (known && known.n >= row.summary.n) continue;
    best.set(row.programme, { n: row.summary.n, improvement: { measure: row.measure.label, improved: row.summary.improved } });
  }
  return new Map([...best].map(([programme, { improvement }]) => [programme, improvement]));
}

export function buildCosts(input: CostInput, scores: readonly QuestionnaireScore[], hasSchedule: boolean): CostsOutcome {
  const { settings } = input;
  const periods = costPeriods(input.today);
  const sections: CostsSection[] = periods.map((period) => ({
    label: `${period.label} (${ukDate(period.from)} to ${ukDate(period.to)})`,
    costs: programmeCosts(input, period),
    improvements: improvements(input, scores, period),
  }));
  const rates = `teacher £${hourlyRate('teacher', settings)}, teaching assistant £${hourlyRate('TA', settings)}, mentor £${hourlyRate('mentor', settings)}, external £${hourlyRate('external', settings)} an hour`;
  const notes = [
    `Staff cost: each session delivered (ticked Delivered or Attended on the Schedule) × ${settings.costs.sessionMinutes} minutes × the hourly cost of the adult who led it, from the staff tab's hourly cost, else Settings by role (${rates}; change them in Settings).`,
    'Resources: the Resource cost column of the groups tab (per group) and of the register (per placement), counted in the period the group or placement starts.',
    'Cost per pupil improved: the total cost ÷ the pupils who improved on the programme’s measure for impact, as Impact counts them (pupils who attended too few sessions are not counted).',
  ];
  const yearCosts = sections[0]?.costs ?? [];
  const uncosted = uncostedNote(yearCosts);
  const details = [
    ...(hasSchedule ? [] : ['There is no Schedule yet, so no session is counted: generate timetables, then tick the sessions delivered.']),
    ...(uncosted === null ? [] : [uncosted]),
  ];
  const total = yearCosts.reduce((sum, cost) => sum + cost.total, 0);
  const sessions = yearCosts.reduce((sum, cost) => sum + cost.sessions, 0);
  return {
    plan: { tabs: [costsTab('Costs of interventions', [...notes, ...details], sections)], replaces: [COSTS_KEY] },
    problems: input.resources.problems,
    headline:
      `Costs of ${plural(yearCosts.length, 'programme')} this school year: ${pounds(total)} ` +
      `for ${plural(sessions, 'session')} delivered and their resources.`,
    details,
  };
}

/** £1,234.50 */
function pounds(amount: number): string {
  const [whole = '0', pence = '00'] = amount.toFixed(2).split('.');
  return `£${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${pence}`;
}

function uncostedNote(costs: readonly ProgrammeCost[]): string | null {
  const sessions = costs.reduce((sum, cost) => sum + cost.uncostedSessions, 0);
  if (sessions === 0) return null;
  const staff = [...new Set(costs.flatMap((cost) => cost.uncostedStaff))];
  return `${plural(sessions, 'session')} led by ${staff.join(', ')} ${sessions === 1 ? 'is' : 'are'} not costed: their role and hourly cost are not known. Add a Role or Hourly cost column for them on the staff tab.`;
}
