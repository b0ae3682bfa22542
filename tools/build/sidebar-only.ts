/**
 * The settings table holds, beside each setting, the one-line hint the sidebar's form shows under
 * it. The sidebar bundles the table itself, so in Code.js (parsed by Apps Script on every call) the
 * hints are dead weight: this esbuild plugin blanks every `hint:` of the table when the server is
 * built, leaving the table's one entry per setting as its single source.
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** The file whose `hint:` values only the sidebar reads. */
export const SIDEBAR_ONLY_TEXT = /[\\/]src[\\/]core[\\/]settings[\\/]table\.ts$/;

/** `source` with the value of every `hint:` property replaced by `''`. */
export function withoutHints(source: string): string {
  const file = ts.createSourceFile('table.ts', source, ts.ScriptTarget.ES2022, true);
  const values: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'hint') values.push(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  // From the end, so the earlier positions still hold.
  return values
    .sort((a, b) => b.getStart(file) - a.getStart(file))
    .reduce((text, value) => `${text.slice(0, value.getStart(file))}''${text.slice(value.getEnd())}`, source);
}

export const leaveOutSidebarHints: Plugin = {
  name: 'leave-out-sidebar-hints',
  setup(build) {
    build.onLoad({ filter: SIDEBAR_ONLY_TEXT }, async ({ path }) => ({
      contents: withoutHints(await readFile(path, 'utf8')),
      loader: 'ts',
    }));
  },
};
