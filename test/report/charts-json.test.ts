import { describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../emulator/model';
import { emptySheet, emptyWorkbook } from '../../emulator/model';
import { chartsJson } from '../../tools/report/charts-json';

function model(): WorkbookModel {
  const impact = {
    ...emptySheet(4, 'Impact charts'),
    charts: [
      {
        id: 1,
        type: 'COLUMN',
        ranges: [
          { sheet: 'Impact charts', range: { row: 0, column: 0, rows: 7, columns: 3 } },
          { sheet: "Pupil's data", range: { row: 4, column: 27, rows: 1, columns: 1 } },
        ],
        position: { row: 0, column: 4, offsetX: 0, offsetY: 12 },
        options: { title: 'Attendance before and after', colors: ['#1a73e8', '#e8710a'] },
      },
      {
        id: 2,
        type: 'PIE',
        ranges: [{ sheet: 'Impact charts', range: { row: 10, column: 0, rows: 4, columns: 2 } }],
        position: { row: 20, column: 4, offsetX: 3, offsetY: 0 },
        options: {},
      },
    ],
  };
  return { ...emptyWorkbook('Charts'), sheets: [emptySheet(0, 'Register'), impact] };
}

describe('chartsJson', () => {
  it('lists every chart with its sheet, title and A1 ranges, positions 1-based', () => {
    const charts = chartsJson(model());
    expect(charts).toEqual([
      {
        sheet: 'Impact charts',
        id: 1,
        type: 'COLUMN',
        title: 'Attendance before and after',
        ranges: ["'Impact charts'!A1:C7", "'Pupil''s data'!AB5"],
        options: { title: 'Attendance before and after', colors: ['#1a73e8', '#e8710a'] },
        position: { row: 1, column: 5, offsetX: 0, offsetY: 12 },
      },
      {
        sheet: 'Impact charts',
        id: 2,
        type: 'PIE',
        title: '',
        ranges: ["'Impact charts'!A11:B14"],
        options: {},
        position: { row: 21, column: 5, offsetX: 3, offsetY: 0 },
      },
    ]);
  });

  it('is plain JSON', () => {
    const charts = chartsJson(model());
    expect(JSON.parse(JSON.stringify(charts))).toEqual(charts);
  });
});
