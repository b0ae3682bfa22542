/** charts.json: every chart of a workbook with its A1 source ranges, for checks that cannot see a chart. */
import type { ChartModel, WorkbookModel } from '../../emulator/model';
import { sheetRangeA1 } from '../xlsx/a1';

export interface ChartJson {
  sheet: string;
  id: number;
  type: string;
  title: string;
  /** A1 with the sheet: `'Impact charts'!A1:C7` */
  ranges: string[];
  options: Record<string, unknown>;
  /** 1-based row and column of the anchor cell, with pixel offsets. */
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export function chartTitle(chart: ChartModel): string {
  const title = chart.options.title;
  return typeof title === 'string' ? title : '';
}

export function chartJson(sheet: string, chart: ChartModel): ChartJson {
  return {
    sheet,
    id: chart.id,
    type: chart.type,
    title: chartTitle(chart),
    ranges: chart.ranges.map((r) => sheetRangeA1(r.sheet, r.range)),
    options: chart.options,
    position: {
      row: chart.position.row + 1,
      column: chart.position.column + 1,
      offsetX: chart.position.offsetX,
      offsetY: chart.position.offsetY,
    },
  };
}

export function chartsJson(model: WorkbookModel): ChartJson[] {
  return model.sheets.flatMap((sheet) => sheet.charts.map((chart) => chartJson(sheet.name, chart)));
}
