/**
 * For walking the settings table: a value each kind must refuse, with the sentence that names it,
 * and an allowed value other than the default. Derived from each entry's own bounds, so a new
 * entry is walked with no change here.
 */
import { refusal, type SettingDescriptor } from '../../src/core/settings';

/** Within the bounds, one step from the default (up when there is room), so cross-field rules still hold. */
function nextTo(value: number, min: number, max: number, step: number): number {
  return value + step <= max ? value + step : value - step;
}

export function refusedValue(d: SettingDescriptor): { value: unknown; sentence: string } {
  const refused = (value: unknown, key?: string) => ({ value, sentence: refusal(d, key) });
  switch (d.kind) {
    case 'whole-number':
    case 'number':
    case 'percentage':
      return refused(d.max + 1);
    case 'share':
      return refused((d.max + 1) / 100);
    case 'yes-no':
      return refused('yes');
    case 'text':
    case 'optional-text':
      return refused('x'.repeat(d.maxLength + 1));
    case 'words':
      return refused(Array.from({ length: d.maxItems + 1 }, (_, i) => `word ${i}`));
    case 'dates':
      return refused(['2027-02-31']);
    case 'optional-date':
      return refused('next week');
    case 'choice-map':
      return refused({ Anything: 'none of the choices' });
    case 'keyed-words': {
      const key = d.keys[0] ?? '';
      return refused({ ...d.default, [key]: [''] }, key);
    }
  }
}

export function allowedValue(d: SettingDescriptor): unknown {
  switch (d.kind) {
    case 'whole-number':
    case 'percentage':
      return nextTo(d.default, d.min, d.max, 1);
    case 'number':
      return nextTo(d.default, d.min, d.max, 0.5);
    case 'share':
      return nextTo(d.default, d.min / 100, d.max / 100, 0.05);
    case 'yes-no':
      return !d.default;
    case 'text':
    case 'optional-text':
      return 'Room 9';
    case 'words':
      return [...d.default, 'Drama'];
    case 'dates':
      return ['2026-09-07', '2026-09-14'];
    case 'optional-date':
      return '2026-09-07';
    case 'choice-map':
      return { 'A programme': d.choices[0] };
    case 'keyed-words':
      return { ...d.default, [d.keys[0] ?? '']: ['a word of our own'] };
  }
}
