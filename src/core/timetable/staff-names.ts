/**
 * One member of staff however the sheets write them: `Mrs O'Neill`, `mrs o’neill`, `O'Neill` and
 * `Mrs Sarah O'Neill` are one person when nobody else on the lists could be meant. A name without a
 * forename (`O'Neill`, `Mrs O'Neill`) joins the one fuller name with the same surname and a title
 * that does not contradict it; when two people could be meant, it stays a person of its own.
 */
import { normaliseText } from '../text';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'revd', 'fr']);

interface StaffName {
  readonly text: string;
  readonly key: string;
  readonly title: string | null;
  readonly surname: string;
  /** 2: has a forename or initial; 1: title and surname; 0: surname alone. */
  readonly specificity: number;
}

function parse(text: string): StaffName | null {
  const key = normaliseText(text);
  const words = key.split(' ').filter((word) => word !== '');
  if (words.length === 0) return null;
  const first = (words[0] ?? '').replace(/\.$/, '');
  const title = words.length > 1 && TITLES.has(first) ? first : null;
  const rest = title === null ? words : words.slice(1);
  const surname = rest[rest.length - 1] ?? '';
  return { text: text.trim(), key, title, surname, specificity: rest.length > 1 ? 2 : title !== null ? 1 : 0 };
}

/**
 * Builds the resolver from every staff name the school's tabs use, availability first (its
 * spelling is the one shown when names are joined).
 */
export class StaffNames {
  private readonly parent = new Map<string, string>();
  private readonly display = new Map<string, string>();
  /** Each spelling asked about, with its key: the scheduler asks for the same few names very often. */
  private readonly ids = new Map<string, string>();

  constructor(names: readonly string[]) {
    const parsed = new Map<string, StaffName>();
    for (const name of names) {
      const entry = parse(name);
      if (entry && !parsed.has(entry.key)) parsed.set(entry.key, entry);
    }
    const all = [...parsed.values()];
    for (const entry of all) this.parent.set(entry.key, entry.key);
    // Title-and-surname names first, so a bare surname can follow them to the full name.
    for (const specificity of [1, 0]) {
      for (const entry of all.filter((e) => e.specificity === specificity)) {
        const roots = new Set(
          all
            .filter(
              (other) =>
                other.key !== entry.key && other.surname === entry.surname && other.specificity > specificity && titlesAgree(entry, other),
            )
            .map((other) => this.root(other.key)),
        );
        const only = [...roots][0];
        if (roots.size === 1 && only !== undefined) this.parent.set(this.root(entry.key), only);
      }
    }
    // The name shown for a person: the first spelling listed (availability comes first).
    for (const entry of all) {
      const root = this.root(entry.key);
      if (!this.display.has(root)) this.display.set(root, entry.text);
    }
  }

  /** The key that is equal for every spelling of one person. */
  id(name: string): string {
    let id = this.ids.get(name);
    if (id === undefined) {
      const key = normaliseText(name);
      id = this.parent.has(key) ? this.root(key) : key;
      this.ids.set(name, id);
    }
    return id;
  }

  /** How the person is shown: their fullest spelling on the school's lists. */
  name(name: string): string {
    return this.display.get(this.id(name)) ?? name.trim();
  }

  private root(key: string): string {
    let current = key;
    for (let next = this.parent.get(current); next !== undefined && next !== current; next = this.parent.get(current)) current = next;
    return current;
  }
}

function titlesAgree(a: StaffName, b: StaffName): boolean {
  return a.title === null || b.title === null || a.title === b.title;
}
