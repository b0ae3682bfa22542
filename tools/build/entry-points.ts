/**
 * Apps Script runs only functions declared at the top level of a script file (triggers, menu
 * items, google.script.run). src/server/index.ts assigns each entry point as `global.name = …`;
 * for each such statement the build writes the empty declaration `function name() {}`, which the
 * bundle's own assignment then replaces when the file loads.
 */
import ts from 'typescript';

/** The names `source` assigns as `global.name = …` statements at its top level, in order. */
export function entryPointNames(source: string): string[] {
  const file = ts.createSourceFile('index.ts', source, ts.ScriptTarget.ES2022);
  return file.statements.flatMap((statement) => {
    if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) return [];
    const { left, operatorToken } = statement.expression;
    const assignsGlobal =
      operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(left) &&
      ts.isIdentifier(left.expression) &&
      left.expression.text === 'global';
    return assignsGlobal ? [left.name.text] : [];
  });
}

/** One declaration a line, so each entry point is easy to find in the built file. */
export function entryPointStubs(names: readonly string[]): string {
  return names.map((name) => `function ${name}() {}\n`).join('');
}
