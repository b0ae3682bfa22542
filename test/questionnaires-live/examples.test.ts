/**
 * `npm run local -- score` on the tidy example workbook (shared or generated, whichever the run
 * uses) writes Scores for every response tab, and every row's score and subscales equal what this
 * test works out from the raw answers with the published facts alone, planted cases included:
 * the planted names and submissions are read from the workbook (test/support/example-facts.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import type { PlantedResponses } from '../../tools/example/planted';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { runCli } from '../support/cli';
import { nameKey, plantedFacts, readRegister, readResponses } from '../support/example-facts';
import { EXAMPLES } from '../support/examples';
import { gridColumns, SLSS_ITEMS, SLSS_NAME, slssScore, SRS_NAME, srsItems, srsScore } from './facts';
import { scoreRows, sheetNamed, values } from './helpers';

const { path, layout } = EXAMPLES.tidy;

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

function expectations(input: WorkbookModel, planted: PlantedResponses): Expected[] {
  const ids = new Map(readRegister(input, layout).map((r) => [nameKey(r.name), r.pupilId]));
  const meant = new Map(planted.misspelt.map((m) => [m.typed, m.pupil]));
  const srs = srsItems();
  const columnsOf = new Map(
    layout.responses.map((tab) => {
      const headers = (values(sheetNamed(input, tab))[0] ?? []).map(String);
      const isSlss = headers.some((h) => h.includes(SLSS_ITEMS[0]!));
      const items = isSlss ? SLSS_ITEMS.map((text) => ({ stem: '', text })) : srs;
      return [tab, { isSlss, columns: gridColumns(headers, items) }];
    }),
  );
  return readResponses(input, layout).map((response) => {
    const { isSlss, columns } = columnsOf.get(response.tab)!;
    const cells = values(sheetNamed(input, response.tab))[response.row - 1] ?? [];
    const answers = columns.map((c) => cells[c]);
    const scored = isSlss ? { ...slssScore(answers), subscales: {} } : srsScore(srs, answers);
    const fuzzy = meant.has(response.typed);
    return {
      tab: response.tab,
      row: response.row,
      at: (response.submitted as Date).getTime(),
      name: response.typed,
      pupilId: ids.get(nameKey(meant.get(response.typed) ?? response.typed)) ?? '',
      fuzzy,
      instrument: isSlss ? SLSS_NAME : SRS_NAME,
      phase: response.phase,
      score: scored.score,
      subscales: scored.subscales,
      answered: `${scored.answered} of ${columns.length}`,
    };
  });
}

/** Every response but the latest of its pupil, questionnaire and phase; fuzzy matches stand apart. */
function duplicates(expected: readonly Expected[]): Set<Expected> {
  const latest = new Map<string, Expected>();
  for (const e of [...expected].sort((a, b) => a.at - b.at))
    if (e.pupilId !== '' && !e.fuzzy) latest.set(`${e.pupilId}|${e.instrument}|${e.phase}`, e);
  return new Set(expected.filter((e) => e.pupilId !== '' && !e.fuzzy && latest.get(`${e.pupilId}|${e.instrument}|${e.phase}`) !== e));
}

describe(`scores on the ${EXAMPLES.origin} example (${EXAMPLES.tidy.file})`, () => {
  let rows: Record<string, unknown>[] = [];
  let expected: Expected[] = [];
  let planted: PlantedResponses;

  beforeAll(async () => {
    await ensureBuilt();
    const out = mkdtempSync(join(tmpdir(), 'ip-scores-'));
    const run = runCli(['score', '--in', path, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    rows = scoreRows(await readWorkbook(join(out, 'workbook.xlsx')));
    const input = await readWorkbook(path);
    planted = plantedFacts(input, layout).responses;
    expected = expectations(input, planted);
  });

  it('has one row per response of every tab, each scored as the instruments say', () => {
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
    const at = (e: Expected) => rows.find((r) => r['Source tab'] === e.tab && r['Source row'] === e.row)!;
    const typed = (name: string) => expected.filter((e) => e.name === name);
    // A skipped item: scored from the items answered.
    expect(planted.skipped.length).toBeGreaterThan(0);
    const skipped = expected.filter((e) => e.instrument === SLSS_NAME && e.answered === `${SLSS_ITEMS.length - 1} of ${SLSS_ITEMS.length}`);
    expect(skipped.length).toBeGreaterThan(0);
    for (const e of skipped) {
      expect(e.score).not.toBeNull();
      expect(at(e).Score as number).toBeCloseTo(e.score!, 10);
    }
    // A pupil who submitted twice, the second time typed differently: the earlier row is the duplicate.
    expect(planted.duplicates.length).toBeGreaterThan(0);
    for (const twice of planted.duplicates) {
      const later = typed(twice.typed)[0]!;
      const both = expected.filter((e) => e.pupilId === later.pupilId && e.instrument === later.instrument && e.phase === later.phase);
      const [earlier, last] = both.sort((a, b) => a.at - b.at);
      expect(both).toHaveLength(2);
      expect(last).toBe(later);
      expect(nameKey(twice.typed)).toBe(nameKey(twice.pupil));
      expect(at(earlier!).Flags).toBe('duplicate');
      expect(at(later).Flags).toBe('');
    }
    // A name missing a letter: matched to the pupil it belongs to, for a person to confirm.
    expect(planted.misspelt.length).toBeGreaterThan(0);
    for (const { typed: name, pupil } of planted.misspelt)
      for (const e of typed(name)) expect(at(e)).toMatchObject({ Pupil: pupil, Flags: 'fuzzy-match' });
    // A pupil on no register: kept without a pupil.
    expect(planted.unknown.length).toBeGreaterThan(0);
    for (const name of planted.unknown)
      for (const e of typed(name)) expect(at(e)).toMatchObject({ 'Pupil ID': '', Pupil: name, Flags: 'unmatched-pupil' });
    // Pupils with a start but no end response are scored at the start and have nothing at the end.
    const startOnly = [...new Set(expected.filter((e) => e.pupilId !== '' && e.phase === 'pre').map((e) => e.pupilId))].filter(
      (id) => !expected.some((e) => e.pupilId === id && e.phase === 'post'),
    );
    expect(startOnly.length).toBeGreaterThan(0);
    for (const id of startOnly) {
      expect(rows.some((r) => r['Pupil ID'] === id && r.Phase === 'pre')).toBe(true);
      expect(rows.some((r) => r['Pupil ID'] === id && r.Phase === 'post')).toBe(false);
    }
  });
});
