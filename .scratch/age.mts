import { readAge } from '/work/wt-impact/src/core/coerce.ts';
for (const v of [9.04, '9.04', '9:04', '9:4', '9y 4m', '9 years 4 months', '9-4', '112 months', 112, '112', 9.1, '9.10', 9.5, '9.5', 9, 30, '9y', 'abc', 9.11, 9.12, '15+', 0, '9 yrs 4 mths', '9y4m'])
  console.log(JSON.stringify(v), JSON.stringify(readAge(v as never)));
