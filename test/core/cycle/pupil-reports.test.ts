/** One page per pupil whose placement ended (or asked for): the programme, sessions, lessons missed, targets, start and end in words, what next. */
import { describe, expect, it } from 'vitest';
import { buildPupilReports } from '../../../src/core/cycle';
import { PAGE_ROWS, PAGE_WIDTH } from '../../../src/core/cycle/printable';
import type { QuestionnaireScore } from '../../../src/core/impact';
import type { PupilId } from '../../../src/core/domain';
import type { PlanCell } from '../../../src/core/plan';
import type { IsoDate } from '../../../src/core/values';
import { builtinInstruments } from '../../../src/core/questionnaires/builtins';
import { defaultSettings } from '../../../src/core/settings';
import type { TabSnapshot } from '../../../src/core/snapshot';
import { planCellText } from '../../support/plan-text';
import { date, inputTab, school, TODAY, withRecords } from './fixtures';

const settings = defaultSettings();
const slss = builtinInstruments(0.8).find((i) => i.id === 'slss')!;

/** Cara's six 1-1 sessions on the Schedule: five delivered, four attended, missing Science, History and Art. */
const SCHEDULE: TabSnapshot = {
  name: 'Schedule',
  generatedKey: 'schedule',
  values: [
    ['Week commencing', 'Day', 'Lesson', 'Session', 'Programme', 'Pupil ID', 'Pupil', 'Missing', 'Delivered', 'Attended'],
    ...(
      [
        ['2026-09-14', 'Science', true, true],
        ['2026-09-21', 'History', true, true],
        ['2026-09-28', 'Science', true, false],
        ['2026-10-05', 'Art', true, true],
        ['2026-10-12', 'Science', true, true],
        ['2026-10-19', 'History', false, false],
      ] as const
    ).map(([week, missing, delivered, attended]) => [
      date(week),
      'Tuesday',
      3,
      '1-1: Cara Cole',
      'Improving my self-esteem',
      'C3',
      'Cara Cole',
      missing,
      delivered,
      attended,
    ]),
    // Someone else's session is not Cara's.
    [date('2026-11-02'), 'Tuesday', 3, 'Anger Y9', 'Managing my anger', 'A1', 'Amy Able', 'Music', true, true],
  ],
};

const SCORES: QuestionnaireScore[] = [
  {
    pupilId: 'C3' as PupilId,
    instrument: slss.name,
    subscale: null,
    phase: 'pre',
    score: 3.1,
    date: '2026-09-14' as IsoDate,
    programme: null,
    betterWhen: 'higher',
    range: { min: 1, max: 6 },
    reliability: slss.alpha,
    sd: null,
  },
  {
    pupilId: 'C3' as PupilId,
    instrument: slss.name,
    subscale: null,
    phase: 'post',
    score: 4.2,
    date: '2026-10-23' as IsoDate,
    programme: null,
    betterWhen: 'higher',
    range: { min: 1, max: 6 },
    reliability: slss.alpha,
    sd: null,
  },
];

function cells(values: readonly (readonly PlanCell[])[]): string[][] {
  return values.map((row) => row.map(planCellText));
}

describe('pupil reports', () => {
  const data = withRecords(school(), [
    inputTab('targets', [
      {
        'Pupil ID': 'C3',
        Target: 'Say one good thing about myself each day',
        Baseline: 'Never',
        'Target value': 'Every day',
        By: date('2026-10-23'),
        Outcome: 'Met',
      },
      { 'Pupil ID': 'C3', Target: 'Join a club', Outcome: 'partly' },
    ]),
    inputTab('passports', [
      { 'Pupil ID': 'C3', 'Next steps': 'Check in weekly with Mr Khan', 'Return to lessons': 'Back to all lessons from 02/11' },
    ]),
    inputTab('reviews', [{ 'Review date': date('2026-10-01'), 'Pupil ID': 'C3', Status: 'On track' }]),
  ]);
  const outcome = buildPupilReports(data, settings, [], SCHEDULE, { scores: SCORES, instruments: [slss] }, TODAY, null);
  const tab = outcome.plan.tabs[0]!;
  const rows = cells(tab.values);
  const value = (label: string): string[] => {
    const at = rows.findIndex((row) => row[0] === label);
    const found = at < 0 ? [] : [rows[at]?.[1] ?? ''];
    for (let i = at + 1; at >= 0 && rows[i]?.[0] === '' && rows[i]?.[1] !== ''; i += 1) found.push(rows[i]?.[1] ?? '');
    return found;
  };

  it('gives each placement that ended a page of its own, to select and print', () => {
    expect(outcome.blocks).toEqual([
      { pupilId: 'C3', pupil: 'Cara Cole', programme: 'Improving my self-esteem', row: PAGE_ROWS + 1, rows: PAGE_ROWS },
    ]);
    expect(tab.values).toHaveLength(2 * PAGE_ROWS);
    expect(Object.values(tab.format.columnWidths ?? {}).reduce((a, b) => a + b, 0)).toBe(PAGE_WIDTH);
    expect(tab.format.hideGridlines).toBe(true);
    expect(rows[PAGE_ROWS]?.[0]).toBe('End of programme report: Cara Cole');
    expect(rows[PAGE_ROWS + 2]?.[0]).toMatch(/^CONFIDENTIAL/);
  });

  it('opens with a page saying which placements the reports are for, and listing them', () => {
    expect(rows.slice(0, 5)).toEqual([
      ['Pupil reports', ''],
      ['Placements that have ended this year.', ''],
      ['Pupil', 'Programme'],
      ['Cara Cole', 'Improving my self-esteem'],
      ['', ''],
    ]);
  });

  it('reports on the placements that ended in the half-term asked for, and says which', () => {
    const period = (from: string, to: string, label: string) => ({ from: from as IsoDate, to: to as IsoDate, label });
    const build = (window: ReturnType<typeof period>) =>
      buildPupilReports(data, settings, [], SCHEDULE, { scores: [], instruments: [] }, TODAY, window);
    const autumn1 = build(period('2026-09-01', '2026-10-23', 'Autumn 1 2026'));
    expect(autumn1.blocks.map((b) => b.pupil)).toEqual(['Cara Cole']);
    expect(autumn1.headline).toBe(
      '1 report on Pupil reports, one page each: 1 placement that ended in Autumn 1 2026 (01/09/2026 to 23/10/2026).',
    );
    expect(cells(autumn1.plan.tabs[0]!.values)[1]?.[0]).toBe('Placements that ended in Autumn 1 2026 (01/09/2026 to 23/10/2026).');
    const spring1 = build(period('2027-01-04', '2027-02-12', 'Spring 1 2027'));
    expect(spring1.blocks).toEqual([]);
    expect(spring1.headline).toBe('No placement ended in Spring 1 2027 (04/01/2027 to 12/02/2027): choose a pupil for a report on demand.');
  });

  it('counts the sessions and the lessons missed from the Schedule’s ticks', () => {
    expect(value('Sessions')).toEqual(['6 planned, 5 delivered, 4 attended.']);
    // Attended sessions only: Science twice, History and Art once.
    expect(value('Lessons missed')).toEqual(['Science 2, Art 1, History 1']);
  });

  it('gives each SMART target its outcome, and start and end values in words', () => {
    expect(value('Target 1: Met')).toEqual(['Say one good thing about myself each day (from Never to Every day by', '23/10/2026)']);
    expect(value('Target 2: Partly met')).toEqual(['Join a club']);
    expect(value('Attendance %')).toEqual(['84 at the start, 92 at the end: better']);
    expect(value(slss.name)).toEqual(['3.1 (mildly disagree) at the start, 4.2 (mildly agree) at the end: better']);
  });

  it('says what happens next from the passport', () => {
    expect(value('Next steps')).toEqual(['Check in weekly with Mr Khan']);
    expect(value('Back to lessons')).toEqual(['Back to all lessons from 02/11']);
    expect(value('Reviews')).toEqual(['1 review; the last on 01/10/2026: On track.']);
  });

  it('adds a page on demand for a pupil still on a programme, first, and offers the others', () => {
    const asked = buildPupilReports(data, settings, ['A1'], SCHEDULE, { scores: [], instruments: [] }, TODAY, null);
    expect(asked.blocks.map((b) => [b.pupil, b.row])).toEqual([
      ['Amy Able', PAGE_ROWS + 1],
      ['Cara Cole', 2 * PAGE_ROWS + 1],
    ]);
    expect(asked.others.map((o) => o.name)).toEqual(['Ben Bell', 'Dan Dyer']);
    expect(cells(asked.plan.tabs[0]!.values).find((row) => row[0] === 'Sessions')?.[1]).toBe('1 planned, 1 delivered, 1 attended.');
  });

  it('keeps a page a page: long answers are cut, and says when timetables were never generated', () => {
    const long = withRecords(school(), [inputTab('passports', [{ 'Pupil ID': 'C3', 'Next steps': 'Keep going. '.repeat(200) }])]);
    const cut = buildPupilReports(long, settings, [], undefined, { scores: [], instruments: [] }, TODAY, null);
    const page = cells(cut.plan.tabs[0]!.values).slice(PAGE_ROWS);
    expect(page).toHaveLength(PAGE_ROWS);
    const at = page.findIndex((row) => row[0] === 'Next steps');
    expect(
      page
        .slice(at, at + 4)
        .map((row) => row[1]?.length ?? 0)
        .every((n) => n <= 76),
    ).toBe(true);
    expect(page[at + 3]?.[1]?.endsWith('…')).toBe(true);
    expect(page.find((row) => row[0] === 'Sessions')?.[1]).toBe('Not known: timetables have not been generated.');
  });
});
