import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isModelDate } from '../../emulator/model';
import { INPUT_TABS, withFoundInputTabs } from '../../src/core/cycle';
import { detectMapping, readSchool } from '../../src/core/setup';
import type { IsoDate } from '../../src/core/values';
import { defaultSettings } from '../../src/core/settings';
import { parseCommand, workbooksFor } from '../../tools/example/cli';
import { REGISTER_HEADER_ROW, REGISTER_HEADERS, REGISTER_TABS, registerWorkbook } from '../../tools/example/layouts/register';
import { TIDY_REGISTER_HEADERS, TIDY_TABS, tidyWorkbook } from '../../tools/example/layouts/tidy';
import { SLSS_LABELS, SRS_ITEMS } from '../../tools/example/questionnaires';
import { generateSchool } from '../../tools/example/school';
import { writeWorkbook } from '../../tools/xlsx/write';
import { sheetNamed, sheetValues, snapshotOf } from './helpers';

const school = generateSchool({ pupils: 200, seed: 2026 });
const tidy = tidyWorkbook(school);
const register = registerWorkbook(school);
const slotHeaders = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].flatMap((day) => [1, 2, 3, 4, 5, 6].map((lesson) => `${day} ${lesson}`));
const isBlankRow = (row: readonly unknown[]): boolean => row.every((v) => v === '');

describe('tidy layout', () => {
  const values = sheetValues(sheetNamed(tidy, TIDY_TABS.register));

  it('has the tabs a tidy school keeps', () => {
    expect(tidy.sheets.map((s) => s.name)).toEqual(Object.values(TIDY_TABS));
  });

  it('has one register row per placement under one header row, then a blank and an averages row', () => {
    expect(values[0]).toEqual(TIDY_REGISTER_HEADERS);
    expect(values.length).toBe(1 + school.placements.length + 2);
    expect(isBlankRow(values[values.length - 2]!)).toBe(true);
    const total = sheetNamed(tidy, TIDY_TABS.register).cells[values.length - 1]!;
    expect(total[1]?.value).toBe('Average');
    const att = TIDY_REGISTER_HEADERS.indexOf('Attendance (start %)');
    expect(total[att]?.formula).toBe(`=AVERAGE(R2:R${school.placements.length + 1})`);
    const measured = school.placements.flatMap((p) => (p.measures ? [p.measures.attendance.start] : []));
    expect(total[att]?.value).toBeCloseTo(measured.reduce((a, b) => a + b, 0) / measured.length, 2);
  });

  it('writes dates as dates, SEN as N/K/E and PP as Y/N', () => {
    const col = (h: string): number => TIDY_REGISTER_HEADERS.indexOf(h);
    const data = values.slice(1, 1 + school.placements.length);
    const grouped = data.filter((row) => row[col('Type')] === 'Group');
    expect(grouped.length).toBeGreaterThan(0);
    expect(grouped.every((row) => isModelDate(row[col('Start date')]) && isModelDate(row[col('End date')]))).toBe(true);
    expect(new Set(data.map((row) => row[col('SEN')]))).toEqual(new Set(['N', 'K', 'E']));
    expect(new Set(data.map((row) => row[col('PP')]))).toEqual(new Set(['Y', 'N']));
    expect(sheetNamed(tidy, TIDY_TABS.register).cells[1]?.[col('Start date')]?.numberFormat).toBe('dd/mm/yyyy');
  });

  it('has a lesson timetable by year and form, and staff availability, Mon 1 … Fri 6', () => {
    const lessons = sheetValues(sheetNamed(tidy, TIDY_TABS.lessons));
    expect(lessons[0]).toEqual(['Year / form', ...slotHeaders]);
    expect(lessons.slice(1).map((row) => row[0])).toEqual(school.lessons.map((row) => row.key));
    expect(lessons.map((row) => row[0])).toEqual(expect.arrayContaining(['Year 7', 'Year 11']));
    expect(lessons.slice(1).some((row) => /^\d{1,2}[A-E]$/.test(String(row[0])))).toBe(true);
    const staff = sheetValues(sheetNamed(tidy, TIDY_TABS.staff));
    expect(staff[0]).toEqual(['Staff', 'Role', 'Hourly cost', ...slotHeaders]);
    expect(staff.length - 1).toBe(school.staff.length);
    expect(
      staff
        .slice(1)
        .flatMap((row) => row.slice(3))
        .some((v) => v === ''),
    ).toBe(true);
  });

  it('has Google Forms response tabs: SLSS in words, SRS in numbers', () => {
    const slss = sheetValues(sheetNamed(tidy, TIDY_TABS.slss));
    expect(slss[0]!.slice(0, 4)).toEqual([
      'Timestamp',
      'Your name',
      'Which questionnaire is this?',
      'How much do you agree with each statement? [My life is going well]',
    ]);
    expect(slss.length - 1).toBe(school.slss.length);
    expect(new Set(slss.slice(1).map((row) => row[2]))).toEqual(new Set(['Start of the programme', 'End of the programme']));
    expect(
      slss
        .slice(1)
        .flatMap((row) => row.slice(3))
        .every((v) => v === '' || SLSS_LABELS.includes(String(v))),
    ).toBe(true);
    const srs = sheetValues(sheetNamed(tidy, TIDY_TABS.srs));
    expect(srs[0]).toHaveLength(3 + SRS_ITEMS.length);
    expect(
      srs
        .slice(1)
        .flatMap((row) => row.slice(3))
        .every((v) => typeof v === 'number' && v >= 1 && v <= 5),
    ).toBe(true);
  });
});

describe('register layout', () => {
  const name = REGISTER_TABS.register(school);
  const sheet = sheetNamed(register, name);
  const values = sheetValues(sheet);

  it('has title rows, a blank row and the headers on row 4', () => {
    expect(register.sheets.map((s) => s.name)).toEqual([
      name,
      'Curriculum',
      'Group list',
      'do not group',
      'Form responses 1',
      'Targets',
      'Reviews',
    ]);
    expect(String(values[0]![0])).toMatch(/INTERVENTIONS REGISTER 2026-27/);
    expect(isBlankRow(values[2]!)).toBe(true);
    expect(values[REGISTER_HEADER_ROW - 1]).toEqual(REGISTER_HEADERS);
  });

  it('lists every placement, with blank rows between sections and a TOTAL row', () => {
    const body = values.slice(REGISTER_HEADER_ROW);
    const rows = body.filter((row) => !isBlankRow(row));
    expect(rows.length).toBe(school.placements.length + 1);
    expect(body.filter(isBlankRow)).toHaveLength(3);
    const totalRow = sheet.cells[values.length - 1]!;
    expect(totalRow[0]?.value).toBe('TOTAL');
    expect(totalRow[REGISTER_HEADERS.indexOf('Att% before')]?.formula).toMatch(/^=AVERAGE\(S5:S\d+\)$/);
  });

  it('types dates as dd/mm/yyyy text and keeps formula results', () => {
    const starts = values
      .slice(REGISTER_HEADER_ROW)
      .map((row) => row[REGISTER_HEADERS.indexOf('Starts')])
      .filter((v) => v !== '' && v !== undefined);
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.every((v) => typeof v === 'string' && /^\d{2}\/\d{2}\/\d{4}$/.test(v))).toBe(true);
    const change = REGISTER_HEADERS.indexOf('Att change');
    const first = sheet.cells[REGISTER_HEADER_ROW]!;
    expect(first[change]?.formula).toBe('=T5-S5');
    expect(first[change]?.value).toBeCloseTo(Number(first[19]?.value) - Number(first[18]?.value), 5);
  });

  it('writes the keep-apart list as Surname, Forename and the curriculum by year', () => {
    const doNot = sheetValues(sheetNamed(register, 'do not group'));
    expect(doNot[0]).toEqual(['Student 1', 'Student 2', 'Notes']);
    expect(doNot.slice(1).every((row) => /^[^,]+, [^,]+$/.test(String(row[0])))).toBe(true);
    const curriculum = sheetValues(sheetNamed(register, 'Curriculum'));
    expect(curriculum[0]![0]).toBe('Yr');
    expect(curriculum[0]![1]).toBe('Monday P1');
    expect(curriculum[0]![30]).toBe('Friday P6');
  });
});

describe('the add-in understands both layouts with no mapping file', () => {
  it.each([
    ['tidy', tidy, TIDY_TABS.register, 1],
    ['register', register, REGISTER_TABS.register(school), REGISTER_HEADER_ROW],
  ] as const)('finds every part of the %s layout', (_layout, workbook, registerTab, headerRow) => {
    const snapshot = snapshotOf(workbook);
    const mapping = detectMapping(snapshot);
    expect(mapping.register?.tab).toBe(registerTab);
    expect(mapping.register?.headerRow).toBe(headerRow);
    expect(mapping.register?.measures.map((m) => m.id).sort()).toEqual([
      'attendance',
      'behaviour-points',
      'bullying',
      'exclusions',
      'reading-age',
    ]);
    expect(mapping.groups).not.toBeNull();
    expect(mapping.keepApart).not.toBeNull();
    expect(mapping.lessonTimetable).not.toBeNull();
    expect(mapping.responses.length).toBeGreaterThan(0);
    const { data } = readSchool(snapshot, mapping, defaultSettings());
    expect(data.groups.map((g) => g.name)).toEqual(school.groups.map((g) => g.name));
    expect(data.placements.filter((p) => p.type === 'group')).toHaveLength(school.placements.filter((p) => p.type === 'group').length);
    expect(data.keepApart).toHaveLength(school.keepApart.length);
  });
});

describe('cli', () => {
  it('defaults to 200 pupils, seed 2026, both layouts, into out/examples/ (ignored by git)', () => {
    const command = parseCommand([]);
    expect(command).toMatchObject({ pupils: 200, seed: 2026, layout: 'both' });
    expect(command.out).toBe(join(import.meta.dirname, '..', '..', 'out', 'examples'));
    expect(parseCommand(['--pupils', '80', '--seed', '3', '--layout', 'tidy', '--out', '/tmp/x'])).toEqual({
      pupils: 80,
      seed: 3,
      layout: 'tidy',
      out: '/tmp/x',
    });
  });

  it('rejects bad arguments', () => {
    expect(() => parseCommand(['--layout', 'messy'])).toThrow(/--layout/);
    expect(() => parseCommand(['--pupils', '12'])).toThrow(/at least 60/);
    expect(() => parseCommand(['--seed', 'abc'])).toThrow(/whole number/);
  });

  it('writes the chosen layouts as .xlsx files', async () => {
    expect(workbooksFor(school, 'register').map(([file]) => file)).toEqual(['example-register.xlsx']);
    const dir = await mkdtemp(join(tmpdir(), 'example-'));
    try {
      for (const [file, model] of workbooksFor(generateSchool({ pupils: 60, seed: 1 }), 'both'))
        await writeWorkbook(model, join(dir, file));
      expect((await readdir(dir)).sort()).toEqual(['example-register.xlsx', 'example-tidy.xlsx']);
      expect((await stat(join(dir, 'example-tidy.xlsx'))).size).toBeGreaterThan(5000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the cycle’s tabs, in the columns of the add-in’s own input tabs', () => {
  const layouts = [
    { layout: 'tidy', workbook: tidy, id: (pupilId: string) => pupilId, isDate: (v: unknown) => isModelDate(v) },
    {
      layout: 'register',
      workbook: register,
      id: (pupilId: string) => school.pupils.find((p) => p.id === pupilId)?.admissionNo,
      isDate: (v: unknown) => typeof v === 'string' && /^\d{2}\/\d{2}\/\d{4}$/.test(v),
    },
  ] as const;

  it.each(layouts)(
    '$layout: a row per target and per review, with the IDs and dates the rest of the workbook uses',
    ({ workbook, id, isDate }) => {
      for (const [tab, kind, records] of [
        ['Targets', 'targets', school.cycle.targets],
        ['Reviews', 'reviews', school.cycle.reviews],
      ] as const) {
        const [headers, ...rows] = sheetValues(sheetNamed(workbook, tab));
        expect(headers).toEqual(INPUT_TABS[kind].columns.map((c) => c.header));
        expect(rows).toHaveLength(records.length);
        const dateColumn = headers!.indexOf(kind === 'targets' ? 'By' : 'Review date');
        expect(rows.every((row) => isDate(row[dateColumn]))).toBe(true);
        const ids = new Set(records.map((r) => id(school.placements[r.placement]!.pupilId)));
        expect(new Set(rows.map((row) => row[headers!.indexOf('Pupil ID')]))).toEqual(ids);
      }
    },
  );

  it.each(layouts)('$layout: setup reads them as the Targets and Reviews tabs, every row matched to a placement', ({ workbook }) => {
    const snapshot = withFoundInputTabs(snapshotOf(workbook));
    expect(snapshot.found.map((f) => f.key)).toEqual(['targets', 'reviews']);
    const mapping = detectMapping(snapshot.snapshot, { today: '2026-11-23' as IsoDate });
    const { data, problems } = readSchool(snapshot.snapshot, mapping, defaultSettings(), '2026-11-23' as IsoDate);
    expect(problems.filter((p) => p.tab === 'Targets' || p.tab === 'Reviews')).toEqual([]);
    expect(data.cycle?.targets).toHaveLength(school.cycle.targets.length);
    expect(data.cycle?.reviews).toHaveLength(school.cycle.reviews.length);
  });
});
