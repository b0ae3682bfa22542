/**
 * Pieces the schemas share, so every value read from the sidebar or from document properties is
 * held to the same rules.
 */
import * as v from 'valibot';

/**
 * A finite number. Infinity and NaN are values of the wrong kind, as a value that is not a number
 * is, so checks of what holds them do not run (they would only repeat the refusal).
 */
export const finiteNumber = (message?: string) => v.custom<number>((value) => Number.isFinite(value), message);

/** A whole number that is a safe integer, so a value read back is the value written; otherwise as finiteNumber. */
export const integer = (message?: string) => v.custom<number>((value) => Number.isSafeInteger(value), message);

/** A whole number from `min` to `max`; `message`, when given, is the sentence for every way it can be wrong. */
export function wholeNumber(min: number, max: number, message?: string) {
  return v.pipe(integer(message), v.minValue(min, message), v.maxValue(max, message));
}

/**
 * valibot's object and record schemas take any object, arrays included, so `[]` would pass as a
 * record or as an object whose every field is optional. A JSON array is never what these hold, so
 * each refuses one first, with the same message as any other value of the wrong kind.
 */
function notArray<TSchema extends v.GenericSchema<object>>(schema: TSchema, message?: string) {
  return v.pipe(
    v.custom<v.InferInput<TSchema>>((value) => !Array.isArray(value), message),
    schema,
  );
}

/** An object with these fields; others are dropped. */
export function object<TEntries extends v.ObjectEntries>(entries: TEntries, message?: string) {
  return notArray(v.object(entries, message), message);
}

/**
 * An object with these fields and no other. The unknown keys are refused before `object` drops
 * them (valibot's strictObject would do the same, at the cost of another schema kind in Code.js),
 * so an object with an unknown key is refused for that alone, before its fields are checked: from
 * the sidebar that means a sidebar older than the server, which is what the refusal then says.
 */
export function strictObject<TEntries extends v.ObjectEntries>(entries: TEntries, message?: string) {
  const known = Object.keys(entries);
  return v.pipe(
    v.custom<v.InferInput<v.ObjectSchema<TEntries, undefined>>>(
      (value) =>
        typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).every((key) => known.includes(key)),
      message,
    ),
    v.object(entries, message),
  );
}

/** An object whose every key passes `key` and every value `value`. */
export function record<TKey extends v.GenericSchema<string, string>, TValue extends v.GenericSchema>(
  key: TKey,
  value: TValue,
  message?: string,
) {
  return notArray(v.record(key, value, message), message);
}
