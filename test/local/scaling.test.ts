import { beforeAll, describe, expect, it } from 'vitest';
import { registerWorkbook } from '../../tools/example/layouts/register';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { openSession, runAction, type ActionName } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';

const NOW = () => new Date(2026, 10, 23, 9);

function callsFor(layout: typeof tidyWorkbook, pupils: number, action: ActionName) {
  const session = openSession(layout(generateSchool({ pupils, seed: 11 })), { now: NOW });
  if (action !== 'setup') expect(runAction(session, 'setup').ok).toBe(true);
  const stat = runAction(session, action);
  expect(stat.message).toBeTruthy();
  expect(stat.ok).toBe(true);
  return stat;
}

describe('service calls do not grow with the number of rows', () => {
  beforeAll(ensureBuilt);

  it.each([
    ['tidy', tidyWorkbook],
    ['register', registerWorkbook],
  ] as const)('setup costs the same calls for 200 and 2,000 pupils (%s layout)', (_, layout) => {
    const small = callsFor(layout, 200, 'setup');
    const large = callsFor(layout, 2000, 'setup');
    expect(large.calls).toEqual(small.calls);
    expect(small.calls['Range.getValues']).toBeGreaterThan(0);
  });
});
