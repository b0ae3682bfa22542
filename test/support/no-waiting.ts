/**
 * Whether code returned without waiting, told without a stopwatch: while it runs, the clocks a
 * wait would read race ahead an hour a call and Atomics.wait returns at once, so a busy loop or a
 * blocking sleep ends immediately and is counted instead of passing slowly.
 */
import { vi } from 'vitest';

const HOUR = 3_600_000;

/** How many times `action` read a clock or blocked the thread. */
export function waitsIn(action: () => void): number {
  const realNow = Date.now();
  let reads = 0;
  const racing = (): number => {
    reads += 1;
    return realNow + reads * HOUR;
  };
  const spies = [
    vi.spyOn(Date, 'now').mockImplementation(racing),
    vi.spyOn(performance, 'now').mockImplementation(racing),
    vi.spyOn(Atomics, 'wait').mockImplementation(() => {
      reads += 1;
      return 'timed-out';
    }),
  ];
  try {
    action();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return reads;
}
