/**
 * The build lets terser turn function expressions into arrows (`unsafe_arrows`), which is safe only
 * while nothing constructs one or asks whether a value is an instance of one: an arrow has no
 * prototype. In the built Code.js, every `new X` and every `… instanceof X` must name a class of
 * the bundle or a built-in, as the TypeScript checker resolves the name.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../tools/local/bundle';
import { ensureBuilt } from '../support/built';

/** What each `new` or `instanceof` in the file names: `class`, `built-in`, or what else it is. */
function constructorTargets(file: string): Map<string, string> {
  const program = ts.createProgram([file], {
    allowJs: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2020,
    lib: ['lib.es2020.d.ts'],
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} was not read`);
  const kindOf = (declaration: ts.Declaration): string => {
    if (declaration.getSourceFile() !== source) return 'built-in';
    if (ts.isClassLike(declaration)) return 'class';
    if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isClassExpression(declaration.initializer)) return 'class';
    return ts.SyntaxKind[declaration.kind];
  };
  const targets = new Map<string, string>();
  const record = (target: ts.Expression): void => {
    const declarations = checker.getSymbolAtLocation(target)?.declarations ?? [];
    const kinds = new Set(declarations.map(kindOf));
    targets.set(
      `${target.getText(source)} at ${target.getStart(source)}`,
      kinds.size === 1 ? [...kinds].join('') : `unresolved (${[...kinds].join(', ')})`,
    );
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node)) record(node.expression);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) record(node.right);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return targets;
}

describe('dist/Code.js constructs only classes and built-ins', () => {
  beforeAll(ensureBuilt);

  it('names a class of the bundle or a built-in in every new and instanceof, so no arrow is constructed', () => {
    const targets = constructorTargets(join(DIST, 'Code.js'));
    expect(targets.size).toBeGreaterThan(20);
    const others = [...targets].filter(([, kind]) => kind !== 'class' && kind !== 'built-in');
    expect(others).toEqual([]);
    expect([...targets.values()]).toContain('class');
  });
});
