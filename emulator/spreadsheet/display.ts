/**
 * `Range.getDisplayValues()`: each cell as Sheets shows it (en_GB): numbers plain or as their
 * number format says, dates dd/mm/yyyy, booleans TRUE/FALSE.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues
 */
import { isModelDate, type CellModel, type ModelValue } from '../model';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function formatDate(date: Date, format: string | undefined): string {
  const day = `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  if (date.getFullYear() === 1899 && date.getMonth() === 11 && date.getDate() === 30) return time;
  const hasTime = date.getHours() !== 0 || date.getMinutes() !== 0 || date.getSeconds() !== 0 || /h/i.test(format ?? '');
  return hasTime ? `${day} ${time}` : day;
}

/** `0`, `0.00`, `#,##0.0`, `0%`, `0.0%`: the formats the add-in sets; others show as General. */
function formatNumber(value: number, format: string | undefined): string {
  const match = format === undefined ? null : /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format);
  if (!match) return general(value);
  const [, grouped, decimals, percent] = match;
  const scaled = percent ? value * 100 : value;
  let text = scaled.toFixed(decimals?.length ?? 0);
  if (grouped) text = text.replace(/^(-?\d+)/, (digits) => digits.replace(/\B(?=(\d{3})+$)/g, ','));
  return percent ? `${text}%` : text;
}

/** General format: integers as they are, fractions to at most 10 significant digits. */
function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

export function displayValue(value: ModelValue, format?: string): string {
  if (isModelDate(value)) return formatDate(value, format);
  if (typeof value === 'number') return formatNumber(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

export function displayCell(cell: CellModel | undefined): string {
  return cell ? displayValue(cell.value, cell.numberFormat) : '';
}
