/**
 * HtmlService over the project's HTML files (by name, without `.html`).
 * https://developers.google.com/apps-script/reference/html/html-service
 * https://developers.google.com/apps-script/reference/html/html-output
 */
import { CLASS_NAME } from '../counting';
import { asApps, enumName, enumOf, notEmulated, scriptText } from './apps';

type Html = typeof GoogleAppsScript.HTML;

export const SandboxMode = enumOf<Html['SandboxMode']>(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = enumOf<Html['XFrameOptionsMode']>(['ALLOWALL', 'DEFAULT']);

/** The only meta tags HtmlOutput.addMetaTag accepts. */
const META_TAGS = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];

export class HtmlOutputMetaTag implements GoogleAppsScript.HTML.HtmlOutputMetaTag {
  readonly [CLASS_NAME] = 'HtmlOutputMetaTag';
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

/** The whole class: only the blob conversions are left out. */
export class HtmlOutput implements GoogleAppsScript.HTML.HtmlOutput {
  readonly [CLASS_NAME] = 'HtmlOutput';
  private title = '';
  private width = 600;
  private height = 400;
  private faviconUrl = '';
  private readonly metaTags: HtmlOutputMetaTag[] = [];
  /** Kept so tests can check the script asked for what it meant; the emulator always behaves as IFRAME. */
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(addedContent);
    return this;
  }
  clear(): HtmlOutput {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  setFaviconUrl(iconUrl: string): HtmlOutput {
    this.faviconUrl = iconUrl;
    return this;
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this.sandboxMode = enumName(mode);
    return this;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this.xFrameOptionsMode = enumName(mode);
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    if (!META_TAGS.includes(name)) throw new Error(`Meta tag ${name} is not allowed: use one of ${META_TAGS.join(', ')}.`);
    this.metaTags.push(new HtmlOutputMetaTag(name, content));
    return this;
  }
  getMetaTags(): HtmlOutputMetaTag[] {
    return [...this.metaTags];
  }
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return asApps(new HtmlTemplate(this.content));
  }
  getBlob(): never {
    return notEmulated('HtmlOutput.getBlob');
  }
  getAs(): never {
    return notEmulated('HtmlOutput.getAs');
  }
}

/** Printing (`<?= name ?>`) and force-printing (`<?!= name ?>`) scriptlets of a template property. */
const PRINT_SCRIPTLET = /<\?(!?)=\s*([A-Za-z_$][\w$]*)\s*\?>/g;

type TemplateKeys = 'evaluate' | 'getRawContent' | 'getCode' | 'getCodeWithComments';

/**
 * A template: `evaluate()` prints properties set on it by name; any other scriptlet (code, or an
 * expression that is not a plain name) is beyond the emulator and throws.
 */
export class HtmlTemplate implements Pick<GoogleAppsScript.HTML.HtmlTemplate, TemplateKeys> {
  readonly [CLASS_NAME] = 'HtmlTemplate';
  /** Values the script assigned (`template.name = 'x'`). */
  [property: string]: unknown;

  constructor(private readonly raw: string) {}

  getRawContent(): string {
    return this.raw;
  }
  getCode(): string {
    return notEmulated('HtmlTemplate.getCode');
  }
  getCodeWithComments(): string {
    return notEmulated('HtmlTemplate.getCodeWithComments');
  }
  evaluate(): HtmlOutput {
    const printed = this.raw.replace(PRINT_SCRIPTLET, (_match, force: string, name: string) => {
      const text = scriptText(this[name] ?? '');
      return force === '!' ? text : escapeHtml(text);
    });
    if (printed.includes('<?')) throw new Error('HtmlTemplate.evaluate() in the emulator only prints properties by name (<?= name ?>).');
    return new HtmlOutput(printed);
  }
}

type ServiceKeys =
  'SandboxMode' | 'XFrameOptionsMode' | 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile';

export class HtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, ServiceKeys> {
  readonly [CLASS_NAME] = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly files: Readonly<Record<string, string>>) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    return new HtmlOutput(htmlText(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.file(filename));
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlTemplate {
    return asApps(new HtmlTemplate(htmlText(html)));
  }
  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return asApps(new HtmlTemplate(this.file(filename)));
  }

  /** Apps Script finds `Sidebar` and `Sidebar.html` alike. */
  private file(filename: string): string {
    const content = this.files[filename.replace(/\.html$/, '')];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return content;
  }
}

function htmlText(html: string | GoogleAppsScript.Base.BlobSource | undefined): string {
  if (html === undefined) return '';
  if (typeof html === 'string') return html;
  return notEmulated('HtmlService.createHtmlOutput(blob)');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
