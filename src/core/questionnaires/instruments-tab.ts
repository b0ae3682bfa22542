/**
 * A school's own questionnaires (licensed ones such as the SDQ cannot be built in), read from an
 * `Instruments` tab with one row per item: instrument | item | subscale | reverse | scale.
 * Optional columns: scoring (mean/sum), better when (higher/lower), reliability (Cronbach's alpha).
 * Rows that cannot be used become Problems naming the cell; the rest of the tab still counts.
 */
import * as v from 'valibot';
import { isUnreadable, quoteCell, readNumber, readYesNo } from '../coerce';
import { problem, type Problem } from '../problems';
import type { TabSnapshot } from '../snapshot';
import { cellText, normaliseHeader, normaliseText, slug } from '../text';
import type { CellValue } from '../values';
import { instrumentSchema, UNEXPLAINED_REFUSAL, type Instrument, type Scale, type Scoring } from './instrument';
import { itemKey } from './match-tab';

export const INSTRUMENTS_TAB = 'Instruments';

type Field = 'instrument' | 'item' | 'subscale' | 'reverse' | 'scale' | 'scoring' | 'betterWhen' | 'alpha';

const FIELD_HEADERS: Record<Field, readonly string[]> = {
  instrument: ['instrument', 'questionnaire', 'scale name', 'measure'],
  item: ['item', 'item text', 'question', 'statement', 'wording'],
  subscale: ['subscale', 'sub-scale', 'sub scale', 'domain', 'factor'],
  reverse: ['reverse', 'reversed', 'reverse keyed', 'reverse-keyed', 'reverse scored', 'reverse-scored'],
  scale: ['scale', 'response scale', 'answers', 'answer scale', 'responses'],
  scoring: ['scoring', 'score', 'score as'],
  betterWhen: ['better when', 'higher is better', 'direction'],
  alpha: ['reliability', 'alpha', "cronbach's alpha", 'cronbach alpha'],
};

type Columns = Partial<Record<Field, number>>;

function findHeaderRow(values: readonly (readonly CellValue[])[]): { row: number; columns: Columns } | null {
  for (let row = 0; row < Math.min(values.length, 10); row++) {
    const columns: Columns = {};
    (values[row] ?? []).forEach((cell, column) => {
      const header = normaliseHeader(cellText(cell));
      for (const field of Object.keys(FIELD_HEADERS) as Field[]) {
        if (columns[field] === undefined && FIELD_HEADERS[field].includes(header)) columns[field] = column;
      }
    });
    if (columns.instrument !== undefined && columns.item !== undefined) return { row, columns };
  }
  return null;
}

/**
 * `1-5` or `1 to 5` (numbers only), or labelled values `Never=1; Sometimes=2; Always=3`
 * (also `1=Never`, separated by `;`, `,`, `|` or new lines).
 */
export function parseScale(text: string): Scale | string {
  const range = /^(-?\d+)\s*(?:-|–|to)\s*(-?\d+)$/i.exec(text.trim());
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    return min < max ? { labels: [], min, max } : `${quoteCell(text)} must go from the lowest value to the highest, e.g. 1-5.`;
  }
  const parts = text
    .split(/[;,|\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const labels: { label: string; value: number }[] = [];
  for (const part of parts) {
    const pair = /^(.+?)\s*[=:]\s*(-?\d+)$/.exec(part) ?? /^(-?\d+)\s*[=:]\s*(.+)$/.exec(part);
    if (!pair) return `${quoteCell(part)} needs a value, e.g. "Never=1".`;
    const [label, value] = /^-?\d+$/.test(pair[1]!) ? [pair[2]!, Number(pair[1])] : [pair[1]!, Number(pair[2])];
    labels.push({ label: label.trim(), value });
  }
  if (labels.length < 2)
    return `${quoteCell(text)} is not a scale: write it as 1-5, or as labels with values such as "Never=1; Sometimes=2; Always=3".`;
  const values = labels.map((l) => l.value);
  return { labels, min: Math.min(...values), max: Math.max(...values) };
}

interface Draft {
  name: string;
  firstRow: number;
  items: { stem: string | null; text: string; subscale: string | null; reverse: boolean }[];
  itemKeys: Set<string>;
  scale: Scale | null;
  scaleText: string;
  scoring: Scoring | null;
  higherIsBetter: boolean | null;
  alpha: number | null;
  usable: boolean;
}

export interface InstrumentsTabResult {
  readonly instruments: Instrument[];
  readonly problems: Problem[];
}

/**
 * Reads the tab. `reservedIds` are the built-in instruments' ids: a school's instrument cannot
 * take a built-in's name. `minAnsweredShare` is the school's setting.
 */
export function parseInstrumentsTab(tab: TabSnapshot, reservedIds: readonly string[] = [], minAnsweredShare = 0.8): InstrumentsTabResult {
  const problems: Problem[] = [];
  const report = (row: number, column: string, reason: string): void => {
    problems.push(problem('score', tab.name, row, column, reason));
  };
  const found = findHeaderRow(tab.values);
  if (!found) {
    report(
      1,
      '',
      'The Instruments tab needs a header row with at least "Instrument" and "Item" columns (and optionally Subscale, Reverse and Scale).',
    );
    return { instruments: [], problems };
  }
  const { columns } = found;
  const headerRow = tab.values[found.row] ?? [];
  const at = (row: readonly CellValue[], field: Field): string => {
    const column = columns[field];
    return column === undefined ? '' : cellText(row[column]);
  };
  const headerOf = (field: Field): string => at(headerRow, field);
  const cell = at;
  const drafts = new Map<string, Draft>();

  for (let index = found.row + 1; index < tab.values.length; index++) {
    const row = tab.values[index] ?? [];
    const sheetRow = index + 1;
    const name = cell(row, 'instrument');
    const itemText = cell(row, 'item');
    if (name === '' && itemText === '') continue;
    if (name === '') {
      report(sheetRow, headerOf('instrument'), 'This item has no instrument name.');
      continue;
    }
    const id = slug(name);
    if (id === '' || reservedIds.includes(id)) {
      report(
        sheetRow,
        headerOf('instrument'),
        id === ''
          ? `${quoteCell(name)} cannot be used as an instrument name.`
          : `${quoteCell(name)} is a built-in questionnaire; give your own instrument a different name.`,
      );
      continue;
    }
    let draft = drafts.get(id);
    if (!draft) {
      draft = {
        name,
        firstRow: sheetRow,
        items: [],
        itemKeys: new Set(),
        scale: null,
        scaleText: '',
        scoring: null,
        higherIsBetter: null,
        alpha: null,
        usable: true,
      };
      drafts.set(id, draft);
    }
    readSettings(draft, row, sheetRow, cell, headerOf, report);
    if (itemText === '') {
      report(sheetRow, headerOf('item'), `This row of ${name} has no item text.`);
      continue;
    }
    const grid = /^(.*)\[([^\]]+)\]\s*$/.exec(itemText);
    const stem = grid ? grid[1]!.trim() || null : null;
    const text = grid ? grid[2]!.trim() : itemText;
    const key = itemKey(`${stem ?? ''} ${text}`);
    if (draft.itemKeys.has(key)) {
      report(
        sheetRow,
        headerOf('item'),
        `${quoteCell(itemText)} is already an item of ${name}; each item needs its own wording (or its own question in "Question [item]" form).`,
      );
      continue;
    }
    const reverse = readYesNo(row[columns.reverse ?? -1] ?? '');
    if (isUnreadable(reverse)) {
      report(sheetRow, headerOf('reverse'), `${reverse.unreadable}: write Yes for a reverse-keyed item, or leave it blank.`);
      draft.usable = false;
    }
    const subscale = cell(row, 'subscale');
    draft.itemKeys.add(key);
    draft.items.push({ stem, text, subscale: subscale === '' ? null : subscale, reverse: reverse === true });
  }

  const instruments: Instrument[] = [];
  for (const [id, draft] of drafts) {
    if (!draft.usable || draft.items.length === 0) continue;
    if (draft.scale === null) {
      report(
        draft.firstRow,
        headerOf('scale'),
        `${draft.name} has no answer scale: give one in the Scale column, e.g. 1-5 or "Never=1; Sometimes=2; Always=3".`,
      );
      continue;
    }
    const parsed = v.safeParse(
      instrumentSchema,
      {
        id,
        name: draft.name,
        items: draft.items,
        scale: draft.scale,
        scoring: { total: draft.scoring ?? 'mean', subscales: draft.scoring ?? 'mean' },
        minAnsweredShare,
        alpha: draft.alpha,
        higherIsBetter: draft.higherIsBetter ?? true,
      },
      { message: UNEXPLAINED_REFUSAL },
    );
    if (parsed.success) instruments.push(parsed.output);
    else report(draft.firstRow, '', `${draft.name} cannot be used: ${parsed.issues.map((i) => i.message).join('; ')}`);
  }
  return { instruments, problems };
}

/** The per-instrument cells (scale, scoring, direction, reliability): any row may give them, all must agree. */
function readSettings(
  draft: Draft,
  row: readonly CellValue[],
  sheetRow: number,
  cell: (row: readonly CellValue[], field: Field) => string,
  headerOf: (field: Field) => string,
  report: (row: number, column: string, reason: string) => void,
): void {
  const scaleText = cell(row, 'scale');
  if (scaleText !== '') {
    if (draft.scale === null && draft.usable) {
      const scale = parseScale(scaleText);
      if (typeof scale === 'string') {
        report(sheetRow, headerOf('scale'), scale);
        draft.usable = false;
      } else {
        draft.scale = scale;
        draft.scaleText = scaleText;
      }
    } else if (draft.scale !== null && normaliseText(scaleText) !== normaliseText(draft.scaleText)) {
      report(
        sheetRow,
        headerOf('scale'),
        `${draft.name} already has the scale ${quoteCell(draft.scaleText)}; every item of one instrument uses the same scale.`,
      );
      draft.usable = false;
    }
  }
  const scoring = normaliseText(cell(row, 'scoring'));
  if (scoring !== '') {
    const value: Scoring | null = /^(mean|average)/.test(scoring) ? 'mean' : /^(sum|total)/.test(scoring) ? 'sum' : null;
    if (value === null) report(sheetRow, headerOf('scoring'), `${quoteCell(cell(row, 'scoring'))} is not Mean or Sum.`);
    else draft.scoring ??= value;
  }
  const better = normaliseText(cell(row, 'betterWhen'));
  if (better !== '') {
    const value = /^(higher|high|yes|up)/.test(better) ? true : /^(lower|low|no|down)/.test(better) ? false : null;
    if (value === null) report(sheetRow, headerOf('betterWhen'), `${quoteCell(cell(row, 'betterWhen'))} is not Higher or Lower.`);
    else draft.higherIsBetter ??= value;
  }
  const alphaText = cell(row, 'alpha');
  if (alphaText !== '') {
    const alpha = readNumber(alphaText);
    if (typeof alpha !== 'number' || alpha <= 0 || alpha >= 1)
      report(sheetRow, headerOf('alpha'), `${quoteCell(alphaText)} is not a reliability between 0 and 1, e.g. 0.82.`);
    else draft.alpha ??= alpha;
  }
}
