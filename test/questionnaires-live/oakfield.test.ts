/**
 * `npm run local -- score` on the shared oakfield-tracking.xlsx writes Scores for both response
 * tabs, and every row's score and subscales equal what this test works out from the raw answers
 * with the instruments.md facts alone, planted cases included.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { runCli } from '../support/cli';
import { TIDY_EXAMPLE } from '../support/shared-examples';
import { gridColumns, haveInstrumentsDoc, SLSS_ITEMS, SLSS_NAME, slssScore, SRS_NAME, srsItems, srsScore } from './facts';
import { scoreRows, sheetNamed, values } from './helpers';

const haveExample = existsSync(TIDY_EXAMPLE) && haveInstrumentsDoc;

const key = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();

interface Expected {
  tab: string;
  row: number;
  at: number;
  name: string;
  pupilId: string;
  fuzzy: boolean;
  instrument: string;
  phase: 'pre' | 'post';
  score: number | null;
  subscales: Record<string, number | null>;
  answered: string;
}

function expectations(input: WorkbookModel): Expected[] {
  const [registerHeader, ...register] = values(sheetNamed(input, 'Pupils'));
  const idColumn = registerHeader!.indexOf('UPN');
  const nameColumn = registerHeader!.indexOf('Pupil');
  const ids = new Map(register.map((r) => [key(String(r[nameColumn])), String(r[idColumn])]));
  const srs = srsItems();
  const out: Expected[] = [];
  for (const tab of ['Form Responses 1', 'Form Responses 2']) {
    const [headers, ...rows] = values(sheetNamed(input, tab)) as [string[], ...unknown[][]];
    const isSlss = headers.some((h) => h.includes(SLSS_ITEMS[0]!));
    const columns = isSlss
      ? gridColumns(
          headers,
          SLSS_ITEMS.map((text) => ({ stem: '', text })),
        )
      : gridColumns(headers, srs);
    rows.forEach((cells, index) => {
      const typed = String(cells[1]);
      // The one planted typo: a surname missing its last letter.
      const fuzzy = typed === 'Sienna Wilso';
      const pupilId = ids.get(key(fuzzy ? 'Sienna Wilson' : typed)) ?? '';
      const answers = columns.map((c) => cells[c]);
      const scored = isSlss ? { ...slssScore(answers), subscales: {} } : srsScore(srs, answers);
      const phaseWord = String(cells[2]).toLowerCase();
      out.push({
        tab,
        row: index + 2,
        at: (cells[0] as Date).getTime(),
        name: typed,
        pupilId,
        fuzzy,
        instrument: isSlss ? SLSS_NAME : SRS_NAME,
        phase: /start|before/.test(phaseWord) ? 'pre' : 'post',
        score: scored.score,
        subscales: scored.subscales,
        answered: `${scored.answered} of ${columns.length}`,
      });
    });
  }
  return out;
}

/** Every response but the latest of its pupil, questionnaire and phase; fuzzy matches stand apart. */
function duplicates(expected: readonly Expected[]): Set<Expected> {
  const latest = new Map<string, Expected>();
  for (const e of [...expected].sort((a, b) => a.at - b.at))
    if (e.pupilId !== '' && !e.fuzzy) latest.set(`${e.pupilId}|${e.instrument}|${e.phase}`, e);
  return new Set(expected.filter((e) => e.pupilId !== '' && !e.fuzzy && latest.get(`${e.pupilId}|${e.instrument}|${e.phase}`) !== e));
}

describe.skipIf(!haveExample)('scores on the Oakfield example', () => {
  let rows: Record<string, unknown>[] = [];
  let expected: Expected[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    const out = mkdtempSync(join(tmpdir(), 'ip-oakfield-'));
    const run = runCli(['score', '--in', TIDY_EXAMPLE, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    rows = scoreRows(await readWorkbook(join(out, 'workbook.xlsx')));
    expected = expectations(await readWorkbook(TIDY_EXAMPLE));
  }, 120_000);

  it('has one row per response of both tabs, each scored as the instruments say', () => {
    expect(rows).toHaveLength(expected.length);
    const dupes = duplicates(expected);
    for (const e of expected) {
      const row = rows.find((r) => r['Source tab'] === e.tab && r['Source row'] === e.row);
      const where = `${e.tab} row ${e.row}`;
      expect(row, where).toBeDefined();
      expect(row!['Pupil ID'], where).toBe(e.pupilId);
      expect([row!.Instrument, row!.Phase, row!.Answered], where).toEqual([e.instrument, e.phase, e.answered]);
      // The SRS's overall mean is not a validated score: it stands apart, labelled so.
      const total = e.instrument === SRS_NAME ? 'Total (not validated)' : 'Score';
      if (e.instrument === SRS_NAME) expect(row!.Score, where).toBe('');
      if (e.score === null) expect(row![total], where).toBe('');
      else expect(row![total] as number, where).toBeCloseTo(e.score, 10);
      for (const [name, value] of Object.entries(e.subscales)) {
        if (value === null) expect(row![name], `${where} ${name}`).toBe('');
        else expect(row![name] as number, `${where} ${name}`).toBeCloseTo(value, 10);
      }
      const flags = new Set(
        String(row!.Flags)
          .split(', ')
          .filter((f) => f !== ''),
      );
      const wanted = new Set([
        ...(e.pupilId === '' ? ['unmatched-pupil'] : []),
        ...(e.fuzzy ? ['fuzzy-match'] : []),
        ...(e.score === null || Object.values(e.subscales).some((v) => v === null) ? ['incomplete'] : []),
        ...(dupes.has(e) ? ['duplicate'] : []),
      ]);
      expect(flags, where).toEqual(wanted);
    }
  });

  it('handles the planted cases', () => {
    const at = (tab: string, row: number) => rows.find((r) => r['Source tab'] === tab && r['Source row'] === row)!;
    const byName = (name: string) => expected.filter((e) => e.name.trim().toLowerCase() === name.toLowerCase());
    // A skipped item: scored from the six answered.
    const skipped = expected.find((e) => e.instrument === SLSS_NAME && e.answered === '6 of 7')!;
    expect(skipped.score).not.toBeNull();
    expect(at(skipped.tab, skipped.row).Score as number).toBeCloseTo(skipped.score!, 10);
    // Sophia Patel again, in capitals with a trailing space: the earlier start row is the duplicate.
    const sophia = byName('Sophia Patel')
      .filter((e) => e.phase === 'pre')
      .sort((a, b) => a.at - b.at);
    expect(sophia).toHaveLength(2);
    expect(sophia[1]!.name).toBe('SOPHIA PATEL ');
    expect(at(sophia[0]!.tab, sophia[0]!.row).Flags).toBe('duplicate');
    expect(at(sophia[1]!.tab, sophia[1]!.row).Flags).toBe('');
    // A surname missing its last letter: matched to Sienna Wilson, for a person to confirm.
    const sienna = byName('Sienna Wilso')[0]!;
    expect(at(sienna.tab, sienna.row)).toMatchObject({ Pupil: 'Sienna Wilson', Flags: 'fuzzy-match' });
    // A pupil on no register: kept without a pupil.
    const noah = byName('Noah Fernsby')[0]!;
    expect(at(noah.tab, noah.row)).toMatchObject({ 'Pupil ID': '', Pupil: 'Noah Fernsby', Flags: 'unmatched-pupil' });
    // Pupils with a start but no end response are scored at the start and have nothing at the end.
    const startOnly = [...new Set(expected.filter((e) => e.pupilId !== '' && e.phase === 'pre').map((e) => e.pupilId))].filter(
      (id) => !expected.some((e) => e.pupilId === id && e.phase === 'post'),
    );
    expect(startOnly.length).toBeGreaterThanOrEqual(2);
    for (const id of startOnly) {
      expect(rows.some((r) => r['Pupil ID'] === id && r.Phase === 'pre')).toBe(true);
      expect(rows.some((r) => r['Pupil ID'] === id && r.Phase === 'post')).toBe(false);
    }
  });
});
