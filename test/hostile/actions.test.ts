/**
 * Every action survives every hostile workbook (issue 8): it answers with a Result, never changes
 * a user's cell, never turns people's text into a formula, reports bad rows on Problems, keeps
 * pupil data out of the log and document properties small, and gives the same tabs when re-run.
 */
import { Buffer } from 'node:buffer';
import { ACTIONS } from '../../src/core/action-names';
import { beforeAll, describe, expect, it } from 'vitest';
import { HUGE, hostileCorpus, PAYLOADS } from '../../tools/hostile/corpus';
import { openSession, runActions, storedMapping } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import {
  cachedRun,
  generatedContent,
  generatedFormulas,
  generatedSheets,
  isImplemented,
  isInternalError,
  isPlainSentence,
  NOW,
  peoplesText,
  problemRows,
  runOn,
  RUNS,
  userSheets,
  userTabState,
  type Run,
} from './harness';

const corpus = hostileCorpus();
const usable = corpus.filter((entry) => !entry.unusable);
/** Apps Script's limit for one property value. */
const PROPERTY_VALUE_LIMIT = 9 * 1024;

type Entry = (typeof corpus)[number];
type Check = 'answers' | 'succeeds' | 'problems' | 'register';

/**
 * Real bugs in src/ these tests found, reported to the lead: each case runs as `it.fails` so the
 * suite stays green while the bug stands and turns red (remove the entry) once it is fixed.
 */
const KNOWN_BUGS: Readonly<Record<string, { readonly checks: readonly Check[]; readonly why: string }>> = {};

function isKnownBug(check: Check, entry: Entry): boolean {
  return KNOWN_BUGS[entry.name]?.checks.includes(check) ?? false;
}

/** `it.each` over the cases, with the known bugs run as `it.fails` under the same title. */
function eachCase(check: Check, entries: readonly Entry[], title: string, body: (entry: Entry) => void): void {
  const sound = entries.filter((entry) => !isKnownBug(check, entry));
  const buggy = entries.filter((entry) => isKnownBug(check, entry));
  if (sound.length > 0) it.each(sound)(title, body);
  if (buggy.length > 0) it.fails.each(buggy)(`${title} (known bug, see KNOWN_BUGS)`, body);
}

function allRuns(entry: Entry): Run[] {
  return RUNS.map((run) => cachedRun(entry, run));
}

describe('hostile workbooks: every action survives', () => {
  beforeAll(ensureBuilt);

  it('covers each family issue 8 names, including workbooks that cannot be used at all', () => {
    expect(corpus.map((entry) => entry.name)).toEqual(
      expect.arrayContaining([
        'formula-text',
        'markup-and-odd-characters',
        'impossible-values',
        'duplicates',
        'huge-cells',
        'odd-tabs',
        'renamed-question',
        'no-register',
      ]),
    );
    expect(corpus.filter((entry) => entry.unusable).map((entry) => entry.name)).toEqual(['no-register', 'empty-workbook']);
  });

  eachCase(
    'answers',
    corpus,
    '$name: every action answers with a Result, failing only with a plain sentence when the workbook cannot be used',
    (entry) => {
      for (const run of allRuns(entry)) {
        for (const outcome of run.outcomes) {
          const where = `${run.run} → ${outcome.action}: ${outcome.message}`;
          expect(isInternalError(outcome), where).toBe(false);
          if (outcome.ok) continue;
          expect(isPlainSentence(outcome.message), where).toBe(true);
          // A stub action (not yet in this build) is not a refusal of the workbook.
          if (!isImplemented(outcome)) continue;
          expect(entry.unusable, `only an unusable workbook may be refused: ${where}`).toBeDefined();
        }
      }
    },
  );

  eachCase('succeeds', usable, '$name: setup and the actions that exist in this build succeed', (entry) => {
    const outcomes = cachedRun(entry, 'all').outcomes;
    expect(outcomes.map((o) => o.action)).toEqual([...ACTIONS]);
    for (const outcome of outcomes.filter(isImplemented)) expect(outcome.ok, `${outcome.action}: ${outcome.message}`).toBe(true);
  });

  it.each(corpus)('$name: no cell of any user tab changes, under any action', (entry) => {
    for (const run of allRuns(entry)) {
      const after = run.session.workbook;
      const before = userSheets(run.before).map(userTabState);
      expect(userSheets(after).map(userTabState), `after ${run.run}`).toEqual(before);
    }
  });

  it.each(corpus)('$name: no generated cell is a formula built from people’s text', (entry) => {
    const texts = peoplesText(entry.workbook);
    for (const run of allRuns(entry)) {
      for (const formula of generatedFormulas(run.session.workbook)) {
        const leaked = texts.filter((text) => formula.formula.includes(text));
        expect(leaked, `${run.run}: ${formula.tab}!R${formula.row}C${formula.column} ${formula.formula.slice(0, 200)}`).toEqual([]);
      }
    }
  });

  eachCase('problems', usable, '$name: bad rows appear on Problems with tab, row, column and a reason', (entry) => {
    const run = cachedRun(entry, 'all');
    const problems = problemRows(run.session.workbook);
    expect(problems, 'the Problems tab').not.toBeNull();
    const rows = problems ?? [];
    const tabs = new Set(userSheets(entry.workbook).map((sheet) => sheet.name));
    for (const row of rows.filter((r) => r.tab !== '')) {
      expect(tabs.has(row.tab), `Problems names a tab the workbook has: ${row.tab}`).toBe(true);
      expect(typeof row.row === 'number' && row.row >= 1, `a row number: ${JSON.stringify(row).slice(0, 300)}`).toBe(true);
      expect(isPlainSentence(row.reason), `a plain reason: ${row.reason.slice(0, 300)}`).toBe(true);
    }
    const implemented = new Set(run.outcomes.filter(isImplemented).map((o) => o.action));
    const missing = entry.expectedProblems
      .filter((expected) => implemented.has(expected.by))
      .filter(
        (expected) =>
          !rows.some(
            (row) =>
              row.tab === expected.tab && row.row === expected.row && (expected.column === undefined || row.column === expected.column),
          ),
      )
      .map(
        (expected) =>
          `${expected.tab} row ${expected.row}${expected.column === undefined ? '' : ` column "${expected.column}"`}: ${expected.why} (${expected.by})`,
      );
    expect(missing).toEqual([]);
  });

  it('writes people’s formula-like text to the generated tabs as text, never as a formula', () => {
    const entry = corpus.find((e) => e.name === 'formula-text');
    if (!entry) throw new Error('the corpus lost its formula-text workbook');
    const generated = generatedSheets(cachedRun(entry, 'all').session.workbook).flatMap((sheet) => sheet.cells.flat());
    const carrying = generated.filter((cell) => typeof cell?.value === 'string' && cell.value.startsWith(PAYLOADS.hyperlink));
    expect(carrying.length).toBeGreaterThan(0);
    expect(carrying.filter((cell) => cell?.formula !== undefined)).toEqual([]);
  });

  it.each(corpus)('$name: the log holds no pupil name or id', (entry) => {
    for (const run of allRuns(entry)) {
      const log = run.session.emulator.host.logs.join('\n');
      expect(
        entry.secrets.filter((secret) => log.includes(secret)),
        `${run.run} logged: ${log.slice(0, 300)}`,
      ).toEqual([]);
    }
  });

  it.each(corpus)('$name: every document property value stays under 9 KB', (entry) => {
    for (const run of allRuns(entry)) {
      const sizes = Object.entries(run.session.workbook.documentProperties).map(
        ([key, value]) => [key, Buffer.byteLength(value, 'utf8')] as const,
      );
      expect(
        sizes.filter(([, bytes]) => bytes >= PROPERTY_VALUE_LIMIT),
        `after ${run.run}`,
      ).toEqual([]);
    }
  });

  it.each(usable)('$name: running all twice gives the same generated tabs', (entry) => {
    const once = cachedRun(entry, 'all');
    const twice = runOn(entry, 'all', 2);
    expect(generatedContent(twice.session.workbook)).toEqual(generatedContent(once.session.workbook));
    expect(twice.session.workbook.documentProperties).toEqual(once.session.workbook.documentProperties);
  });

  it('huge-headers: the overlong headers are listed on Problems, quoted short, and never stored', () => {
    const run = cachedRun(corpus.find((e) => e.name === 'huge-headers') ?? corpus[0]!, 'all');
    const long = (problemRows(run.session.workbook) ?? []).filter((row) => row.tab === 'Pupils' && row.row === 1);
    expect(long).toHaveLength(2);
    for (const row of long) {
      expect(HUGE.startsWith(row.column.replace(/…$/, ''))).toBe(true);
      expect(row.column.length).toBeLessThan(200);
    }
    expect(Object.values(run.session.workbook.documentProperties).join('')).not.toContain(HUGE.slice(0, 300));
  });

  it('a mapping too large for a document property is refused with a plain sentence, and nothing is saved', () => {
    const entry = corpus.find((e) => e.name === 'formula-text') ?? corpus[0]!;
    const session = openSession(structuredClone(entry.workbook), { now: () => new Date(NOW) });
    const [setup] = runActions(session, 'setup');
    expect(setup?.ok).toBe(true);
    const saved = { ...session.workbook.documentProperties };
    const mapping = storedMapping(session.workbook) as { register: { measures: unknown[] } };
    // 20 measures whose headers are 450 characters each: every header is allowed, together they are 18 KB.
    const wordy = (n: number, side: string): string => `Measure ${n} ${'x'.repeat(430)} (${side})`;
    mapping.register.measures = Array.from({ length: 20 }, (_, n) => ({
      id: `m-${n}`,
      label: `Measure ${n}`,
      start: wordy(n, 'start'),
      end: wordy(n, 'end'),
      betterWhen: 'higher',
      kind: 'score',
    }));
    const [refused] = runActions(session, 'setup', { mapping });
    expect(refused?.ok).toBe(false);
    expect(isPlainSentence(refused?.message ?? ''), refused?.message).toBe(true);
    expect(refused?.message).toMatch(/too large/);
    expect(session.workbook.documentProperties).toEqual(saved);
  });

  eachCase(
    'register',
    corpus.filter((entry) => entry.registerTab !== undefined),
    '$name: setup takes the real register, not a tab that looks like it',
    (entry) => {
      const mapping = storedMapping(cachedRun(entry, 'setup').session.workbook);
      expect((mapping?.register as { tab?: string } | null | undefined)?.tab).toBe(entry.registerTab);
    },
  );
});
