/**
 * The kinds of value a setting can hold. A kind says what is stored, what the sidebar shows (a
 * share is stored as a fraction and shown as a percentage) and, in one phrase, what is allowed:
 * "a whole number from 1 to 40". The schema, the refusals and the sidebar's form all come from it.
 */
import { orList } from '../text';

/** What every setting carries, whatever its kind: the sidebar's label and a one-line hint. */
interface Described<T> {
  /** As the sidebar labels it; refusals begin with it ("Largest group size must be …"). */
  readonly label: string;
  /** One line under the control: what the setting does. */
  readonly hint: string;
  readonly default: T;
}

interface Bounds {
  readonly min: number;
  readonly max: number;
}

export interface WholeNumberSetting extends Described<number>, Bounds {
  readonly kind: 'whole-number';
}

/** A number that may have decimals, shown with its unit ("× normal rate"). */
export interface NumberSetting extends Described<number>, Bounds {
  readonly kind: 'number';
  readonly unit: string;
}

/** A number stored as shown, from 0 to 100. */
export interface PercentageSetting extends Described<number>, Bounds {
  readonly kind: 'percentage';
}

/** A fraction from 0 to 1, shown as a percentage: `min` and `max` are percentages. */
export interface ShareSetting extends Described<number>, Bounds {
  readonly kind: 'share';
}

export interface YesNoSetting extends Described<boolean> {
  readonly kind: 'yes-no';
}

export interface TextSetting extends Described<string> {
  readonly kind: 'text';
  readonly maxLength: number;
}

/** Text that may be left empty (stored as null); `emptyMeans` completes "or empty …". */
export interface OptionalTextSetting extends Described<string | null> {
  readonly kind: 'optional-text';
  readonly maxLength: number;
  readonly emptyMeans: string;
}

export interface WordsSetting extends Described<string[]> {
  readonly kind: 'words';
  readonly maxItems: number;
  readonly maxLength: number;
  /** What the words are, in the plural: "subjects". */
  readonly noun: string;
}

/** Real dates, stored as yyyy-mm-dd (each once, in order) and shown as dd/mm/yyyy. */
export interface DatesSetting extends Described<string[]> {
  readonly kind: 'dates';
  readonly maxItems: number;
  readonly emptyMeans: string;
  /** Each date stands for its week and is stored as that week's Monday. */
  readonly weeks?: true;
}

/** One real date or none, stored as yyyy-mm-dd or null and shown as dd/mm/yyyy. */
export interface OptionalDateSetting extends Described<string | null> {
  readonly kind: 'optional-date';
  readonly emptyMeans: string;
  /** The date stands for its week and is stored as that week's Monday. */
  readonly weeks?: true;
}

/**
 * A choice for each programme or measure found in the register. Only the choices made are stored;
 * one not made keeps what the add-in works out itself (from the name, or the column's header).
 */
export interface ChoiceMapSetting<C extends string = string> extends Described<Record<string, C>> {
  readonly kind: 'choice-map';
  /** What the names are: the register's programmes, or the start and end measures setup found. */
  readonly names: 'programmes' | 'measures';
  readonly nameMaxLength: number;
  readonly choices: readonly C[];
  readonly choiceLabels: Readonly<Record<C, string>>;
}

/** A list of words for each of a fixed set of keys (the five purposes, say). */
export interface KeyedWordsSetting<K extends string = string> extends Described<Record<K, string[]>> {
  readonly kind: 'keyed-words';
  readonly keys: readonly K[];
  /** Each key's list as the sidebar labels it, and as its refusal names it. */
  readonly keyLabels: Readonly<Record<K, string>>;
  readonly maxItems: number;
  readonly maxLength: number;
}

export type SettingDescriptor =
  | WholeNumberSetting
  | NumberSetting
  | PercentageSetting
  | ShareSetting
  | YesNoSetting
  | TextSetting
  | OptionalTextSetting
  | WordsSetting
  | DatesSetting
  | OptionalDateSetting
  | ChoiceMapSetting
  | KeyedWordsSetting;

/** The value a setting holds, as stored and as the actions read it. */
export type ValueOf<D extends SettingDescriptor> = D['default'];

type WithoutKind<D> = Omit<D, 'kind'>;

export const wholeNumber = (d: WithoutKind<WholeNumberSetting>): WholeNumberSetting => ({ kind: 'whole-number', ...d });
export const decimal = (d: WithoutKind<NumberSetting>): NumberSetting => ({ kind: 'number', ...d });
export const percentage = (d: WithoutKind<PercentageSetting>): PercentageSetting => ({ kind: 'percentage', ...d });
export const share = (d: WithoutKind<ShareSetting>): ShareSetting => ({ kind: 'share', ...d });
export const yesNo = (d: WithoutKind<YesNoSetting>): YesNoSetting => ({ kind: 'yes-no', ...d });
export const text = (d: WithoutKind<TextSetting>): TextSetting => ({ kind: 'text', ...d });
export const optionalText = (d: WithoutKind<OptionalTextSetting>): OptionalTextSetting => ({ kind: 'optional-text', ...d });
export const words = (d: WithoutKind<WordsSetting>): WordsSetting => ({ kind: 'words', ...d });
export const dates = (d: WithoutKind<DatesSetting>): DatesSetting => ({ kind: 'dates', ...d });
export const optionalDate = (d: WithoutKind<OptionalDateSetting>): OptionalDateSetting => ({ kind: 'optional-date', ...d });
export const choiceMap = <const C extends string>(d: WithoutKind<ChoiceMapSetting<C>>): ChoiceMapSetting<C> => ({
  kind: 'choice-map',
  ...d,
});
export const keyedWords = <const K extends string>(d: WithoutKind<KeyedWordsSetting<K>>): KeyedWordsSetting<K> => ({
  kind: 'keyed-words',
  ...d,
});

/** What a value of this kind must be, in the sidebar's units: "a whole number from 1 to 40". */
function allowed(d: SettingDescriptor): string {
  switch (d.kind) {
    case 'whole-number':
      return `a whole number from ${d.min} to ${d.max}`;
    case 'number':
      return `a number from ${d.min} to ${d.max}`;
    case 'percentage':
    case 'share':
      return `a percentage from ${d.min} to ${d.max}`;
    case 'yes-no':
      return 'yes or no';
    case 'text':
      return `at most ${d.maxLength} characters`;
    case 'optional-text':
      return `at most ${d.maxLength} characters, or empty ${d.emptyMeans}`;
    case 'words':
    case 'keyed-words':
      return `a list of up to ${d.maxItems} ${d.kind === 'words' ? d.noun : 'words'}, each at most ${d.maxLength} characters`;
    case 'dates':
      return `a list of up to ${d.maxItems} real dates written dd/mm/yyyy, or empty ${d.emptyMeans}`;
    case 'optional-date':
      return `a real date written dd/mm/yyyy, or empty ${d.emptyMeans}`;
    case 'choice-map': {
      const labels = d.choices.map((c) => d.choiceLabels[c] ?? c);
      return `${labels.length > 2 ? 'one of ' : ''}${orList(labels)}, for ${d.names} named in at most ${d.nameMaxLength} characters`;
    }
  }
}

/** The one sentence the server and the sidebar answer when a value is not allowed. */
export function refusal(d: SettingDescriptor, key?: string): string {
  const label = d.kind === 'keyed-words' && key !== undefined ? (d.keyLabels[key] ?? d.label) : d.label;
  return `${label} must be ${allowed(d)}.`;
}
