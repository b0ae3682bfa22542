/**
 * Counts every call the script makes into an emulated service, by `Class.method`, the way each
 * call would be a round trip to Google. Emulator objects are handed to the script wrapped in a
 * counting proxy; the emulator's own internal calls go to the unwrapped objects and are not counted.
 */

/** Emulator classes carry their Apps Script class name under this key; the proxy reads it. */
export const CLASS_NAME: unique symbol = Symbol('apps-script-class');

export interface Emulated {
  readonly [CLASS_NAME]: string;
}

/** Told of every counted call, before and after it runs (the cost estimate listens here). */
export interface CallObserver {
  /** May throw, as Apps Script does when an execution is out of time: the call does not run. */
  beforeCall(name: string): void;
  afterCall(name: string, args: readonly unknown[], result: unknown): void;
}

export class CallCounter {
  private readonly counts = new Map<string, number>();
  /** Turns an error a service threw into one of the script's own realm; identity until a script is loaded. */
  private toScriptError: (error: unknown) => unknown = (error) => error;

  constructor(readonly observer: CallObserver | null = null) {}

  /**
   * In Apps Script a service's exception is an `Error` of the script's runtime (`e instanceof
   * Error` holds, `e.name` is `Exception`); a script loaded into its own node:vm realm sets how
   * the emulator's errors become such errors.
   */
  throwInScriptRealm(translate: (error: unknown) => unknown): void {
    this.toScriptError = translate;
  }

  /** The error as the script should see it. */
  scriptError(error: unknown): unknown {
    return this.toScriptError(error);
  }

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  reset(): void {
    this.counts.clear();
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Counts so far, sorted by name so that stats files diff cleanly. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

const targets = new WeakMap<object, object>();
const proxies = new WeakMap<object, object>();

function isEmulated(value: unknown): value is Emulated {
  return typeof value === 'object' && value !== null && CLASS_NAME in value;
}

/** The emulator object behind a proxy the script passed back in (e.g. `deleteSheet(sheet)`). */
export function unwrap<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(unwrap) as T;
  return (targets.get(value) as T | undefined) ?? value;
}

/**
 * The object as the script sees it: every method call counted, arguments unwrapped, emulator
 * objects in results wrapped in turn. One proxy per object, so identity comparisons still hold.
 */
export function counted<T>(counter: CallCounter, value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => counted(counter, item)) as T;
  if (!isEmulated(value)) return value;
  const existing = proxies.get(value);
  if (existing) return existing as T;
  const className = value[CLASS_NAME];
  const proxy = new Proxy(value, {
    get(target, property, receiver) {
      const member: unknown = Reflect.get(target, property, receiver);
      if (typeof member !== 'function' || typeof property !== 'string' || property === 'constructor') return member;
      return (...args: unknown[]) => {
        const name = `${className}.${property}`;
        let result: unknown;
        try {
          counter.observer?.beforeCall(name);
          counter.record(name);
          result = (member as (...a: unknown[]) => unknown).apply(target, args.map(unwrap));
        } catch (error) {
          throw counter.scriptError(error);
        }
        counter.observer?.afterCall(name, args, result);
        return counted(counter, result);
      };
    },
  });
  proxies.set(value, proxy);
  targets.set(proxy, value);
  return proxy;
}
