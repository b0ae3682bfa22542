/** The clock-free check that code did not wait catches the usual ways of waiting, and restores the clocks. */
import { describe, expect, it, vi } from 'vitest';
import { waitsIn } from './no-waiting';

describe('waitsIn', () => {
  it('counts a busy loop on Date.now or performance.now, which ends at once', () => {
    expect(
      waitsIn(() => {
        const until = Date.now() + 10_000;
        while (Date.now() < until);
      }),
    ).toBeGreaterThan(0);
    expect(
      waitsIn(() => {
        const until = performance.now() + 10_000;
        while (performance.now() < until);
      }),
    ).toBeGreaterThan(0);
  });

  it('counts a blocking Atomics.wait, which returns at once', () => {
    expect(waitsIn(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000))).toBe(1);
  });

  it('counts nothing for code that does not wait, and puts the real clocks back', () => {
    expect(waitsIn(() => [3, 1, 2].sort())).toBe(0);
    // Only looked at, never called, so an unbound method is harmless here.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    expect([Date.now, performance.now, Atomics.wait].map((f) => vi.isMockFunction(f))).toEqual([false, false, false]);
  });
});
