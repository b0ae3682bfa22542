/**
 * Java SimpleDateFormat patterns, as Utilities.formatDate takes them, in an IANA time zone.
 * Supported letters: y M d E H h m s S a Z; text in single quotes is copied ('' is a quote).
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Fields {
  year: number;
  month: number; // 1–12
  day: number;
  weekday: number; // 0 = Sunday
  hour: number; // 0–23
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes ahead of UTC. */
  offset: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        hourCycle: 'h23',
      });
    } catch {
      throw new Error(`Invalid time zone: ${timeZone}`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of `time` (ms since the epoch) in `timeZone`. */
export function fieldsIn(time: number, timeZone: string): Fields {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(time))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const hour = parts.hour ?? 0;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  const millisecond = ((time % 1000) + 1000) % 1000;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    offset: Math.round((wallClock - time) / 60_000),
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function field(letter: string, count: number, f: Fields): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
      if (count >= 4) return MONTHS[f.month - 1] ?? '';
      if (count === 3) return (MONTHS[f.month - 1] ?? '').slice(0, 3);
      return pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'E':
      return count >= 4 ? (DAYS[f.weekday] ?? '') : (DAYS[f.weekday] ?? '').slice(0, 3);
    case 'H':
      return pad(f.hour, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'Z': {
      const sign = f.offset < 0 ? '-' : '+';
      const minutes = Math.abs(f.offset);
      return `${sign}${pad(Math.floor(minutes / 60), 2)}${pad(minutes % 60, 2)}`;
    }
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(time: number, timeZone: string, pattern: string): string {
  const fields = fieldsIn(time, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Quoted text runs to the next lone quote; '' inside it is a quote.
      i += 1;
      while (i < pattern.length) {
        if (pattern.charAt(i) === "'") {
          if (pattern.charAt(i + 1) === "'") {
            out += "'";
            i += 2;
            continue;
          }
          break;
        }
        out += pattern.charAt(i);
        i += 1;
      }
      if (i >= pattern.length) throw new Error(`Unterminated quote in date pattern "${pattern}"`);
      i += 1;
    } else if (/[A-Za-z]/.test(c)) {
      let count = 1;
      while (pattern.charAt(i + count) === c) count += 1;
      out += field(c, count, fields);
      i += count;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}
