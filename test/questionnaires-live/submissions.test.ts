/**
 * Live scoring under load and trouble: 100 interleaved submissions through pupils' own links (two
 * from one pupil in the same second, a few with a code a pupil changed), a response delivered
 * twice, a submission while another execution holds the lock, and the service calls one
 * submission costs. Re-score must rebuild exactly what the trigger wrote, problems included.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool, type ExampleSchool } from '../../tools/example/school';
import { runAction, type LocalSession } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import { SLSS_ITEMS, SLSS_SCALE, slssScore } from './facts';
import { createForm, formLinks, generatedSheet, scoreRows, setUpSchool, state, submitThroughLink, values } from './helpers';

const PHASE = 'Is this the start or the end of your programme?';
const GRID = 'How much do you agree with each sentence?';

interface Submission {
  /** Index into the Form links tab's rows. */
  readonly pupil: number;
  readonly phase: 'Start of the programme' | 'End of the programme';
  readonly answers: string[];
  readonly at: Date;
  /** A code the pupil typed over their own (matches nobody). */
  readonly tampered?: string;
}

/** A deterministic spread of answers, some items skipped. */
function answersFor(n: number): string[] {
  return Array.from({ length: 7 }, (_, i) => ((n * 3 + i * 5) % 11 === 0 ? '' : SLSS_SCALE[(n + i * 2) % 6]!));
}

/** 100 submissions from 60 pupils; every 29th with a changed code; the last two are one pupil's, sent in the same second. */
function plan(): Submission[] {
  const start = new Date(2027, 5, 1, 9, 0, 0).getTime();
  const out: Submission[] = [];
  for (let n = 0; n < 98; n++) {
    out.push({
      pupil: n % 60,
      phase: n % 3 === 2 ? 'End of the programme' : 'Start of the programme',
      answers: answersFor(n),
      at: new Date(start + n * 7000),
      ...(n % 29 === 5 ? { tampered: `wxyz-${String(n).padStart(4, '0')}-abcd` } : {}),
    });
  }
  const same = new Date(start + 98 * 7000);
  out.push({ pupil: 5, phase: 'Start of the programme', answers: answersFor(98), at: same });
  out.push({ pupil: 5, phase: 'Start of the programme', answers: answersFor(99), at: same });
  return out;
}

function submit(session: LocalSession, s: Submission): void {
  const link = formLinks(session.workbook)[s.pupil]!.Link!;
  submitThroughLink(
    session,
    link,
    { [PHASE]: s.phase, [GRID]: Object.fromEntries(s.answers.flatMap((a, i) => (a ? [[SLSS_ITEMS[i]!, a]] : []))) },
    { timestamp: s.at, ...(s.tampered ? { code: s.tampered } : {}) },
  );
}

/** Scores rows of one tab, by their source row. */
function rowsFrom(workbook: WorkbookModel, tab: string): Record<string, unknown>[] {
  return scoreRows(workbook).filter((r) => r['Source tab'] === tab);
}

/** The Problems tab's questionnaire rows, in a fixed order (a live row is added at the end, a re-score sorts them). */
function questionnaireProblems(workbook: WorkbookModel): string[] {
  return values(generatedSheet(workbook, 'problems'))
    .filter((row) => row[4] === 'Questionnaires')
    .map((row) => JSON.stringify(row))
    .sort();
}

function fresh(pupils = 200): { session: LocalSession; school: ExampleSchool; formId: string; tab: string } {
  const school = generateSchool({ pupils, seed: 21 });
  const session = setUpSchool(tidyWorkbook(school));
  const created = createForm(session, 'slss');
  return { session, school, formId: created.formId, tab: created.responsesTab! };
}

describe('live scoring of form submissions', () => {
  beforeAll(ensureBuilt);

  it('100 interleaved submissions give exactly one row each, the latest of each pupil and phase counting, as a re-score does', () => {
    const { session, tab } = fresh();
    // The school's older responses are on Scores first, so live rows join a full tab.
    expect(runAction(session, 'score').ok).toBe(true);
    const before = scoreRows(session.workbook).length;
    const problemsBefore = questionnaireProblems(session.workbook);
    const submissions = plan();
    const links = formLinks(session.workbook);
    for (const s of submissions) submit(session, s);

    const rows = rowsFrom(session.workbook, tab);
    expect(rows).toHaveLength(100);
    expect(scoreRows(session.workbook)).toHaveLength(before + 100);
    // Expected flags worked out here: every submission but the last of its pupil and phase is a duplicate.
    const last = new Map<string, number>();
    submissions.forEach((s, i) => {
      if (!s.tampered) last.set(`${s.pupil}|${s.phase}`, i);
    });
    submissions.forEach((s, i) => {
      const row = rows.find((r) => r['Source row'] === i + 2)!;
      const { score, answered } = slssScore(s.answers);
      const flags = [
        ...(s.tampered ? ['unmatched-pupil'] : []),
        ...(score === null ? ['incomplete'] : []),
        ...(!s.tampered && last.get(`${s.pupil}|${s.phase}`) !== i ? ['duplicate'] : []),
      ];
      expect(row, `submission ${i}`).toMatchObject({
        Pupil: s.tampered ?? links[s.pupil]!.Pupil,
        Phase: s.phase.startsWith('Start') ? 'pre' : 'post',
        Answered: `${answered} of 7`,
        Flags: flags.join(', '),
      });
      if (score === null) expect(row.Score).toBe('');
      else expect(row.Score as number).toBeCloseTo(score, 10);
    });
    // The same-second pair: the later row counts, the earlier is the duplicate.
    expect(rows.find((r) => r['Source row'] === 100)!.Flags).toMatch(/duplicate/);
    expect(rows.find((r) => r['Source row'] === 101)!.Flags).not.toMatch(/duplicate/);
    expect(state(session).unscored).toBe(0);
    // Each changed code reached Problems as it arrived.
    const live = questionnaireProblems(session.workbook);
    const tampered = submissions.filter((s) => s.tampered).length;
    expect(tampered).toBeGreaterThan(0);
    expect(live).toHaveLength(problemsBefore.length + tampered);

    // Re-scoring from scratch rebuilds exactly what the trigger wrote, and the same problems.
    const liveScores = values(generatedSheet(session.workbook, 'scores'));
    expect(runAction(session, 'score').ok).toBe(true);
    expect(values(generatedSheet(session.workbook, 'scores'))).toEqual(liveScores);
    expect(questionnaireProblems(session.workbook)).toEqual(live);
    expect(session.emulator.host.logs).toEqual([]);
  });

  it('a response delivered twice is scored once', () => {
    const { session, tab } = fresh();
    const events: unknown[] = [];
    const run = session.emulator.host.runFunction!;
    session.emulator.host.runFunction = (name, event) => {
      events.push(event);
      return run(name, event);
    };
    const [first, second] = plan();
    submit(session, first!);
    submit(session, second!);
    session.script.run('onFormSubmit', events[0]);
    session.script.run('onFormSubmit', events[1]);
    expect(rowsFrom(session.workbook, tab).map((r) => r['Source row'])).toEqual([2, 3]);
  });

  it('a submission while the lock is held is not lost: the sidebar counts it and re-score repairs it', () => {
    const { session, school, tab } = fresh();
    const [first, second] = plan();
    submit(session, first!);
    session.emulator.locks.holdDocumentLock();
    submit(session, second!);
    session.emulator.locks.releaseDocumentLock();

    expect(rowsFrom(session.workbook, tab).map((r) => r['Source row'])).toEqual([2]);
    // Only the kind of failure is logged: no name, no answer.
    expect(session.emulator.host.logs).toHaveLength(1);
    const name = formLinks(session.workbook)[second!.pupil]!.Pupil;
    const pupil = school.pupils.find((p) => `${p.forename} ${p.surname}` === name)!;
    expect(session.emulator.host.logs[0]).toMatch(/lock timeout/);
    expect(session.emulator.host.logs[0]).not.toContain(pupil.surname);
    const unscoredBefore = state(session).unscored;
    expect(unscoredBefore).toBeGreaterThanOrEqual(1);

    expect(runAction(session, 'score').ok).toBe(true);
    const rows = rowsFrom(session.workbook, tab);
    expect(rows.map((r) => r['Source row'])).toEqual([2, 3]);
    expect(rows[1]!['Pupil ID']).toBe(pupil.id);
    expect(rows[1]!.Score as number).toBeCloseTo(slssScore(second!.answers).score!, 10);
    expect(state(session).unscored).toBe(0);
  });

  it('one submission costs the same service calls whatever the number of pupils and responses', () => {
    const measure = (pupils: number, count: number) => {
      const { session } = fresh(pupils);
      const submissions = plan()
        .slice(0, count)
        .filter((s) => !s.tampered);
      // Only first submissions of each pupil and phase, so no earlier row is re-flagged.
      const firsts = submissions.filter((s, i) => submissions.findIndex((o) => o.pupil === s.pupil && o.phase === s.phase) === i);
      let calls: Record<string, number> = {};
      firsts.forEach((s, i) => {
        session.emulator.counter.reset();
        submit(session, s);
        // The first makes Scores; the second finds it again and remembers its id.
        if (i >= 2) calls = session.emulator.counter.snapshot();
      });
      return calls;
    };
    const small = measure(200, 10);
    const large = measure(2000, 40);
    expect(large).toEqual(small);
    const total = Object.values(small).reduce((a, b) => a + b, 0);
    const registerRead = (small['Spreadsheet.getSheetByName'] ?? 0) + 2; // getSheetByName, getDataRange, getValues
    console.info(`one submission: ${total} calls (${total - registerRead} beyond the register read)`, small);
    // The lock (3), document properties (2), the new row (4), its spreadsheet from the row's sheet
    // (1), the register (3), Scores found by its remembered id and read (3), and one appended row;
    // Problems is read only when the response has problems, and the spreadsheet is asked for once.
    expect(small['SpreadsheetApp.getActiveSpreadsheet'] ?? 0).toBe(0);
    expect(total).toBeLessThanOrEqual(17);
  });
});
