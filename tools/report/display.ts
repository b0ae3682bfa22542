/** How a cell reads on the page: dates as dd/mm/yyyy, percentages as their number format says. */
import type { CellModel, ModelValue } from '../../emulator/model';
import { isModelDate } from '../../emulator/model';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatDate(d: Date, withTime: boolean): string {
  const day = `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  return withTime ? `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
}

/** `0%` → 0 decimals, `0.0%` → 1, …; null when the format is not a plain percentage. */
function percentDecimals(format: string | undefined): number | null {
  const match = format === undefined ? null : /^0(?:\.(0+))?%$/.exec(format);
  return match ? (match[1]?.length ?? 0) : null;
}

function formatNumber(value: number, format: string | undefined): string {
  const decimals = percentDecimals(format);
  if (decimals !== null) return `${(value * 100).toFixed(decimals)}%`;
  const fixed = format === undefined ? null : /^0\.(0+)$/.exec(format);
  if (fixed) return value.toFixed(fixed[1]?.length ?? 0);
  if (format === '0') return value.toFixed(0);
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}

export function displayValue(value: ModelValue, format?: string): string {
  if (isModelDate(value)) {
    const hasTime = value.getHours() !== 0 || value.getMinutes() !== 0 || /h/i.test(format ?? '');
    return formatDate(value, hasTime);
  }
  if (typeof value === 'number') return formatNumber(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

export function displayCell(cell: CellModel | undefined): string {
  return cell ? displayValue(cell.value, cell.numberFormat) : '';
}
