/**
 * The facts the acceptance tests read from an example workbook are the true ones: on the
 * generator's own workbooks they equal the generator's record of what it planted, and the set in
 * use (shared or generated) has every kind of planted problem.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANTED_FILE, writeExampleSet } from '../../tools/example/example-set';
import type { PlantedRecord } from '../../tools/example/planted';
import { readWorkbook } from '../../tools/xlsx/read';
import { plantedFacts } from './example-facts';
import { EXAMPLES, exampleSet, GENERATED_SCHOOL } from './examples';

describe('facts read from the generator’s workbooks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ip-example-facts-'));
  let record: PlantedRecord;
  beforeAll(async () => {
    await writeExampleSet(dir, GENERATED_SCHOOL);
    record = JSON.parse(readFileSync(join(dir, PLANTED_FILE), 'utf8')) as PlantedRecord;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const { tidy, messy } = exampleSet('generated');
  it.each([tidy, messy])('equal what the generator planted in $file', async (workbook) => {
    const read = await readWorkbook(join(dir, workbook.file));
    expect(plantedFacts(read, workbook.layout)).toEqual(record);
  });
});

describe('the generated example set', () => {
  const { tidy, messy } = exampleSet('generated');
  it.each([tidy, messy])('plants a placement without a target and a target without a baseline in $file', async (workbook) => {
    const facts = plantedFacts(await readWorkbook(workbook.path), workbook.layout);
    expect(facts.findings.filter((f) => f.rule === 'no-target')).toHaveLength(1);
    expect(facts.findings.filter((f) => f.rule === 'target-not-smart')).toHaveLength(1);
  });
});

describe(`the ${EXAMPLES.origin} example set`, () => {
  it.each([EXAMPLES.tidy, EXAMPLES.messy])('plants every kind of problem in $file', async (workbook) => {
    const facts = plantedFacts(await readWorkbook(workbook.path), workbook.layout);
    const rules = new Set(facts.findings.map((f) => f.rule));
    for (const rule of ['size-above-max', 'size-below-min', 'keep-apart', 'gender-balance', 'send-load', 'need-mismatch', 'no-consent'])
      expect(rules, rule).toContain(rule);
    expect(facts.singlePupilProgrammes.length).toBeGreaterThan(0);
    const { misspelt, unknown, duplicates, skipped } = facts.responses;
    expect([misspelt.length, unknown.length, duplicates.length, skipped.length].every((n) => n > 0)).toBe(true);
  });
});
