import { noncentralTCdf, studentTQuantile, normalCdf, noncentralityFor, studentTCdf } from '/work/wt-impact/src/core/impact/distributions.ts';
import jstat from 'jstat';
const { jStat } = jstat as any;
const cases: [number, number, number][] = [[1.5, 4, 1], [2.3, 10, 3.1], [-1.2, 7, 0.5], [0.7, 3, -2], [12, 20, 11], [30, 40, 33], [3, 2, 0.1]];
for (const [t, df, d] of cases) console.log('nct', t, df, d, noncentralTCdf(t, df, d), jStat.noncentralt.cdf(t, df, d));
for (const df of [1, 2, 4, 10, 30]) console.log('tq', df, studentTQuantile(0.975, df), jStat.studentt.inv(0.975, df));
console.log('phi', normalCdf(1.96), normalCdf(-3.2), jStat.normal.cdf(-3.2, 0, 1));
console.log('ncp', noncentralityFor(2.5, 8, 0.975), noncentralityFor(2.5, 8, 0.025));
