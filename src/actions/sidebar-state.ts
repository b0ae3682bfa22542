/**
 * What the sidebar opens with: where the school is in its year and the next step. On a sheet never
 * set up nothing is read but the document properties (setup reads every tab only when asked); once
 * set up, only the tabs the stored setup names are read, and the add-in's own tabs are found by one
 * developer-metadata search, so opening the sidebar costs the same with 5 tabs or 500.
 */
import { milestones, nextStep, type WaitingItem, type YearFacts } from '../core/next-step';
import { waitingItems } from './cycle';
import { sessionsWaiting } from './sessions-to-register';
import { IMPACT_KEY } from '../core/impact/impact-tab';
import { GROUP_CHECK_KEY } from '../core/groups/check-tab';
import { SCORES_KEY } from '../core/questionnaires/scores-tab';
import { schoolYear } from '../core/school-terms';
import { SCHEDULE_KEY } from '../core/timetable';
import { isoDateOf } from '../core/values';
import type { MappingCorrection, SidebarState } from '../shared/api';
import { loadSchool, type School } from './school';
import { services } from './services';
import { setupView } from './setup';
import { loadStored, saveFieldsLeft } from './store';

/**
 * What each feature reports as waiting for a person, from the school as read: reviews due this
 * week, sessions of the past week to register. A feature adds its function here.
 */
const WAITING: readonly ((school: School) => readonly WaitingItem[])[] = [waitingItems, sessionsWaiting];

const fieldKey = (field: Pick<MappingCorrection, 'section' | 'field'>): string => `${field.section}.${field.field}`;

export function sidebarState(): SidebarState {
  const stored = loadStored();
  const today = isoDateOf(new Date());
  const spreadsheetName = services().workbook.spreadsheetName();
  if (stored.mapping === null) {
    const facts: YearFacts = {
      setUp: false,
      fieldsToChoose: [],
      written: { schedule: false, groupCheck: false, scores: false, impact: false },
      placements: 0,
      responseTabs: [],
      measures: 0,
      waiting: [],
    };
    const year = schoolYear(stored.settings.timetable.termWeeks, today);
    return { setUp: false, setup: null, spreadsheetName, next: nextStep(facts), milestones: milestones(facts), waiting: [], year };
  }
  // The Schedule is read back for the sessions to register.
  const school = loadSchool('stored', [SCHEDULE_KEY]);
  const setup = setupView(school);
  const left = new Set(stored.fieldsLeft);
  const waiting = WAITING.flatMap((source) => source(school));
  const written = (key: string): boolean => school.generated.byKey.has(key);
  const facts: YearFacts = {
    setUp: true,
    fieldsToChoose: setup.summary.notFound.filter((field) => !left.has(fieldKey(field))),
    written: {
      schedule: written(SCHEDULE_KEY),
      groupCheck: written(GROUP_CHECK_KEY),
      scores: written(SCORES_KEY),
      impact: written(IMPACT_KEY),
    },
    placements: school.data.placements.filter((placement) => placement.type !== 'referred').length,
    responseTabs: setup.summary.responseTabs,
    measures: setup.summary.measures.length,
    waiting,
  };
  const year = schoolYear(stored.settings.timetable.termWeeks, today, school.data.termDates?.terms ?? []);
  return { setUp: true, setup, spreadsheetName, next: nextStep(facts), milestones: milestones(facts), waiting, year };
}

/** Remembers that the school carries on without these fields, then answers the new state. */
export function carryOnWithoutFields(fields: readonly Pick<MappingCorrection, 'section' | 'field'>[]): SidebarState {
  const stored = loadStored();
  saveFieldsLeft([...new Set([...stored.fieldsLeft, ...fields.map(fieldKey)])]);
  return sidebarState();
}
