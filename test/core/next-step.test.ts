import { describe, expect, it } from 'vitest';
import { milestones, nextStep, type WaitingItem, type YearFacts } from '../../src/core/next-step';
import type { NotFoundField } from '../../src/core/setup';

const NOTHING_WRITTEN = { schedule: false, groupCheck: false, scores: false, impact: false };

/** A school set up with every column found, a register with placements, measures and one form tab. */
const SET_UP: YearFacts = {
  setUp: true,
  fieldsToChoose: [],
  written: NOTHING_WRITTEN,
  placements: 40,
  responseTabs: ['Form Responses 1'],
  measures: 3,
  waiting: [],
};

const ROOM: NotFoundField = { section: 'groups', field: 'room', label: 'Room', tab: 'Groups' };
const STAFF: NotFoundField = { section: 'groups', field: 'staff', label: 'Staff', tab: 'Groups' };

const REVIEWS: WaitingItem = {
  kind: 'reviews-due',
  count: 3,
  sentence: '3 reviews are due this week.',
  button: 'Open Reviews due',
  place: { tab: 'Reviews due', row: 2 },
};

describe('the next step', () => {
  it('on a sheet never set up is to set it up, whatever else is true', () => {
    const step = nextStep({ ...SET_UP, setUp: false, waiting: [REVIEWS] });
    expect(step.id).toBe('setup');
    expect(step.button).toBe('Set up this sheet');
    // Never "again", never the Problems tab: there is none yet.
    expect(step.sentence).not.toMatch(/again|Problems/);
  });

  it('names the fields setup did not find, on which tab, before anything else', () => {
    const step = nextStep({ ...SET_UP, fieldsToChoose: [ROOM, STAFF], waiting: [REVIEWS] });
    expect(step).toEqual({
      id: 'fields',
      sentence:
        'Setup found no column on “Groups” for Room and Staff. Choose each one under Set up if your sheet has it, or carry on without them.',
      button: 'Carry on without them',
      waiting: null,
      fields: [ROOM, STAFF],
    });
    expect(nextStep({ ...SET_UP, fieldsToChoose: [ROOM, { ...STAFF, tab: 'Pupils' }] }).sentence).toMatch(
      /^Setup found no column on 2 tabs for Room and Staff\./,
    );
  });

  it('then generates timetables, unless nothing is placed yet', () => {
    expect(nextStep(SET_UP).id).toBe('timetable');
    expect(nextStep({ ...SET_UP, placements: 0 }).id).toBe('groups');
  });

  it('once the year has been through, deals with what is waiting, the first thing first; before that it only lists it', () => {
    const sessions: WaitingItem = { ...REVIEWS, kind: 'sessions-to-register', sentence: '12 sessions last week are not registered.' };
    const waiting = [REVIEWS, sessions];
    expect(nextStep({ ...SET_UP, written: { ...NOTHING_WRITTEN, schedule: true }, waiting }).id).toBe('groups');
    const step = nextStep({ ...SET_UP, written: { schedule: true, groupCheck: true, scores: true, impact: true }, waiting });
    expect(step).toEqual({ id: 'waiting', sentence: REVIEWS.sentence, button: REVIEWS.button, waiting: REVIEWS, fields: [] });
  });

  it('walks the year in order: groups, questionnaires, impact, then nothing to press', () => {
    const order: string[] = [];
    let written = { ...NOTHING_WRITTEN, schedule: true };
    const keyOf = { groups: 'groupCheck', score: 'scores', impact: 'impact' } as const;
    for (;;) {
      const step = nextStep({ ...SET_UP, written });
      order.push(step.id);
      if (step.id === 'done' || step.id === 'setup' || order.length > 5) break;
      written = { ...written, [keyOf[step.id as keyof typeof keyOf]]: true };
    }
    expect(order).toEqual(['groups', 'score', 'impact', 'done']);
    expect(nextStep({ ...SET_UP, written: { schedule: true, groupCheck: true, scores: true, impact: true } }).button).toBeNull();
  });

  it('skips scoring without form responses, and impact without anything to measure', () => {
    const checked = { ...NOTHING_WRITTEN, schedule: true, groupCheck: true };
    expect(nextStep({ ...SET_UP, written: checked, responseTabs: [] }).id).toBe('impact');
    expect(nextStep({ ...SET_UP, written: checked, responseTabs: [], measures: 0 }).id).toBe('done');
    // Scores alone are something to measure.
    expect(nextStep({ ...SET_UP, written: { ...checked, scores: true }, measures: 0 }).id).toBe('impact');
    expect(nextStep({ ...SET_UP, written: checked, responseTabs: ['Form Responses 1', 'Form Responses 2'] }).sentence).toBe(
      'Score the questionnaire responses on “Form Responses 1” and “Form Responses 2”.',
    );
  });
});

describe('the milestones', () => {
  it('say which stages of the year the sheet shows reached', () => {
    const list = milestones({ ...SET_UP, written: { ...NOTHING_WRITTEN, schedule: true, impact: true } });
    expect(list.map((m) => [m.id, m.done])).toEqual([
      ['setup', true],
      ['timetable', true],
      ['groups', false],
      ['score', false],
      ['impact', true],
    ]);
    expect(milestones({ ...SET_UP, setUp: false })[0]).toEqual({ id: 'setup', label: 'Set up', done: false });
  });
});
