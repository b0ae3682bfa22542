/**
 * Bundles the sidebar into one self-contained HTML file: HtmlService serves a single file, and
 * the add-on may load nothing from outside (no CDN).
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Makes script text safe to inline. `</script` would end the element early, and HtmlService
 * truncates inline scripts at `//` inside string literals, so every `://` is written `:\/\/`
 * (the same string to JavaScript).
 */
export function escapeInlineScript(code: string): string {
  return code
    .replace(/<\/script/gi, '<\\/script')
    .replace(/:\/\//g, ':\\/\\/')
    .replace(/<!--/g, '<\\!--');
}

export async function buildSidebarHtml(sidebarDir: string): Promise<string> {
  const bundle = await build({
    entryPoints: [join(sidebarDir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const [template, css] = await Promise.all([
    readFile(join(sidebarDir, 'index.html'), 'utf8'),
    readFile(join(sidebarDir, 'styles.css'), 'utf8'),
  ]);
  return template
    .replace('/*INLINE_CSS*/', () => css.replace(/<\/style/gi, '<\\/style'))
    .replace('/*INLINE_SCRIPT*/', () => escapeInlineScript(script));
}
