/**
 * Small helpers every emulated service shares: Apps Script enums, and handing a subset object out
 * where Apps Script's type names the full class.
 */
import type { Emulated } from '../counting';

/**
 * Hands an emulator object out where Apps Script's type names a full class. Each emulator class
 * implements a compiler-checked subset of its Apps Script class (`implements Pick<…>`); a call
 * outside that subset fails loudly at run time ("… is not a function") rather than silently.
 */
export function asApps<T>(value: Emulated): T {
  return value as unknown as T;
}

/**
 * An Apps Script enum. Real enum values print as their names (`String(ScriptApp.EventType.CLOCK)`
 * is `CLOCK`), so the emulator uses the names themselves: `==`, `===` and `String()` behave alike.
 * `E` is the typings' `typeof Enum`; the names are checked against its keys.
 */
export function enumOf<E>(names: readonly (keyof E & string)[]): E {
  const values: Record<string, string> = {};
  for (const name of names) values[name] = name;
  return Object.freeze(values) as unknown as E;
}

/** The name of an enum value the script passed in (our own string, or anything printing as one). */
export function enumName(value: unknown): string {
  return scriptText(value);
}

/**
 * Whatever a script passed where Apps Script takes text, as the text it prints as: the runtime
 * converts it the way JavaScript's `String()` does, so an object becomes `[object Object]` there too.
 */
export function scriptText(value: unknown): string {
  return String(value);
}

/** The value of `enumeration` named `name`, typed as the typings' enum member. */
export function enumValue<E extends object>(enumeration: E, name: string): E[keyof E] {
  const value = (enumeration as Record<string, unknown>)[name];
  if (value === undefined) throw new Error(`Unknown enum value ${name}.`);
  return value as E[keyof E];
}

/** Thrown by Apps Script methods the emulator knowingly leaves out. */
export function notEmulated(method: string): never {
  throw new Error(`${method} is not available in the local emulator.`);
}
