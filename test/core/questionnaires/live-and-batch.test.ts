/**
 * One way to score: responses scored one at a time as they arrive (each against Scores as the
 * earlier ones left it) end with exactly the Scores a re-score of every response writes, and the
 * same problems: duplicates, fuzzy and unknown names, unclear phases and answers off the scale
 * included.
 */
import { describe, expect, it } from 'vitest';
import type { ResponseTab } from '../../../src/core/domain';
import type { Problem } from '../../../src/core/problems';
import { notYetListed } from '../../../src/core/problems-tab';
import { builtinInstruments, scoreQuestionnaires, scoreSingleResponse } from '../../../src/core/questionnaires';
import { scoresTab } from '../../../src/core/questionnaires/scores-tab';
import type { TabSnapshot } from '../../../src/core/snapshot';
import type { CellValue } from '../../../src/core/values';
import { inputs, pupil, responseTab, school, SLSS_HEADERS, SLSS_LEAD, SRS_HEADERS, SRS_LEAD } from './fixtures';

const FORENAMES = ['Amara', 'Bilal', 'Chloe', 'Dylan', 'Esme', 'Farhan', 'Grace', 'Harvey', 'Isla', 'Jacob'];
const SURNAMES = ['Okafor', 'Whitfield', 'Nowak', 'Ashworth', 'Brennan'];
const PUPILS = FORENAMES.flatMap((f, i) => SURNAMES.map((s, j) => pupil(`${f} ${s}`, `U${i}${j}`, 2 + i * 5 + j)));
const SLSS_LABELS = ['Strongly disagree', 'Moderately disagree', 'Mildly disagree', 'Mildly agree', 'Moderately agree', 'Strongly agree'];
const PHASES = ['Start of the programme', 'End of the programme', 'Before', 'After', 'Not sure', ''];

interface Arrival {
  readonly tab: string;
  readonly sheetRow: number;
}

/** 200 responses over two tabs, in the order they arrive; some names misspelt or unknown, some phases unclear. */
function responses(): { tabs: ResponseTab[]; arrivals: Arrival[] } {
  const slss: CellValue[][] = [];
  const srs: CellValue[][] = [];
  const arrivals: Arrival[] = [];
  for (let n = 0; n < 200; n++) {
    const who = PUPILS[(n * 7) % PUPILS.length]!.name;
    const name = n % 23 === 0 ? 'Someone Else' : n % 17 === 0 ? who.slice(0, -1) : n % 5 === 0 ? who.toUpperCase() : who;
    const phase = PHASES[(n * 5) % PHASES.length]!;
    // Now and then a second response on the same tab in the same second: the later row counts.
    const sameSecond = n % 31 === 1 && n % 2 === 1;
    const at = new Date(2027, 0, 11, 9, 0, sameSecond ? n - 1 : n);
    if (n % 2 === 0 || sameSecond) {
      const answers = SLSS_HEADERS.map((_, i) =>
        n % 19 === 0 && i === 2 ? 'Sometimes' : (n + i) % 9 === 0 ? '' : SLSS_LABELS[(n + i * 2) % 6]!,
      );
      slss.push([at, name, phase, ...answers]);
      arrivals.push({ tab: 'Form Responses 1', sheetRow: slss.length + 1 });
    } else {
      srs.push([at, name, phase, ...SRS_HEADERS.map((_, i) => ((n + i) % 11 === 0 ? '' : ((n * i) % 5) + 1))]);
      arrivals.push({ tab: 'Form Responses 2', sheetRow: srs.length + 1 });
    }
  }
  const slssTab = responseTab('Form Responses 1', [...SLSS_LEAD, ...SLSS_HEADERS], slss);
  const srsTab = responseTab('Form Responses 2', [...SRS_LEAD, ...SRS_HEADERS], srs);
  return { tabs: [slssTab, srsTab], arrivals };
}

const byPlace = (a: Problem, b: Problem): number =>
  a.tab.localeCompare(b.tab) || a.row - b.row || a.column.localeCompare(b.column) || a.reason.localeCompare(b.reason);

describe('one way to score', () => {
  it('gives the same Scores and problems one response at a time as all at once', () => {
    const { tabs, arrivals } = responses();
    const scoring = inputs(school(tabs, [], PUPILS));
    const batch = scoreQuestionnaires(scoring);

    let scores: CellValue[][] | null = null;
    const listed: Problem[] = [];
    for (const { tab, sheetRow } of arrivals) {
      const source = tabs.find((t) => t.tab === tab)!;
      const snapshot: TabSnapshot | undefined = scores ? { name: 'Scores', values: scores, generatedKey: 'scores' } : undefined;
      const response = { tab, headerRow: 1, headers: source.headers, cells: source.rows[sheetRow - 2]!, sheetRow };
      const one = scoreSingleResponse(scoring, response, snapshot, ['Form Responses 1', 'Form Responses 2']);
      if (one.row && one.cells) {
        if (scores === null) scores = scoresTab([one.row], builtinInstruments()).values.map((row) => [...row] as CellValue[]);
        else scores.push(one.cells as CellValue[]);
        const flags = scores[0]!.indexOf('Flags');
        for (const update of one.reflag) scores[update.row - 1]![flags] = update.flags;
      }
      listed.push(...notYetListed(listed, one.problems));
    }

    expect(scores).toEqual(batch.plan.tabs[0]!.values);
    expect([...listed].sort(byPlace)).toEqual([...batch.problems].sort(byPlace));
    // The case this is about: each kind of decision came up.
    const flags = batch.rows.flatMap((r) => r.flags);
    for (const flag of ['duplicate', 'fuzzy-match', 'unmatched-pupil', 'no-phase', 'out-of-range', 'incomplete'])
      expect(flags, flag).toContain(flag);
  });
});
