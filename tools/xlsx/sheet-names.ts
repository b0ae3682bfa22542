/**
 * Google Sheets allows tab names Excel refuses (`/`, `:`, `?`, more than 31 characters), such as
 * `Timetable Mrs O'Neill w/c 30-11-2026`. In the .xlsx each tab gets a name Excel accepts; the real
 * name travels in `_ip_state` and is restored on reading.
 */
const EXCEL_MAX = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;

function fits(name: string): string {
  const cleaned = name.replace(FORBIDDEN, (c) => (c === '/' ? '\u2215' : '-')).replace(/^'+|'+$/g, '');
  return (cleaned || 'Sheet').slice(0, EXCEL_MAX);
}

/** One Excel-safe name per tab, unique ignoring case as Excel requires; unchanged where allowed. */
export function excelSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = fits(name);
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) {
      const suffix = ` ~${n}`;
      candidate = fits(name).slice(0, EXCEL_MAX - suffix.length) + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
