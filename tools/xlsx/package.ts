/**
 * An .xlsx is a zip of XML parts tied together by relationship files. Spreadsheet programs find
 * parts through those relationships; exceljs finds them by their file names and expects relative
 * targets, so a valid workbook written by another tool (absolute targets, `xl/comments/comment1.xml`,
 * `xl/worksheets/data.xml`) can make it fail with a raw error. This module reads the relationships
 * and, when needed, renames the parts exceljs looks for and rewrites the targets it follows.
 */
import { posix } from 'node:path';
import JSZip from 'jszip';

export interface Relationship {
  readonly id: string;
  /** The last segment of the relationship type: `worksheet`, `comments`, `chart`, … */
  readonly kind: string;
  readonly type: string;
  /** The part it points to, as a zip entry name; null for an external target (a web address). */
  readonly part: string | null;
  readonly rawTarget: string;
  readonly external: boolean;
}

/** A workbook package: its zip and every part's relationships, by part name. */
export interface Package {
  readonly zip: JSZip;
  readonly relationships: ReadonlyMap<string, readonly Relationship[]>;
  /** The workbook part (normally `xl/workbook.xml`), or null when the zip holds none. */
  readonly workbook: string | null;
}

const RELS_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');
}

function encodeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The attributes of every `<tag …>` element in an XML text (prefixes kept, values decoded). */
export function elements(xml: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*?)/?>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g))
      attributes[attribute[1] ?? ''] = decodeXml(attribute[2] ?? '');
    found.push(attributes);
  }
  return found;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels` */
function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** The part a relationships file describes (`_rels/.rels` describes the package itself: ''). */
function sourceOf(relsPath: string): string {
  const dir = posix.dirname(posix.dirname(relsPath));
  const name = posix.basename(relsPath).replace(/\.rels$/, '');
  return dir === '.' ? name : posix.join(dir, name);
}

function partOf(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray % is a literal character in the name.
  }
  if (decoded.startsWith('/')) return posix.normalize(decoded.slice(1));
  return posix.normalize(posix.join(posix.dirname(source), decoded));
}

function entryName(zip: JSZip, part: string): string | null {
  if (zip.file(part)) return part;
  // Part names are case-insensitive in a package.
  const lower = part.toLowerCase();
  return Object.keys(zip.files).find((name) => name.replace(/^\//, '').toLowerCase() === lower) ?? null;
}

async function readRelationships(zip: JSZip, relsPath: string): Promise<Relationship[]> {
  const xml = (await zip.file(relsPath)?.async('string')) ?? '';
  const source = sourceOf(relsPath);
  return elements(xml, 'Relationship').map((attributes) => {
    const type = attributes.Type ?? '';
    const rawTarget = attributes.Target ?? '';
    const external = attributes.TargetMode === 'External';
    const part = external ? null : entryName(zip, partOf(source, rawTarget));
    return { id: attributes.Id ?? '', kind: type.split('/').pop() ?? '', type, part, rawTarget, external };
  });
}

export async function openPackage(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const relationships = new Map<string, Relationship[]>();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]?.dir || !/(^|\/)_rels\/[^/]*\.rels$/.test(name)) continue;
    relationships.set(sourceOf(name.replace(/^\//, '')), await readRelationships(zip, name));
  }
  const workbook = relationships.get('')?.find((r) => r.kind === 'officeDocument')?.part ?? null;
  return { zip, relationships, workbook };
}

export function relationshipsOf(pkg: Package, part: string): readonly Relationship[] {
  return pkg.relationships.get(part) ?? [];
}

export async function partText(pkg: Package, part: string): Promise<string> {
  return (await pkg.zip.file(part)?.async('string')) ?? '';
}

/**
 * Where exceljs looks for each kind of part: the names it matches, and a name for a part that is
 * elsewhere (`{n}` a free number, `{ext}` the part's extension; a name without `{n}` is fixed).
 */
const EXCELJS_NAMES: Record<string, { readonly matches: RegExp; readonly template: string }> = {
  officeDocument: { matches: /^xl\/workbook\.xml$/, template: 'xl/workbook.xml' },
  worksheet: { matches: /^xl\/worksheets\/sheet\d+\.xml$/, template: 'xl/worksheets/sheet{n}.xml' },
  sharedStrings: { matches: /^xl\/sharedStrings\.xml$/, template: 'xl/sharedStrings.xml' },
  styles: { matches: /^xl\/styles\.xml$/, template: 'xl/styles.xml' },
  theme: { matches: /^xl\/theme\/[a-zA-Z0-9]+\.xml$/, template: 'xl/theme/theme{n}.xml' },
  comments: { matches: /^xl\/comments\d+\.xml$/, template: 'xl/comments{n}.xml' },
  table: { matches: /^xl\/tables\/table\d+\.xml$/, template: 'xl/tables/table{n}.xml' },
  drawing: { matches: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/, template: 'xl/drawings/drawing{n}.xml' },
  vmlDrawing: { matches: /^xl\/drawings\/vmlDrawing\d+\.vml$/, template: 'xl/drawings/vmlDrawing{n}.vml' },
  image: { matches: /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/, template: 'xl/media/image{n}{ext}' },
};

/** New names for the parts exceljs would not find where they are. */
function renames(pkg: Package): Map<string, string> {
  const taken = new Set(Object.keys(pkg.zip.files));
  const result = new Map<string, string>();
  let counter = 0;
  const fresh = (template: string, part: string): string => {
    const extension = posix.extname(part).toLowerCase();
    for (;;) {
      const name = template.replace('{n}', String(++counter)).replace('{ext}', extension);
      if (!taken.has(name) || !template.includes('{n}')) return name;
    }
  };
  for (const relationships of pkg.relationships.values()) {
    for (const { kind, part } of relationships) {
      const naming = EXCELJS_NAMES[kind];
      if (!naming || part === null || naming.matches.test(part) || result.has(part)) continue;
      const name = fresh(naming.template, part);
      // A fixed name already taken (a second styles part, say) is left alone: exceljs reads the one there.
      if (taken.has(name)) continue;
      taken.add(name);
      result.set(part, name);
    }
  }
  return result;
}

function relationshipsXml(source: string, relationships: readonly Relationship[], renamed: ReadonlyMap<string, string>): string {
  const body = relationships.map((r) => {
    const target = r.part === null ? r.rawTarget : posix.relative(posix.dirname(source) || '.', renamed.get(r.part) ?? r.part);
    const mode = r.external ? ' TargetMode="External"' : '';
    return `<Relationship Id="${encodeXml(r.id)}" Type="${encodeXml(r.type)}" Target="${encodeXml(target)}"${mode}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NAMESPACE}">${body.join('')}</Relationships>`;
}

/** Whether a relationship's target is already the relative path exceljs would build. */
function targetIsRelative(source: string, r: Relationship): boolean {
  return r.part === null || r.rawTarget === posix.relative(posix.dirname(source) || '.', r.part);
}

/**
 * The package's bytes as exceljs can read them: unchanged when every part is where exceljs looks
 * and every target is relative; otherwise rewritten with the same content under those names.
 */
export async function forExcelJs(pkg: Package, bytes: Uint8Array): Promise<Uint8Array> {
  const renamed = renames(pkg);
  const rewrite = [...pkg.relationships].filter(
    ([source, relationships]) =>
      renamed.has(source) || relationships.some((r) => (r.part !== null && renamed.has(r.part)) || !targetIsRelative(source, r)),
  );
  if (renamed.size === 0 && rewrite.length === 0) return bytes;
  const { zip } = pkg;
  for (const [source, relationships] of rewrite) {
    zip.remove(relsPathOf(source));
    const newSource = renamed.get(source) ?? source;
    zip.file(relsPathOf(newSource), relationshipsXml(newSource, relationships, renamed));
  }
  for (const [from, to] of renamed) {
    const content = await zip.file(from)?.async('uint8array');
    if (content === undefined) continue;
    zip.remove(from);
    zip.file(to, content);
  }
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types !== undefined) {
    zip.file(
      '[Content_Types].xml',
      types.replace(/PartName="\/([^"]+)"/g, (whole, name: string) => {
        const to = renamed.get(decodeXml(name));
        return to === undefined ? whole : `PartName="/${encodeXml(to)}"`;
      }),
    );
  }
  return zip.generateAsync({ type: 'uint8array' });
}
