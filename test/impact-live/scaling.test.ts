/** Building impact costs the same service calls for a school of 200 pupils as for one of 2,000. */
import { beforeAll, describe, expect, it } from 'vitest';
import { registerWorkbook } from '../../tools/example/layouts/register';
import { tidyWorkbook } from '../../tools/example/layouts/tidy';
import { generateSchool } from '../../tools/example/school';
import { openSession, runAction } from '../../tools/local/session';
import { ensureBuilt } from '../support/built';
import { sheetOf } from '../support/example-facts';

const NOW = () => new Date(2027, 6, 20, 9);

/**
 * A generated tab is trimmed to its rows (`deleteRows`) or, past a new sheet's 1,000, grown once
 * (`insertRowsAfter`): one structural call either way, priced alike, so the two count as one kind.
 */
function resizesAsOne(calls: Readonly<Record<string, number>>): Record<string, number> {
  const { 'Sheet.deleteRows': deleted = 0, 'Sheet.insertRowsAfter': inserted = 0, ...rest } = calls;
  return { ...rest, 'rows resized (Sheet.deleteRows or Sheet.insertRowsAfter)': deleted + inserted };
}

function impactCalls(layout: typeof tidyWorkbook, pupils: number) {
  const session = openSession(layout(generateSchool({ pupils, seed: 5 })), { now: NOW });
  expect(runAction(session, 'setup').ok).toBe(true);
  const stat = runAction(session, 'impact');
  expect(stat.ok, stat.message).toBe(true);
  const rows = sheetOf(session.workbook, 'Impact').cells.length;
  return { calls: stat.calls, rows, charts: sheetOf(session.workbook, 'Impact charts').charts.length };
}

describe('impact service calls do not grow with the number of pupils', () => {
  beforeAll(ensureBuilt);

  it.each([
    ['tidy', tidyWorkbook],
    ['register', registerWorkbook],
  ] as const)('%s layout: 200 and 2,000 pupils', (_, layout) => {
    const small = impactCalls(layout, 200);
    const large = impactCalls(layout, 2000);
    // The larger school really does give the action more to write…
    expect(large.rows).toBeGreaterThan(small.rows * 3);
    expect(small.charts).toBeGreaterThanOrEqual(5);
    // …for exactly the same calls, one by one (trimming or growing a tab counted as one kind).
    expect(resizesAsOne(large.calls)).toEqual(resizesAsOne(small.calls));
    expect(small.calls['Range.setValues']).toBeGreaterThan(0);
  });
});
