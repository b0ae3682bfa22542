/**
 * `npm run local -- groups` on the shared example workbooks writes `Group check` with exactly the
 * findings the examples were built to contain (issue 4), and no others. The expected rows are
 * worked out here from the input workbook's own cells, per the planted list, not from the add-in.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import type { ActionReport, Result } from '../../src/shared/api';
import { openSession } from '../../tools/local/session';
import { readWorkbook } from '../../tools/xlsx/read';
import { ensureBuilt } from '../support/built';
import { runCli } from '../support/cli';
import { haveSharedExamples, MESSY_EXAMPLE, TIDY_EXAMPLE } from '../support/shared-examples';
import { tabValues } from './support';

interface Layout {
  readonly file: string;
  readonly register: string;
  readonly headerRow: number;
  readonly keepApart: string;
  readonly columns: {
    readonly name?: string;
    readonly forename?: string;
    readonly surname?: string;
    readonly type: string;
    readonly reason: string;
    readonly group: string;
    readonly consent: string;
    readonly sen: string;
    readonly gender: string;
  };
}

const LAYOUTS: readonly Layout[] = [
  {
    file: TIDY_EXAMPLE,
    register: 'Pupils',
    headerRow: 1,
    keepApart: 'Keep apart',
    columns: {
      name: 'Pupil',
      type: 'Type',
      reason: 'Reason for referral',
      group: 'Group',
      consent: 'Consent',
      sen: 'SEN',
      gender: 'Gender',
    },
  },
  {
    file: MESSY_EXAMPLE,
    register: 'Intervention Register 26-27',
    headerRow: 4,
    keepApart: 'Do not group',
    columns: {
      forename: 'Forename',
      surname: 'Surname',
      type: '1-1 / group',
      reason: 'Why referred',
      group: 'Grp',
      consent: 'Parental consent',
      sen: 'SEN Stat',
      gender: 'Sex',
    },
  },
];

interface Row {
  readonly name: string;
  readonly row: number;
  readonly type: string;
  readonly reason: string;
  readonly group: string;
  readonly consent: string;
  readonly sen: string;
  readonly gender: string;
}

const text = (value: unknown): string => String(value ?? '').trim();
const tidyName = (name: string): string => name.replace(/\s+/g, ' ').trim();

function registerRows(workbook: WorkbookModel, layout: Layout): Row[] {
  const cells = tabValues(workbook, layout.register);
  const headers = (cells[layout.headerRow - 1] ?? []).map(text);
  const at = (row: readonly string[], header: string | undefined): string =>
    header === undefined ? '' : text(row[headers.indexOf(header)]);
  const c = layout.columns;
  return cells.flatMap((row, i) => {
    const name = c.name ? at(row, c.name) : `${at(row, c.forename)} ${at(row, c.surname)}`;
    if (i < layout.headerRow || tidyName(name) === '' || /^total/i.test(text(row[0]))) return [];
    return [
      {
        name: tidyName(name),
        row: i + 1,
        type: at(row, c.type).toLowerCase(),
        reason: at(row, c.reason),
        group: at(row, c.group),
        consent: at(row, c.consent),
        sen: at(row, c.sen),
        gender: at(row, c.gender),
      },
    ];
  });
}

/** `Surname, Forename` or `Forename Surname`, as the keep-apart tab writes it. */
function asDisplayed(written: string): string {
  const [surname, forename] = written.split(',').map((part) => part.trim());
  return tidyName(forename === undefined ? written : `${forename} ${surname}`);
}

/** [group, status, rule, pupils sorted] for every finding the example plants, and an OK row for every other group and 1-1. */
function plantedRows(workbook: WorkbookModel, layout: Layout): string[] {
  const rows = registerRows(workbook, layout);
  const members = (group: string) => rows.filter((r) => r.group === group && r.type === 'group');
  const names = (list: readonly Row[]) => list.map((r) => r.name);
  const hasSen = (r: Row) => r.sen !== '' && !/^n$/i.test(r.sen);
  const line = (group: string, status: string, rule: string, pupils: readonly string[]) =>
    JSON.stringify([group, status, rule, [...pupils].sort()]);

  const anger = members('Anger Y9-10');
  const attendance = members('Attendance Y7');
  const boxing = members('Boxing KS4');
  const literacy = members('Literacy Y7');
  const mentalHealth = members('Mental health Y11');
  // The planted facts, checked on the input itself before they are expected of the add-in.
  expect([anger.length, attendance.length, boxing.length, literacy.length]).toEqual([11, 4, 7, 6]);
  expect(boxing.every((r) => /^m/i.test(r.gender))).toBe(true);
  expect(literacy.filter(hasSen)).toHaveLength(4);

  const pair = tabValues(workbook, layout.keepApart)
    .slice(1)
    .map((r) => [asDisplayed(text(r[0])), asDisplayed(text(r[1]))])
    .find(([a, b]) => names(anger).includes(a ?? '') && names(anger).includes(b ?? ''));
  expect(pair).toBeDefined();
  const reasons = literacy.map((r) => r.reason);
  const usual = reasons.find((reason) => reasons.filter((x) => x === reason).length > literacy.length / 2);
  const mismatched = literacy.filter((r) => r.reason !== usual);
  expect(mismatched).toHaveLength(1);
  const noConsent = mentalHealth.filter((r) => r.consent === '');
  expect(noConsent).toHaveLength(2);

  return [
    line('Self-esteem Y8', 'OK', '', []),
    line('Anger Y9-10', 'Problem', 'size-above-max', names(anger)),
    line('Anger Y9-10', 'Problem', 'keep-apart', pair ?? []),
    line('Attendance Y7', 'Problem', 'size-below-min', names(attendance)),
    line('Boxing KS4', 'Warning', 'gender-balance', names(boxing)),
    line('Literacy Y7', 'Warning', 'send-load', names(literacy.filter(hasSen))),
    line('Literacy Y7', 'Warning', 'need-mismatch', names(mismatched)),
    ...noConsent.map((r) => line('Mental health Y11', 'Warning', 'no-consent', [r.name])),
    ...rows.filter((r) => r.type === '1-1').map((r) => line(`1-1: ${r.name}`, 'OK', '', [])),
  ].sort();
}

function groupCheckRows(workbook: WorkbookModel): string[] {
  const [header, ...rows] = tabValues(workbook, 'Group check');
  expect(header).toEqual(['Group', 'Status', 'Rule', 'Detail', 'Pupils']);
  return rows
    .map(([group, status, rule, , pupils]) => JSON.stringify([group, status, rule, (pupils ?? '').split(', ').filter(Boolean).sort()]))
    .sort();
}

describe.skipIf(!haveSharedExamples)('Check groups on the shared examples', () => {
  beforeAll(ensureBuilt);

  it.each(LAYOUTS)('the local runner writes exactly the planted findings for $register', async (layout) => {
    const out = mkdtempSync(join(tmpdir(), 'ip-groups-live-'));
    const run = runCli(['groups', '--in', layout.file, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [input, output] = await Promise.all([readWorkbook(layout.file), readWorkbook(join(out, 'workbook.xlsx'))]);
    expect(groupCheckRows(output)).toEqual(plantedRows(input, layout));
  });

  it.each(LAYOUTS)('hands the sidebar the same findings, each pointing at its pupils’ register rows ($register)', async (layout) => {
    const input = await readWorkbook(layout.file);
    const rows = registerRows(input, layout);
    const session = openSession(await readWorkbook(layout.file));
    const result = session.script.runFromSidebar('apiCheckGroups') as Result<ActionReport>;
    if (!result.ok) throw new Error(result.error);
    const findings = result.data.findings ?? [];
    expect(findings.map((f) => JSON.stringify([f.group, f.status, f.rule ?? '', [...f.pupils].sort()])).sort()).toEqual(
      plantedRows(input, layout),
    );
    for (const finding of findings) {
      const wanted = finding.pupils.map(
        (name) => rows.find((r) => r.name === name && (r.group === finding.group || `1-1: ${r.name}` === finding.group))?.row,
      );
      const registerRowsOf = finding.rows.filter((ref) => ref.tab === layout.register).map((ref) => ref.row);
      for (const row of wanted) expect(registerRowsOf).toContain(row);
      expect(finding.rows.length).toBeGreaterThan(0);
    }
  });
});
