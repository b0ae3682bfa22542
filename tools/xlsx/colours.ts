/** Colour conversions between exceljs ARGB strings and the model's `#rrggbb`. */

/** `FFDDEBF7` / `00DDEBF7` → `#ddebf7`; undefined for theme or indexed colours (no RGB to give). */
export function argbToHex(argb: string | undefined): string | undefined {
  if (argb === undefined || !/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(argb)) return undefined;
  return `#${argb.slice(-6).toLowerCase()}`;
}

/** `#ddebf7` (or `#def`) → `FFDDEBF7`. */
export function hexToArgb(hex: string): string {
  let digits = hex.replace(/^#/, '');
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  return `FF${digits.toUpperCase()}`;
}
