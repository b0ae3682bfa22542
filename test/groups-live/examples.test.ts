/**
 * `npm run local -- groups` on the example workbooks writes `Group check` with exactly the
 * findings the examples were built to contain, and no others. The expected rows are worked out
 * from the input workbook's own cells (test/support/example-facts.ts), not from the add-in.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import type { ActionReport, Result } from '../../src/shared/api';
import type { PlantedRule } from '../../tools/example/planted';
import { openSession } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { runCli } from '../support/cli';
import { groupMembers, plantedFacts, readRegister } from '../support/example-facts';
import { EXAMPLES, type WorkbookLayout } from '../support/examples';
import { tabValues } from './support';

/** The README's statuses: a group that cannot run as it is is a Problem, the rest are Warnings. */
const STATUS: Readonly<Record<PlantedRule, 'Problem' | 'Warning'>> = {
  'size-above-max': 'Problem',
  'size-below-min': 'Problem',
  'keep-apart': 'Problem',
  'gender-balance': 'Warning',
  'send-load': 'Warning',
  'need-mismatch': 'Warning',
  'no-consent': 'Warning',
  'no-target': 'Warning',
  'target-not-smart': 'Warning',
};

const line = (group: string, status: string, rule: string, pupils: readonly string[]): string =>
  JSON.stringify([group, status, rule, [...pupils].sort()]);

/** [group, status, rule, pupils sorted] for every planted finding, and an OK row for every other group and 1-1. */
function plantedRows(workbook: WorkbookModel, layout: WorkbookLayout): string[] {
  const register = readRegister(workbook, layout);
  // The runner reads today's date from the clock, and Group check leaves an ended placement's targets alone.
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const findings = plantedFacts(workbook, layout).findings.filter((f) => f.until === undefined || f.until >= today);
  const flagged = new Set(findings.map((f) => f.group));
  const unflagged = [...groupMembers(register).keys()].filter((group) => !flagged.has(group));
  expect(unflagged.length).toBeGreaterThan(0);
  return [
    ...findings.map((f) => line(f.group, STATUS[f.rule], f.rule, f.pupils)),
    ...unflagged.map((group) => line(group, 'OK', '', [])),
    ...register.filter((r) => r.type === '1-1' && !flagged.has(`1-1: ${r.name}`)).map((r) => line(`1-1: ${r.name}`, 'OK', '', [])),
  ].sort();
}

function groupCheckRows(workbook: WorkbookModel): string[] {
  const [header, ...rows] = tabValues(workbook, 'Group check');
  expect(header).toEqual(['Group', 'Status', 'Rule', 'Detail', 'Pupils']);
  return rows
    .map(([group = '', status = '', rule = '', , pupils]) => line(group, status, rule, (pupils ?? '').split(', ').filter(Boolean)))
    .sort();
}

describe(`Check groups on the ${EXAMPLES.origin} examples`, () => {
  beforeAll(ensureBuilt);

  it.each([EXAMPLES.tidy, EXAMPLES.messy])('the local runner writes exactly the planted findings for $file', async ({ path, layout }) => {
    const out = mkdtempSync(join(tmpdir(), 'ip-groups-live-'));
    const run = runCli(['groups', '--in', path, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [input, output] = await Promise.all([readWorkbook(path), readWorkbook(join(out, 'workbook.xlsx'))]);
    expect(groupCheckRows(output)).toEqual(plantedRows(input, layout));
  });

  it.each([EXAMPLES.tidy, EXAMPLES.messy])(
    'hands the sidebar the same findings, each pointing at its pupils’ register rows ($file)',
    async ({ path, layout }) => {
      const input = await readWorkbook(path);
      const rows = readRegister(input, layout);
      const session = openSession(await readWorkbook(path));
      const result = session.script.runFromSidebar('apiCheckGroups') as Result<ActionReport>;
      if (!result.ok) throw new Error(result.error);
      const findings = result.data.findings ?? [];
      expect(findings.map((f) => line(f.group, f.status, f.rule ?? '', f.pupils)).sort()).toEqual(plantedRows(input, layout));
      for (const finding of findings) {
        const wanted = finding.pupils.map(
          (name) => rows.find((r) => r.name === name && (r.group === finding.group || `1-1: ${r.name}` === finding.group))?.row,
        );
        const registerRowsOf = finding.rows.filter((ref) => ref.tab === layout.register).map((ref) => ref.row);
        for (const row of wanted) expect(registerRowsOf).toContain(row);
        expect(finding.rows.length).toBeGreaterThan(0);
      }
    },
  );
});
