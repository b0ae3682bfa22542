/**
 * How a form item is kept in `FormModel.items`: plain data, so a later run (or the .xlsx bridge)
 * finds the form as the script built it.
 */
export type ItemTypeName = 'CHECKBOX' | 'GRID' | 'LIST' | 'MULTIPLE_CHOICE' | 'PARAGRAPH_TEXT' | 'SCALE' | 'SECTION_HEADER' | 'TEXT';

export interface ItemModel {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  /** List, multiple-choice and checkbox items. */
  choices: string[];
  /** Grid items. */
  rows: string[];
  columns: string[];
  /** Scale items: Google's default scale is 1 to 5. */
  lowerBound: number;
  upperBound: number;
  leftLabel: string;
  rightLabel: string;
}

export function newItem(id: number, type: ItemTypeName): ItemModel {
  return {
    id,
    type,
    title: '',
    helpText: '',
    required: false,
    choices: [],
    rows: [],
    columns: [],
    lowerBound: 1,
    upperBound: 5,
    leftLabel: '',
    rightLabel: '',
  };
}

/** Items stored by this emulator; anything else in `items` is left alone. */
export function isItemModel(value: unknown): value is ItemModel {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ItemModel).id === 'number' &&
    typeof (value as ItemModel).type === 'string'
  );
}

/** Items that are questions, and so have columns in the responses sheet. */
export function isQuestion(item: ItemModel): boolean {
  return item.type !== 'SECTION_HEADER';
}
