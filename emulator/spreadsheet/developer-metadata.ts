/**
 * Developer metadata on the spreadsheet and on sheets: ids unique across the workbook, found by
 * key, value, location type and visibility. The add-in tags its own tabs with it.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 */
import { CLASS_NAME } from '../counting';
import type { DeveloperMetadataModel, SheetModel } from '../model';
import { asApps, enumName, enumValue, scriptText } from '../services/apps';
import { allMetadata, findSheet, newMetadataId, type SpreadsheetContext } from './context';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './enums';
import { exception, invalidArgument } from './errors';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type LocationTypeName = 'SPREADSHEET' | 'SHEET';

const VISIBILITIES = ['DOCUMENT', 'PROJECT'];

function isVisibility(value: unknown): boolean {
  return VISIBILITIES.includes(enumName(value));
}

/**
 * Adds an entry for `addDeveloperMetadata(key[, value][, visibility])`. Emulated enums are their
 * names, so a two-argument call whose second argument reads `DOCUMENT` or `PROJECT` is taken as
 * the visibility, as Apps Script would take its enum.
 */
export function addMetadata(ctx: SpreadsheetContext, list: DeveloperMetadataModel[], args: readonly unknown[]): void {
  const [key, second, third] = args;
  if (typeof key !== 'string' || key === '') throw invalidArgument('key');
  const visibilityGiven = args.length >= 3 ? third : args.length === 2 && isVisibility(second) ? second : undefined;
  const value = args.length >= 3 || (args.length === 2 && !isVisibility(second)) ? second : null;
  const visibility = visibilityGiven === undefined ? 'DOCUMENT' : enumName(visibilityGiven);
  if (!VISIBILITIES.includes(visibility)) throw invalidArgument('visibility');
  list.push({ id: newMetadataId(ctx), key, value: value === null || value === undefined ? null : scriptText(value), visibility });
}

function locate(ctx: SpreadsheetContext, id: number): { model: DeveloperMetadataModel; sheet: SheetModel | null } {
  const found = allMetadata(ctx.host.workbook).find(({ model }) => model.id === id);
  if (!found) throw exception(`No developer metadata with id ${id} exists.`);
  return found;
}

function listOf(ctx: SpreadsheetContext, sheet: SheetModel | null): DeveloperMetadataModel[] {
  return sheet ? sheet.developerMetadata : ctx.host.workbook.developerMetadata;
}

type LocationKeys = 'getColumn' | 'getLocationType' | 'getRow' | 'getSheet' | 'getSpreadsheet';

export class DeveloperMetadataLocationImpl implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, LocationKeys> {
  readonly [CLASS_NAME] = 'DeveloperMetadataLocation';

  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly sheetId: number | null,
  ) {}

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    const type: LocationTypeName = this.sheetId === null ? 'SPREADSHEET' : 'SHEET';
    return enumValue(DeveloperMetadataLocationType, type);
  }
  /** Null unless the metadata is on a sheet. */
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this.sheetId === null ? null : asApps(new SheetImpl(this.ctx, this.sheetId));
  }
  /** Null unless the metadata is on the spreadsheet itself. */
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.sheetId === null ? asApps(new SpreadsheetImpl(this.ctx)) : null;
  }
  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    return null;
  }
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    return null;
  }
}

type MetadataKeys =
  | 'getId'
  | 'getKey'
  | 'getLocation'
  | 'getValue'
  | 'getVisibility'
  | 'moveToSheet'
  | 'moveToSpreadsheet'
  | 'remove'
  | 'setKey'
  | 'setValue'
  | 'setVisibility';

export class DeveloperMetadataImpl implements Pick<Metadata, MetadataKeys> {
  readonly [CLASS_NAME] = 'DeveloperMetadata';

  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly id: number,
  ) {}

  private self(): Metadata {
    return asApps(this);
  }
  private model(): DeveloperMetadataModel {
    return locate(this.ctx, this.id).model;
  }

  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.model().key;
  }
  getValue(): string | null {
    return this.model().value;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return enumValue(DeveloperMetadataVisibility, this.model().visibility);
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    const { sheet } = locate(this.ctx, this.id);
    return asApps(new DeveloperMetadataLocationImpl(this.ctx, sheet ? sheet.id : null));
  }
  setKey(key: string): Metadata {
    if (typeof key !== 'string' || key === '') throw invalidArgument('key');
    this.model().key = key;
    return this.self();
  }
  setValue(value: string): Metadata {
    this.model().value = value === null || value === undefined ? null : String(value);
    return this.self();
  }
  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): Metadata {
    const name = enumName(visibility);
    if (!VISIBILITIES.includes(name)) throw invalidArgument('visibility');
    this.model().visibility = name;
    return this.self();
  }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): Metadata {
    const target = findSheet(this.ctx, sheet.getSheetId());
    if (!target) throw invalidArgument('sheet');
    this.moveTo(target.developerMetadata);
    return this.self();
  }
  moveToSpreadsheet(): Metadata {
    this.moveTo(this.ctx.host.workbook.developerMetadata);
    return this.self();
  }
  remove(): void {
    const { model, sheet } = locate(this.ctx, this.id);
    const list = listOf(this.ctx, sheet);
    list.splice(list.indexOf(model), 1);
  }

  private moveTo(target: DeveloperMetadataModel[]): void {
    const { model, sheet } = locate(this.ctx, this.id);
    const list = listOf(this.ctx, sheet);
    list.splice(list.indexOf(model), 1);
    target.push(model);
  }
}

type FinderKeys = 'find' | 'withId' | 'withKey' | 'withLocationType' | 'withValue' | 'withVisibility';

interface FinderFilter {
  id?: number;
  key?: string;
  value?: string;
  locationType?: string;
  visibility?: string;
}

export class DeveloperMetadataFinderImpl implements Pick<Finder, FinderKeys> {
  readonly [CLASS_NAME] = 'DeveloperMetadataFinder';
  private readonly filter: FinderFilter = {};

  /** `sheetId` null searches the whole spreadsheet; a sheet's finder searches that sheet. */
  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly sheetId: number | null,
  ) {}

  private self(): Finder {
    return asApps(this);
  }

  withId(id: number): Finder {
    this.filter.id = id;
    return this.self();
  }
  withKey(key: string): Finder {
    this.filter.key = key;
    return this.self();
  }
  withValue(value: string): Finder {
    this.filter.value = value;
    return this.self();
  }
  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): Finder {
    this.filter.locationType = enumName(locationType);
    return this.self();
  }
  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): Finder {
    this.filter.visibility = enumName(visibility);
    return this.self();
  }

  find(): Metadata[] {
    const { filter } = this;
    return allMetadata(this.ctx.host.workbook)
      .filter(({ sheet }) => this.sheetId === null || sheet?.id === this.sheetId)
      .filter(({ model, sheet }) => {
        const locationType = sheet ? 'SHEET' : 'SPREADSHEET';
        return (
          (filter.id === undefined || model.id === filter.id) &&
          (filter.key === undefined || model.key === filter.key) &&
          (filter.value === undefined || model.value === filter.value) &&
          (filter.locationType === undefined || locationType === filter.locationType) &&
          (filter.visibility === undefined || model.visibility === filter.visibility)
        );
      })
      .map(({ model }) => asApps<Metadata>(new DeveloperMetadataImpl(this.ctx, model.id)));
  }
}

export function metadataObjects(ctx: SpreadsheetContext, list: readonly DeveloperMetadataModel[]): Metadata[] {
  return list.map((model) => asApps<Metadata>(new DeveloperMetadataImpl(ctx, model.id)));
}
